// motcuactl as a clerk or an administrator would misuse it: another portal for one sync run,
// a locked account, a mistyped or empty --db, and the retention purge; driven as processes.
#include "service/AppContext.h"
#include "store/Database.h"
#include "support/MotcuactlRun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

namespace {

const QString kAdminPassword = QStringLiteral("admin-pass-2026");
const QString kClerkPassword = QStringLiteral("clerk-pass-2026");

} // namespace

class TestMotcuactlSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void syncOverridesAreForAdministrators_data();
    void syncOverridesAreForAdministrators();
    void lockedAccountAndUnlock();
    void missingOrEmptyDatabaseRefused_data();
    void missingOrEmptyDatabaseRefused();
    void dossierShowIsAudited();
    void purgeStripsSentPayloads();

private:
    Run run(const QStringList& args, const QString& password = QString(), const QString& db = QString(),
            const QString& newPassword = QString()) const;
    QString makeCa() const;
    qint64 scalar(const QString& sql, const QString& path = QString()) const;

    QTemporaryDir m_dir;
    QString m_db;
    QString m_ca;
};

Run TestMotcuactlSecurity::run(const QStringList& args, const QString& password, const QString& db,
                               const QString& newPassword) const
{
    return runMotcuactl(plainCall(db.isEmpty() ? m_db : db, args, password, newPassword));
}

QString TestMotcuactlSecurity::makeCa() const
{
    const QString key = m_dir.filePath(QStringLiteral("evil.key"));
    const QString pem = m_dir.filePath(QStringLiteral("evil.pem"));
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), key, QStringLiteral("-out"), pem, QStringLiteral("-days"), QStringLiteral("2"),
             QStringLiteral("-subj"), QStringLiteral("/CN=somebody-else")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QString();
    return pem;
}

qint64 TestMotcuactlSecurity::scalar(const QString& sql, const QString& path) const
{
    Database db;
    if (!db.open(path.isEmpty() ? m_db : path))
        return -1;
    Statement& st = db.prepare(sql);
    const qint64 v = st.next() ? st.int64(0) : -1;
    st.reset();
    return v;
}

void TestMotcuactlSecurity::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("center.db"));
    Run r = run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, kAdminPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(addClerkArgs(), kAdminPassword, QString(), kClerkPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_ca = makeCa();
    QVERIFY(!m_ca.isEmpty());
}

void TestMotcuactlSecurity::syncOverridesAreForAdministrators_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QStringList>("overrides");
    QTest::addColumn<int>("exitCode");
    const QString portal = QStringLiteral("https://127.0.0.1:9");
    QTest::newRow("clerk, --portal and --ca")
        << QStringLiteral("clerk1")
        << QStringList{QStringLiteral("--portal"), portal, QStringLiteral("--ca"), QStringLiteral("CA")} << 3;
    QTest::newRow("clerk, --ca") << QStringLiteral("clerk1")
                                 << QStringList{QStringLiteral("--ca"), QStringLiteral("CA")} << 3;
    QTest::newRow("clerk, --portal") << QStringLiteral("clerk1") << QStringList{QStringLiteral("--portal"), portal}
                                     << 3;
    QTest::newRow("nobody, --portal") << QString()
                                      << QStringList{QStringLiteral("--portal"), portal, QStringLiteral("--ca"),
                                                     QStringLiteral("CA")}
                                      << 3;
    // An administrator may: the pass runs and finds nothing listening (offline: exit 1).
    QTest::newRow("admin, --portal and --ca")
        << QStringLiteral("admin") << QStringList{QStringLiteral("--portal"),  portal,
                                                  QStringLiteral("--ca"),      QStringLiteral("CA"),
                                                  QStringLiteral("--timeout"), QStringLiteral("2")}
        << 1;
    // Not even an administrator talks to a portal with nothing pinned.
    QTest::newRow("admin, --portal alone")
        << QStringLiteral("admin") << QStringList{QStringLiteral("--portal"), portal} << 2;
}

void TestMotcuactlSecurity::syncOverridesAreForAdministrators()
{
    QFETCH(QString, user);
    QFETCH(QStringList, overrides);
    QFETCH(int, exitCode);
    overrides.replaceInStrings(QStringLiteral("CA"), m_ca);
    QStringList args{QStringLiteral("sync"), QStringLiteral("now")};
    if (!user.isEmpty())
        args << QStringLiteral("--user") << user;
    const Run r = run(args + overrides, user == QLatin1String("admin") ? kAdminPassword : kClerkPassword);
    QVERIFY2(r.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.errText())));
    if (exitCode == 3)
        QVERIFY2(r.errText().contains(QStringLiteral("--portal")) || r.errText().contains(QStringLiteral("administr")),
                 qPrintable(r.errText()));
}

