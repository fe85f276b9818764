// The row writer of DossierGenerator: days, dossiers, histories, audit and outbox rows.

#include "service/DossierGeneratorRows.h"

#include "core/DossierState.h"
#include "store/BulkDossierLoad.h"

#include <QElapsedTimer>

#include <cmath>
#include <memory>

namespace motcua::generator {

namespace {

// How many of a department's applicants are organisations: business registration and
// investment are mostly enterprises; civil status and justice mostly citizens.
double organisationShare(const QString& departmentName)
{
    const QString f = foldText(departmentName);
    if (f.contains(QLatin1String("dau tu")) || f.contains(QLatin1String("khu kinh te")))
        return 0.75;
    if (f.contains(QLatin1String("cong thuong")))
        return 0.5;
    if (f.contains(QLatin1String("xay dung")) || f.contains(QLatin1String("tai nguyen")) ||
        f.contains(QLatin1String("giao thong")))
        return 0.2;
    return 0.06;
}

// Relative intake of a department at a provincial center (demo figures): criminal-record
// certificates and civil status, driving licences, business registration and land lead.
double departmentShare(const QString& departmentName)
{
    static const std::pair<const char*, double> kShares[] = {
        {"tu phap", 24}, {"giao thong", 15}, {"dau tu", 10},   {"tai nguyen", 9},  {"lao dong", 6},
        {"xay dung", 5}, {"y te", 5},        {"giao duc", 4},  {"cong thuong", 4}, {"nong nghiep", 4},
        {"van hoa", 3},  {"noi vu", 2},      {"thong tin", 2}, {"tai chinh", 2},   {"khu kinh te", 1.5},
        {"khoa hoc", 1}, {"ngoai vu", 1},    {"dan toc", 0.5},
    };
    const QString f = foldText(departmentName);
    for (const auto& [key, share] : kShares) {
        if (f.contains(QLatin1String(key)))
            return share;
    }
    return 1;
}

} // namespace

Status Generator::exec(sqlite3_stmt* st)
{
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return m_db.storageError(
            QCoreApplication::translate("motcua::DossierGeneratorRows", "writing generated dossiers"));
    return {};
}

Status Generator::setUp(const QList<Procedure>& procedures,
                        const QHash<QString, std::pair<qint64, QString>>& departments, const QString& agency)
{
    m_agency = agency.toStdString();
    for (const Procedure& p : procedures) {
        const auto dep = departments.constFind(p.departmentCode);
        if (dep == departments.constEnd())
            continue;
        ProcInfo info;
        info.id = p.id;
        info.code = p.code.toStdString();
        info.name = p.name.toStdString();
        info.departmentId = dep->first;
        info.departmentName = dep->second.toStdString();
        info.cutoff = p.receiveCutoff;
        info.organisationShare = organisationShare(dep->second);
        bool any = false;
        for (const ProcedureChannel& ch : p.channels) {
            const int i = static_cast<int>(ch.channel);
            if (i < 1 || i > 3 || ch.timeValue <= 0)
                continue;
            ProcChannel& pc = info.channels[i];
            pc.offered = any = true;
            pc.value = ch.timeValue;
            pc.unit = ch.timeUnit;
            for (const Fee& f : ch.fees) {
                if (f.amount) {
                    pc.fees.emplace_back(f.name.toStdString(), f.amount->toVnd());
                    pc.feeTotal += f.amount->toVnd();
                }
            }
        }
        if (!any)
            continue;
        for (const Component& c : p.components)
            info.components.push_back({c.id, c.name.toStdString(), c.originals, c.certifiedCopies, c.photocopies});
        m_procs.push_back(std::move(info));
    }
    if (m_procs.empty())
        return Error::conflict(
            QCoreApplication::translate("motcua::DossierGeneratorRows",
                                        "The catalogue has no procedure with a processing time: import one first."));

    // Popularity: each department's share of a provincial center's intake (justice, transport
    // and business registration lead), split among its procedures so that those with long
    // lists of papers (investment projects, construction) are the rare ones and the everyday
    // ones (civil status, criminal records) common. Fixed by the catalogue, not by the seed.
    std::vector<double> weight(m_procs.size());
    QHash<qint64, double> departmentTotal;
    for (std::size_t i = 0; i < m_procs.size(); ++i) {
        std::size_t paperBytes = 0;
        for (const ProcComponent& c : m_procs[i].components)
            paperBytes += c.name.size();
        weight[i] = 1.0 / std::pow(1.0 + static_cast<double>(paperBytes) / 150.0, 1.5);
        departmentTotal[m_procs[i].departmentId] += weight[i];
    }
    for (std::size_t i = 0; i < m_procs.size(); ++i) {
        weight[i] *= departmentShare(QString::fromStdString(m_procs[i].departmentName)) /
                     departmentTotal.value(m_procs[i].departmentId);
    }
    double sum = 0, onlineSum = 0;
    for (std::size_t i = 0; i < m_procs.size(); ++i) {
        sum += weight[i];
        m_procCumulative.push_back(sum);
        if (m_procs[i].channels[static_cast<int>(Channel::Online)].offered) {
            onlineSum += weight[i];
            m_onlineProcCumulative.push_back(onlineSum);
            m_onlineProcs.push_back(i);
        }
    }

    const char* notes[NoteCount] = {
        QT_TRANSLATE_NOOP("motcua::DossierGeneratorRows", "Received at the counter"),
        QT_TRANSLATE_NOOP("motcua::DossierGeneratorRows", "Received online"),
        QT_TRANSLATE_NOOP("motcua::DossierGeneratorRows", "Received by post"),
        QT_TRANSLATE_NOOP("motcua::DossierGeneratorRows", "Transferred to the department for processing"),
        QT_TRANSLATE_NOOP("motcua::DossierGeneratorRows", "Supplement requested"),
        QT_TRANSLATE_NOOP("motcua::DossierGeneratorRows", "Supplement received"),
        QT_TRANSLATE_NOOP("motcua::DossierGeneratorRows", "Awaiting fees"),
        QT_TRANSLATE_NOOP("motcua::DossierGeneratorRows", "Decided, result ready"),
        QT_TRANSLATE_NOOP("motcua::DossierGeneratorRows", "Result returned to the applicant"),
        QT_TRANSLATE_NOOP("motcua::DossierGeneratorRows", "Refused at intake"),
        QT_TRANSLATE_NOOP("motcua::DossierGeneratorRows", "Withdrawn by the applicant"),
        QT_TRANSLATE_NOOP("motcua::DossierGeneratorRows", "Processing stopped"),
    };
    for (int i = 0; i < NoteCount; ++i)
        m_notes[i] = QCoreApplication::translate("motcua::DossierGeneratorRows", notes[i]).toStdString();

    const QList<WorkPeriod> periods = m_calendar.schedule().periods;
    if (!periods.isEmpty()) {
        auto secs = [](const QTime& t) { return static_cast<qint64>(t.msecsSinceStartOfDay() / 1000); };
        m_workStart = secs(periods.first().start);
        m_workEnd = secs(periods.last().end);
        m_lunchStart = periods.size() > 1 ? secs(periods.first().end) : m_workEnd;
        m_lunchEnd = periods.size() > 1 ? secs(periods.at(1).start) : m_workEnd;
    }

    auto inserts = BulkDossierLoad(m_db).inserts();
    if (!inserts)
        return inserts.error();
    m_ins = *inserts;
    return {};
}

bool Generator::isWorkingDay(qint64 localDay) const
{
    const qint64 i = localDay - m_firstLocalDay;
    if (i >= 0 && i < static_cast<qint64>(m_working.size()))
        return m_working[static_cast<std::size_t>(i)] != 0;
    return m_calendar.isWorkingDay(QDate::fromJulianDay(localDay + kUnixEpochJulianDay));
}

// Department work happens in working hours: a time outside them moves to the next working
// moment (with a little spread, so steps do not all start at 07:00).
qint64 Generator::snapToWorking(qint64 utc)
{
    qint64 local = utc + kVietnamOffset;
    qint64 day = local / kDay;
    qint64 tod = local % kDay;
    auto nextMorning = [&]() {
        do {
            ++day;
        } while (!isWorkingDay(day));
        tod = m_workStart + m_rng.between(0, 2 * kHour);
    };
    if (!isWorkingDay(day)) {
        nextMorning();
    } else if (tod < m_workStart) {
        tod = m_workStart + m_rng.between(0, 1800);
    } else if (tod >= m_lunchStart && tod < m_lunchEnd) {
        tod = m_lunchEnd + m_rng.between(0, 1800);
    } else if (tod >= m_workEnd) {
        nextMorning();
    }
    local = day * kDay + tod;
    return local - kVietnamOffset;
}

// Seconds of the local day at which a dossier arrives: counters and post in working hours
// (mornings busier), online at any hour, mostly the waking ones.
qint64 Generator::timeOfDay(Channel channel)
{
    if (channel == Channel::Online) {
        if (m_rng.chance(0.88))
            return m_rng.between(6 * kHour, 23 * kHour);
        return m_rng.between(0, kDay - 1);
    }
    const qint64 morning = m_lunchStart - m_workStart;
    const qint64 afternoon = m_workEnd - m_lunchEnd;
    if (afternoon <= 0 || m_rng.chance(0.6))
        return m_workStart + m_rng.between(0, std::max<qint64>(morning, 1) - 1);
    return m_lunchEnd + m_rng.between(0, afternoon - 1);
}

void Generator::planDays()
{
    const qint64 nowLocal = m_now + kVietnamOffset;
    m_lastLocalDay = nowLocal / kDay;
    const QDate last = localDate(nowLocal);
    const QDate first = last.addYears(-std::max(1, m_options.years)).addDays(1);
    m_firstLocalDay = first.toJulianDay() - kUnixEpochJulianDay;
    const qint64 days = m_lastLocalDay - m_firstLocalDay + 1;
    m_working.assign(static_cast<std::size_t>(days + 800), 0);
    for (std::size_t i = 0; i < m_working.size(); ++i)
        m_working[i] = m_calendar.isWorkingDay(
                           QDate::fromJulianDay(m_firstLocalDay + static_cast<qint64>(i) + kUnixEpochJulianDay))
                           ? 1
                           : 0;

    // Relative load of each day: ~7 % more dossiers each year, the Tết month quiet and the
    // year's end busy, Mondays busiest; days off get online dossiers only.
    static const double kMonth[12] = {1.10, 0.75, 1.0, 0.95, 0.95, 1.0, 1.05, 1.0, 0.95, 1.0, 1.05, 1.15};
    static const double kWeekday[7] = {1.15, 1.05, 1.0, 1.0, 0.9, 0.8, 0.8};
    std::vector<double> weight(static_cast<std::size_t>(days));
    double total = 0;
    for (qint64 i = 0; i < days; ++i) {
        const QDate date = first.addDays(i);
        double w =
            std::pow(1.07, static_cast<double>(i) / 365.25) * kMonth[date.month() - 1] * kWeekday[date.dayOfWeek() - 1];
        if (!m_working[static_cast<std::size_t>(i)])
            w *= 0.08;
        if (i == days - 1) {
            // Today: only the part of the day that has passed.
            const double tod = static_cast<double>(nowLocal % kDay);
            const double open = static_cast<double>(m_workStart), close = static_cast<double>(m_workEnd);
            w *= m_working[static_cast<std::size_t>(i)] ? std::clamp((tod - open) / (close - open), 0.0, 1.0)
                                                        : tod / static_cast<double>(kDay);
        }
        weight[static_cast<std::size_t>(i)] = w;
        total += w;
    }
    // Whole numbers that add up exactly: each day gets round(N·cumulative share) minus the
    // previous days' total.
    m_dayCounts.assign(static_cast<std::size_t>(days), 0);
    double cumulative = 0;
    qint64 assigned = 0;
    for (qint64 i = 0; i < days; ++i) {
        cumulative += weight[static_cast<std::size_t>(i)];
        const qint64 upTo = i == days - 1 ? m_options.dossiers
                                          : std::llround(static_cast<double>(m_options.dossiers) * cumulative / total);
        m_dayCounts[static_cast<std::size_t>(i)] = upTo - assigned;
        assigned = upTo;
    }
}

Status Generator::writeDossier(qint64 id, const std::string& code, qint64 received, Channel channel, const ProcInfo& p)
{
    using S = DossierState;
    if (!p.channels[static_cast<int>(channel)].offered) {
        // The catalogue's channels decide: a procedure not offered online is taken at the counter.
        for (const Channel c : {Channel::Counter, Channel::Online, Channel::Postal}) {
            if (p.channels[static_cast<int>(c)].offered) {
                channel = c;
                break;
            }
        }
    }
    const ProcChannel& ch = p.channels[static_cast<int>(channel)];
    makeApplicant(m_applicant, p, channel, received);
    const ApplicantRow& a = m_applicant;

    const Appointment due =
        m_calendar.due(QDateTime::fromSecsSinceEpoch(received, Qt::UTC), ch.value, ch.unit, p.cutoff);
    qint64 appointment = due.at.isValid() ? due.at.toSecsSinceEpoch() : received + 5 * kDay;
    m_rule = due.rule.toStdString();

    // The whole life of the dossier, then cut at "now": what lies ahead has not happened.
    m_events.clear();
    const int receivedNote = channel == Channel::Online   ? NoteOnline
                             : channel == Channel::Postal ? NotePostal
                                                          : NoteCounter;
    auto add = [this](qint64 at, S from, S to, int note) {
        if (!m_events.empty())
            at = std::max(at, m_events.back().at + 60);
        m_events.push_back({at, static_cast<int>(from), static_cast<int>(to), note});
        return at;
    };
    if (m_rng.chance(0.012)) {
        // Refused at intake (form 03): papers not acceptable.
        m_events.push_back({received, 0, static_cast<int>(S::Refused), NoteRefused});
    } else {
        m_events.push_back({received, 0, static_cast<int>(S::Received), receivedNote});
        const double fate = m_rng.unit();
        const bool withdrawn = fate < 0.005, stopped = fate >= 0.005 && fate < 0.008;
        const bool stuck = fate >= 0.008 && fate < 0.010; // never decided: overdue for ever
        const bool supplement = m_rng.chance(0.06);
        const bool fees = !supplement && ch.feeTotal > 0 && m_rng.chance(0.08);
        qint64 processing = 0;
        if (supplement) {
            const qint64 paused = add(snapToWorking(received + m_rng.between(kHour, 2 * kDay)), S::Received,
                                      S::SupplementRequested, NoteSupplementRequested);
            const qint64 resumed = add(snapToWorking(paused + m_rng.between(kDay, 20 * kDay)), S::SupplementRequested,
                                       S::SupplementReceived, NoteSupplementReceived);
            appointment = m_calendar
                              .extendForPause(QDateTime::fromSecsSinceEpoch(appointment, Qt::UTC),
                                              QDateTime::fromSecsSinceEpoch(paused, Qt::UTC),
                                              QDateTime::fromSecsSinceEpoch(resumed, Qt::UTC))
                              .toSecsSinceEpoch();
            processing = add(snapToWorking(resumed + m_rng.between(600, 2 * kHour)), S::SupplementReceived,
                             S::Processing, NoteProcessing);
        } else {
            processing = add(snapToWorking(received + m_rng.between(900, 4 * kHour)), S::Received, S::Processing,
                             NoteProcessing);
        }
        const qint64 span = std::max<qint64>(appointment - processing, kHour);
        if (withdrawn || stopped) {
            add(snapToWorking(processing + static_cast<qint64>(static_cast<double>(span) * m_rng.unit())),
                S::Processing, withdrawn ? S::Withdrawn : S::Stopped, withdrawn ? NoteWithdrawn : NoteStopped);
        } else if (!stuck) {
            // Early 70 %, on the appointment day 20 %, late 10 % (docs/domain.md#early-on-time-late).
            const double when = m_rng.unit();
            qint64 finish;
            if (when < 0.70) {
                finish = snapToWorking(processing +
                                       static_cast<qint64>(static_cast<double>(span) * (0.15 + 0.75 * m_rng.unit())));
                finish = std::min(finish, appointment - 60);
            } else if (when < 0.90) {
                finish = std::min(snapToWorking(appointment - m_rng.between(600, 4 * kHour)), appointment - 60);
            } else {
                finish = snapToWorking(appointment + m_rng.between(kDay, 25 * kDay));
            }
            S before = S::Processing;
            if (fees) {
                add(processing + (finish - processing) / 2, S::Processing, S::AwaitingFees, NoteAwaitingFees);
                before = S::AwaitingFees;
            }
            finish = add(finish, before, S::Done, NoteDone);
            if (!m_rng.chance(0.01)) { // a few results are never collected
                const qint64 back = channel == Channel::Online && m_rng.chance(0.6)
                                        ? finish + m_rng.between(60, kHour) // sent electronically
                                        : snapToWorking(finish + m_rng.between(2 * kHour, 10 * kDay));
                add(back, S::Done, S::Returned, NoteReturned);
            }
        }
    }
    std::size_t happened = 0;
    while (happened < m_events.size() && m_events[happened].at <= m_now)
        ++happened;
    if (happened == 0)
        happened = 1; // receipt itself is never after now
    m_events.resize(happened);
    const S state = static_cast<S>(m_events.back().to);
    qint64 finished = 0, returned = 0;
    for (const Event& e : m_events) {
        const S to = static_cast<S>(e.to);
        if (to == S::Done || to == S::Withdrawn || to == S::Stopped || to == S::Refused)
            finished = e.at;
        else if (to == S::Returned)
            returned = e.at;
    }
    if (!isTerminal(state) && state != S::Done) {
        ++m_summary.open;
        if (appointment < m_now)
            ++m_summary.overdue;
    }

    std::string clerk = "canbo";
    appendNumber(clerk, m_rng.between(1, 12), 2);
    std::string officer = "chuyenvien";
    appendNumber(officer, m_rng.between(1, 40), 2);
    const int sets = m_rng.chance(0.93) ? 1 : 2;
    const bool refused = state == S::Refused;
    const qint64 feeTotal = refused ? 0 : ch.feeTotal;

    auto text = [](sqlite3_stmt* st, int i, const std::string& s) {
        sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_STATIC);
    };
    auto integer = [](sqlite3_stmt* st, int i, qint64 v) { sqlite3_bind_int64(st, i, v); };
    auto optional = [](sqlite3_stmt* st, int i, qint64 v) {
        if (v)
            sqlite3_bind_int64(st, i, v);
        else
            sqlite3_bind_null(st, i);
    };

