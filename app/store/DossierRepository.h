#pragma once

#include "core/Dossier.h"
#include "core/DossierState.h"
#include "core/Result.h"
#include "core/Types.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace motcua {

class Database;

// One line of a dossier list: what a list, a search hit or a paged model shows without
// loading components, fees and history.
struct DossierListRow
{
    qint64 id = 0;
    QString code;
    QString applicantName;
    QString procedureName;
    qint64 departmentId = 0;
    DossierState state = DossierState::Received;
    QDateTime receivedAt;    // UTC
    QDateTime appointmentAt; // UTC
};

// Which dossiers a page shows. Empty members do not filter.
struct DossierFilter
{
    std::optional<qint64> departmentId;
    QList<DossierState> states;
    std::optional<Channel> channel;
    QDateTime receivedFrom; // inclusive; invalid: no lower bound
    QDateTime receivedTo;   // exclusive; invalid: no upper bound
    QString procedureCode;  // national procedure code, any catalogue version; empty: any
    QString receivedBy;     // username of the receiving clerk ("mine"); empty: anyone
    // Live flags (Timeliness.h), for open dossiers whose clock runs (openRunningStates()):
    // due today = the appointment falls on today's Vietnam date and has not passed;
    // overdue = the appointment has passed. Both at `now`; invalid `now`: the system time.
    bool dueToday = false;
    bool overdue = false;
    QDateTime now;

    // Dossiers still in the center's hands with the clock running: received, transferred,
    // processing, supplement received, awaiting fees. A supplement request pauses the clock,
    // so such dossiers are neither due nor overdue until the papers arrive.
    static QList<DossierState> openRunningStates();
};

// Keyset position in the list ordered by received_at DESC, id DESC: the last row of the
// previous page. A null cursor starts at the newest dossier. Keyset paging costs the same
// on page 1 and page 20,000 of a 1M-row table, which OFFSET does not.
struct PageCursor
{
    qint64 receivedAt = 0; // epoch seconds
    qint64 id = 0;
    bool isNull() const { return id == 0; }
};

struct DossierPage
{
    QList<DossierListRow> rows;
    PageCursor next; // null when this is the last page
};

// Received dossiers of one department on one day.
struct DepartmentCount
{
    qint64 departmentId = 0;
    int count = 0;
};

// A step in a dossier's history (dossier_events; the national CapNhatTienDoHoSoMC rows).
struct DossierEventRow
{
    qint64 id = 0;
    qint64 dossierId = 0;
    QDateTime at;     // UTC
    QString username; // as recorded with the step (another counter's login for a feed row)
    // The full name of the local account with that user name today; empty when there is none
    // (an account of another workstation): then show `username`.
    QString fullName;
    std::optional<DossierState> from;
    DossierState to = DossierState::Received;
    qint64 fromDepartment = 0; // 0: none
    qint64 toDepartment = 0;
    QString note;
};

// Dossier rows in SQLite. No method opens a transaction: services wrap the entity rows, the
// audit row and the outbox row of one change in a single Transaction (docs/architecture.md#the-write-path).
// Statements are cached by the Database, so repeated calls do not re-parse SQL.
class DossierRepository
{
public:
    explicit DossierRepository(Database& db);

    // Inserts the dossier with its components and fees and returns its id. The department
    // is found by dossier.departmentCode, or, when that is empty, from the procedure. The
    // applicant's name is stored folded as well (search); the phone is stored normalized
    // (normalizePhone) so a search by phone finds it however it was typed.
    Result<qint64> insert(const Dossier& dossier);

    // Appends a history row. Department ids of 0 are stored as NULL. `portalText` is the
    // step in the portal's words (NoiDungXuLy of its history row); empty: NULL.
    Result<qint64> addEvent(qint64 dossierId, const QDateTime& at, const QString& username,
                            std::optional<DossierState> from, DossierState to, qint64 fromDept, qint64 toDept,
                            const QString& note, const QString& portalText = QString());
    Result<QList<DossierEventRow>> events(qint64 dossierId);

    // Moves the dossier to `state`. finishedAt / returnedAt: std::nullopt leaves the column
    // as it is, a valid QDateTime sets it, an invalid one clears it. The service decides
    // (processing ended: Done, Refused, Withdrawn, Stopped; handed back: Returned).
    // NotFound when no dossier has this id.
    Status updateState(qint64 id, DossierState state, const QDateTime& updatedAt,
                       std::optional<QDateTime> finishedAt = std::nullopt,
                       std::optional<QDateTime> returnedAt = std::nullopt);

    // Whole dossier with components and fees; NotFound when absent.
    Result<Dossier> byId(qint64 id);
    Result<Dossier> byCode(const QString& code);
    // The department's id for a dossier already loaded (Dossier carries only the code).
    Result<qint64> departmentIdByCode(const QString& departmentCode);

    // The one search box. A dossier code is looked up exactly (a code whose agency part is
    // cut short, "H56-261207-5002", by its end); the tail of a code as read off a receipt,
    // "5002" (the day's four-digit number, newest days first) or "261207-5002" (the day and
    // the number), through the code-tail index; 9 or 12 digits as an ID number; a phone
    // number (0 and 9–10 digits, or +84...) as a phone; other digit runs (tax numbers) as ID
    // number or phone; anything else as words of the applicant's name, each word a prefix,
    // diacritics ignored: "ng van" finds "Nguyễn Văn An". Newest first.
    Result<QList<DossierListRow>> search(const QString& text, int limit = 50);

    // One page of the filtered list, newest first (received_at DESC, id DESC).
    Result<DossierPage> page(const DossierFilter& filter, const PageCursor& after = {}, int pageSize = 100);

    // Dossiers received per department on `day`, a Vietnam calendar day; departments with
    // none are left out. `channel` narrows to one channel.
    Result<QList<DepartmentCount>> countsByDepartment(const QDate& day, std::optional<Channel> channel = std::nullopt);

    // The UTC half-open range [first, end) of a Vietnam calendar day, as epoch seconds.
    static std::pair<qint64, qint64> vietnamDayRange(const QDate& day);
    // "0905 123 456", "+84 905.123.456" → "0905123456". Other text is returned trimmed.
    static QString normalizePhone(const QString& phone);
    // What kind of search the box's text triggers (exposed for tests and the UI's hint).
    enum class SearchKind { Empty, Code, CodeTail, IdNumber, Phone, Digits, Name };
    static SearchKind classify(const QString& text);
    // The tail of a code that `text` names, as {yyMMdd, NNNN}: "5002" → {"", "5002"},
    // "261207-5002" → {"261207", "5002"}; the day is empty when not given. Both empty when
    // `text` is not a code tail.
    static std::pair<QString, QString> codeTail(const QString& text);

private:
    Result<QList<DossierListRow>> listRows(const QString& where, const QList<QString>& args, int limit);
    // Dossiers whose code ends in {day}-{number} (day may be empty), newest day first; when
    // `suffix` is given, only codes that end with it (a code typed with part of its agency).
    Result<QList<DossierListRow>> searchTail(const QString& day, const QString& number, const QString& suffix,
                                             int limit);
    Status loadDetails(Dossier& d);

    Database& m_db;
};

} // namespace motcua
