#include "store/Database.h"
#include "store/Migrations.h"
#include "store/Settings.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace motcua;

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void registryComplete();
    void defaults_data();
    void defaults();
    void setAndPersist();
    void canonicalForm_data();
    void canonicalForm();
    void invalidRejected_data();
    void invalidRejected();
    void unknownKey();
    void resetToDefault();
    void joinsCallerTransaction();
    void invalidStoredValueFallsBack();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Settings> m_settings;
};

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    const Status opened = m_db->open(m_dir->filePath(QStringLiteral("settings.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    const Status migrated = migrate(*m_db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error().message));
    m_settings = std::make_unique<Settings>(*m_db);
}

void TestSettings::cleanup()
{
    m_settings.reset();
    m_db.reset();
    m_dir.reset();
}

void TestSettings::registryComplete()
{
    const QList<SettingInfo> registry = Settings::registry();
    QSet<QString> keys;
    for (const SettingInfo& info : registry) {
        QVERIFY2(!keys.contains(info.key), qPrintable(info.key));
        keys.insert(info.key);
        QVERIFY2(!info.description.isEmpty(), qPrintable(info.key));
        // Every default passes its own validation, unchanged.
        QString canonical;
        const Status v = Settings::validate(info.key, info.defaultValue, &canonical);
        QVERIFY2(v.ok(), qPrintable(info.key + QStringLiteral(": ") + v.error().message));
        QCOMPARE(canonical, info.defaultValue);
        if (info.type == SettingType::Integer)
            QVERIFY(info.minimum <= info.maximum);
        SettingInfo found;
        QVERIFY(Settings::find(info.key, &found));
        QCOMPARE(found.type, info.type);
    }
    const char* required[] = {"center.name",      "center.parent",      "center.place",     "center.agencyCode",
                              "center.address",   "center.phone",       "center.lookupUrl", "station.number",
                              "code.maxStations", "code.fallbackStart", "code.blockSize",   "ui.language",
                              "calendar.hours",   "calendar.weekend"};
    for (const char* key : required)
        QVERIFY2(keys.contains(QString::fromLatin1(key)), key);
    QVERIFY(!Settings::find(QStringLiteral("no.such.key"), nullptr));
}

void TestSettings::defaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    QTest::newRow("station") << QStringLiteral("station.number") << QStringLiteral("1");
    QTest::newRow("maxStations") << QStringLiteral("code.maxStations") << QStringLiteral("10");
    QTest::newRow("fallbackStart") << QStringLiteral("code.fallbackStart") << QStringLiteral("5000");
    QTest::newRow("blockSize") << QStringLiteral("code.blockSize") << QStringLiteral("50");
    QTest::newRow("language") << QStringLiteral("ui.language") << QStringLiteral("vi");
    QTest::newRow("hours") << QStringLiteral("calendar.hours") << QStringLiteral("07:00-11:30,13:30-17:00");
    QTest::newRow("weekend") << QStringLiteral("calendar.weekend") << QStringLiteral("6,7");
    QTest::newRow("center name") << QStringLiteral("center.name") << QString();
}

void TestSettings::defaults()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    QCOMPARE(m_settings->string(key), expected);
    QVERIFY(!m_settings->isSet(key));
}

