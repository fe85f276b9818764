#pragma once

#include <QDate>
#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace motcua {

class AppContext;

// Exports the periodic report (docs/domain.md#the-periodic-report): the period (presets: last month, last quarter, this
// year, last year, or any dates), rows by department or by field, PDF, XLSX or CSV, and the
// file; a progress bar while it is gathered, rendered and written, the outcome inline.
class ReportExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum Preset { LastMonth, LastQuarter, ThisYear, LastYear, Custom };

    explicit ReportExportDialog(AppContext& context, QWidget* parent = nullptr);

    void setDepartment(std::optional<qint64> departmentId) { m_departmentId = departmentId; }
    // The dates a preset stands for on `today` (a Vietnam date).
    static std::pair<QDate, QDate> presetRange(Preset preset, const QDate& today);

    // Runs the export with the dialog's values; true when the file was written.
    bool exportNow();
    QString writtenPath() const { return m_written; }

private:
    void applyPreset();
    void browse();
    void suggestPath();

    AppContext& m_context;
    std::optional<qint64> m_departmentId;
    QComboBox* m_preset = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_grouping = nullptr;
    QComboBox* m_scope = nullptr; // shown on a workstation that follows a center
    QComboBox* m_format = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_run = nullptr;
    QString m_written;
};

} // namespace motcua
