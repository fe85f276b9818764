#include "service/CatalogueImporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace motcua;

namespace {

QByteArray readFixture(const QString& name)
{
    QFile f(QStringLiteral(MOTCUA_TEST_DATA "/catalogue/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

const Procedure* find(const CatalogueData& data, const QString& code)
{
    for (const Procedure& p : data.procedures) {
        if (p.code == code)
            return &p;
    }
    return nullptr;
}

const QDate kToday(2025, 8, 15);

} // namespace

class TestCatalogueImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nationalSampleImports();
    void nationalChannelsAndUnits();
    void nationalComponentsAndFees();
    void extensions();
    void effectiveDateDefaultsToToday();
    void channelWithoutTimeIsSkipped();
    void decomposedTextIsAccepted();
    void badFileIsRefused_data();
    void badFileIsRefused();
    void everyBadFixtureIsInTheTable();
};

void TestCatalogueImporter::nationalSampleImports()
{
    const auto r = CatalogueImporter::parse(readFixture(QStringLiteral("national-catalogue-sample.json")), kToday);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->procedures.size(), 46);
    QCOMPARE(r->departments.size(), 18);
    QSet<QString> referenced;
    for (const Procedure& p : r->procedures)
        referenced.insert(p.departmentCode);
    QCOMPARE(referenced.size(), 16);
    // Every procedure points at a department of the file, by code.
    QSet<QString> codes;
    for (const Department& d : r->departments)
        codes.insert(d.code);
    QVERIFY(codes.contains(referenced));
    // The sample has no effective date: today.
    QCOMPARE(r->effectiveFrom, kToday);
    QCOMPARE(r->procedures.first().effectiveFrom, kToday);

    const Procedure* lawyers = find(*r, QStringLiteral("1.002010"));
    QVERIFY(lawyers);
    QCOMPARE(lawyers->name, QStringLiteral("Đăng ký hoạt động của tổ chức hành nghề luật sư"));
    QCOMPARE(lawyers->field, QStringLiteral("Luật sư"));
    QCOMPARE(lawyers->departmentCode, QStringLiteral("5E6302BC-E99F-E5EC-27BB-7AAF098D342A")); // Sở Tư pháp
    QCOMPARE(lawyers->decision, QStringLiteral("1262/QĐ-BTP"));
    QCOMPARE(lawyers->results.size(), 2);
    QCOMPARE(lawyers->legalBasis.size(), 8);
}

void TestCatalogueImporter::nationalChannelsAndUnits()
{
    const auto r = CatalogueImporter::parse(readFixture(QStringLiteral("national-catalogue-sample.json")), kToday);
    QVERIFY(r.ok());

    // 1.002010 lists online, postal, counter: stored in Channel order.
    const Procedure* lawyers = find(*r, QStringLiteral("1.002010"));
    QCOMPARE(lawyers->channels.size(), 3);
    QCOMPARE(lawyers->channels.at(0).channel, Channel::Counter);
    QCOMPARE(lawyers->channels.at(1).channel, Channel::Online);
    QCOMPARE(lawyers->channels.at(2).channel, Channel::Postal);
    QCOMPARE(lawyers->channel(Channel::Counter)->timeValue, 7.0);
    QCOMPARE(lawyers->channel(Channel::Counter)->timeUnit, TimeUnit::WorkingDays);

    // 1.000028 splits each channel in two steps: times summed, descriptions kept.
    const Procedure* heavy = find(*r, QStringLiteral("1.000028"));
    QCOMPARE(heavy->channels.size(), 3);
    QCOMPARE(heavy->channel(Channel::Counter)->timeValue, 2.0);
    QCOMPARE(heavy->channel(Channel::Online)->timeValue, 3.0);
    QCOMPARE(heavy->channel(Channel::Postal)->timeValue, 3.0);
    QCOMPARE(heavy->channel(Channel::Counter)->description.count(u'\n'), 1);
    bool noted = false;
    for (const QString& n : r->notes)
        noted = noted || (n.contains(QStringLiteral("1.000028")) && n.contains(QStringLiteral("counter")));
    QVERIFY2(noted, qPrintable(r->notes.join(u'\n')));

    // "ngày" is calendar days, "giờ" working hours.
    QCOMPARE(find(*r, QStringLiteral("1.008927"))->channel(Channel::Counter)->timeUnit, TimeUnit::CalendarDays);
    const Procedure* transfer = find(*r, QStringLiteral("2.002478"));
    QCOMPARE(transfer->channel(Channel::Counter)->timeUnit, TimeUnit::WorkingHours);
    QCOMPARE(transfer->channel(Channel::Counter)->timeValue, 40.0);

    // Online only in the source: no counter channel is invented.
    const Procedure* bidding = find(*r, QStringLiteral("1.012507"));
    QCOMPARE(bidding->channels.size(), 1);
    QVERIFY(!bidding->channel(Channel::Counter));
}

void TestCatalogueImporter::nationalComponentsAndFees()
{
    const auto r = CatalogueImporter::parse(readFixture(QStringLiteral("national-catalogue-sample.json")), kToday);
    QVERIFY(r.ok());

    const Procedure* lawyers = find(*r, QStringLiteral("1.002010"));
    QCOMPARE(lawyers->components.size(), 3);
    // National "copies" is bản sao: a certified copy.
    QCOMPARE(lawyers->components.at(1).originals, 0);
    QCOMPARE(lawyers->components.at(1).certifiedCopies, 1);
    QCOMPARE(lawyers->components.at(1).photocopies, 0);
    QCOMPARE(lawyers->components.at(2).formTemplate, QStringLiteral("Mẫu TP-LS-02-sđ.docx"));
    QCOMPARE(lawyers->components.at(2).ordinal, 3);
    QVERIFY(lawyers->components.at(0).required);
    // Fee stated only as text: no amount, raw kept.
    const Fee& fee = lawyers->channel(Channel::Counter)->fees.first();
    QVERIFY(!fee.amount);
    QVERIFY(fee.raw.startsWith(QStringLiteral("50 VNĐ")));

    // Components of one case only are not required, and say so; the general case (labelled
    // with the procedure's name) is required.
    const Procedure* company = find(*r, QStringLiteral("2.001610"));
    QCOMPARE(company->components.size(), 21);
    int optional = 0;
    for (const Component& c : company->components) {
        QCOMPARE(c.name.contains(QStringLiteral("(Trường hợp")), !c.required);
        if (!c.required)
            ++optional;
    }
    QCOMPARE(optional, 19);
    // Word-document list glyphs are dropped from case labels.
    for (const Component& c : find(*r, QStringLiteral("2.002206"))->components)
        QVERIFY2(!c.name.contains(QChar(0xF0D8)), qPrintable(c.name));
    QCOMPARE(company->channel(Channel::Counter)->fees.first().amount, std::optional<Money>(Money::vnd(100000)));

    // components null: none listed; fees null: none listed.
    const Procedure* tourGuide = find(*r, QStringLiteral("1.004623"));
    QVERIFY(tourGuide->components.isEmpty());
    QCOMPARE(tourGuide->level, QStringLiteral("toàn trình"));
    QVERIFY(find(*r, QStringLiteral("1.000028"))->channel(Channel::Counter)->fees.isEmpty());
}

void TestCatalogueImporter::extensions()
{
    const auto r = CatalogueImporter::parse(readFixture(QStringLiteral("small.json")), kToday);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->effectiveFrom, QDate(2025, 7, 1));
    QCOMPARE(r->departments.at(1).shortName, QStringLiteral("Tài chính"));
    QCOMPARE(r->departments.at(1).ordinal, 2);
    QCOMPARE(r->departments.at(1).effectiveFrom, QDate(2025, 7, 1));