    sqlite3_stmt* d = m_ins.dossier;
    integer(d, 1, id);
    text(d, 2, code);
    integer(d, 3, p.id);
    text(d, 4, p.code);
    text(d, 5, p.name);
    integer(d, 6, p.departmentId);
    integer(d, 7, static_cast<int>(channel));
    integer(d, 8, static_cast<int>(state));
    integer(d, 9, a.type);
    text(d, 10, a.name);
    text(d, 11, a.folded);
    text(d, 12, a.idNumber);
    text(d, 13, a.birth);
    text(d, 14, a.gender);
    text(d, 15, a.address);
    text(d, 16, a.phone);
    text(d, 17, a.email);
    text(d, 18, a.representative);
    integer(d, 19, sets);
    text(d, 20, p.name); // trích yếu: the procedure, as DossierService::receive does
    integer(d, 21, feeTotal);
    integer(d, 22, received);
    integer(d, 23, appointment);
    text(d, 24, m_rule);
    optional(d, 25, finished);
    optional(d, 26, returned);
    text(d, 27, clerk);
    integer(d, 28, m_events.back().at);
    if (Status s = exec(d); !s)
        return s;

    for (const ProcComponent& c : p.components) {
        sqlite3_stmt* st = m_ins.component;
        integer(st, 1, id);
        integer(st, 2, c.id);
        integer(st, 3, c.originals * sets);
        integer(st, 4, c.certifiedCopies * sets);
        integer(st, 5, c.photocopies * sets);
        if (Status s = exec(st); !s)
            return s;
        ++m_summary.components;
    }
    if (!refused) {
        for (const auto& [name, amount] : ch.fees) {
            integer(m_ins.fee, 1, id);
            text(m_ins.fee, 2, name);
            integer(m_ins.fee, 3, amount);
            if (Status s = exec(m_ins.fee); !s)
                return s;
            ++m_summary.fees;
        }
    }
    for (const Event& e : m_events) {
        sqlite3_stmt* st = m_ins.event;
        const bool atCounter = e.from == 0 || e.to == static_cast<int>(S::Returned);
        integer(st, 1, id);
        integer(st, 2, e.at);
        text(st, 3, atCounter ? clerk : officer);
        optional(st, 4, e.from);
        integer(st, 5, e.to);
        optional(st, 6, e.from == 0 ? 0 : p.departmentId);
        integer(st, 7, p.departmentId);
        // Routine steps carry no note; the receipt and the steps that need a reason do.
        const bool routine = e.note == NoteProcessing || e.note == NoteDone || e.note == NoteReturned ||
                             e.note == NoteAwaitingFees || e.note == NoteSupplementReceived;
        text(st, 8, routine ? m_empty : m_notes[e.note]);
        if (Status s = exec(st); !s)
            return s;
        ++m_summary.events;
    }

