#include "intake/ComponentChecklistModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace motcua {

ComponentChecklistModel::ComponentChecklistModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ComponentChecklistModel::setProcedureComponents(const QList<Component>& components)
{
    beginResetModel();
    m_papers.clear();
    m_cases.clear();
    m_lines.clear();
    for (const Component& c : components) {
        DossierComponent given;
        given.componentId = c.id;
        given.name = c.name;
        given.originals = c.originals;
        given.certifiedCopies = c.certifiedCopies;
        given.photocopies = c.photocopies;
        given.provided = false; // ticked by the clerk when handed in
        const ComponentCase kase = componentCase(c);
        if (!kase.label.isEmpty() && !m_cases.contains(kase.label))
            m_cases.append(kase.label);
        m_papers.append({c, given, kase});
    }
    // Papers needed in every case first, then each case under its heading.
    for (int i = 0; i < m_papers.size(); ++i) {
        if (m_papers[i].kase.label.isEmpty())
            m_lines.append({i, -1});
    }
    for (int k = 0; k < m_cases.size(); ++k) {
        m_lines.append({-1, k});
        for (int i = 0; i < m_papers.size(); ++i) {
            if (m_papers[i].kase.label == m_cases[k])
                m_lines.append({i, -1});
        }
    }
    endResetModel();
}

void ComponentChecklistModel::applyDossierComponents(const QList<DossierComponent>& components)
{
    for (Paper& paper : m_papers) {
        for (const DossierComponent& dc : components) {
            if ((dc.componentId != 0 && dc.componentId == paper.component.id) || dc.name == paper.component.name) {
                paper.given.originals = qBound(0, dc.originals, kMaxCount);
                paper.given.certifiedCopies = qBound(0, dc.certifiedCopies, kMaxCount);
                paper.given.photocopies = qBound(0, dc.photocopies, kMaxCount);
                paper.given.provided = dc.provided;
                break;
            }
        }
    }
    emitAllChanged();
}

QList<DossierComponent> ComponentChecklistModel::dossierComponents() const
{
    QList<DossierComponent> list;
    for (const Paper& paper : m_papers)
        list.append(paper.given);
    return list;
}

void ComponentChecklistModel::emitAllChanged()
{
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ComponentChecklistModel::setProvided(const QList<int>& papers, bool provided)
{
    bool changed = false;
    for (int i : papers) {
        if (m_papers[i].given.provided != provided) {
            m_papers[i].given.provided = provided;
            changed = true;
        }
    }
    // Headings follow their papers: one signal over the check boxes of the whole table.
    if (changed)
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn),
                           {Qt::CheckStateRole, Qt::ForegroundRole});
}

void ComponentChecklistModel::setAllProvided(bool provided)
{
    QList<int> all;
    for (int i = 0; i < m_papers.size(); ++i)
        all.append(i);
    setProvided(all, provided);
}

void ComponentChecklistModel::setRequiredProvided()
{
    QList<int> required;
    for (int i = 0; i < m_papers.size(); ++i) {
        if (m_papers[i].component.required)
            required.append(i);
    }
    setProvided(required, true);
}

QList<int> ComponentChecklistModel::papersOfLine(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return {};
    const Line& line = m_lines[row];
    if (line.paper >= 0)
        return {line.paper};
    QList<int> papers;
    for (int i = 0; i < m_papers.size(); ++i) {
        if (m_papers[i].kase.label == m_cases[line.kase])
            papers.append(i);
    }
    return papers;
}

void ComponentChecklistModel::toggleRows(const QList<int>& rows)
{
    QList<int> papers;
    for (int row : rows) {
        for (int i : papersOfLine(row)) {
            if (!papers.contains(i))
                papers.append(i);
        }
    }
    bool allProvided = !papers.isEmpty();
    for (int i : papers)
        allProvided = allProvided && m_papers[i].given.provided;
    setProvided(papers, !allProvided);
}

Qt::CheckState ComponentChecklistModel::caseState(int kase) const
{
    int provided = 0, total = 0;
    for (const Paper& paper : m_papers) {
        if (paper.kase.label == m_cases[kase]) {
            ++total;
            provided += paper.given.provided ? 1 : 0;
        }
    }
    return provided == 0 ? Qt::Unchecked : provided == total ? Qt::Checked : Qt::PartiallyChecked;
}

bool ComponentChecklistModel::isRequired(int row) const
{
    return row >= 0 && row < m_lines.size() && m_lines[row].paper >= 0 &&
           m_papers[m_lines[row].paper].component.required;
}

