#include "TestCertificates.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace motcua::test {

namespace {

bool openssl(const QString& folder, const QStringList& args, QString* error)
{
    QProcess p;
    p.setWorkingDirectory(folder);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed: %2")
                     .arg(args.value(0), QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

} // namespace

std::optional<TestCertificates> TestCertificates::make(const QString& folder, QString* error, const QString& prefix)
{
    const QDir dir(folder);
    TestCertificates c;
    c.caCertificate = dir.filePath(prefix + QStringLiteral("ca.pem"));
    c.caKey = dir.filePath(prefix + QStringLiteral("ca.key"));
    c.serverCertificate = dir.filePath(prefix + QStringLiteral("server.pem"));
    c.serverKey = dir.filePath(prefix + QStringLiteral("server.key"));
    const QString csr = dir.filePath(prefix + QStringLiteral("server.csr"));
    const QString ext = dir.filePath(prefix + QStringLiteral("server.ext"));
    const QString leaf = dir.filePath(prefix + QStringLiteral("leaf.pem"));
    {
        QFile f(ext);
        if (!f.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write %1").arg(ext);
            return std::nullopt;
        }
        f.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                "keyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n");
    }
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    if (!openssl(folder,
                 QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                     QStringList{QStringLiteral("-keyout"), c.caKey, QStringLiteral("-out"), c.caCertificate,
                                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                 QStringLiteral("/CN=MotCua test CA ") + prefix},
                 error) ||
        !openssl(folder,
                 QStringList{QStringLiteral("req")} + ec +
                     QStringList{QStringLiteral("-keyout"), c.serverKey, QStringLiteral("-out"), csr,
                                 QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
                 error) ||
        !openssl(folder,
                 {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"),
                  c.caCertificate, QStringLiteral("-CAkey"), c.caKey, QStringLiteral("-CAcreateserial"),
                  QStringLiteral("-out"), leaf, QStringLiteral("-days"), QStringLiteral("2"),
                  QStringLiteral("-extfile"), ext},
                 error)) {
        return std::nullopt;
    }
    // The server presents its chain: leaf, then the CA.
    QFile leafFile(leaf), caFile(c.caCertificate), chain(c.serverCertificate);
    if (!leafFile.open(QIODevice::ReadOnly) || !caFile.open(QIODevice::ReadOnly) || !chain.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot assemble the certificate chain");
        return std::nullopt;
    }
    chain.write(leafFile.readAll() + caFile.readAll());
    return c;
}

} // namespace motcua::test
