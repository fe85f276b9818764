#pragma once

// Internal to DossierGenerator: the row writer behind DossierGenerator::run() and the helpers
// it shares with DossierGenerator::nameQueries(). Not a public API.

#include "core/Procedure.h"
#include "core/TextFold.h"
#include "core/Types.h"
#include "core/WorkCalendar.h"
#include "service/DossierGenerator.h"
#include "service/DossierGeneratorData.h"
#include "store/BulkDossierLoad.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace motcua::generator {

constexpr qint64 kVietnamOffset = 7 * 3600; // UTC+7, no daylight saving (core/Clock.h)
constexpr qint64 kDay = 86400;
constexpr qint64 kHour = 3600;
constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr int kMaxDailySequence = 4999; // the leased part of the day's numbers (DossierCodeAllocator)

// A weighted table: values with their UTF-8 text and folded text, picked by weight.
struct TextTable
{
    std::vector<std::string> text;
    std::vector<std::string> folded;
    std::vector<std::uint64_t> cumulative;

    explicit TextTable(const Table& t)
    {
        std::uint64_t sum = 0;
        for (int i = 0; i < t.size; ++i) {
            text.emplace_back(t.rows[i].text);
            folded.emplace_back(foldText(QString::fromUtf8(t.rows[i].text)).toStdString());
            sum += static_cast<std::uint64_t>(t.rows[i].weight);
            cumulative.push_back(sum);
        }
    }
    std::size_t pick(SeededRandom& rng) const
    {
        const std::uint64_t r = rng.below(cumulative.back());
        return static_cast<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
    }
};

inline std::size_t pickCumulative(const std::vector<double>& cumulative, SeededRandom& rng)
{
    const double r = rng.unit() * cumulative.back();
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
    return std::min(static_cast<std::size_t>(it - cumulative.begin()), cumulative.size() - 1);
}

inline void appendNumber(std::string& s, qint64 v, int width = 0)
{
    char buf[24];
    const int n = std::snprintf(buf, sizeof buf, "%0*lld", width, static_cast<long long>(v));
    s.append(buf, static_cast<std::size_t>(n));
}

inline void appendDigits(std::string& s, SeededRandom& rng, int count)
{
    for (int i = 0; i < count; ++i)
        s.push_back(static_cast<char>('0' + rng.below(10)));
}

inline void appendJsonString(std::string& s, const std::string& v)
{
    s.push_back('"');
    for (const char c : v) {
        if (c == '"' || c == '\\') {
            s.push_back('\\');
            s.push_back(c);
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
            s.append(buf);
        } else {
            s.push_back(c);
        }
    }
    s.push_back('"');
}

// Local (Vietnam wall clock) seconds → the date and the "yyyy-MM-ddTHH:mm:ss+07:00" text.
inline QDate localDate(qint64 local)
{
    return QDate::fromJulianDay(local / kDay + kUnixEpochJulianDay);
}

inline void appendIsoVietnam(std::string& s, qint64 utc)
{
    const qint64 local = utc + kVietnamOffset;
    const QDate d = localDate(local);
    const qint64 tod = local % kDay;
    char buf[40];
    const int n =
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", d.year(), d.month(), d.day(),
                      static_cast<int>(tod / 3600), static_cast<int>(tod / 60 % 60), static_cast<int>(tod % 60));
    s.append(buf, static_cast<std::size_t>(n));
}

inline void appendPortalTime(std::string& s, qint64 utc)
{
    const qint64 local = utc + kVietnamOffset;
    const QDate d = localDate(local);
    const qint64 tod = local % kDay;
    char buf[24];
    const int n =
        std::snprintf(buf, sizeof buf, "%04d%02d%02d%02d%02d%02d", d.year(), d.month(), d.day(),
                      static_cast<int>(tod / 3600), static_cast<int>(tod / 60 % 60), static_cast<int>(tod % 60));
    s.append(buf, static_cast<std::size_t>(n));
}

struct ProcChannel
{
    bool offered = false;
    double value = 0;
    TimeUnit unit = TimeUnit::WorkingDays;
    std::vector<std::pair<std::string, qint64>> fees; // name, amount
    qint64 feeTotal = 0;
};

struct ProcComponent
{
    qint64 id = 0;
    std::string name;
    int originals = 0;
    int certifiedCopies = 0;
    int photocopies = 0;
};

struct ProcInfo
{
    qint64 id = 0;
    std::string code;
    std::string name;
    qint64 departmentId = 0;
    std::string departmentName;
    std::optional<QTime> cutoff;
    ProcChannel channels[4]; // by Channel value 1..3
    std::vector<ProcComponent> components;
    double organisationShare = 0.06; // applicants that are organisations, by department
};

