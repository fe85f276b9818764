// `motcua-bench --sync`: the sync client against a local motcua-portal over HTTPS.
//  - 10,000 queued dossiers with their history rows synced, in dossiers per second (target
//    >= 1,000/s); baseline: the same DongBoHoSoMC batches posted with a bare HTTPS client,
//    without the outbox bookkeeping.
//  - an attachment uploaded by the client (MC_TaiTep: raw 4 MiB chunks to /mapi/tep, resumable,
//    SHA-256 checked by the portal, stored and synced to disk), in MB/s; baseline: the same bytes
//    posted raw to the same server in pieces of the same size, which it reads and drops (target
//    >= 70 %). Seven rounds, alternating, new bytes each round; the medians are compared, the
//    best rounds printed beside them.
// One line per figure: name value unit baseline ratio, ok/MISSED for the targets; then the CPU
// seconds each side spent (this process: the sync client; the portal process), since on a
// shared machine the wall-clock figures move with the load (printed in the header).

#include "bench/SyncBench.h"

#include "core/Clock.h"
#include "service/AppContext.h"
#include "service/CalendarService.h"
#include "service/CatalogueService.h"
#include "service/DossierGenerator.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Settings.h"
#include "sync/PortalClient.h"
#include "sync/SyncRunner.h"
#include "sync/SyncService.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTemporaryDir>

#include <QFile>
#include <QThread>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

