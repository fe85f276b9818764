#include "intake/ProcedureListModel.h"

#include "core/TextFold.h"
#include "service/CatalogueService.h"

#include <QFont>

namespace motcua {

ProcedureListModel::ProcedureListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void ProcedureListModel::setProcedures(const QList<Procedure>& procedures, const QList<Department>& departments)
{
    QHash<QString, Department> byCode;
    m_departmentNames.clear();
    for (const Department& d : departments) {
        byCode.insert(d.code, d);
        m_departmentNames.insert(d.code, d.name);
    }
    m_all = procedures;
    m_folded.clear();
    for (const Procedure& p : m_all)
        m_folded.append(CatalogueService::searchText(p, byCode.value(p.departmentCode)));
    rebuild();
}

void ProcedureListModel::setFavourites(const QStringList& codes)
{
    m_favourites = codes;
    rebuild();
}

void ProcedureListModel::setFilter(const QString& text)
{
    m_filter = text;
    rebuild();
}

void ProcedureListModel::rebuild()
{
    const QStringList words = foldText(m_filter).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString code = m_filter.trimmed();
    auto matches = [&](int i) {
        if (!code.isEmpty() && m_all[i].code.startsWith(code))
            return true;
        for (const QString& w : words) {
            if (!m_folded[i].contains(w))
                return false;
        }
        return true;
    };
    QList<int> rows;
    for (const QString& favourite : m_favourites) {
        for (int i = 0; i < m_all.size(); ++i) {
            if (m_all[i].code == favourite && matches(i))
                rows.append(i);
        }
    }
    for (int i = 0; i < m_all.size(); ++i) {
        if (!m_favourites.contains(m_all[i].code) && matches(i))
            rows.append(i);
    }
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ProcedureListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ProcedureListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Procedure& p = m_all[m_rows[index.row()]];
    const bool favourite = m_favourites.contains(p.code);
    switch (role) {
    case Qt::DisplayRole:
        return QString((favourite ? QStringLiteral("\u2605 ") : QString()) + p.code + QStringLiteral(" \u2014 ") +
                       p.name);
    case Qt::ToolTipRole:
        return QString(p.name + QLatin1Char('\n') + p.field + QLatin1Char('\n') + departmentName(p.departmentCode));
    case Qt::FontRole:
        if (favourite) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case CodeRole:
        return p.code;
    case FavouriteRole:
        return favourite;
    default:
        return {};
    }
}

const Procedure* ProcedureListModel::procedureAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_all[m_rows[row]];
}

const Procedure* ProcedureListModel::procedure(const QString& code) const
{
    for (const Procedure& p : m_all) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

int ProcedureListModel::rowOf(const QString& code) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_all[m_rows[r]].code == code)
            return r;
    }
    return -1;
}

} // namespace motcua
