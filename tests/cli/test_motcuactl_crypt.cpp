// motcuactl on an encrypted database: the file does not open without a user, commands that show
// personal data need --user (exit 3 with the reason), `settings` replaces sqlite3 for scripts,
// and `audit verify` names an altered row.
#include "security/KeyRing.h"
#include "store/Database.h"
#include "store/KeyFile.h"
#include "support/MotcuactlRun.h"

#include <QFileInfo>
#include <QJsonArray>
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

class TestMotcuactlCrypt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void databaseIsEncryptedAfterTheAdministratorsLogin();
    void commandsNeedAUser_data();
    void commandsNeedAUser();
    void personalDataNeedsAUserOnAPlainDatabase();
    void initStaysRepeatable();
    void settingsListGetSet();
    void settingsRefuseAClerk();
    void auditVerifyNamesAnAlteredRow();

private:
    Run run(const QStringList& args, const QString& password = QString(), const QString& newPassword = QString(),
            const QString& db = QString(), bool keepPlain = false) const;

    QTemporaryDir m_dir;
    QString m_db;
    QString m_code;
};

Run TestMotcuactlCrypt::run(const QStringList& args, const QString& password, const QString& newPassword,
                            const QString& db, bool keepPlain) const
{
    MotcuactlCall call = plainCall(db.isEmpty() ? m_db : db, args, password, newPassword);
    call.unset = {QStringLiteral("MOTCUA_TEST_KEEP_PLAIN_DATABASE")};
    if (keepPlain)
        call.set = {QStringLiteral("MOTCUA_TEST_KEEP_PLAIN_DATABASE=1")};
    return runMotcuactl(call);
}

void TestMotcuactlCrypt::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("center.db"));
    Run r = run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, kAdminPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(addClerkArgs(), kAdminPassword, kClerkPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({QStringLiteral("seed"), QStringLiteral("--dossiers"), QStringLiteral("50"), QStringLiteral("--years"),
             QStringLiteral("1"), QStringLiteral("--batch"), QStringLiteral("1000"), QStringLiteral("--quiet"),
             QStringLiteral("--user"), QStringLiteral("admin")},
            kAdminPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({QStringLiteral("search"), QStringLiteral("nguyen"), QStringLiteral("--json"), QStringLiteral("--user"),
             QStringLiteral("clerk1")},
            kClerkPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray found = r.array();
    QVERIFY(!found.isEmpty());
    m_code = found.first().toObject().value(QStringLiteral("code")).toString();
    QVERIFY(!m_code.isEmpty());
}

void TestMotcuactlCrypt::databaseIsEncryptedAfterTheAdministratorsLogin()
{
    QCOMPARE(Database::fileKind(m_db), Database::FileKind::Encrypted);
    QVERIFY(QFileInfo::exists(KeyFile::pathFor(m_db)));
    QVERIFY(!QFileInfo::exists(m_db + QStringLiteral(".plain-copy")));
    // What an administrator trying sqlite3 sees.
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"), {m_db, QStringLiteral(".tables")});
    if (!shell.waitForStarted(5000))
        QSKIP("no sqlite3 shell on this machine");
    QVERIFY(shell.waitForFinished(10000));
    QVERIFY(shell.exitCode() != 0);
    QVERIFY2(QString::fromUtf8(shell.readAllStandardError()).contains(QStringLiteral("file is not a database")),
             "sqlite3 should not read the file");
}

void TestMotcuactlCrypt::commandsNeedAUser_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("dossier show") << QStringList{QStringLiteral("dossier"), QStringLiteral("show"),
                                                 QStringLiteral("X")};
    QTest::newRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("nguyen")};
    QTest::newRow("catalogue list") << QStringList{QStringLiteral("catalogue"), QStringLiteral("list")};
    QTest::newRow("counts") << QStringList{QStringLiteral("counts")};
    QTest::newRow("ledger") << QStringList{
        QStringLiteral("ledger"),     QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
        QStringLiteral("2026-01-31"), QStringLiteral("--out"),  QStringLiteral("ledger.csv")};
}

