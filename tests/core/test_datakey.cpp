// The data key of the attachment store: AES-256-GCM, wraps under a password-derived key, and
// the account rules around them (first administrator, grants, password changes, old databases).

#include "core/Clock.h"
#include "security/AesGcm.h"
#include "security/DataKey.h"
#include "security/KeyRing.h"
#include "security/PasswordHasher.h"
#include "security/UserService.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace motcua;

namespace {

const QString kAdminPassword = QStringLiteral("admin-pass-2026");
const QString kClerkPassword = QStringLiteral("clerk-pass-2026");
constexpr int kIterations = 1000; // tests only: production wraps use 600,000

} // namespace

class TestDataKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aesGcmRoundTrip_data();
    void aesGcmRoundTrip();
    void aesGcmDetectsChanges_data();
    void aesGcmDetectsChanges();
    void wrapUnwrap();
    void wrongPasswordCannotUnwrap();
    void wrapFromAnotherDatabaseRefused();
    void firstAdminCreatesKey();
    void adminGrantsNewUser();
    void lockedAdminGrantsNothing();
    void passwordChangeRewraps();
    void oldDatabaseFirstAdminUnlockCreatesKey();
    void disabledUserCannotUnlock();

private:
    Actor createAdmin();
    int count(const QString& sql);
    QJsonObject lastAuditDetails(const QString& action);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<KeyRing> m_keys;
    std::unique_ptr<UserService> m_users;
    const PasswordHasher m_hasher = PasswordHasher::withIterationsForTesting(kIterations);
};

void TestDataKey::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("keys.db"))).ok());
    const Status migrated = migrate(*m_db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error().message));
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 2), QTime(8, 0), vietnamZone()));
    m_keys = std::make_unique<KeyRing>(*m_db, kIterations);
    m_users = std::make_unique<UserService>(*m_db, *m_clock, m_hasher, m_keys.get());
}

void TestDataKey::cleanup()
{
    m_users.reset();
    m_keys.reset();
    m_db.reset();
    m_dir.reset();
}

Actor TestDataKey::createAdmin()
{
    Result<Actor> admin =
        m_users->createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản Trị"), kAdminPassword);
    if (!admin)
        qWarning() << admin.error().message;
    return admin ? *admin : Actor();
}

int TestDataKey::count(const QString& sql)
{
    Statement& st = m_db->prepare(sql);
    const int n = st.next() ? st.integer(0) : -1;
    st.reset();
    return n;
}

QJsonObject TestDataKey::lastAuditDetails(const QString& action)
{
    Statement& st = m_db->prepare(QStringLiteral("SELECT details FROM audit_log WHERE action = ?1 ORDER BY id DESC"));
    st.bind(1, action);
    const QJsonObject o = st.next() ? QJsonDocument::fromJson(st.text(0).toUtf8()).object() : QJsonObject();
    st.reset();
    return o;
}

void TestDataKey::aesGcmRoundTrip_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("empty") << 0;
    QTest::newRow("one byte") << 1;
    QTest::newRow("one block and a bit") << 17;
    QTest::newRow("a scan") << 3 * 1024 * 1024 + 5;
}