void TestSettings::setAndPersist()
{
    QCOMPARE(m_settings->integer(QStringLiteral("station.number")), 1);
    QCOMPARE(m_settings->integer(QStringLiteral("code.fallbackStart")), 5000);
    QVERIFY(m_settings->set(QStringLiteral("station.number"), 3).ok());
    QVERIFY(
        m_settings->set(QStringLiteral("center.name"), QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh Kon Tum"))
            .ok());
    QVERIFY(m_settings->set(QStringLiteral("center.agencyCode"), QStringLiteral("000.00.00.H34")).ok());
    QVERIFY(
        m_settings
            ->set(QStringLiteral("center.lookupUrl"), QStringLiteral("https://dichvucong.example.vn/tra-cuu?ma={code}"))
            .ok());
    QCOMPARE(m_settings->integer(QStringLiteral("station.number")), 3);
    QCOMPARE(m_settings->value(QStringLiteral("station.number")), QVariant(3));
    QVERIFY(m_settings->isSet(QStringLiteral("station.number")));

    // Another instance over a reopened database reads the same values.
    const QString path = m_db->path();
    m_settings.reset();
    m_db->close();
    QVERIFY(m_db->open(path).ok());
    Settings again(*m_db);
    QCOMPARE(again.integer(QStringLiteral("station.number")), 3);
    QCOMPARE(again.string(QStringLiteral("center.name")),
             QStringLiteral("Trung tâm Phục vụ hành chính công tỉnh Kon Tum"));
    QCOMPARE(again.string(QStringLiteral("center.agencyCode")), QStringLiteral("000.00.00.H34"));
    QCOMPARE(again.value(QStringLiteral("center.agencyCode")), QVariant(QStringLiteral("000.00.00.H34")));
    QCOMPARE(again.integer(QStringLiteral("code.blockSize")), 50);
}

void TestSettings::canonicalForm_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("input");
    QTest::addColumn<QString>("stored");
    QTest::newRow("int as text") << QStringLiteral("station.number") << QVariant(QStringLiteral(" 7 "))
                                 << QStringLiteral("7");
    QTest::newRow("longlong") << QStringLiteral("code.blockSize") << QVariant(qlonglong(100)) << QStringLiteral("100");
    QTest::newRow("bounds low") << QStringLiteral("code.fallbackStart") << QVariant(1) << QStringLiteral("1");
    QTest::newRow("bounds high") << QStringLiteral("code.fallbackStart") << QVariant(9999) << QStringLiteral("9999");
    QTest::newRow("hours spaces") << QStringLiteral("calendar.hours")
                                  << QVariant(QStringLiteral(" 07:30 - 11:30 , 13:00-16:30 "))
                                  << QStringLiteral("07:30-11:30,13:00-16:30");
    QTest::newRow("hours one range") << QStringLiteral("calendar.hours") << QVariant(QStringLiteral("08:00-17:00"))
                                     << QStringLiteral("08:00-17:00");
    QTest::newRow("weekend sunday") << QStringLiteral("calendar.weekend") << QVariant(QStringLiteral("7"))
                                    << QStringLiteral("7");
    QTest::newRow("weekend spaces") << QStringLiteral("calendar.weekend") << QVariant(QStringLiteral(" 6 , 7 "))
                                    << QStringLiteral("6,7");
    QTest::newRow("weekend none") << QStringLiteral("calendar.weekend") << QVariant(QString()) << QString();
    QTest::newRow("language en") << QStringLiteral("ui.language") << QVariant(QStringLiteral("en"))
                                 << QStringLiteral("en");
    QTest::newRow("text trimmed") << QStringLiteral("center.phone") << QVariant(QStringLiteral(" 0260 3 123 456 "))
                                  << QStringLiteral("0260 3 123 456");
    QTest::newRow("url cleared") << QStringLiteral("center.lookupUrl") << QVariant(QString()) << QString();
}

void TestSettings::canonicalForm()
{
    QFETCH(QString, key);
    QFETCH(QVariant, input);
    QFETCH(QString, stored);
    const Status s = m_settings->set(key, input);
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QVERIFY(m_settings->isSet(key));
    QCOMPARE(m_settings->string(key), stored);
}

void TestSettings::invalidRejected_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("input");
    QTest::newRow("int: letters") << QStringLiteral("station.number") << QVariant(QStringLiteral("abc"));
    QTest::newRow("int: decimal") << QStringLiteral("station.number") << QVariant(QStringLiteral("1.5"));
    QTest::newRow("int: zero") << QStringLiteral("station.number") << QVariant(0);
    QTest::newRow("int: too big") << QStringLiteral("station.number") << QVariant(100);
    QTest::newRow("int: double") << QStringLiteral("station.number") << QVariant(2.0);
    QTest::newRow("int: bool") << QStringLiteral("station.number") << QVariant(true);
    QTest::newRow("int: null") << QStringLiteral("station.number") << QVariant();
    QTest::newRow("fallback 10000") << QStringLiteral("code.fallbackStart") << QVariant(10000);
    QTest::newRow("block 0") << QStringLiteral("code.blockSize") << QVariant(0);
    QTest::newRow("language fr") << QStringLiteral("ui.language") << QVariant(QStringLiteral("fr"));
    QTest::newRow("language empty") << QStringLiteral("ui.language") << QVariant(QString());
    QTest::newRow("hours empty") << QStringLiteral("calendar.hours") << QVariant(QString());
    QTest::newRow("hours reversed") << QStringLiteral("calendar.hours") << QVariant(QStringLiteral("11:30-07:00"));
    QTest::newRow("hours no minutes") << QStringLiteral("calendar.hours") << QVariant(QStringLiteral("7-11"));
    QTest::newRow("hours overlap") << QStringLiteral("calendar.hours")
                                   << QVariant(QStringLiteral("07:00-11:30,11:00-17:00"));
    QTest::newRow("hours 24:00") << QStringLiteral("calendar.hours") << QVariant(QStringLiteral("07:00-24:00"));
    QTest::newRow("hours trailing comma")
        << QStringLiteral("calendar.hours") << QVariant(QStringLiteral("07:00-11:30,"));
    QTest::newRow("weekend 8") << QStringLiteral("calendar.weekend") << QVariant(QStringLiteral("6,8"));
    QTest::newRow("weekend 0") << QStringLiteral("calendar.weekend") << QVariant(QStringLiteral("0"));
    QTest::newRow("weekend twice") << QStringLiteral("calendar.weekend") << QVariant(QStringLiteral("6,6"));
    QTest::newRow("weekend words") << QStringLiteral("calendar.weekend") << QVariant(QStringLiteral("sat,sun"));
    QTest::newRow("url no placeholder") << QStringLiteral("center.lookupUrl")
                                        << QVariant(QStringLiteral("https://example.vn/"));
    QTest::newRow("url ftp") << QStringLiteral("center.lookupUrl")
                             << QVariant(QStringLiteral("ftp://example.vn/{code}"));
    QTest::newRow("url no host") << QStringLiteral("center.lookupUrl") << QVariant(QStringLiteral("https:///{code}"));
    QTest::newRow("url not a url") << QStringLiteral("center.lookupUrl") << QVariant(QStringLiteral("tra cuu {code}"));
    QTest::newRow("agency dash") << QStringLiteral("center.agencyCode") << QVariant(QStringLiteral("000.00.06-H56"));
    QTest::newRow("agency lower") << QStringLiteral("center.agencyCode") << QVariant(QStringLiteral("000.00.06.h56"));
    QTest::newRow("agency dots") << QStringLiteral("center.agencyCode") << QVariant(QStringLiteral("000..06"));
    QTest::newRow("text newline") << QStringLiteral("center.name") << QVariant(QStringLiteral("Line one\nLine two"));
    QTest::newRow("text too long") << QStringLiteral("center.address") << QVariant(QString(501, QLatin1Char('x')));
    QTest::newRow("text from int") << QStringLiteral("center.name") << QVariant(42);
}

