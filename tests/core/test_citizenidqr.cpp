// The citizen ID card QR parser (docs/domain.md#the-citizen-id-card-qr): what a handheld
// scanner, a paste or an image gives, good and bad.

#include "core/CitizenIdQr.h"

#include <QTest>

using namespace motcua;

namespace {

// A card as it should come out of the parser.
const QString kId = QStringLiteral("062090001234");
const QString kName = QString::fromUtf8("Nguyễn Thị Ngọc Ánh");
const QString kAddress = QString::fromUtf8("Tổ 3, Phường Quyết Thắng, Thành phố Kon Tum, Kon Tum");

QByteArray valid7()
{
    return QByteArray("062090001234|233123456|") + kName.toUtf8() + QByteArray("|17051990|N") +
           QString::fromUtf8("ữ").toUtf8() + QByteArray("|") + kAddress.toUtf8() + QByteArray("|05032021");
}

// UTF-8 bytes read back as Windows-1252: what a scanner on the wrong code page types.
QString asCp1252(const QByteArray& utf8)
{
    static const char16_t kHigh[32] = {0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                       0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
                                       0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                       0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString out;
    for (const char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        out.append(b >= 0x80 && b < 0xA0 ? QChar(kHigh[b - 0x80]) : QChar(static_cast<char16_t>(b)));
    }
    return out;
}

} // namespace

class TestCitizenIdQr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesValid_data();
    void parsesValid();
    void refuses_data();
    void refuses();
    void repairsMojibake();
    void refusesUnrepairableMojibake();
    void futureDatesWithToday();
    void toApplicantCopiesFields();
    void looksLike_data();
    void looksLike();
    void neverCrashesOnTruncations();
};

void TestCitizenIdQr::parsesValid_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("oldId");
    QTest::addColumn<QString>("gender");
    QTest::addColumn<QDate>("issue");

    QTest::newRow("7 fields") << valid7() << QStringLiteral("233123456") << QString::fromUtf8("Nữ")
                              << QDate(2021, 3, 5);
    QByteArray six = valid7();
    six.chop(QByteArray("|05032021").size());
    QTest::newRow("6 fields, no issue date")
        << six << QStringLiteral("233123456") << QString::fromUtf8("Nữ") << QDate();
    QByteArray emptyOld = valid7();
    emptyOld.replace("|233123456|", "||");
    QTest::newRow("empty old ID") << emptyOld << QString() << QString::fromUtf8("Nữ") << QDate(2021, 3, 5);
    QByteArray oldTwelve = valid7();
    oldTwelve.replace("|233123456|", "|062123456789|");
    QTest::newRow("12-digit old ID") << oldTwelve << QStringLiteral("062123456789") << QString::fromUtf8("Nữ")
                                     << QDate(2021, 3, 5);
    QTest::newRow("scanner CR LF") << valid7() + QByteArray("\r\n") << QStringLiteral("233123456")
                                   << QString::fromUtf8("Nữ") << QDate(2021, 3, 5);
    QTest::newRow("scanner tab and spaces")
        << QByteArray("  ") + valid7() + QByteArray("\t") << QStringLiteral("233123456") << QString::fromUtf8("Nữ")
        << QDate(2021, 3, 5);
    QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF") + valid7() << QStringLiteral("233123456")
                                     << QString::fromUtf8("Nữ") << QDate(2021, 3, 5);
    QByteArray male = valid7();
    male.replace(QString::fromUtf8("|Nữ|").toUtf8(), "|NAM|");
    QTest::newRow("gender upper case") << male << QStringLiteral("233123456") << QStringLiteral("Nam")
                                       << QDate(2021, 3, 5);
    QByteArray spaced = valid7();
    spaced.replace(kName.toUtf8(), QByteArray(QByteArray("  ") + kName.toUtf8() + QByteArray(" ")));
    QTest::newRow("spaces around fields")
        << spaced << QStringLiteral("233123456") << QString::fromUtf8("Nữ") << QDate(2021, 3, 5);
    // Decomposed accents (NFD) come out composed, as the store expects.
    const QByteArray nfd = QString::fromUtf8(valid7()).normalized(QString::NormalizationForm_D).toUtf8();
    QTest::newRow("decomposed accents") << nfd << QStringLiteral("233123456") << QString::fromUtf8("Nữ")
                                        << QDate(2021, 3, 5);
}

void TestCitizenIdQr::parsesValid()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, oldId);
    QFETCH(QString, gender);
    QFETCH(QDate, issue);

    const auto card = parseCitizenIdQr(raw);
    QVERIFY2(card.ok(), qPrintable(card.error().message));
    QCOMPARE(card->idNumber, kId);
    QCOMPARE(card->oldIdNumber, oldId);
    QCOMPARE(card->fullName, kName);
    QCOMPARE(card->birthDate, QDate(1990, 5, 17));
    QCOMPARE(card->gender, gender);
    QCOMPARE(card->address, kAddress);
    QCOMPARE(card->issueDate, issue);
    QVERIFY(!card->repairedMojibake);

    // The QString overload agrees (the path of a paste or of keystrokes).
    if (raw.startsWith("\xEF\xBB\xBF"))
        return;
    const auto again = parseCitizenIdQr(QString::fromUtf8(raw));
    QVERIFY(again.ok());
    QCOMPARE(again->fullName, kName);
}