void TestDataKey::aesGcmRoundTrip()
{
    QFETCH(int, size);
    const QByteArray key = *AesGcm::randomBytes(32);
    QByteArray plain(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        plain[i] = static_cast<char>(i * 7 + 3);
    const QByteArray header = QByteArrayLiteral("HEAD");
    const Result<QByteArray> sealed = AesGcm::seal(key, header, plain);
    QVERIFY2(sealed.ok(), qPrintable(sealed.error().message));
    QCOMPARE(sealed->size(), header.size() + AesGcm::kNonceBytes + size + AesGcm::kTagBytes);
    QVERIFY(sealed->startsWith(header));
    if (size > 16)
        QVERIFY(!sealed->contains(plain.left(16))); // encrypted, not copied
    const Result<QByteArray> opened = AesGcm::open(key, *sealed, header.size());
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QCOMPARE(*opened, plain);

    // Two seals of the same bytes differ: a fresh nonce each time.
    QVERIFY(*AesGcm::seal(key, header, plain) != *sealed);
}

void TestDataKey::aesGcmDetectsChanges_data()
{
    QTest::addColumn<int>("offset"); // negative: from the end
    QTest::newRow("header") << 1;
    QTest::newRow("nonce") << 6;
    QTest::newRow("ciphertext") << 40;
    QTest::newRow("tag") << -3;
}

void TestDataKey::aesGcmDetectsChanges()
{
    QFETCH(int, offset);
    const QByteArray key = *AesGcm::randomBytes(32);
    const QByteArray plain(100, 'x');
    QByteArray sealed = *AesGcm::seal(key, QByteArrayLiteral("HEAD"), plain);
    const qsizetype at = offset >= 0 ? offset : sealed.size() + offset;
    sealed[at] = static_cast<char>(sealed.at(at) ^ 0x01);
    bool tampered = false;
    const Result<QByteArray> opened = AesGcm::open(key, sealed, 4, &tampered);
    QVERIFY(!opened.ok());
    QVERIFY(tampered);
    QCOMPARE(opened.error().code, Error::Crypto);
    QVERIFY2(opened.error().message.contains(QStringLiteral("integrity")), qPrintable(opened.error().message));

    // A wrong key and a truncated message fail the same way.
    sealed[at] = static_cast<char>(sealed.at(at) ^ 0x01);
    QVERIFY(AesGcm::open(key, sealed, 4).ok());
    QVERIFY(!AesGcm::open(*AesGcm::randomBytes(32), sealed, 4).ok());
    QVERIFY(!AesGcm::open(key, sealed.left(sealed.size() - 1), 4).ok());
    QVERIFY(!AesGcm::open(key, sealed.left(10), 4).ok());
}

void TestDataKey::wrapUnwrap()
{
    createAdmin();
    Result<std::unique_ptr<DataKey>> key = DataKey::generate();
    QVERIFY(key.ok());
    const QString id = (*key)->keyId();
    QCOMPARE(id.size(), 32);
    const Result<DataKeyWrap> wrap = m_keys->prepareWrap(**key, QStringLiteral("một mật khẩu dài"));
    QVERIFY2(wrap.ok(), qPrintable(wrap.error().message));
    QCOMPARE(wrap->iterations, kIterations);
    QCOMPARE(wrap->salt.size(), 16);
    QVERIFY(!wrap->wrapped.contains((*key)->bytes()));

    // The same password in decomposed Unicode (another input method) opens it too.
    const QString decomposed = QStringLiteral("một mật khẩu dài").normalized(QString::NormalizationForm_D);
    // It opens (a wrong password would be Forbidden), but to a key that is not this database's
    // (the admin's): refused rather than used to seal files nobody else could open.
    KeyRing other(*m_db, kIterations);
    Result<std::unique_ptr<DataKey>> again = other.unwrap(*wrap, decomposed);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Crypto);
    QVERIFY(again.error().message.contains(QStringLiteral("another database")));

    // The admin's own wrap opens to the database's key.
    KeyRing fresh(*m_db, kIterations);
    QVERIFY(fresh.unlock(QStringLiteral("admin"), kAdminPassword, m_clock->now()).ok());
    QCOMPARE(fresh.key()->keyId(), m_keys->key()->keyId());
    QCOMPARE(fresh.key()->bytes(), m_keys->key()->bytes());
}

void TestDataKey::wrongPasswordCannotUnwrap()
{
    createAdmin();
    KeyRing fresh(*m_db, kIterations);
    const Status s = fresh.unlock(QStringLiteral("admin"), QStringLiteral("not-the-password"), m_clock->now());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Forbidden);
    QVERIFY(!fresh.isUnlocked());
    QVERIFY(!fresh.unlock(QStringLiteral("nobody"), kAdminPassword, m_clock->now()).ok());
    QVERIFY(!fresh.isUnlocked());
    // Still exactly one key and one wrap: a failed attempt creates nothing.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM data_key")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM data_key_wraps")), 1);
}