void TestMotcuactlSecurity::lockedAccountAndUnlock()
{
    // Locked as five wrong passwords leave it (the delays between them are real time here, so
    // the counters are set directly; the rules themselves are tested in test_loginlockout).
    {
        Database db;
        QVERIFY(db.open(m_db).ok());
        Statement& st = db.prepare(QStringLiteral("UPDATE users SET failed_logins = 5, last_failed_at = ?1, "
                                                  "locked_at = ?1 WHERE username = 'clerk1'"));
        QVERIFY(st.bind(1, QDateTime::currentDateTimeUtc()).exec().ok());
    }
    const QStringList pause{QStringLiteral("sync"), QStringLiteral("pause"), QStringLiteral("--user"),
                            QStringLiteral("clerk1")};
    Run r = run(pause, kClerkPassword);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.errText().contains(QStringLiteral("locked")), qPrintable(r.errText()));

    r = run({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("admin"),
             QStringLiteral("--json")},
            kAdminPassword);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("\"locked\":true") || r.out.contains("\"locked\": true"), r.out.constData());

    // A clerk cannot lift it; an administrator can.
    r = run({QStringLiteral("users"), QStringLiteral("unlock"), QStringLiteral("clerk1"), QStringLiteral("--user"),
             QStringLiteral("clerk1")},
            kClerkPassword);
    QCOMPARE(r.exitCode, 3);
    r = run({QStringLiteral("users"), QStringLiteral("unlock"), QStringLiteral("clerk1"), QStringLiteral("--user"),
             QStringLiteral("admin")},
            kAdminPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user.unlock'")), 1);
    r = run(pause, kClerkPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(run({QStringLiteral("sync"), QStringLiteral("resume"), QStringLiteral("--user"), QStringLiteral("clerk1")},
                kClerkPassword)
                .exitCode == 0);
}

void TestMotcuactlSecurity::missingOrEmptyDatabaseRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("emptyFile");
    QTest::addColumn<QString>("message");
    QTest::newRow("mistyped path") << QStringLiteral("centre.db") << false << QStringLiteral("no database");
    QTest::newRow("mistyped folder") << QStringLiteral("no-such-folder/center.db") << false
                                     << QStringLiteral("no database");
    QTest::newRow("empty file") << QStringLiteral("empty.db") << true << QStringLiteral("empty");
}

void TestMotcuactlSecurity::missingOrEmptyDatabaseRefused()
{
    QFETCH(QString, file);
    QFETCH(bool, emptyFile);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(file);
    if (emptyFile) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    for (const QStringList& args : {QStringList{QStringLiteral("catalogue"), QStringLiteral("list")},
                                    QStringList{QStringLiteral("search"), QStringLiteral("nguyen")},
                                    QStringList{QStringLiteral("sync"), QStringLiteral("status")}}) {
        const Run r = run(args, QString(), path);
        QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.errText())));
        QVERIFY2(r.errText().contains(message, Qt::CaseInsensitive), qPrintable(r.errText()));
        // Nothing was made of it: no new center, no demo catalogue, no WAL.
        QCOMPARE(QFileInfo::exists(path), emptyFile);
        if (emptyFile)
            QCOMPARE(QFileInfo(path).size(), 0);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    }
    // Creating one is explicit.
    if (!emptyFile) {
        const Run init = run({QStringLiteral("init")}, QString(), path);
        QVERIFY2(init.exitCode == 0, init.err.constData());
        QVERIFY(QFileInfo(path).size() > 0);
        QCOMPARE(run({QStringLiteral("catalogue"), QStringLiteral("list")}, QString(), path).exitCode, 0);
    }
}