void TestCitizenIdQr::refuses_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("reason"); // a fragment of the message

    const QByteArray v = valid7();
    auto with = [&v](const QByteArray& from, const QByteArray& to) {
        QByteArray b = v;
        b.replace(from, to);
        return b;
    };
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("only whitespace") << QByteArray(" \r\n\t") << QStringLiteral("empty");
    QTest::newRow("URL") << QByteArray("https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html")
                         << QStringLiteral("no fields separated");
    QTest::newRow("product barcode") << QByteArray("8934563138164") << QStringLiteral("no fields separated");
    QTest::newRow("5 fields") << QByteArray("062090001234||Nguyen Van A|17051990|Nam")
                              << QStringLiteral("6 or 7 fields");
    QTest::newRow("8 fields") << v + QByteArray("|x") << QStringLiteral("this text has 8");
    QTest::newRow("ID 11 digits") << with("062090001234|", "06209000123|") << QStringLiteral("12 digits; it has 11");
    QTest::newRow("ID 13 digits") << with("062090001234|", "0620900012345|") << QStringLiteral("12 digits; it has 13");
    QTest::newRow("ID with letters") << with("062090001234|", "06209000123A|") << QStringLiteral("digits only");
    QTest::newRow("ID full-width digits")
        << with("062090001234|", QString::fromUtf8("０６２０９０００１２３４|").toUtf8())
        << QStringLiteral("digits only");
    QTest::newRow("old ID 8 digits") << with("|233123456|", "|23312345|") << QStringLiteral("former ID");
    QTest::newRow("empty name") << with(kName.toUtf8(), " ") << QStringLiteral("full name");
    QTest::newRow("digits in name") << with(kName.toUtf8(), "Nguyen 2") << QStringLiteral("not letters");
    QTest::newRow("birth 31 Feb") << with("|17051990|", "|31022020|") << QStringLiteral("not a valid calendar date");
    QTest::newRow("birth zeros") << with("|17051990|", "|00000000|") << QStringLiteral("not a valid calendar date");
    QTest::newRow("birth letters") << with("|17051990|", "|17ab1990|") << QStringLiteral("ddMMyyyy");
    QTest::newRow("birth ISO") << with("|17051990|", "|1990-05-17|") << QStringLiteral("ddMMyyyy");
    QTest::newRow("birth short") << with("|17051990|", "|1751990|") << QStringLiteral("ddMMyyyy");
    QTest::newRow("issued 30 Feb") << with("|05032021", "|30022021") << QStringLiteral("not a valid calendar date");
    QTest::newRow("issue before birth") << with("|05032021", "|05031980") << QStringLiteral("before the date");
    QTest::newRow("gender other") << with(QString::fromUtf8("|Nữ|").toUtf8(), "|X|") << QStringLiteral("gender");
    QTest::newRow("empty address") << with(kAddress.toUtf8(), "") << QStringLiteral("address");
    QTest::newRow("invalid UTF-8 byte") << with("|17051990|", "|17051990\xFF|") << QStringLiteral("UTF-8 (byte");
    QTest::newRow("truncated UTF-8") << QByteArray("062090001234||Nguy\xE1\xBB") << QStringLiteral("UTF-8");
    QTest::newRow("overlong UTF-8") << QByteArray("062090001234|\xC0\xBC|") << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 surrogate") << QByteArray("062090001234|\xED\xA0\x80|") << QStringLiteral("UTF-8");
    QTest::newRow("control char inside") << with("|17051990|", "|1705\x01"
                                                               "1990|")
                                         << QStringLiteral("control");
    QTest::newRow("line break inside") << with(QString::fromUtf8("|Nữ|").toUtf8(), "|N\nam|")
                                       << QStringLiteral("control");
    QTest::newRow("NUL inside") << with("|17051990|", QByteArray("|1705\0"
                                                                 "1990|",
                                                                 11))
                                << QStringLiteral("control");
    QTest::newRow("too long") << QByteArray(5000, '|') << QStringLiteral("too long");
    QTest::newRow("only pipes") << QByteArray("||||||") << QStringLiteral("digits");
}

void TestCitizenIdQr::refuses()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, reason);
    const auto card = parseCitizenIdQr(raw);
    QVERIFY(!card.ok());
    QCOMPARE(card.error().code, Error::BadInput);
    QVERIFY2(card.error().message.contains(reason), qPrintable(card.error().message));
}

