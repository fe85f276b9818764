// `motcuactl center join`: a workstation joins motcua-center with a one-time code and then
// syncs as its own enrolled station, with no shared password; a used code and a revoked
// station are refused.
#include "PortalFixture.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("station-admin-password-1");

} // namespace

class TestCenterJoin : public QObject
{
    Q_OBJECT

private:
    PortalFixture m_center{{}, PortalFixture::Server::Center};
    QTemporaryDir m_dir;

    int ctl(const QStringList& args, QByteArray* out = nullptr)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MOTCUA_PASSWORD"), kPassword);
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MOTCUACTL_PATH), QStringList{QStringLiteral("--db"), db()} + args);
        if (!p.waitForFinished(120000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    }
    QString db() const { return m_dir.filePath(QStringLiteral("station.db")); }
    QString enrol(int station)
    {
        QByteArray code;
        if (m_center.centerCommand({QStringLiteral("enrol"), QStringLiteral("--station"), QString::number(station)},
                                   &code) != 0)
            return QString();
        return QString::fromUtf8(code).trimmed();
    }
    QStringList join(const QString& code)
    {
        return {
            QStringLiteral("center"), QStringLiteral("join"), m_center.url().toString(), QStringLiteral("--code"), code,
            QStringLiteral("--ca"),   m_center.caPath(),      QStringLiteral("--user"),  QStringLiteral("admin")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_center.start(), qPrintable(m_center.errorString()));
        QCOMPARE(ctl({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}), 0);
    }

    void joinsAndSyncsAsItsStation()
    {
        const QString code = enrol(5);
        QVERIFY(!code.isEmpty());
        QByteArray out;
        QCOMPARE(ctl(join(code) + QStringList{QStringLiteral("--json")}, &out), 0);
        QVERIFY2(out.contains("\"station\": \"5\"") || out.contains("\"station\":\"5\""), out.constData());
        // The code was spent.
        QVERIFY(ctl(join(code), &out) != 0);
        // A pass logs in as station-5 with its own credential.
        QCOMPARE(ctl({QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--user"), QStringLiteral("admin")},
                     &out),
                 0);
        QByteArray list;
        QCOMPARE(
            m_center.centerCommand({QStringLiteral("stations"), QStringLiteral("--lang"), QStringLiteral("en")}, &list),
            0);
        QVERIFY2(list.contains("5\tenrolled"), list.constData());
    }

    void revokedStationCannotSync()
    {
        QCOMPARE(m_center.centerCommand({QStringLiteral("revoke"), QStringLiteral("--station"), QStringLiteral("5")}),
                 0);
        QByteArray out;
        QVERIFY(ctl({QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--user"), QStringLiteral("admin")},
                    &out) != 0);
    }

    void wrongCodeChangesNothing()
    {
        QByteArray out;
        QVERIFY(ctl(join(QStringLiteral("ZZZZ-ZZZZ-ZZZZ")), &out) != 0);
        QVERIFY2(out.startsWith("motcuactl"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCenterJoin)
#include "test_centerjoin.moc"