void TestMotcuactlCrypt::commandsNeedAUser()
{
    QFETCH(QStringList, args);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.errText().contains(QStringLiteral("motcuactl: The database is encrypted: give the user with --user")),
             r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestMotcuactlCrypt::personalDataNeedsAUserOnAPlainDatabase()
{
    const QString plain = m_dir.filePath(QStringLiteral("plain.db"));
    QVERIFY(run({QStringLiteral("init")}, QString(), QString(), plain, true).exitCode == 0);
    QCOMPARE(Database::fileKind(plain), Database::FileKind::Plain);
    const Run r = run({QStringLiteral("search"), QStringLiteral("nguyen")}, QString(), QString(), plain, true);
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.errText().contains(QStringLiteral("personal data")), r.err.constData());
    // The catalogue is no one's personal data.
    QCOMPARE(run({QStringLiteral("catalogue"), QStringLiteral("list")}, QString(), QString(), plain, true).exitCode, 0);
}

void TestMotcuactlCrypt::initStaysRepeatable()
{
    // The set-up script runs `init --admin admin` at every start, with no user.
    const Run r =
        run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("admin_created")).toBool(true), false);
}

void TestMotcuactlCrypt::settingsListGetSet()
{
    const QStringList admin{QStringLiteral("--user"), QStringLiteral("admin")};
    Run r = run(QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("center.name"),
                            QStringLiteral("Bộ phận Một cửa xã Tân Lập")} +
                    admin,
                kAdminPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(QStringList{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("center.name")} + admin,
            kAdminPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.outText().trimmed(), QStringLiteral("Bộ phận Một cửa xã Tân Lập"));

    r = run(QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("portal.password"),
                        QStringLiteral("mat-khau-cong")} +
                admin,
            kAdminPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(QStringList{QStringLiteral("settings"), QStringLiteral("list"), QStringLiteral("--json")} + admin,
            kAdminPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!r.outText().contains(QStringLiteral("mat-khau-cong")));
    bool sawSecret = false;
    for (const QJsonValue& v : r.array()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("key")).toString() == QLatin1String("portal.password")) {
            sawSecret = true;
            QVERIFY(o.value(QStringLiteral("secret")).toBool());
            QVERIFY(o.value(QStringLiteral("set")).toBool());
        }
    }
    QVERIFY(sawSecret);

    // Refused values and keys: exit 2, nothing asked.
    QCOMPARE(run(QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("no.such.key"),
                             QStringLiteral("1")} +
                     admin,
                 kAdminPassword)
                 .exitCode,
             2);
    QCOMPARE(run(QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("ui.language"),
                             QStringLiteral("fr")} +
                     admin,
                 kAdminPassword)
                 .exitCode,
             2);
    // Without a user: refused with the reason.
    r = run({QStringLiteral("settings"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 3);
}

void TestMotcuactlCrypt::settingsRefuseAClerk()
{
    const Run r = run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("center.name"),
                       QStringLiteral("X"), QStringLiteral("--user"), QStringLiteral("clerk1")},
                      kClerkPassword);
    QCOMPARE(r.exitCode, 3);
}

void TestMotcuactlCrypt::auditVerifyNamesAnAlteredRow()
{
    const QStringList verify{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json"),
                             QStringLiteral("--user"), QStringLiteral("admin")};
    Run r = run(verify, kAdminPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json().value(QStringLiteral("intact")).toBool());
    QVERIFY(r.json().value(QStringLiteral("rows")).toInteger() > 10);
    QCOMPARE(
        run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--user"), QStringLiteral("clerk1")},
            kClerkPassword)
            .exitCode,
        3);

    // An administrator who knows the password alters a row through SQLCipher with the key.
    qint64 altered = 0;
    {
        Result<std::unique_ptr<DataKey>> key =
            KeyRing::unlockFromKeyFile(KeyFile::pathFor(m_db), QStringLiteral("admin"), kAdminPassword);
        QVERIFY(key);
        Database db;
        QVERIFY(db.open(m_db, (*key)->bytes()));
        QVERIFY(!db.execute(QStringLiteral("UPDATE audit_log SET username = 'x' WHERE id = 3")));
        Statement& st = db.prepare(QStringLiteral("SELECT id FROM audit_log WHERE action = 'settings.change' LIMIT 1"));
        QVERIFY(st.next());
        altered = st.int64(0);
        st.reset();
        QVERIFY(db.execute(QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET details = '{}' "
                                          "WHERE id = %1")
                               .arg(altered)));
    }
    r = run(verify, kAdminPassword);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().value(QStringLiteral("intact")).toBool(true), false);
    QCOMPARE(r.json().value(QStringLiteral("broken_row")).toInteger(), altered);
    r = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--user"), QStringLiteral("admin")},
            kAdminPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.outText().contains(QString::number(altered)), r.out.constData());
}

QTEST_GUILESS_MAIN(TestMotcuactlCrypt)
#include "test_motcuactl_crypt.moc"
