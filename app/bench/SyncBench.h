#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>
#include <QUrl>

namespace motcua {

// `motcua-bench --sync`: starts `portalBinary` on 127.0.0.1 over HTTPS, syncs `dossiers` seeded
// dossiers with their history and uploads one attachment of `attachmentMb` MiB; prints one line
// per figure beside a raw HTTPS baseline. Returns the process exit code.
int runSyncBench(const QString& portalBinary, int dossiers, int attachmentMb, bool delayedAcks = false);

// `motcua-bench --center` (SyncBenchCenter.cpp): `stations` simulated workstations, each with
// `dossiersEach` seeded dossiers and their history, sync at once into one motcua-center
// (`centerBinary`) on the PostgreSQL database `conninfo` (empty: the PG* environment, as
// pg_virtualenv sets it), which is emptied first; beside it a raw libpq baseline inserting the
// same rows from as many connections, and an attachment upload beside raw HTTPS.
int runCenterBench(const QString& centerBinary, const QString& conninfo, int stations, int dossiersEach,
                   int attachmentMb);

// `motcua-bench --feed` (FeedBench.cpp): a new workstation catching up on a center of
// `dossiers` dossiers (seeded in the PostgreSQL database `conninfo`, emptied first) through
// the center's dossier feed, beside a raw libpq + SQLite baseline of the same rows.
int runFeedBench(const QString& centerBinary, const QString& conninfo, qint64 dossiers);

namespace syncbench {
// Shared by the two sync benches.
void line(const QString& text);
QString loadAverage();
double ownCpu();
double processCpu(qint64 pid);
// A self-signed certificate for 127.0.0.1 made with the openssl command.
bool makeCertificate(const QString& folder, QString* cert, QString* key);

// Starts a server program that prints "listening on https://ADDR:PORT" when ready; that URL,
// empty when it did not come within 20 s.
QString startServer(QProcess& process, const QString& binary, const QStringList& args);

// Runs `motcua-center ARGS --config CONFIG` to its end (at most 2 minutes); its exit code, -1
// when it did not end, and its standard output in `out`.
int centerCommand(const QString& binary, const QString& config, const QStringList& args, QByteArray* out = nullptr);

// A bare HTTPS client for the baselines: the same TLS settings, no protocol logic.
class RawPoster
{
public:
    RawPoster(const QUrl& url, const QList<QSslCertificate>& ca);
    // POSTs and waits for the whole answer; false when no HTTP answer came.
    bool post(const QByteArray& body, const QByteArray& type, const QString& path = QStringLiteral("/mapi/g"));
    QByteArray lastBody() const { return m_last; }

private:
    QUrl m_url;
    QSslConfiguration m_ssl;
    QNetworkAccessManager m_nam;
    QByteArray m_last;
};
} // namespace syncbench

} // namespace motcua
