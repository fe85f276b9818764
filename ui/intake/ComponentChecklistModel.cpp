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
    m_rows.clear();
    for (const Component& c : components) {
        DossierComponent given;
        given.componentId = c.id;
        given.name = c.name;
        given.originals = c.originals;
        given.certifiedCopies = c.certifiedCopies;
        given.photocopies = c.photocopies;
        given.provided = true;
        m_rows.append({c, given});
    }
    endResetModel();
}

void ComponentChecklistModel::applyDossierComponents(const QList<DossierComponent>& components)
{
    for (Row& row : m_rows) {
        for (const DossierComponent& dc : components) {
            if ((dc.componentId != 0 && dc.componentId == row.component.id) || dc.name == row.component.name) {
                row.given.originals = qBound(0, dc.originals, kMaxCount);
                row.given.certifiedCopies = qBound(0, dc.certifiedCopies, kMaxCount);
                row.given.photocopies = qBound(0, dc.photocopies, kMaxCount);
                row.given.provided = dc.provided;
                break;
            }
        }
    }
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<DossierComponent> ComponentChecklistModel::dossierComponents() const
{
    QList<DossierComponent> list;
    for (const Row& row : m_rows)
        list.append(row.given);
    return list;
}

void ComponentChecklistModel::setAllProvided(bool provided)
{
    for (Row& row : m_rows)
        row.given.provided = provided;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, NameColumn), index(rowCount() - 1, NameColumn), {Qt::CheckStateRole});
}

bool ComponentChecklistModel::isRequired(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].component.required;
}

QStringList ComponentChecklistModel::missing() const
{
    QStringList names;
    for (const Row& row : m_rows) {
        if (row.component.required && !row.given.provided)
            names.append(row.component.name);
    }
    return names;
}

int ComponentChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ComponentChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComponentChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows[index.row()];
    const int column = index.column();
    if (column == NameColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return row.component.required ? row.component.name : tr("(optional) %1").arg(row.component.name);
        case Qt::ToolTipRole: {
            QString tip = row.component.name;
            if (!row.component.formTemplate.isEmpty())
                tip += QLatin1Char('\n') + tr("Form: %1").arg(row.component.formTemplate);
            tip += QLatin1Char('\n') + (row.component.required ? tr("Required") : tr("Optional"));
            return tip;
        }
        case Qt::CheckStateRole:
            return row.given.provided ? Qt::Checked : Qt::Unchecked;
        case Qt::ForegroundRole:
            if (row.component.required && !row.given.provided)
                return QBrush(QColor(0xb0, 0x00, 0x20));
            return {};
        default:
            return {};
        }
    }
    const int value = column == OriginalsColumn   ? row.given.originals
                      : column == CertifiedColumn ? row.given.certifiedCopies
                                                  : row.given.photocopies;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return value;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        const int expected = column == OriginalsColumn   ? row.component.originals
                             : column == CertifiedColumn ? row.component.certifiedCopies
                                                         : row.component.photocopies;
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
    Row& row = m_rows[index.row()];
    if (index.column() == NameColumn) {
        if (role != Qt::CheckStateRole)
            return false;
        const bool provided = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
        if (provided == row.given.provided)
            return true;
        row.given.provided = provided;
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::ForegroundRole});
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < 0 || n > kMaxCount)
        return false;
    int& target = index.column() == OriginalsColumn   ? row.given.originals
                  : index.column() == CertifiedColumn ? row.given.certifiedCopies
                                                      : row.given.photocopies;
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
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant ComponentChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
            return section + 1;
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Paper (ticked: provided)");
    case OriginalsColumn:
        return tr("Originals");
    case CertifiedColumn:
        return tr("Certified copies");
    case PhotocopiesColumn:
        return tr("Photocopies");
    default:
        return {};
    }
}

} // namespace motcua
