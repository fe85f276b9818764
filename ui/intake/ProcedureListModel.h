#pragma once

#include "core/Department.h"
#include "core/Procedure.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace motcua {

// The procedures in force, filtered in memory as the clerk types: a folded index (code,
// name, field, department without diacritics) is built once, so each keystroke is a scan
// over a few dozen short strings, well under a millisecond. Matches are ranked: a code
// beginning with the text, then the words together in the name ("kinh doanh" in "hộ kinh
// doanh"), then every word in the name, then whole words anywhere, then parts of words; the
// clerk's most-used procedures first within a rank, then the catalogue's order.
class ProcedureListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { CodeRole = Qt::UserRole + 1, FavouriteRole };

    explicit ProcedureListModel(QObject* parent = nullptr);

    void setProcedures(const QList<Procedure>& procedures, const QList<Department>& departments);
    void setFavourites(const QStringList& codes);
    // Every word of the text must appear in the folded index ("dang ky ho kinh doanh" finds
    // "Đăng ký hộ kinh doanh"); empty text lists everything. Ranked as above.
    void setFilter(const QString& text);
    QString filter() const { return m_filter; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // The procedure of a row; null when out of range.
    const Procedure* procedureAt(int row) const;
    const Procedure* procedure(const QString& code) const;
    int rowOf(const QString& code) const;
    QString departmentName(const QString& code) const { return m_departmentNames.value(code, code); }

private:
    void rebuild();
    // 0 best .. 4 parts of words; -1 no match.
    int rank(int index, const QStringList& words, const QString& code) const;

    QList<Procedure> m_all;
    QStringList m_folded;           // per m_all entry
    QList<QStringList> m_nameWords; // folded words of the name, per m_all entry
    QHash<QString, QString> m_departmentNames;
    QStringList m_favourites;
    QString m_filter;
    QList<int> m_rows; // indexes into m_all
};

} // namespace motcua