void TestDataKey::wrapFromAnotherDatabaseRefused()
{
    createAdmin();
    // A second database with its own key; its admin's wrap copied over ours.
    QTemporaryDir otherDir;
    Database otherDb;
    QVERIFY(otherDb.open(otherDir.filePath(QStringLiteral("other.db"))).ok());
    QVERIFY(migrate(otherDb).ok());
    KeyRing otherKeys(otherDb, kIterations);
    UserService otherUsers(otherDb, *m_clock, m_hasher, &otherKeys);
    QVERIFY(otherUsers.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Other"), kAdminPassword).ok());
    Statement& read = otherDb.prepare(QStringLiteral("SELECT iterations, salt, wrapped FROM data_key_wraps"));
    QVERIFY(read.next());
    Statement& write =
        m_db->prepare(QStringLiteral("UPDATE data_key_wraps SET iterations = ?1, salt = ?2, wrapped = ?3"));
    QVERIFY(write.bind(1, read.int64(0)).bind(2, read.blob(1)).bind(3, read.blob(2)).exec().ok());
    read.reset();

    KeyRing fresh(*m_db, kIterations);
    const Status s = fresh.unlock(QStringLiteral("admin"), kAdminPassword, m_clock->now());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Crypto);
    QVERIFY(!fresh.isUnlocked());
}

void TestDataKey::firstAdminCreatesKey()
{
    QVERIFY(!m_keys->hasDataKey());
    createAdmin();
    QVERIFY(m_keys->isUnlocked());
    QVERIFY(m_keys->hasDataKey());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM data_key")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM data_key_wraps")), 1);
    QCOMPARE(lastAuditDetails(QStringLiteral("user.add")).value(QStringLiteral("data_key")).toString(),
             QStringLiteral("created"));

    // The key is nowhere on disk in clear.
    const QByteArray key = m_keys->key()->bytes();
    QVERIFY(m_db->execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok());
    for (const QString& name : QDir(m_dir->path()).entryList(QDir::Files)) {
        QFile f(m_dir->filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(key), qPrintable(name));
    }
}

void TestDataKey::adminGrantsNewUser()
{
    const Actor admin = createAdmin();
    const Result<Actor> clerk =
        m_users->addUser(admin, QStringLiteral("clerk1"), QStringLiteral("Trần Thị Mai"), Role::Clerk, kClerkPassword);
    QVERIFY2(clerk.ok(), qPrintable(clerk.error().message));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM data_key_wraps")), 2);
    QCOMPARE(lastAuditDetails(QStringLiteral("user.add")).value(QStringLiteral("data_key")).toString(),
             QStringLiteral("granted"));

    KeyRing clerkSession(*m_db, kIterations);
    const Status s = clerkSession.unlock(QStringLiteral("clerk1"), kClerkPassword, m_clock->now());
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QCOMPARE(clerkSession.key()->keyId(), m_keys->key()->keyId());
    // The clerk's password does not open the admin's wrap, nor the admin's the clerk's.
    KeyRing wrong(*m_db, kIterations);
    QVERIFY(!wrong.unlock(QStringLiteral("clerk1"), kAdminPassword, m_clock->now()).ok());
}

void TestDataKey::lockedAdminGrantsNothing()
{
    const Actor admin = createAdmin();
    m_keys->lock();
    QVERIFY(!m_keys->isUnlocked());
    QVERIFY(
        m_users->addUser(admin, QStringLiteral("clerk1"), QStringLiteral("Trần Thị Mai"), Role::Clerk, kClerkPassword)
            .ok());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM data_key_wraps")), 1);
    KeyRing clerkSession(*m_db, kIterations);
    const Status s = clerkSession.unlock(QStringLiteral("clerk1"), kClerkPassword, m_clock->now());
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Forbidden);
    QVERIFY2(s.error().message.contains(QStringLiteral("administrator")), qPrintable(s.error().message));

    // An unlocked administrator resetting the password grants the wrap.
    QVERIFY(m_keys->unlock(QStringLiteral("admin"), kAdminPassword, m_clock->now()).ok());
    QVERIFY(m_users->setPassword(admin, QStringLiteral("clerk1"), QStringLiteral("new-clerk-pass")).ok());
    QVERIFY(clerkSession.unlock(QStringLiteral("clerk1"), QStringLiteral("new-clerk-pass"), m_clock->now()).ok());
}