bool ComponentChecklistModel::isCaseHeading(int row) const
{
    return row >= 0 && row < m_lines.size() && m_lines[row].kase >= 0;
}

qint64 ComponentChecklistModel::componentIdAt(int row) const
{
    if (row < 0 || row >= m_lines.size() || m_lines[row].paper < 0)
        return 0;
    return m_papers[m_lines[row].paper].component.id;
}

QStringList ComponentChecklistModel::missing() const
{
    QStringList names;
    for (const Paper& paper : m_papers) {
        if (paper.component.required && !paper.given.provided)
            names.append(paper.component.name);
    }
    return names;
}

int ComponentChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ComponentChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComponentChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line& line = m_lines[index.row()];
    const int column = index.column();
    if (role == CaseHeadingRole)
        return line.kase >= 0;
    if (line.kase >= 0) {
        // A case's heading: its label over the papers it needs.
        if (column != NameColumn)
            return {};
        switch (role) {
        case Qt::DisplayRole:
            return tr("If this case applies: %1").arg(m_cases[line.kase]);
        case Qt::ToolTipRole:
            return tr("%1\nThese papers are needed only in this case; the applicant brings those of the case that "
                      "applies. Ticking the heading ticks them all.")
                .arg(m_cases[line.kase]);
        case Qt::CheckStateRole:
            return caseState(line.kase);
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case Qt::BackgroundRole:
            return QBrush(QColor(0xe8, 0xee, 0xf4));
        default:
            return {};
        }
    }
    const Paper& paper = m_papers[line.paper];
    if (role == ComponentIdRole)
        return paper.component.id;
    if (column == NameColumn) {
        switch (role) {
        case Qt::DisplayRole:
            if (paper.component.required)
                return paper.component.name;
            // Under its case's heading the case is not repeated.
            return paper.kase.label.isEmpty() ? tr("(optional) %1").arg(paper.component.name) : paper.kase.paper;
        case Qt::ToolTipRole: {
            QString tip = paper.kase.paper;
            if (!paper.kase.label.isEmpty())
                tip += QLatin1Char('\n') + tr("Case: %1").arg(paper.kase.label);
            if (!paper.component.formTemplate.isEmpty())
                tip += QLatin1Char('\n') + tr("Form: %1").arg(paper.component.formTemplate);
            tip += QLatin1Char('\n') + (paper.component.required ? tr("Required") : tr("Optional"));
            return tip;
        }
        case Qt::CheckStateRole:
            return paper.given.provided ? Qt::Checked : Qt::Unchecked;
        case Qt::ForegroundRole:
            if (paper.component.required && !paper.given.provided)
                return QBrush(QColor(0xb0, 0x00, 0x20));
            return {};
        default:
            return {};
        }
    }
    const int value = column == OriginalsColumn   ? paper.given.originals
                      : column == CertifiedColumn ? paper.given.certifiedCopies
                                                  : paper.given.photocopies;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return value;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        const int expected = column == OriginalsColumn   ? paper.component.originals
                             : column == CertifiedColumn ? paper.component.certifiedCopies
                                                         : paper.component.photocopies;
        return tr("The catalogue asks for %1").arg(expected);
    }
    default:
        return {};
    }
}

bool ComponentChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const Line& line = m_lines[index.row()];
    if (index.column() == NameColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        const bool provided = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
        setProvided(papersOfLine(index.row()), provided);
        return true;
    }
    if (role != Qt::EditRole || line.paper < 0)
        return false;
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < 0 || n > kMaxCount)
        return false;
    DossierComponent& given = m_papers[line.paper].given;
    int& target = index.column() == OriginalsColumn   ? given.originals
                  : index.column() == CertifiedColumn ? given.certifiedCopies
                                                      : given.photocopies;
    if (target == n)
        return true;
    target = n;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

Qt::ItemFlags ComponentChecklistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (index.column() == NameColumn)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    if (m_lines[index.row()].kase >= 0)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant ComponentChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // Papers are numbered; headings are not.
        if (role != Qt::DisplayRole || section < 0 || section >= m_lines.size() || m_lines[section].paper < 0)
            return {};
        int number = 0;
        for (int r = 0; r <= section; ++r)
            number += m_lines[r].paper >= 0 ? 1 : 0;
        return number;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Paper (ticked: provided)");
    // On two lines: narrow count columns leave the paper names room to be read.
    case OriginalsColumn:
        return tr("Originals");
    case CertifiedColumn:
        return tr("Certified\ncopies");
    case PhotocopiesColumn:
        return tr("Photocopies");
    default:
        return {};
    }
}

} // namespace motcua
