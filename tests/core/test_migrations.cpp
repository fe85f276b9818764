#include "store/Database.h"
#include "store/Migrations.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void schemaResourceIsCompiledIn();
    void freshDatabaseGetsLatestSchema();
    void migratingTwiceChangesNothing();
    void upgradesFromAnOlderVersion();
    void refusesNewerDatabase();
    void failedScriptLeavesDatabaseUntouched();
    void scriptMergedOutOfOrderStillRuns();
    void schemaWorks();

private:
    static QString fixture(const QString& name)
    {
        return QStringLiteral(MOTCUA_TEST_DATA) + QStringLiteral("/store/") + name;
    }
    bool tableExists(const QString& name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("m.db"))));
}

void TestMigrations::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

bool TestMigrations::tableExists(const QString& name)
{
    Statement& st = m_db->prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?1"));
    st.bind(1, name);
    const bool found = st.next() && st.integer(0) == 1;
    st.reset();
    return found;
}

void TestMigrations::schemaResourceIsCompiledIn()
{
    initCoreResources();
    QVERIFY(QFile::exists(QStringLiteral(":/motcua/schema/001_initial.sql")));
    QVERIFY(latestSchemaVersion() >= 1);
}

void TestMigrations::freshDatabaseGetsLatestSchema()
{
    QCOMPARE(m_db->userVersion(), 0);
    const Status s = migrate(*m_db);
    QVERIFY2(s, qPrintable(s.error().message));
    QCOMPARE(m_db->userVersion(), latestSchemaVersion());
    for (const char* table : {"dossiers", "dossiers_fts", "code_blocks", "audit_log", "outbox", "users"})
        QVERIFY2(tableExists(QString::fromLatin1(table)), table);
}

void TestMigrations::migratingTwiceChangesNothing()
{
    QVERIFY(migrate(*m_db));
    const int v = m_db->userVersion();
    QVERIFY(migrate(*m_db));
    QCOMPARE(m_db->userVersion(), v);
}

void TestMigrations::upgradesFromAnOlderVersion()
{
    // A database at version 1 of the fixture scripts, holding data, moves to version 2.
    QVERIFY(m_db->execute(QStringLiteral("CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
                                         "INSERT INTO people (name) VALUES ('An');"
                                         "PRAGMA user_version = 1;")));
    const Status s = migrate(*m_db, fixture(QStringLiteral("migrations_ok")));
    QVERIFY2(s, qPrintable(s.error().message));
    QCOMPARE(m_db->userVersion(), 2);
    Statement& st = m_db->prepare(QStringLiteral("SELECT name, phone FROM people"));
    QVERIFY(st.next());
    QCOMPARE(st.text(0), QStringLiteral("An"));
    QCOMPARE(st.text(1), QStringLiteral(""));
    st.reset();
    QVERIFY(tableExists(QStringLiteral("people_phone")));
}

void TestMigrations::refusesNewerDatabase()
{
    QVERIFY(m_db->execute(QStringLiteral("CREATE TABLE future (x); PRAGMA user_version = 99;")));
    const Status s = migrate(*m_db);
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Conflict);
    QVERIFY(s.error().message.contains(QStringLiteral("newer version of MotCua Desk")));
    QVERIFY(s.error().message.contains(QStringLiteral("schema 99")));
    QVERIFY(s.error().message.contains(QStringLiteral("knows up to %1").arg(latestSchemaVersion())));
    // Untouched.
    QCOMPARE(m_db->userVersion(), 99);
    QVERIFY(!tableExists(QStringLiteral("dossiers")));
}

void TestMigrations::failedScriptLeavesDatabaseUntouched()
{
    const Status s = migrate(*m_db, fixture(QStringLiteral("migrations_broken")));
    QVERIFY(!s);
    QCOMPARE(s.error().code, Error::Storage);
    QVERIFY(s.error().message.contains(QStringLiteral("schema 2")));
    QCOMPARE(m_db->userVersion(), 0);
    QVERIFY(!tableExists(QStringLiteral("people"))); // script 1 rolled back with script 2
    QVERIFY(!tableExists(QStringLiteral("pets")));
    QVERIFY(!m_db->inTransaction());
}

