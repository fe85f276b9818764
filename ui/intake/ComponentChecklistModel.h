#pragma once

#include "core/Dossier.h"
#include "core/Procedure.h"

#include <QAbstractTableModel>
#include <QList>
#include <QModelIndexList>
#include <QStringList>

namespace motcua {

// The papers of the procedure (thành phần hồ sơ) as a checklist: one row per component with
// "provided" as the check box of the name and the counts of originals, certified copies and
// photocopies handed in, editable. Every paper starts unticked: the clerk ticks what the
// applicant hands in, so a receipt never lists a paper nobody brought. The required papers
// come first; papers of a case (trường hợp, see componentCase) follow under a heading row per
// case, since the applicant brings the papers of the case that applies, not of them all; the
// heading's check box ticks or unticks its case. A required paper not provided blocks
// "Receive": the clerk requests a supplement (form 02) or refuses (form 03) instead.
class ComponentChecklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, OriginalsColumn, CertifiedColumn, PhotocopiesColumn, ColumnCount };
    enum Roles { CaseHeadingRole = Qt::UserRole + 1, ComponentIdRole };
    static constexpr int kMaxCount = 99;

    explicit ComponentChecklistModel(QObject* parent = nullptr);

    void setProcedureComponents(const QList<Component>& components);
    // Applies counts and "provided" of a saved draft to the rows of the same component.
    void applyDossierComponents(const QList<DossierComponent>& components);
    // The papers in the catalogue's order (the receipt's), whatever the rows' order.
    QList<DossierComponent> dossierComponents() const;
    void setAllProvided(bool provided);
    // Ticks the required papers, leaving the cases' papers as they are.
    void setRequiredProvided();
    // Ticks the papers of the rows given (a heading stands for its case's papers); when every
    // one of them is ticked already they are all unticked instead (Space on a selection).
    void toggleRows(const QList<int>& rows);
    bool isRequired(int row) const;
    // True for a case's heading row: no counts, its check box stands for the case's papers.
    bool isCaseHeading(int row) const;
    // The catalogue's id of the paper on a row; 0 for a heading.
    qint64 componentIdAt(int row) const;
    int caseCount() const { return static_cast<int>(m_cases.size()); }

    // Names of the required components not provided.
    QStringList missing() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Paper
    {
        Component component;
        DossierComponent given;
        ComponentCase kase;
    };
    // A row of the table: a paper (an index into m_papers) or the heading of a case.
    struct Line
    {
        int paper = -1;
        int kase = -1;
    };
    QList<int> papersOfLine(int row) const;
    Qt::CheckState caseState(int kase) const;
    void setProvided(const QList<int>& papers, bool provided);
    void emitAllChanged();

    QList<Paper> m_papers; // catalogue order
    QStringList m_cases;   // labels, in order of first appearance
    QList<Line> m_lines;   // display order
};

} // namespace motcua
