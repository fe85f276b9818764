#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <utility>

namespace motcua {

// MC_SoLieuTrungTam (PROTOCOL.md 3.11), shared by every store of the protocol: the window of the
// asked day, one SQL query over the dossiers table that both SQLite and PostgreSQL run (numbered
// parameters ?1..?5; PostgreSQL's spelling is $1..$5, see postgresSql()) and the reply built
// from its rows.
//
// The workstation's rules (ReportService::counts), on the national status codes the
// workstations send, with the central status when one was decided:
// - received: on the day, not merely registered online (1) nor refused at intake (3);
// - returned: handed back on the day;
// - due later today / overdue: the clock running (2, 4, 6; a supplement request, 5, pauses
//   it; stopped, 8, is not running) at `asOf` = min(now, end of the day), received before
//   it; due = the appointment later that day, overdue = it has passed. For a day already
//   over, dossiers processed (7, 9, 10) after its end were still running at its end;
// - awaiting a supplement: status 5 now, received on or before the day.
// Dates are yyyyMMddHHmmss strings in Vietnam time, so they compare as text.
class PortalCounts
{
public:
    struct Window
    {
        QString first, end, asOf, dueFrom;
        bool dayIsOver = false;
    };
    // `day` yyyyMMdd, `now` yyyyMMddHHmmss.
    static Window window(const QString& day, const QString& now);

    // Parameters: ?1 day, ?2 asOf, ?3 end, ?4 dueFrom, ?5 dayIsOver (1 or 0). Columns: the unit,
    // then kValues counts (direct, online, post, returned, due, overdue, awaiting a supplement).
    static const char* const kSql;
    static constexpr int kValues = 7;
    static QString postgresSql();

    explicit PortalCounts(Window window)
        : m_window(std::move(window))
    {}
    void add(const QString& unit, const qint64 (&values)[kValues]);
    QJsonObject result() const;

private:
    Window m_window;
    qint64 m_total[kValues] = {};
    QJsonArray m_units;
};

} // namespace motcua