    // The audit row of the receipt, as DossierService::receive writes it (no personal data).
    static const char* const kChannelKeys[] = {"", "counter", "online", "postal"};
    m_json.clear();
    m_json += "{\"appointment\":\"";
    appendIsoVietnam(m_json, appointment);
    m_json += "\",\"channel\":\"";
    m_json += kChannelKeys[static_cast<int>(channel)];
    m_json += "\",\"fees_vnd\":";
    appendNumber(m_json, feeTotal);
    m_json += ",\"procedure\":";
    appendJsonString(m_json, p.code);
    m_json += '}';
    integer(m_ins.audit, 1, received);
    text(m_ins.audit, 2, clerk);
    text(m_ins.audit, 3, code);
    text(m_ins.audit, 4, m_json);
    if (Status s = exec(m_ins.audit); !s)
        return s;
    ++m_summary.audit;

    const qint64 outboxFrom = m_options.outboxDays > 0 ? m_now - m_options.outboxDays * kDay : 0;
    if (received >= outboxFrom) {
        // The record for the portal (DongBoHoSoMC, dossierjson::portalRecord), keys sorted as
        // QJsonObject writes them.
        m_json.clear();
        m_json += "{\"ChuHoSo\":";
        appendJsonString(m_json, a.name);
        m_json += ",\"DanhSachGiayToKetQua\":[],\"DanhSachHoSoBoSung\":[],\"DanhSachLePhi\":[";
        bool firstItem = true;
        qint64 feeTotal = 0;
        for (const auto& [name, amount] : ch.fees) {
            if (refused)
                break;
            feeTotal += amount;
            m_json += firstItem ? "{\"MucPhi\":\"" : ",{\"MucPhi\":\"";
            appendNumber(m_json, amount);
            m_json += "\",\"TenPhiLePhi\":";
            appendJsonString(m_json, name);
            m_json += '}';
            firstItem = false;
        }
        m_json += "],\"DonViXuLy\":";
        appendJsonString(m_json, p.departmentName);
        m_json += ",\"DuocThanhToanTrucTuyen\":\"0\",\"Email\":";
        appendJsonString(m_json, a.email);
        m_json += ",\"HinhThuc\":\"0\",\"HoSoCoThanhPhanSoHoa\":\"0\",\"KenhThucHien\":\"";
        appendNumber(m_json, static_cast<int>(channel));
        m_json += "\",\"LoaiDoiTuong\":\"";
        appendNumber(m_json, a.type);
        m_json += feeTotal > 0 ? "\",\"MC_DocQRCanCuoc\":\"0\",\"MC_HinhThucThanhToan\":\"1\",\"MaHoSo\":"
                               : "\",\"MC_DocQRCanCuoc\":\"0\",\"MC_HinhThucThanhToan\":\"\",\"MaHoSo\":";
        appendJsonString(m_json, code);
        m_json += ",\"MaTTHC\":";
        appendJsonString(m_json, p.code);
        m_json += ",\"NgayHenTra\":\"";
        appendPortalTime(m_json, appointment);
        m_json += "\",\"NgayKetThucXuLy\":\"\",\"NgayTiepNhan\":\"";
        appendPortalTime(m_json, received);
        m_json += "\",\"NgayTra\":\"\",\"SoDienThoai\":";
        appendJsonString(m_json, a.phone);
        m_json += ",\"SoGiayToChuHoSo\":";
        appendJsonString(m_json, a.idNumber);
        m_json += ",\"TaiKhoanDuocXacThucVoiVNeID\":\"0\",\"TaiLieuNop\":[";
        firstItem = true;
        for (const ProcComponent& c : p.components) {
            m_json += firstItem ? "{\"DuocSoHoa\":\"0\",\"SoBanChinh\":\"" : ",{\"DuocSoHoa\":\"0\",\"SoBanChinh\":\"";
            appendNumber(m_json, c.originals * sets);
            m_json += "\",\"SoBanSao\":\"";
            appendNumber(m_json, (c.certifiedCopies + c.photocopies) * sets);
            m_json += "\",\"TenGiayTo\":";
            appendJsonString(m_json, c.name);
            m_json += '}';
            firstItem = false;
        }
        m_json += "],\"TenTTHC\":";
        appendJsonString(m_json, p.name);
        m_json += ",\"TrangThaiHoSo\":\"";
        appendNumber(m_json, nationalCode(refused ? S::Refused : S::Received));
        m_json += "\",\"TrichYeuHoSo\":";
        appendJsonString(m_json, p.name);
        m_json += '}';
        // The last two hours are still queued; everything older reached the portal.
        const bool queued = received >= m_now - 2 * kHour;
        sqlite3_stmt* st = m_ins.outbox;
        text(st, 1, code);
        text(st, 2, m_json);
        sqlite3_bind_text(st, 3, queued ? "queued" : "done", -1, SQLITE_STATIC);
        integer(st, 4, queued ? 0 : 1);
        integer(st, 5, received);
        optional(st, 6, queued ? 0 : received + m_rng.between(5, 600));
        if (Status s = exec(st); !s)
            return s;
        ++m_summary.outbox;
    }
    ++m_summary.dossiers;
    return {};
}