void TestMigrations::scriptMergedOutOfOrderStillRuns()
{
    // A database migrated to 18 by a build that did not have 017 yet (017_login_lockout came
    // from a branch merged after 018): no record of applied scripts, user_version 18, no 017,
    // every other script up to 18 applied (so what 019 adds is taken away again).
    QVERIFY(migrate(*m_db));
    QVERIFY(m_db->execute(QStringLiteral("DROP TABLE IF EXISTS schema_scripts;"
                                         "DROP TABLE center_dossiers;"
                                         "DROP INDEX dossier_events_center_key;"
                                         "ALTER TABLE dossier_events DROP COLUMN center_key;"
                                         "ALTER TABLE users DROP COLUMN locked_at;"
                                         "ALTER TABLE users DROP COLUMN last_failed_at;"
                                         "ALTER TABLE users DROP COLUMN failed_logins;"
                                         // Nor anything after 18 (020 came later still).
                                         "DROP TABLE account_key_wraps; DROP TABLE center_keys;"
                                         "DROP INDEX dossier_handovers_to;"
                                         "ALTER TABLE users DROP COLUMN departments;"
                                         "ALTER TABLE users DROP COLUMN center_pending;"
                                         "ALTER TABLE users DROP COLUMN center_revision;"
                                         "ALTER TABLE users DROP COLUMN center_role;"
                                         "ALTER TABLE users DROP COLUMN center_departments;"
                                         "ALTER TABLE users DROP COLUMN center_disabled;"
                                         "ALTER TABLE users DROP COLUMN center_signature;"
                                         "DROP INDEX dossiers_online_ref;"
                                         "ALTER TABLE dossiers DROP COLUMN online_ref;"
                                         "ALTER TABLE dossiers DROP COLUMN submitted_at;"
                                         "DROP TABLE center_files;"
                                         "ALTER TABLE dossier_events DROP COLUMN voided_code;"
                                         "INSERT INTO dossiers_fts(dossiers_fts, rank) VALUES ('automerge', 4);"
                                         "PRAGMA user_version = 18;")));
    const Status s = migrate(*m_db);
    QVERIFY2(s, qPrintable(s.error().message));
    QCOMPARE(m_db->userVersion(), latestSchemaVersion());
    Statement& st = m_db->prepare(QStringLiteral("SELECT failed_logins, last_failed_at, locked_at FROM users"));
    QVERIFY2(st.isValid(), "017 did not run");
    st.reset();
    Statement& recorded =
        m_db->prepare(QStringLiteral("SELECT count(*) FROM schema_scripts WHERE version IN (17, 18)"));
    QVERIFY(recorded.next());
    QCOMPARE(recorded.integer(0), 2);
    recorded.reset();
    Statement& automerge = m_db->prepare(QStringLiteral("SELECT v FROM dossiers_fts_config WHERE k = 'automerge'"));
    QVERIFY(automerge.next());
    QCOMPARE(automerge.integer(0), 0); // 027 ran
    automerge.reset();
    // Nothing runs twice.
    QVERIFY(migrate(*m_db));
}

void TestMigrations::schemaWorks()
{
    QVERIFY(migrate(*m_db));
    // Foreign keys are enforced: a dossier needs its procedure and department.
    const Status s = m_db->execute(QStringLiteral(
        "INSERT INTO dossiers (code, procedure_id, procedure_code, procedure_name, department_id, channel, state, "
        "applicant_type, applicant_name, name_folded, received_at, appointment_at, received_by, updated_at) "
        "VALUES ('X-260101-0001', 999, 'p', 'p', 999, 1, 2, 1, 'A', 'a', 0, 0, 'u', 0)"));
    QVERIFY(!s);
    QVERIFY(s.error().message.contains(QStringLiteral("FOREIGN KEY")));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
