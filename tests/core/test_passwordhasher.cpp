#include "security/PasswordHasher.h"

#include <QRegularExpression>
#include <QTest>

using namespace motcua;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pbkdf2Vector_data();
    void pbkdf2Vector();
    void roundTrip();
    void wrongPasswordFails();
    void defaultIterations();
    void saltMakesHashesDiffer();
    void malformedRejected_data();
    void malformedRejected();
    void tamperedHashFails_data();
    void tamperedHashFails();
    void unicodeNormalised();
    void needsRehash();

private:
    // Fast for the suite; one test (defaultIterations) uses the production count.
    const PasswordHasher m_fast = PasswordHasher::withIterationsForTesting(1000);
};

void TestPasswordHasher::pbkdf2Vector_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("expectedHex");
    // PBKDF2-HMAC-SHA256 vectors as commonly published (RFC 6070 inputs with SHA-256).
    QTest::newRow("c=1") << QByteArray("password") << QByteArray("salt") << 1
                         << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
    QTest::newRow("c=2") << QByteArray("password") << QByteArray("salt") << 2
                         << QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43");
    QTest::newRow("c=4096") << QByteArray("password") << QByteArray("salt") << 4096
                            << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
}

void TestPasswordHasher::pbkdf2Vector()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(QByteArray, expectedHex);
    const Result<QByteArray> dk = PasswordHasher::pbkdf2Sha256(password, salt, iterations, 32);
    QVERIFY2(dk.ok(), qPrintable(dk.error().message));
    QCOMPARE(dk->toHex(), expectedHex);
}

void TestPasswordHasher::roundTrip()
{
    const QString password = QStringLiteral("correct horse battery staple");
    const Result<QString> stored = m_fast.hash(password);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));

    static const QRegularExpression format(
        QStringLiteral("^pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}==\\$[A-Za-z0-9+/]{43}=$"));
    QVERIFY2(format.match(*stored).hasMatch(), qPrintable(*stored));
    QVERIFY(!stored->contains(password));

    PasswordHasher::Parsed parsed;
    QVERIFY(PasswordHasher::parse(*stored, &parsed));
    QCOMPARE(parsed.iterations, 1000);
    QCOMPARE(parsed.salt.size(), PasswordHasher::kSaltBytes);
    QCOMPARE(parsed.hash.size(), PasswordHasher::kHashBytes);

    const Result<bool> ok = m_fast.verify(password, *stored);
    QVERIFY(ok.ok());
    QVERIFY(*ok);
}

void TestPasswordHasher::wrongPasswordFails()
{
    const Result<QString> stored = m_fast.hash(QStringLiteral("Secret-123"));
    QVERIFY(stored.ok());
    for (const QString& wrong : {QStringLiteral("secret-123"), QStringLiteral("Secret-1234"),
                                 QStringLiteral("Secret-12"), QString(), QStringLiteral(" Secret-123")}) {
        const Result<bool> r = m_fast.verify(wrong, *stored);
        QVERIFY(r.ok());
        QVERIFY2(!*r, qPrintable(wrong));
    }
}

void TestPasswordHasher::defaultIterations()
{
    const PasswordHasher production;
    QCOMPARE(production.iterations(), PasswordHasher::kDefaultIterations);
    QVERIFY(PasswordHasher::kDefaultIterations >= 600000);

    const Result<QString> stored = production.hash(QStringLiteral("Mật khẩu 2025"));
    QVERIFY(stored.ok());
    PasswordHasher::Parsed parsed;
    QVERIFY(PasswordHasher::parse(*stored, &parsed));
    QVERIFY(parsed.iterations >= 600000);
    QVERIFY(stored->startsWith(QStringLiteral("pbkdf2-sha256$600000$")));

    // Verification uses the stored count, whatever the verifying hasher's own setting.
    const Result<bool> ok = m_fast.verify(QStringLiteral("Mật khẩu 2025"), *stored);
    QVERIFY(ok.ok());
    QVERIFY(*ok);
}

void TestPasswordHasher::saltMakesHashesDiffer()
{
    const QString password = QStringLiteral("same password");
    const Result<QString> a = m_fast.hash(password);
    const Result<QString> b = m_fast.hash(password);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(*a != *b);
    PasswordHasher::Parsed pa;
    PasswordHasher::Parsed pb;
    QVERIFY(PasswordHasher::parse(*a, &pa) && PasswordHasher::parse(*b, &pb));
    QVERIFY(pa.salt != pb.salt);
    QVERIFY(pa.hash != pb.hash);
    QVERIFY(*m_fast.verify(password, *a));
    QVERIFY(*m_fast.verify(password, *b));
}

