#pragma once

#include "core/QualityIndex.h"
#include "core/Types.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace motcua {

class AppContext;

// The Dashboard's section on the national service-quality index (Decision 766), computed from
// this center's dossiers (QualityService): for a period (last quarter by default) each indicator
// with its value, the dossiers it counts out of how many, its points and maximum; the selected
// indicator's national formula and what the figure rests on below the table; and the dossiers
// behind a figure one click away (the "Dossiers" cell, the button, or a double click), each
// opening in the dossier view. Indicators the center cannot know say "no data", never 0.
class QualityIndexSection : public QWidget
{
    Q_OBJECT
public:
    QualityIndexSection(AppContext& context, const Actor& actor, QWidget* parent = nullptr);

    // Reads the figures again (the Dashboard calls it on refresh while the section is shown).
    void refresh();
    // Takes effect at the next refresh() or invalidate().
    void setDepartment(std::optional<qint64> departmentId);
    // The dossiers may have changed: read again now when shown, else when next shown.
    void invalidate();
    // The period now shown.
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    const QualityReport& report() const { return m_report; }
    // Opens the list of the dossiers behind indicator `row` (a QualityDossiersDialog child).
    void openDossiers(int row);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void choosePeriod();
    void showReport();
    void showExplanation();

    AppContext& m_context;
    Actor m_actor;
    std::optional<qint64> m_department;
    QDate m_from;
    QDate m_to;
    QualityReport m_report;
    bool m_dirty = true;

    QLabel* m_periodLabel = nullptr;
    QComboBox* m_period = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_explain = nullptr;
    QPushButton* m_open = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace motcua
