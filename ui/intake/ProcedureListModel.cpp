#include "intake/ProcedureListModel.h"

#include "core/TextFold.h"
#include "service/CatalogueService.h"

#include <QFont>

#include <algorithm>

namespace motcua {

namespace {
// Words of folded text: letters and digits, so "(cap tinh)" gives "cap" and "tinh".
QStringList wordsOf(const QString& folded)
{
    QStringList words;
    QString word;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c == u'.') {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

bool hasWord(const QStringList& words, const QString& w, bool prefix)
{
    for (const QString& candidate : words) {
        if (candidate == w || (prefix && candidate.startsWith(w)))
            return true;
    }
    return false;
}

// A phrase of whole words, consecutive: "kinh doanh" in "ho kinh doanh" but not in
// "kinh phi ... doanh nghiep".
bool hasPhrase(const QStringList& words, const QStringList& phrase, bool lastIsPrefix)
{
    for (qsizetype i = 0; i + phrase.size() <= words.size(); ++i) {
        bool all = true;
        for (qsizetype j = 0; j < phrase.size() && all; ++j) {
            const bool last = j + 1 == phrase.size();
            all = words[i + j] == phrase[j] || (last && lastIsPrefix && words[i + j].startsWith(phrase[j]));
        }
        if (all)
            return true;
    }
    return false;
}
} // namespace

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
    m_nameWords.clear();
    for (const Procedure& p : m_all) {
        m_folded.append(CatalogueService::searchText(p, byCode.value(p.departmentCode)));
        m_nameWords.append(wordsOf(foldText(p.name)));
    }
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

int ProcedureListModel::rank(int i, const QStringList& words, const QString& code) const
{
    if (!code.isEmpty() && m_all[i].code.startsWith(code))
        return 0;
    if (words.isEmpty())
        return 0;
    for (const QString& w : words) {
        if (!m_folded[i].contains(w))
            return -1;
    }
    // The last word may still be being typed: a word's beginning counts as the word.
    const QStringList& name = m_nameWords[i];
    const QStringList all = wordsOf(m_folded[i]);
    if (hasPhrase(name, words, true))
        return 1; // the words together, in the name
    bool inName = true, whole = true;
    for (qsizetype j = 0; j < words.size(); ++j) {
        const bool last = j + 1 == words.size();
        inName = inName && hasWord(name, words[j], last);
        whole = whole && hasWord(all, words[j], last);
    }
    if (inName)
        return 2; // every word in the name
    if (whole)
        return 3; // whole words, some in the field or department
    return 4;     // parts of words
}

void ProcedureListModel::rebuild()
{
    const QStringList words = wordsOf(foldText(m_filter));
    const QString code = m_filter.trimmed();
    // Best matches first: the words as a phrase of the name, then all in the name, then whole
    // words anywhere, then parts of words; within a rank the clerk's favourites, then the
    // catalogue's order.
    struct Hit
    {
        int rank;
        int favourite; // position in m_favourites, or its size
        int index;
    };
    QList<Hit> hits;
    for (int i = 0; i < m_all.size(); ++i) {
        const int r = rank(i, words, code);
        if (r < 0)
            continue;
        const qsizetype fav = m_favourites.indexOf(m_all[i].code);
        hits.append({r, static_cast<int>(fav < 0 ? m_favourites.size() : fav), i});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        return a.rank != b.rank ? a.rank < b.rank : a.favourite < b.favourite;
    });
    QList<int> rows;
    for (const Hit& h : hits)
        rows.append(h.index);
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