Result<GeneratorSummary> Generator::generate()
{
    planDays();
    const auto busiest = std::max_element(m_dayCounts.begin(), m_dayCounts.end());
    if (busiest != m_dayCounts.end() && *busiest > kMaxDailySequence) {
        return Error::badInput(
            QCoreApplication::translate("motcua::DossierGeneratorRows",
                                        "%1 dossiers in %2 years would put %3 on the busiest day, more than the %4 "
                                        "numbers a day has: give more years.")
                .arg(m_options.dossiers)
                .arg(m_options.years)
                .arg(*busiest)
                .arg(kMaxDailySequence));
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 total = m_options.dossiers;
    const int batch = std::max(1000, m_options.batchSize);
    auto tx = std::make_unique<Transaction>(m_db);
    if (!tx->begun())
        return tx->begun().error();
    qint64 id = 0, inBatch = 0;
    const double days = static_cast<double>(m_dayCounts.size());
    std::vector<std::pair<qint64, int>> slots;
    std::string code, dayKey;
    for (std::size_t i = 0; i < m_dayCounts.size(); ++i) {
        const qint64 n = m_dayCounts[i];
        if (n <= 0)
            continue;
        const qint64 localDay = m_firstLocalDay + static_cast<qint64>(i);
        const qint64 dayStart = localDay * kDay - kVietnamOffset;
        const bool working = isWorkingDay(localDay);
        // The online share grows from ~6 % to ~46 % over the history; ~3 % come by post.
        const double online = 0.06 + 0.40 * static_cast<double>(i) / days;
        slots.clear();
        for (qint64 k = 0; k < n; ++k) {
            Channel c = Channel::Online;
            if (working) {
                const double u = m_rng.unit();
                c = u < online ? Channel::Online : u < online + 0.03 ? Channel::Postal : Channel::Counter;
            }
            qint64 t = dayStart + timeOfDay(c);
            if (t > m_now)
                t = dayStart + m_rng.between(0, std::max<qint64>(m_now - dayStart - 1, 0));
            slots.emplace_back(t, static_cast<int>(c));
        }
        std::sort(slots.begin(), slots.end());
        const QDate date = QDate::fromJulianDay(localDay + kUnixEpochJulianDay);
        dayKey.clear();
        appendNumber(dayKey, date.year() % 100, 2);
        appendNumber(dayKey, date.month(), 2);
        appendNumber(dayKey, date.day(), 2);
        for (qint64 k = 0; k < n; ++k) {
            const Channel c = static_cast<Channel>(slots[static_cast<std::size_t>(k)].second);
            const bool onlineOnly = !working && !m_onlineProcs.empty();
            const std::size_t pi = onlineOnly ? m_onlineProcs[pickCumulative(m_onlineProcCumulative, m_rng)]
                                              : pickCumulative(m_procCumulative, m_rng);
            code = m_agency;
            code += '-';
            code += dayKey;
            code += '-';
            appendNumber(code, k + 1, 4);
            if (Status s = writeDossier(++id, code, slots[static_cast<std::size_t>(k)].first, c, m_procs[pi]); !s)
                return s.error();
            if (m_options.progress && (id % 5000) == 0)
                m_options.progress(id, total);
            if (++inBatch >= batch) {
                if (Status s = tx->commit(); !s)
                    return s.error();
                tx = std::make_unique<Transaction>(m_db);
                if (!tx->begun())
                    return tx->begun().error();
                inBatch = 0;
            }
        }
        // The day's numbers, recorded as a used lease so live intake goes on after them.
        sqlite3_bind_text(m_ins.block, 1, m_agency.data(), static_cast<int>(m_agency.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_ins.block, 2, dayKey.data(), static_cast<int>(dayKey.size()), SQLITE_STATIC);
        sqlite3_bind_int64(m_ins.block, 3, n);
        sqlite3_bind_int64(m_ins.block, 4, slots.front().first);
        if (Status s = exec(m_ins.block); !s)
            return s.error();
        if (!m_summary.firstDay.isValid())
            m_summary.firstDay = date;
        m_summary.lastDay = date;
    }
    // What "reached the portal" means to the sync client: the history of those dossiers went
    // too (the feed starts after their events), and the portal knows the ones still in work,
    // so a step taken on one today sends its history row instead of waiting for a dossier
    // the outbox will never send again.
    if (Status s = BulkDossierLoad(m_db).markSentBefore(m_now - 2 * kHour); !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    if (m_options.progress)
        m_options.progress(id, total);
    m_summary.elapsedMs = timer.elapsed();
    return m_summary;
}

} // namespace motcua::generator