void TestSettings::invalidRejected()
{
    QFETCH(QString, key);
    QFETCH(QVariant, input);
    const QString before = m_settings->string(key);
    const Status s = m_settings->set(key, input);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::BadInput);
    QVERIFY2(s.error().message.contains(key), qPrintable(s.error().message));
    QVERIFY(!m_settings->isSet(key));
    QCOMPARE(m_settings->string(key), before);
}

void TestSettings::unknownKey()
{
    const QRegularExpression readWarning(QStringLiteral("^unknown setting read"));
    const Status s = m_settings->set(QStringLiteral("center.nmae"), QStringLiteral("typo"));
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::BadInput);
    QVERIFY(s.error().message.contains(QStringLiteral("center.nmae")));
    QCOMPARE(m_settings->reset(QStringLiteral("center.nmae")).error().code, Error::BadInput);
    QTest::ignoreMessage(QtWarningMsg, readWarning);
    QVERIFY(m_settings->string(QStringLiteral("center.nmae")).isEmpty());
    QTest::ignoreMessage(QtWarningMsg, readWarning);
    QCOMPARE(m_settings->integer(QStringLiteral("center.nmae")), 0);
    QVERIFY(!m_settings->value(QStringLiteral("center.nmae")).isValid());
    QVERIFY(!m_settings->isSet(QStringLiteral("center.nmae")));
}

void TestSettings::resetToDefault()
{
    QVERIFY(m_settings->set(QStringLiteral("code.blockSize"), 20).ok());
    QCOMPARE(m_settings->integer(QStringLiteral("code.blockSize")), 20);
    QVERIFY(m_settings->reset(QStringLiteral("code.blockSize")).ok());
    QVERIFY(!m_settings->isSet(QStringLiteral("code.blockSize")));
    QCOMPARE(m_settings->integer(QStringLiteral("code.blockSize")), 50);
}

void TestSettings::joinsCallerTransaction()
{
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begun().ok());
        QVERIFY(m_settings->set(QStringLiteral("station.number"), 4).ok());
        QCOMPARE(m_settings->integer(QStringLiteral("station.number")), 4); // visible inside
        // No commit: the change goes with the caller's rollback.
    }
    QCOMPARE(m_settings->integer(QStringLiteral("station.number")), 1);
    QVERIFY(!m_settings->isSet(QStringLiteral("station.number")));

    {
        Transaction outer(*m_db);
        QVERIFY(outer.begun().ok());
        {
            Transaction inner(*m_db); // a savepoint
            QVERIFY(inner.begun().ok());
            QVERIFY(m_settings->set(QStringLiteral("station.number"), 5).ok());
            QVERIFY(inner.commit().ok());
        }
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(m_settings->integer(QStringLiteral("station.number")), 5);
}

void TestSettings::invalidStoredValueFallsBack()
{
    // A row edited by hand outside the app.
    QVERIFY(m_db->execute(QStringLiteral("INSERT INTO settings (key, value) VALUES ('station.number', 'seven'), "
                                         "('ui.language', 'xx')"))
                .ok());
    const QRegularExpression invalidWarning(QStringLiteral("^stored value of setting .* is invalid"));
    QTest::ignoreMessage(QtWarningMsg, invalidWarning);
    QCOMPARE(m_settings->integer(QStringLiteral("station.number")), 1);
    QTest::ignoreMessage(QtWarningMsg, invalidWarning);
    QCOMPARE(m_settings->string(QStringLiteral("ui.language")), QStringLiteral("vi"));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "test_settings.moc"