    const Procedure& copy = r->procedures.at(0);
    QCOMPARE(copy.components.at(1).photocopies, 1);
    QCOMPARE(copy.components.at(1).certifiedCopies, 0);
    QCOMPARE(copy.channel(Channel::Counter)->fees.first().amount, std::optional<Money>(Money::vnd(2000)));
    QCOMPARE(copy.channel(Channel::Online)->timeUnit, TimeUnit::WorkingHours);
    QVERIFY(!copy.receiveCutoff);

    const Procedure& household = r->procedures.at(1);
    QCOMPARE(household.departmentCode, QStringLiteral("DEP-TC")); // by department_code
    QCOMPARE(household.receiveCutoff, std::optional<QTime>(QTime(15, 0)));
    QVERIFY(household.components.isEmpty());
    QVERIFY(household.results.isEmpty());
}

void TestCatalogueImporter::effectiveDateDefaultsToToday()
{
    const QByteArray json = R"({"departments": [{"code": "D1", "name": "Sở Y tế"}], "procedures": []})";
    const auto r = CatalogueImporter::parse(json, kToday);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->effectiveFrom, kToday);
    QCOMPARE(r->departments.first().ordinal, 1); // position in the file
    QCOMPARE(r->departments.first().shortName, QStringLiteral("Sở Y tế"));
}