void TestCitizenIdQr::repairsMojibake()
{
    // "Nguyễn" read as Windows-1252 is "Nguyá»…n" (the example in the issue).
    QCOMPARE(asCp1252(QString::fromUtf8("Nguyễn").toUtf8()), QString::fromUtf8("Nguyá»…n"));
    const QString garbled = asCp1252(valid7());
    const auto card = parseCitizenIdQr(garbled);
    QVERIFY2(card.ok(), qPrintable(card.error().message));
    QVERIFY(card->repairedMojibake);
    QCOMPARE(card->fullName, kName);
    QCOMPARE(card->address, kAddress);
    QCOMPARE(card->gender, QString::fromUtf8("Nữ"));

    // The same garbled text arriving as UTF-8 bytes (pasted from a file) is repaired too.
    const auto viaBytes = parseCitizenIdQr(garbled.toUtf8());
    QVERIFY(viaBytes.ok());
    QVERIFY(viaBytes->repairedMojibake);
    QCOMPARE(viaBytes->fullName, kName);

    // Latin-1 (C1 controls instead of Windows-1252 symbols) is repaired as well.
    const QString latin1 = QString::fromLatin1(valid7());
    const auto viaLatin1 = parseCitizenIdQr(latin1);
    QVERIFY2(viaLatin1.ok(), qPrintable(viaLatin1.error().message));
    QCOMPARE(viaLatin1->fullName, kName);

    // Genuine text with Latin-1 letters only is not taken for mojibake.
    const QByteArray plain = QByteArray("062090001234||") + QString::fromUtf8("Lê Hà").toUtf8() +
                             QByteArray("|01012000|Nam|") + QString::fromUtf8("Hà Nội").toUtf8();
    const auto genuine = parseCitizenIdQr(plain);
    QVERIFY2(genuine.ok(), qPrintable(genuine.error().message));
    QVERIFY(!genuine->repairedMojibake);
    QCOMPARE(genuine->fullName, QString::fromUtf8("Lê Hà"));
}

void TestCitizenIdQr::refusesUnrepairableMojibake()
{
    // Cut in the middle of a garbled letter: no exact repair exists.
    QString garbled = asCp1252(valid7());
    const qsizetype at = garbled.indexOf(QString::fromUtf8("á»"));
    QVERIFY(at > 0);
    garbled.remove(at + 1, 1);
    const auto card = parseCitizenIdQr(garbled);
    QVERIFY(!card.ok());
    QVERIFY2(card.error().message.contains(QStringLiteral("garbled")), qPrintable(card.error().message));

    // Garbled, and the repair would give characters that are not Vietnamese (Cyrillic).
    const QString cyrillic = asCp1252(QByteArray("062090001234||") + QString::fromUtf8("Иван").toUtf8() +
                                      QByteArray("|01012000|Nam|Kon Tum"));
    const auto refused = parseCitizenIdQr(cyrillic);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("garbled")));
}

void TestCitizenIdQr::futureDatesWithToday()
{
    QVERIFY(parseCitizenIdQr(valid7(), QDate(2026, 2, 13)).ok());
    const auto early = parseCitizenIdQr(valid7(), QDate(2021, 1, 1));
    QVERIFY(!early.ok());
    QVERIFY2(early.error().message.contains(QStringLiteral("issue is in the future")),
             qPrintable(early.error().message));
    const auto unborn = parseCitizenIdQr(valid7(), QDate(1980, 1, 1));
    QVERIFY(!unborn.ok());
    QVERIFY(unborn.error().message.contains(QStringLiteral("birth is in the future")));
}

void TestCitizenIdQr::toApplicantCopiesFields()
{
    const auto card = parseCitizenIdQr(valid7());
    QVERIFY(card.ok());
    const Applicant a = toApplicant(*card);
    QCOMPARE(a.type, ApplicantType::Citizen);
    QCOMPARE(a.fullName, kName);
    QCOMPARE(a.idNumber, kId);
    QCOMPARE(a.birthDate, QDate(1990, 5, 17));
    QCOMPARE(a.gender, QString::fromUtf8("Nữ"));
    QCOMPARE(a.address, kAddress);
    QVERIFY(a.phone.isEmpty());
}

void TestCitizenIdQr::looksLike_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("card") << QString::fromUtf8(valid7()) << true;
    QTest::newRow("card with Enter") << QString::fromUtf8(valid7()) + QStringLiteral("\r\n") << true;
    QTest::newRow("card, bad date") << QStringLiteral("062090001234||A|99999999|Nam|Kon Tum") << true;
    QTest::newRow("name typed") << QString::fromUtf8("Nguyễn Văn An") << false;
    QTest::newRow("ID typed") << QStringLiteral("062090001234") << false;
    QTest::newRow("ID and one pipe") << QStringLiteral("062090001234|x") << false;
    QTest::newRow("URL") << QStringLiteral("https://example.invalid/a|b|c|d|e|f") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCitizenIdQr::looksLike()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(looksLikeCitizenIdQr(text), expected);
}

void TestCitizenIdQr::neverCrashesOnTruncations()
{
    // Every prefix of a valid and of a garbled QR: each one parses or is refused cleanly.
    const QByteArray v = valid7();
    for (qsizetype n = 0; n <= v.size(); ++n) {
        const auto r = parseCitizenIdQr(v.left(n));
        if (!r.ok())
            QVERIFY(!r.error().message.isEmpty());
    }
    const QString g = asCp1252(v);
    for (qsizetype n = 0; n <= g.size(); ++n) {
        const auto r = parseCitizenIdQr(g.left(n));
        if (!r.ok())
            QVERIFY(!r.error().message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCitizenIdQr)
#include "test_citizenidqr.moc"
