// The tamper-evident audit trail (store/Journal.h, schema 016): rows chained by HMACs under a
// key derived from the data key, triggers that refuse changes, and a check that names the first
// row that was changed, removed or slipped in.
#include "core/Clock.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/Migrations.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestAuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void intactChainVerifies();
    void triggersRefuseUpdateAndDelete();
    void alteredRowIsNamed();
    void removedRowIsNamed();
    void rowSlippedInIsNamed();
    void plainRowsAreSealedWhenKeyed();
    void plainDatabaseCannotBeVerified();

private:
    void write(int n);
    QByteArray key() const { return QByteArray(32, '\x42'); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    QDateTime m_at = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
};

void TestAuditChain::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("audit.db"));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_path, key()));
    QVERIFY(migrate(*m_db));
}

void TestAuditChain::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestAuditChain::write(int n)
{
    Actor actor;
    actor.username = QStringLiteral("clerk1");
    for (int i = 0; i < n; ++i) {
        m_at = m_at.addSecs(60);
        QVERIFY(writeAudit(*m_db, m_at, actor, QStringLiteral("dossier.create"), QStringLiteral("dossier"),
                           QStringLiteral("CODE-%1").arg(i), QJsonObject{{QStringLiteral("n"), i}}));
    }
}

void TestAuditChain::intactChainVerifies()
{
    write(25);
    const Result<AuditCheck> check = verifyAuditTrail(*m_db);
    QVERIFY(check);
    QCOMPARE(check->brokenId, 0);
    QCOMPARE(check->rows, 25);
    QCOMPARE(check->sealed, 25);
    QCOMPARE(check->unsealed, 0);
}

void TestAuditChain::triggersRefuseUpdateAndDelete()
{
    write(3);
    QVERIFY(!m_db->execute(QStringLiteral("UPDATE audit_log SET details = '{}' WHERE id = 2")));
    QVERIFY(m_db->lastError().error().message.contains(QStringLiteral("audit rows cannot be changed")));
    QVERIFY(!m_db->execute(QStringLiteral("UPDATE audit_log SET mac = NULL WHERE id = 2")));
    QVERIFY(!m_db->execute(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
    QVERIFY(m_db->lastError().error().message.contains(QStringLiteral("audit rows cannot be deleted")));
    QVERIFY(!m_db->execute(QStringLiteral("DELETE FROM audit_log")));
    const Result<AuditCheck> check = verifyAuditTrail(*m_db);
    QVERIFY(check);
    QCOMPARE(check->brokenId, 0);
    QCOMPARE(check->rows, 3);
}

void TestAuditChain::alteredRowIsNamed()
{
    write(10);
    // Someone with the key and SQLCipher drops the trigger and edits a row.
    QVERIFY(m_db->execute(QStringLiteral("DROP TRIGGER audit_log_no_update; "
                                         "UPDATE audit_log SET username = 'someone' WHERE id = 7")));
    const Result<AuditCheck> check = verifyAuditTrail(*m_db);
    QVERIFY(check);
    QCOMPARE(check->brokenId, 7);
    QCOMPARE(check->brokenAction, QStringLiteral("dossier.create"));
    QCOMPARE(check->sealed, 6);
}

void TestAuditChain::removedRowIsNamed()
{
    write(10);
    QVERIFY(m_db->execute(QStringLiteral("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 4")));
    const Result<AuditCheck> check = verifyAuditTrail(*m_db);
    QVERIFY(check);
    QCOMPARE(check->brokenId, 5); // the row after the gap no longer follows its predecessor
}

void TestAuditChain::rowSlippedInIsNamed()
{
    write(5);
    // A row copied with a valid-looking MAC (another row's) between two others.
    QVERIFY(m_db->execute(QStringLiteral("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; "
                                         "DELETE FROM audit_log WHERE id = 5; "
                                         "INSERT INTO audit_log (id, at, username, action, entity, entity_key, "
                                         "details, mac) SELECT 5, at, 'admin', 'user.add', entity, entity_key, "
                                         "details, mac FROM audit_log WHERE id = 4")));
    const Result<AuditCheck> check = verifyAuditTrail(*m_db);
    QVERIFY(check);
    QCOMPARE(check->brokenId, 5);
    QCOMPARE(check->brokenAction, QStringLiteral("user.add"));
}

void TestAuditChain::plainRowsAreSealedWhenKeyed()
{
    // Rows written to a plain database (before it was encrypted) join the chain later.
    m_db = std::make_unique<Database>();
    const QString plainPath = m_dir->filePath(QStringLiteral("plain.db"));
    QVERIFY(m_db->open(plainPath));
    QVERIFY(migrate(*m_db));
    write(4);
    QVERIFY(m_db->exportEncrypted(m_path + QStringLiteral(".enc"), key()));
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_path + QStringLiteral(".enc"), key()));
    Result<AuditCheck> check = verifyAuditTrail(*m_db);
    QVERIFY(check);
    QCOMPARE(check->unsealed, 4);
    QCOMPARE(check->brokenId, 0);
    write(2); // sealing the older rows first
    check = verifyAuditTrail(*m_db);
    QVERIFY(check);
    QCOMPARE(check->unsealed, 0);
    QCOMPARE(check->sealed, 6);
    QCOMPARE(check->brokenId, 0);
}

void TestAuditChain::plainDatabaseCannotBeVerified()
{
    Database plain;
    QVERIFY(plain.open(m_dir->filePath(QStringLiteral("other.db"))));
    QVERIFY(migrate(plain));
    const Result<AuditCheck> check = verifyAuditTrail(plain);
    QVERIFY(!check);
    QCOMPARE(check.error().code, Error::Forbidden);
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "test_auditchain.moc"