void TestDataKey::passwordChangeRewraps()
{
    const Actor admin = createAdmin();
    QVERIFY(
        m_users->addUser(admin, QStringLiteral("clerk1"), QStringLiteral("Trần Thị Mai"), Role::Clerk, kClerkPassword)
            .ok());
    const QString keyId = m_keys->key()->keyId();

    // The clerk changes their own password in their own (unlocked) session.
    KeyRing clerkKeys(*m_db, kIterations);
    UserService clerkUsers(*m_db, *m_clock, m_hasher, &clerkKeys);
    const Result<Actor> clerk = clerkUsers.login(QStringLiteral("clerk1"), kClerkPassword);
    QVERIFY(clerk.ok());
    QVERIFY(clerkKeys.unlock(QStringLiteral("clerk1"), kClerkPassword, m_clock->now()).ok());
    QVERIFY(clerkUsers.setPassword(*clerk, QStringLiteral("clerk1"), QStringLiteral("clerk-pass-2027")).ok());
    QCOMPARE(lastAuditDetails(QStringLiteral("user.password")).value(QStringLiteral("data_key")).toString(),
             QStringLiteral("rewrapped"));

    KeyRing check(*m_db, kIterations);
    QVERIFY(!check.unlock(QStringLiteral("clerk1"), kClerkPassword, m_clock->now()).ok());
    QVERIFY(check.unlock(QStringLiteral("clerk1"), QStringLiteral("clerk-pass-2027"), m_clock->now()).ok());
    QCOMPARE(check.key()->keyId(), keyId);

    // Changed without a session key: the old wrap goes (it opened with the old password only).
    m_keys->lock();
    QVERIFY(m_users->setPassword(admin, QStringLiteral("clerk1"), QStringLiteral("clerk-pass-2028")).ok());
    QCOMPARE(lastAuditDetails(QStringLiteral("user.password")).value(QStringLiteral("data_key")).toString(),
             QStringLiteral("removed"));
    KeyRing after(*m_db, kIterations);
    QVERIFY(!after.unlock(QStringLiteral("clerk1"), QStringLiteral("clerk-pass-2027"), m_clock->now()).ok());
    QCOMPARE(after.unlock(QStringLiteral("clerk1"), QStringLiteral("clerk-pass-2028"), m_clock->now()).error().code,
             Error::Forbidden);
}

void TestDataKey::oldDatabaseFirstAdminUnlockCreatesKey()
{
    // Accounts made before attachments existed: no key ring, so no data key.
    UserService oldUsers(*m_db, *m_clock, m_hasher);
    const Result<Actor> admin =
        oldUsers.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản Trị"), kAdminPassword);
    QVERIFY(admin.ok());
    QVERIFY(
        oldUsers.addUser(*admin, QStringLiteral("clerk1"), QStringLiteral("Trần Thị Mai"), Role::Clerk, kClerkPassword)
            .ok());
    QVERIFY(!m_keys->hasDataKey());

    // A clerk cannot create it; a wrong admin password creates nothing.
    const Status clerk = m_keys->unlock(QStringLiteral("clerk1"), kClerkPassword, m_clock->now());
    QCOMPARE(clerk.error().code, Error::Conflict);
    QCOMPARE(m_keys->unlock(QStringLiteral("admin"), QStringLiteral("wrong-password"), m_clock->now()).error().code,
             Error::Forbidden);
    QVERIFY(!m_keys->hasDataKey());

    // The administrator's first unlock does.
    QVERIFY(m_keys->unlock(QStringLiteral("admin"), kAdminPassword, m_clock->now()).ok());
    QVERIFY(m_keys->hasDataKey());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'data_key.create'")), 1);
    KeyRing again(*m_db, kIterations);
    QVERIFY(again.unlock(QStringLiteral("admin"), kAdminPassword, m_clock->now()).ok());
    QCOMPARE(again.key()->keyId(), m_keys->key()->keyId());
}

void TestDataKey::disabledUserCannotUnlock()
{
    const Actor admin = createAdmin();
    QVERIFY(
        m_users->addUser(admin, QStringLiteral("clerk1"), QStringLiteral("Trần Thị Mai"), Role::Clerk, kClerkPassword)
            .ok());
    QVERIFY(m_users->setDisabled(admin, QStringLiteral("clerk1"), true).ok());
    KeyRing clerk(*m_db, kIterations);
    QCOMPARE(clerk.unlock(QStringLiteral("clerk1"), kClerkPassword, m_clock->now()).error().code, Error::Forbidden);
    QVERIFY(!clerk.isUnlocked());
}

QTEST_GUILESS_MAIN(TestDataKey)
#include "test_datakey.moc"