void TestMotcuactlSecurity::dossierShowIsAudited()
{
    // A database of its own with some history (the purge below counts this one's outbox).
    const QString path = m_dir.filePath(QStringLiteral("reads.db"));
    Run r = run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, kAdminPassword, path);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({QStringLiteral("seed"), QStringLiteral("--dossiers"), QStringLiteral("20"), QStringLiteral("--years"),
             QStringLiteral("1"), QStringLiteral("--quiet"), QStringLiteral("--user"), QStringLiteral("admin")},
            kAdminPassword, path);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QString code;
    {
        Database db;
        QVERIFY(db.open(path).ok());
        Statement& first = db.prepare(QStringLiteral("SELECT code FROM dossiers ORDER BY id LIMIT 1"));
        QVERIFY(first.next());
        code = first.text(0);
        first.reset();
    }
    const QString reads = QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dossier.read' AND "
                                         "entity_key = '%1' AND username = 'admin'")
                              .arg(code);
    QCOMPARE(scalar(reads, path), qint64(0));

    // Without --user nothing is shown (and nothing to audit).
    r = run({QStringLiteral("dossier"), QStringLiteral("show"), code}, QString(), path);
    QCOMPARE(r.exitCode, 3);
    // A search's list is not a reading of one dossier's details.
    r = run({QStringLiteral("search"), code, QStringLiteral("--user"), QStringLiteral("admin")}, kAdminPassword, path);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dossier.read'"), path), qint64(0));

    r = run(
        {QStringLiteral("dossier"), QStringLiteral("show"), code, QStringLiteral("--user"), QStringLiteral("admin")},
        kAdminPassword, path);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(scalar(reads, path), qint64(1));
    // Who and which dossier only: nothing of the applicant in the row.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dossier.read' AND details NOT IN "
                                   "('', '{}')"),
                    path),
             qint64(0));
}

void TestMotcuactlSecurity::purgeStripsSentPayloads()
{
    const qint64 old = QDateTime::currentDateTimeUtc().addDays(-3).toSecsSinceEpoch();
    {
        Database db;
        QVERIFY(db.open(m_db).ok());
        const QString insert = QStringLiteral(
            "INSERT INTO outbox (kind, entity_key, payload, state, attempts, next_attempt_at, created_at, done_at) "
            "VALUES ('dossier', ?1, '{\"TenNguoiNop\":\"Đặng Văn Đức\",\"SoCMND\":\"062085001234\"}', ?2, 1, ?3, ?3, "
            "?4)");
        Statement& st = db.prepare(insert);
        QVERIFY(st.bind(1, QStringLiteral("A-1")).bind(2, QStringLiteral("done")).bind(3, old).bind(4, old).exec());
        QVERIFY(st.bind(1, QStringLiteral("A-2")).bind(2, QStringLiteral("queued")).bind(3, old).bindNull(4).exec());
    }
    // Parts of downloads from the center: one cut short ten days ago and never tried again, one
    // tried yesterday (retention.fetchPartDays: 7).
    const QString parts = AppContext::attachmentFolderFor(m_db) + QStringLiteral(".partial");
    QVERIFY(QDir().mkpath(parts));
    const QString untried = parts + QLatin1Char('/') + QString(64, QLatin1Char('a')) + QStringLiteral(".part");
    const QString recent = parts + QLatin1Char('/') + QString(64, QLatin1Char('b')) + QStringLiteral(".part");
    for (const QString& path : {untried, recent}) {
        QFile part(path);
        QVERIFY(part.open(QIODevice::WriteOnly) && part.write("sealed piece") > 0);
        part.close();
        QVERIFY(part.open(QIODevice::ReadWrite));
        const int days = path == untried ? 10 : 1;
        QVERIFY(part.setFileTime(QDateTime::currentDateTimeUtc().addDays(-days), QFileDevice::FileModificationTime));
    }
    Run r = run({QStringLiteral("store"), QStringLiteral("purge"), QStringLiteral("--user"), QStringLiteral("clerk1")},
                kClerkPassword);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(QFile::exists(untried));
    r = run({QStringLiteral("store"), QStringLiteral("purge"), QStringLiteral("--user"), QStringLiteral("admin"),
             QStringLiteral("--json")},
            kAdminPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("payloads")).toInt(), 1);
    QCOMPARE(r.json().value(QStringLiteral("fetch_parts")).toInt(), 1);
    QVERIFY(!QFile::exists(untried));
    QVERIFY(QFile::exists(recent));
    // The sent row keeps its code, kind and times; its copy of the dossier is gone. The queued one
    // is untouched.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity_key = 'A-1' AND payload = '{}' "
                                   "AND kind = 'dossier' AND done_at IS NOT NULL")),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE entity_key = 'A-2' AND payload LIKE "
                                   "'%062085001234%'")),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'store.purge' AND username = "
                                   "'admin'")),
             1);
    // Nothing left to purge: no new audit row.
    QCOMPARE(run({QStringLiteral("store"), QStringLiteral("purge"), QStringLiteral("--user"), QStringLiteral("admin")},
                 kAdminPassword)
                 .exitCode,
             0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'store.purge'")), 1);
}

QTEST_GUILESS_MAIN(TestMotcuactlSecurity)
#include "test_motcuactl_security.moc"