void TestPasswordHasher::malformedRejected_data()
{
    QTest::addColumn<QString>("stored");
    const QString salt = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA==");                     // 16 bytes
    const QString hash = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="); // 32 bytes
    const auto make = [&](const QString& scheme, const QString& iter, const QString& s, const QString& h) -> QString {
        return scheme + QLatin1Char('$') + iter + QLatin1Char('$') + s + QLatin1Char('$') + h;
    };
    const QString scheme = QStringLiteral("pbkdf2-sha256");
    QTest::newRow("empty") << QString();
    QTest::newRow("scheme only") << scheme;
    QTest::newRow("plain text") << QStringLiteral("hunter22");
    QTest::newRow("other scheme") << make(QStringLiteral("pbkdf2-sha1"), QStringLiteral("1000"), salt, hash);
    QTest::newRow("bcrypt") << QStringLiteral("$2b$12$abcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyz01234");
    QTest::newRow("three fields") << scheme + QStringLiteral("$1000$") + salt;
    QTest::newRow("five fields") << make(scheme, QStringLiteral("1000"), salt, hash) + QStringLiteral("$x");
    QTest::newRow("zero iterations") << make(scheme, QStringLiteral("0"), salt, hash);
    QTest::newRow("negative iterations") << make(scheme, QStringLiteral("-1000"), salt, hash);
    QTest::newRow("plus sign") << make(scheme, QStringLiteral("+1000"), salt, hash);
    QTest::newRow("leading zero") << make(scheme, QStringLiteral("01000"), salt, hash);
    QTest::newRow("hex iterations") << make(scheme, QStringLiteral("0x100"), salt, hash);
    QTest::newRow("space iterations") << make(scheme, QStringLiteral(" 1000"), salt, hash);
    QTest::newRow("huge iterations") << make(scheme, QStringLiteral("2000000000"), salt, hash);
    QTest::newRow("overflow iterations") << make(scheme, QStringLiteral("99999999999999999999"), salt, hash);
    QTest::newRow("empty iterations") << make(scheme, QString(), salt, hash);
    QTest::newRow("empty salt") << make(scheme, QStringLiteral("1000"), QString(), hash);
    QTest::newRow("empty hash") << make(scheme, QStringLiteral("1000"), salt, QString());
    QTest::newRow("bad base64 salt") << make(scheme, QStringLiteral("1000"), QStringLiteral("!!!!"), hash);
    QTest::newRow("bad base64 hash") << make(scheme, QStringLiteral("1000"), salt, QStringLiteral("AAAA*AAA"));
    QTest::newRow("non-ascii hash") << make(scheme, QStringLiteral("1000"), salt, QStringLiteral("ÀÁÂÃ"));
    QTest::newRow("short salt") << make(scheme, QStringLiteral("1000"), QStringLiteral("AAAA"), hash);
    QTest::newRow("short hash") << make(scheme, QStringLiteral("1000"), salt,
                                        QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA=="));
    QTest::newRow("long hash") << make(scheme, QStringLiteral("1000"), salt, hash + QStringLiteral("AAAA"));
    QTest::newRow("dollars only") << QStringLiteral("$$$");
}

void TestPasswordHasher::malformedRejected()
{
    QFETCH(QString, stored);
    PasswordHasher::Parsed parsed;
    QVERIFY(!PasswordHasher::parse(stored, &parsed));
    const Result<bool> r = m_fast.verify(QStringLiteral("password"), stored);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::BadInput);
    QVERIFY(!r.error().message.isEmpty());
    QVERIFY(m_fast.needsRehash(stored));
}

void TestPasswordHasher::tamperedHashFails_data()
{
    QTest::addColumn<int>("field");
    QTest::newRow("iterations") << 1;
    QTest::newRow("salt") << 2;
    QTest::newRow("hash") << 3;
}

void TestPasswordHasher::tamperedHashFails()
{
    QFETCH(int, field);
    const QString password = QStringLiteral("tamper-proof");
    const Result<QString> stored = m_fast.hash(password);
    QVERIFY(stored.ok());
    QStringList parts = stored->split(QLatin1Char('$'));
    QString& part = parts[field];
    if (field == 1) {
        part = QStringLiteral("1001");
    } else {
        // Change the first base64 character: still well-formed, different bytes.
        part[0] = part.at(0) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    }
    const QString tampered = parts.join(QLatin1Char('$'));
    QVERIFY(tampered != *stored);
    const Result<bool> r = m_fast.verify(password, tampered);
    QVERIFY(r.ok());
    QVERIFY(!*r);
}

void TestPasswordHasher::unicodeNormalised()
{
    // "Mật khẩu" precomposed (NFC) and decomposed (NFD), as different input methods send it.
    const QString composed = QStringLiteral("M\u1EADt kh\u1EA9u");
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    QVERIFY(composed != decomposed);
    const Result<QString> stored = m_fast.hash(composed);
    QVERIFY(stored.ok());
    QVERIFY(*m_fast.verify(decomposed, *stored));
    QVERIFY(!*m_fast.verify(QStringLiteral("Mat khau"), *stored));
}

void TestPasswordHasher::needsRehash()
{
    const Result<QString> weak = m_fast.hash(QStringLiteral("password1"));
    QVERIFY(weak.ok());
    QVERIFY(!m_fast.needsRehash(*weak));
    QVERIFY(PasswordHasher::withIterationsForTesting(2000).needsRehash(*weak));
    QVERIFY(PasswordHasher().needsRehash(*weak));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "test_passwordhasher.moc"