namespace motcua {

namespace syncbench {

void line(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

// CPU seconds (user + system) of this process: the sync client and the bench around it.
double ownCpu()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

// CPU seconds of another process (the portal), from /proc/PID/stat; 0 when unreadable.
double processCpu(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces) start at state, field 3.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

bool makeCertificate(const QString& folder, QString* cert, QString* key)
{
    *cert = folder + QStringLiteral("/cert.pem");
    *key = folder + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), *key, QStringLiteral("-out"), *cert, QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    return openssl.waitForFinished(30000) && openssl.exitCode() == 0;
}

RawPoster::RawPoster(const QUrl& url, const QList<QSslCertificate>& ca)
    : m_url(url)
{
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_ssl.setCaCertificates(ca);
}

bool RawPoster::post(const QByteArray& body, const QByteArray& type, const QString& path)
{
    QUrl u = m_url;
    u.setPath(path);
    QNetworkRequest r(u);
    r.setSslConfiguration(m_ssl);
    r.setHeader(QNetworkRequest::ContentTypeHeader, type);
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QNetworkReply* reply = m_nam.post(r, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const bool ok = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0;
    m_last = reply->readAll();
    delete reply;
    return ok;
}

int centerCommand(const QString& binary, const QString& config, const QStringList& args, QByteArray* out)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(binary, args + QStringList{QStringLiteral("--config"), config});
    if (!p.waitForFinished(120000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitCode();
}

QString startServer(QProcess& process, const QString& binary, const QStringList& args)
{
    process.start(binary, args);
    static const QRegularExpression ready(QStringLiteral("listening on (https://[^\\s]+)"));
    QByteArray out;
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired() && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        out += process.readAllStandardOutput();
        const auto m = ready.match(QString::fromUtf8(out));
        if (m.hasMatch())
            return m.captured(1);
    }
    return QString();
}

} // namespace syncbench

namespace {

using namespace syncbench;

void fail(const QString& text)
{
    const QString message = QStringLiteral("motcua-bench --sync: ") + text + QLatin1Char('\n');
    std::fputs(message.toUtf8().constData(), stderr);
}

constexpr int kAttachmentRounds = 7;

const char* mark(bool met)
{
    return met ? "ok" : "MISSED";
}

} // namespace

int runSyncBench(const QString& portalBinary, int dossiers, int attachmentMb, bool delayedAcks)
{
    QTemporaryDir dir;
    QString cert, key;
    if (!makeCertificate(dir.path(), &cert, &key)) {
        fail(QStringLiteral("the openssl command could not make a certificate"));
        return 1;
    }
    const QString user = QStringLiteral("bench");
    const QString password = QStringLiteral("bench-password");
    QProcess portal;
    portal.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // As a service runs: with TZ set, glibc does not stat /etc/localtime on every local-time
    // conversion (the portal converts each date it validates).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("TZ")))
        env.insert(QStringLiteral("TZ"), QStringLiteral("Asia/Ho_Chi_Minh"));
    portal.setProcessEnvironment(env);
    QStringList portalArgs{QStringLiteral("--listen"),   QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--cert"),     cert,
                           QStringLiteral("--key"),      key,
                           QStringLiteral("--db"),       dir.filePath(QStringLiteral("portal.db")),
                           QStringLiteral("--user"),     user,
                           QStringLiteral("--password"), password};
    if (delayedAcks) {
        portalArgs.append(QStringLiteral("--delayed-acks"));
        line(QStringLiteral("# the portal delays its ACKs as a stock TCP stack does"));
    }
    const QString url = startServer(portal, portalBinary, portalArgs);
    if (url.isEmpty()) {
        fail(QStringLiteral("%1 did not start").arg(portalBinary));
        return 1;
    }

    AppContext::Options o;
    o.databasePath = dir.filePath(QStringLiteral("station.db"));
    auto opened = AppContext::open(o);
    if (!opened) {
        fail(opened.error().message);
        return 1;
    }
    AppContext& app = **opened;
    Settings& s = app.settings();
    if (!s.set(QStringLiteral("portal.url"), url) || !s.set(QStringLiteral("portal.username"), user) ||
        !s.set(QStringLiteral("portal.password"), password) || !s.set(QStringLiteral("portal.caFile"), cert)) {
        fail(QStringLiteral("cannot store the portal settings"));
        return 1;
    }
    // Dossiers received over the last days, every one still queued with its history.
    GeneratorOptions g;
    g.dossiers = dossiers;
    g.years = 1;
    g.outboxDays = 0;
    DossierGenerator generator(app.db(), s, app.catalogue(), app.calendar(), app.clock());
    auto seeded = generator.run(g);
    if (!seeded) {
        fail(seeded.error().message);
        return 1;
    }
    if (!app.db().execute(QStringLiteral(
            "UPDATE outbox SET state = 'queued', attempts = 0, done_at = NULL, next_attempt_at = 0; "
            "DELETE FROM portal_dossiers; UPDATE sync_state SET value = '0' WHERE key = 'history.cursor'"))) {
        fail(QStringLiteral("cannot queue the seeded dossiers"));
        return 1;
    }

    auto options = app.sync().options(true);
    if (!options) {
        fail(options.error().message);
        return 1;
    }
    options->config.dossierBatch = 100;
    options->config.historyChunk = 500;
    // Dossiers first, then their history rows, timed apart.
    options->kinds = QList<SyncKind>{SyncKind::Dossier};
    line(QStringLiteral("# motcua-bench --sync %1, %2 cores, load average %3")
             .arg(QDateTime::currentDateTime().toString(Qt::ISODate))
             .arg(QThread::idealThreadCount())
             .arg(loadAverage()));
    const double clientCpu0 = ownCpu();
    const double portalCpu0 = processCpu(portal.processId());
    QElapsedTimer t;
    t.start();
    auto report = SyncRunner(app.db().path(), *options).run();
    const double dossierSecs = t.nsecsElapsed() / 1e9;
    options->kinds = QList<SyncKind>{SyncKind::History};
    t.restart();
    auto history = SyncRunner(app.db().path(), *options).run();
    const double historySecs = t.nsecsElapsed() / 1e9;
    const double secs = dossierSecs + historySecs;
    const double clientCpu = ownCpu() - clientCpu0;
    const double portalCpu = processCpu(portal.processId()) - portalCpu0;
    if (report && history)
        report->merge(*history);
    if (!report || !history || report->dossiers != dossiers) {
        fail(QStringLiteral("the pass sent %1 of %2 dossiers: %3")
                 .arg(report ? report->dossiers : 0)
                 .arg(dossiers)
                 .arg(report ? report->errors.join(QStringLiteral("; ")) : report.error().message));
        return 1;
    }

    // Baseline: the same batches as updates through a bare client.
    QList<QJsonObject> payloads;
    {
        Statement& st =
            app.db().prepare(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'dossier' ORDER BY id"));
        while (st.next())
            payloads.append(QJsonDocument::fromJson(st.text(0).toUtf8()).object());
    }
    PortalClient login(options->config, app.clock());
    const PortalAnswer session = login.login();
    const QString token = session.body.value(QStringLiteral("session")).toString();
    RawPoster raw(options->config.url, options->config.caCertificates);
    const double rawClientCpu0 = ownCpu();
    const double rawPortalCpu0 = processCpu(portal.processId());
    t.restart();
    for (qsizetype i = 0; i < payloads.size(); i += 100) {
        QJsonArray data;
        for (qsizetype j = i; j < qMin(i + 100, payloads.size()); ++j)
            data.append(payloads.at(j));
        const QJsonObject body{{QStringLiteral("session"), token},
                               {QStringLiteral("madonvi"), options->config.madonvi},
                               {QStringLiteral("service"), QStringLiteral("DongBoHoSoMC")},
                               {QStringLiteral("isUpdating"), QStringLiteral("True")},
                               {QStringLiteral("data"), data}};
        raw.post(QJsonDocument(body).toJson(QJsonDocument::Compact), QByteArrayLiteral("application/json"));
    }
    const double rawSecs = t.nsecsElapsed() / 1e9;
    const double rawClientCpu = ownCpu() - rawClientCpu0;
    const double rawPortalCpu = processCpu(portal.processId()) - rawPortalCpu0;
    const double rate = dossiers / secs;
    const double rawRate = dossiers / rawSecs;
    line(QStringLiteral("sync_dossiers_with_history %1 dossiers/s %2 %3 %4 (%5 dossiers in %6 s, %7 history rows in "
                        "%8 s, %9 requests)")
             .arg(rate, 0, 'f', 0)
             .arg(rawRate, 0, 'f', 0)
             .arg(rate / rawRate, 0, 'f', 2)
             .arg(QLatin1String(mark(rate >= 1000)))
             .arg(dossiers)
             .arg(dossierSecs, 0, 'f', 2)
             .arg(report->history)
             .arg(historySecs, 0, 'f', 2)
             .arg(report->requests));
    line(QStringLiteral("sync_dossiers_only %1 dossiers/s %2 %3")
             .arg(dossiers / dossierSecs, 0, 'f', 0)
             .arg(rawRate, 0, 'f', 0)
             .arg(dossiers / dossierSecs / rawRate, 0, 'f', 2));
    line(QStringLiteral("# cpu dossiers+history: client %1 s, portal %2 s; raw dossier updates: client %3 s, portal "
                        "%4 s")
             .arg(clientCpu, 0, 'f', 2)
             .arg(portalCpu, 0, 'f', 2)
             .arg(rawClientCpu, 0, 'f', 2)
             .arg(rawPortalCpu, 0, 'f', 2));

    // Attachment upload: rounds alternate with the raw upload of the same bytes, new bytes
    // (a new SHA-256, so the portal stores them again) each round; best of each side.
    const qsizetype size = qsizetype(attachmentMb) * 1024 * 1024;
    const double mb = double(size) / (1024 * 1024);
    QByteArray bytes(size, Qt::Uninitialized);
    options->kinds = QList<SyncKind>{SyncKind::Attachment};
    options->config.chunkBytes = 4 * 1024 * 1024;
    options->attachments = [&bytes](const OutboxItem&) -> Result<QByteArray> { return bytes; };
    QList<double> upRates, rawUpRates;
    double upClientCpu = 0, upPortalCpu = 0, rawUpClientCpu = 0, rawUpPortalCpu = 0;
    for (int round = 0; round < kAttachmentRounds; ++round) {
        QRandomGenerator rng(7 + round);
        rng.fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        {
            Transaction tx(app.db());
            if (!enqueueOutbox(app.db(), app.clock().now(), SyncKind::Attachment,
                               payloads.first().value(QStringLiteral("MaHoSo")).toString(),
                               {{QStringLiteral("code"), payloads.first().value(QStringLiteral("MaHoSo"))},
                                {QStringLiteral("sha256"), sha},
                                {QStringLiteral("size"), size},
                                {QStringLiteral("fileName"), QStringLiteral("bench-%1.bin").arg(round)}}) ||
                !tx.commit()) {
                fail(QStringLiteral("cannot queue the attachment"));
                return 1;
            }
        }
        double cpu0 = ownCpu();
        double portal0 = processCpu(portal.processId());
        t.restart();
        auto up = SyncRunner(app.db().path(), *options).run();
        upRates.append(mb / (t.nsecsElapsed() / 1e9));
        upClientCpu += ownCpu() - cpu0;
        upPortalCpu += processCpu(portal.processId()) - portal0;
        if (!up || up->attachments != 1) {
            fail(QStringLiteral("the attachment was not uploaded"));
            return 1;
        }
        cpu0 = ownCpu();
        portal0 = processCpu(portal.processId());
        t.restart();
        for (qsizetype off = 0; off < size; off += options->config.chunkBytes)
            raw.post(bytes.mid(off, options->config.chunkBytes), QByteArrayLiteral("application/octet-stream"));
        rawUpRates.append(mb / (t.nsecsElapsed() / 1e9));
        rawUpClientCpu += ownCpu() - cpu0;
        rawUpPortalCpu += processCpu(portal.processId()) - portal0;
    }
    std::sort(upRates.begin(), upRates.end());
    std::sort(rawUpRates.begin(), rawUpRates.end());
    const double best = upRates.last(), rawBest = rawUpRates.last();
    const double median = upRates.at(kAttachmentRounds / 2), rawMedian = rawUpRates.at(kAttachmentRounds / 2);
    // Judged on the medians: the best round of a side is the one the rest of the machine
    // disturbed least, and one lucky raw round would set the bar alone.
    line(QStringLiteral("sync_attachment %1 MB/s %2 %3 %4 (%5 MiB in 4 MiB chunks, medians of %6 alternating rounds; "
                        "best rounds %7 and %8 MB/s, ratio %9)")
             .arg(median, 0, 'f', 1)
             .arg(rawMedian, 0, 'f', 1)
             .arg(median / rawMedian, 0, 'f', 2)
             .arg(QLatin1String(mark(median / rawMedian >= 0.70)))
             .arg(attachmentMb)
             .arg(kAttachmentRounds)
             .arg(best, 0, 'f', 1)
             .arg(rawBest, 0, 'f', 1)
             .arg(best / rawBest, 0, 'f', 2));
    line(QStringLiteral("# cpu attachment per round: client %1 s, portal %2 s; raw upload: client %3 s, portal %4 s; "
                        "load average %5")
             .arg(upClientCpu / kAttachmentRounds, 0, 'f', 2)
             .arg(upPortalCpu / kAttachmentRounds, 0, 'f', 2)
             .arg(rawUpClientCpu / kAttachmentRounds, 0, 'f', 2)
             .arg(rawUpPortalCpu / kAttachmentRounds, 0, 'f', 2)
             .arg(loadAverage()));
    portal.terminate();
    portal.waitForFinished(5000);
    return 0;
}

} // namespace motcua