// One step of a dossier's history.
struct Event
{
    qint64 at = 0;
    int from = 0; // 0: none
    int to = 0;
    int note = 0; // index into the notes table
};

enum Note {
    NoteCounter,
    NoteOnline,
    NotePostal,
    NoteProcessing,
    NoteSupplementRequested,
    NoteSupplementReceived,
    NoteAwaitingFees,
    NoteDone,
    NoteReturned,
    NoteRefused,
    NoteWithdrawn,
    NoteStopped,
    NoteCount
};

struct ApplicantRow
{
    int type = 1;
    std::string name, folded, idNumber, birth, gender, address, phone, email, representative;
};

// Everything a run needs, built once.
class Generator
{
public:
    Generator(Database& db, const GeneratorOptions& options, const WorkCalendar& calendar, qint64 now)
        : m_db(db)
        , m_options(options)
        , m_calendar(calendar)
        , m_now(now)
        , m_rng(options.seed)
        , m_surnames(surnames())
        , m_maleMiddle(maleMiddleNames())
        , m_femaleMiddle(femaleMiddleNames())
        , m_maleGiven(maleGivenNames())
        , m_femaleGiven(femaleGivenNames())
        , m_highlandMale(highlandMalePrefixes())
        , m_highlandFemale(highlandFemalePrefixes())
        , m_highlandGiven(highlandGivenNames())
        , m_brands(companyBrands())
        , m_sectors(companySectors())
        , m_forms(companyForms())
        , m_streets(streets())
        , m_mobile(mobilePrefixes())
    {
        const CommuneTable c = communes();
        std::uint64_t sum = 0;
        for (int i = 0; i < c.size; ++i) {
            sum += static_cast<std::uint64_t>(c.rows[i].weight);
            m_communeCumulative.push_back(sum);
        }
        m_communes = c;
    }

    Status setUp(const QList<Procedure>& procedures, const QHash<QString, std::pair<qint64, QString>>& departments,
                 const QString& agency);
    Result<GeneratorSummary> generate();

private:
    void planDays();
    void makeApplicant(ApplicantRow& a, const ProcInfo& p, Channel channel, qint64 received);
    void personName(std::string& name, std::string& folded, bool male);
    const Commune& pickCommune() { return m_communes.rows[pickIndex(m_communeCumulative)]; }
    std::size_t pickIndex(const std::vector<std::uint64_t>& cumulative)
    {
        const std::uint64_t r = m_rng.below(cumulative.back());
        return static_cast<std::size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), r) - cumulative.begin());
    }
    void appendAddress(std::string& s);
    bool isWorkingDay(qint64 localDay) const;
    qint64 snapToWorking(qint64 utc);
    qint64 timeOfDay(Channel channel);
    Status writeDossier(qint64 id, const std::string& code, qint64 received, Channel channel, const ProcInfo& p);
    Status exec(sqlite3_stmt* st);

    Database& m_db;
    const GeneratorOptions& m_options;
    const WorkCalendar& m_calendar;
    qint64 m_now;
    SeededRandom m_rng;
    TextTable m_surnames, m_maleMiddle, m_femaleMiddle, m_maleGiven, m_femaleGiven;
    TextTable m_highlandMale, m_highlandFemale, m_highlandGiven;
    TextTable m_brands, m_sectors, m_forms, m_streets, m_mobile;
    CommuneTable m_communes{};
    std::vector<std::uint64_t> m_communeCumulative;

    std::string m_agency;
    std::vector<ProcInfo> m_procs;
    std::vector<double> m_procCumulative;       // every procedure
    std::vector<double> m_onlineProcCumulative; // procedures offered online (days off)
    std::vector<std::size_t> m_onlineProcs;
    std::string m_notes[NoteCount];
    const std::string m_empty;

    qint64 m_firstLocalDay = 0; // local day numbers (days since 1970-01-01, Vietnam time)
    qint64 m_lastLocalDay = 0;
    std::vector<char> m_working; // from m_firstLocalDay to m_lastLocalDay + 800
    std::vector<qint64> m_dayCounts;
    qint64 m_workStart = 7 * kHour, m_lunchStart = 11 * kHour + 1800, m_lunchEnd = 13 * kHour + 1800,
           m_workEnd = 17 * kHour;

    BulkDossierLoad::Inserts m_ins; // bound by position (store/BulkDossierLoad.h)

    GeneratorSummary m_summary;
    ApplicantRow m_applicant;
    std::string m_buf, m_rule, m_json;
    std::vector<Event> m_events;
};

} // namespace motcua::generator