void TestCatalogueImporter::channelWithoutTimeIsSkipped()
{
    const QByteArray json = R"({"departments": [{"code": "D1", "name": "Sở Y tế"}], "procedures": [
        {"code": "1.1", "name": "A", "department": "Sở Y tế", "channels": [
            {"channel": "truc_tiep", "time": null},
            {"channel": "truc_tiep", "time": {"value": 5, "unit": "ngày làm việc"}},
            {"channel": "buu_chinh", "time": null}]}]})";
    const auto r = CatalogueImporter::parse(json, kToday);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    const Procedure& p = r->procedures.first();
    QCOMPARE(p.channels.size(), 1);
    QCOMPARE(p.channel(Channel::Counter)->timeValue, 5.0); // the timed entry stands alone
    QVERIFY(!p.channel(Channel::Postal));
    QCOMPARE(r->notes.size(), 2);
    QVERIFY(r->notes.at(0).contains(QStringLiteral("channels[0]")));
    QVERIFY(r->notes.at(1).contains(QStringLiteral("channels[2]")));
}

void TestCatalogueImporter::decomposedTextIsAccepted()
{
    // Same unit and department name, written decomposed (NFD) and with an en dash.
    const QString unit = QStringLiteral("ngày làm việc").normalized(QString::NormalizationForm_D);
    const QString json =
        QStringLiteral(R"({"departments": [{"code": "D1", "name": "Sở Lao động - Thương binh và Xã hội"}],
        "procedures": [{"code": "1.1", "name": "A", "department": "%1",
        "channels": [{"channel": "truc_tiep", "time": {"value": 5, "unit": "%2"}}]}]})")
            .arg(QStringLiteral("Sở Lao động – Thương binh và Xã hội").normalized(QString::NormalizationForm_D), unit);
    const auto r = CatalogueImporter::parse(json.toUtf8(), kToday);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->procedures.first().channels.first().timeUnit, TimeUnit::WorkingDays);
}

void TestCatalogueImporter::badFileIsRefused_data()
{
    // The table is a fixture, shared with test_catalogueservice (which checks that the
    // database is unchanged after each refusal).
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("record"); // who is named
    QTest::addColumn<QString>("field");  // which field
    QTest::addColumn<QString>("reason"); // and why
    const QJsonArray rows =
        QJsonDocument::fromJson(readFixture(QStringLiteral("refusals.json"))).object().value(u"refusals").toArray();
    QVERIFY(rows.size() >= 20);
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        const QString file = row.value(u"file").toString();
        QTest::newRow(qPrintable(file)) << file << row.value(u"record").toString() << row.value(u"field").toString()
                                        << row.value(u"reason").toString();
    }
}

void TestCatalogueImporter::everyBadFixtureIsInTheTable()
{
    QStringList listed;
    const QJsonArray rows =
        QJsonDocument::fromJson(readFixture(QStringLiteral("refusals.json"))).object().value(u"refusals").toArray();
    for (const QJsonValue& v : rows)
        listed.append(v.toObject().value(u"file").toString());
    const QStringList files =
        QDir(QStringLiteral(MOTCUA_TEST_DATA "/catalogue")).entryList({QStringLiteral("bad_*.json")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString& f : files)
        QVERIFY2(listed.contains(f), qPrintable(f));
}

void TestCatalogueImporter::badFileIsRefused()
{
    QFETCH(QString, file);
    QFETCH(QString, record);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    const auto r = CatalogueImporter::parse(readFixture(file), kToday);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::BadInput);
    const QString& m = r.error().message;
    QVERIFY2(m.contains(record), qPrintable(m));
    QVERIFY2(m.contains(field), qPrintable(m));
    QVERIFY2(m.contains(reason), qPrintable(m));
}

QTEST_GUILESS_MAIN(TestCatalogueImporter)
#include "test_catalogueimporter.moc"
