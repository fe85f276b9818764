#include "core/Clock.h"
#include "service/CatalogueService.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {

QByteArray readFixture(const QString& name)
{
    QFile f(QStringLiteral(MOTCUA_TEST_DATA "/catalogue/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

Actor actor(Role role, const char* name)
{
    Actor a;
    a.userId = 7;
    a.username = QString::fromLatin1(name);
    a.fullName = QStringLiteral("Nguyễn Văn Thử");
    a.role = role;
    return a;
}

// 10:00 in Vietnam on 15 Aug 2025.
QDateTime vietnamTime(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), vietnamZone()).toUTC();
}

qint64 scalar(Database& db, const QString& sql)
{
    Statement& st = db.prepare(sql);
    qint64 v = -1;
    while (st.next())
        v = st.int64(0);
    return v;
}

// Everything an import writes, summarised: equal snapshots mean nothing was written.
QList<qint64> snapshot(Database& db)
{
    QList<qint64> out;
    for (const char* table :
         {"catalogue_versions", "departments", "procedures", "procedure_channels", "procedure_components", "audit_log"})
        out.append(scalar(db, QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table)));
    out.append(
        scalar(db, QStringLiteral("SELECT COALESCE(SUM(length(name) + length(search_text)), 0) FROM procedures")));
    out.append(scalar(db, QStringLiteral("SELECT COALESCE(SUM(length(name) + ordinal), 0) FROM departments")));
    return out;
}

QStringList codes(const QList<Procedure>& list)
{
    QStringList out;
    for (const Procedure& p : list)
        out.append(p.code);
    return out;
}

} // namespace

class TestCatalogueService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void importsNationalSample();
    void storedProcedureRoundTrips();
    void importFileNamesTheSource();
    void badFileChangesNothing_data();
    void badFileChangesNothing();
    void storageFailureRollsBackEverything();
    void onlyAdministratorsImport_data();
    void onlyAdministratorsImport();
    void laterVersionTakesOverOnItsDate();
    void reimportOfSameDateReplaces();
    void searchIgnoresDiacritics_data();
    void searchIgnoresDiacritics();
    void searchFindsHouseholdBusiness();
    void demoCatalogueLoadsOnce();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<CatalogueService> m_service;
    const Actor m_admin = actor(Role::Admin, "quantri");
};

void TestCatalogueService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    const Status opened = m_db->open(m_dir->filePath(QStringLiteral("catalogue.db")));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    const Status migrated = migrate(*m_db);
    QVERIFY2(migrated.ok(), qPrintable(migrated.error().message));
    m_clock = std::make_unique<FixedClock>(vietnamTime(2025, 8, 15, 10, 0));
    m_service = std::make_unique<CatalogueService>(*m_db, *m_clock);
}

void TestCatalogueService::cleanup()
{
    m_service.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestCatalogueService::importsNationalSample()
{
    const QByteArray json = readFixture(QStringLiteral("national-catalogue-sample.json"));
    const auto r = m_service->importCatalogue(m_admin, json, QStringLiteral("national-catalogue-sample.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->departments, 18);
    QCOMPARE(r->departmentsAdded, 18);
    QCOMPARE(r->procedures, 46);
    QCOMPARE(r->proceduresAdded, 46);
    QCOMPARE(r->proceduresUpdated, 0);
    QCOMPARE(r->effectiveFrom, QDate(2025, 8, 15)); // no date in the file: today in Vietnam
    QVERIFY(!r->notes.isEmpty());                   // 1.000028's steps were summed

    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM procedures")), 46);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(DISTINCT department_id) FROM procedures")), 16);
    QCOMPARE(m_service->departments().size(), 18);
    QCOMPARE(m_service->procedures().size(), 46);
    QVERIFY(m_service->hasCatalogue());

    const QList<CatalogueVersion> versions = m_service->versions();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.first().id, r->versionId);
    QCOMPARE(versions.first().importedBy, QStringLiteral("quantri"));
    QCOMPARE(versions.first().source, QStringLiteral("national-catalogue-sample.json"));
    QCOMPARE(versions.first().sha256,
             QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(versions.first().procedures, 46);
    QCOMPARE(versions.first().importedAt, m_clock->now());

    // One audit row, keyed by the version.
    Statement& audit = m_db->prepare(QStringLiteral("SELECT username, action, entity, entity_key FROM audit_log"));
    QStringList rows;
    while (audit.next())
        rows.append(QStringList{audit.text(0), audit.text(1), audit.text(2), audit.text(3)}.join(u'|'));
    QCOMPARE(rows, QStringList{QStringLiteral("quantri|catalogue.import|catalogue|%1").arg(r->versionId)});

    // A department filter gives that department's procedures only.
    const QList<Procedure> justice = m_service->procedures(QStringLiteral("5E6302BC-E99F-E5EC-27BB-7AAF098D342A"));
    QCOMPARE(justice.size(), 6);
    for (const Procedure& p : justice)
        QCOMPARE(p.departmentCode, QStringLiteral("5E6302BC-E99F-E5EC-27BB-7AAF098D342A"));
}

void TestCatalogueService::storedProcedureRoundTrips()
{
    const auto r = m_service->importCatalogue(m_admin, readFixture(QStringLiteral("small.json")), QStringLiteral("s"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));

    const auto copy = m_service->procedure(QStringLiteral("9.000001"));
    QVERIFY2(copy.ok(), qPrintable(copy.error().message));
    QCOMPARE(copy->name, QStringLiteral("Chứng thực bản sao từ bản chính"));
    QCOMPARE(copy->field, QStringLiteral("Chứng thực"));
    QCOMPARE(copy->departmentCode, QStringLiteral("DEP-TP"));
    QCOMPARE(copy->level, QStringLiteral("một phần"));
    QCOMPARE(copy->decision, QStringLiteral("1/QĐ-TEST"));
    QCOMPARE(copy->results, QStringList{QStringLiteral("Bản sao được chứng thực")});
    QCOMPARE(copy->legalBasis, QStringList{QStringLiteral("23/2015/NĐ-CP")});
    QCOMPARE(copy->effectiveFrom, QDate(2025, 7, 1));
    QVERIFY(!copy->receiveCutoff);
    QCOMPARE(copy->channels.size(), 2);
    const ProcedureChannel* counter = copy->channel(Channel::Counter);
    QVERIFY(counter);
    QCOMPARE(counter->timeValue, 1.0);
    QCOMPARE(counter->timeUnit, TimeUnit::WorkingDays);
    QCOMPARE(counter->fees.size(), 1);
    QCOMPARE(counter->fees.first().name, QStringLiteral("Lệ phí chứng thực"));
    QCOMPARE(counter->fees.first().raw, QStringLiteral("2.000 đồng/trang"));
    QCOMPARE(counter->fees.first().amount, std::optional<Money>(Money::vnd(2000)));
    QCOMPARE(copy->channel(Channel::Online)->timeUnit, TimeUnit::WorkingHours);
    QCOMPARE(copy->components.size(), 2);
    QCOMPARE(copy->components.at(0).originals, 1);
    QCOMPARE(copy->components.at(1).photocopies, 1);
    QVERIFY(copy->components.at(1).id > 0);

    const auto household = m_service->procedure(QStringLiteral("9.000002"));
    QVERIFY(household.ok());
    QCOMPARE(household->receiveCutoff, std::optional<QTime>(QTime(15, 0)));
    QCOMPARE(household->departmentCode, QStringLiteral("DEP-TC"));
    QVERIFY(household->components.isEmpty());

    const auto byId = m_service->procedureById(copy->id);
    QVERIFY(byId.ok());
    QCOMPARE(byId->code, QStringLiteral("9.000001"));

    const auto missing = m_service->procedure(QStringLiteral("9.999999"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::NotFound);

    const QList<Department> deps = m_service->departments();
    QCOMPARE(deps.size(), 2);
    QCOMPARE(deps.at(0).shortName, QStringLiteral("Tư pháp"));
    QCOMPARE(deps.at(1).ordinal, 2);
    QVERIFY(deps.at(1).id > 0);
}

void TestCatalogueService::importFileNamesTheSource()
{
    const auto missing = m_service->importFile(m_admin, m_dir->filePath(QStringLiteral("none.json")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::BadInput);
    QVERIFY2(missing.error().message.contains(QStringLiteral("none.json")), qPrintable(missing.error().message));

    const auto r = m_service->importFile(m_admin, QStringLiteral(MOTCUA_TEST_DATA "/catalogue/small.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(m_service->versions().first().source, QStringLiteral("small.json"));
    // The clerk cannot go through the file either.
    const auto clerk =
        m_service->importFile(actor(Role::Clerk, "canbo"), QStringLiteral(MOTCUA_TEST_DATA "/catalogue/small.json"));
    QCOMPARE(clerk.error().code, Error::Forbidden);
}

void TestCatalogueService::badFileChangesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("field");
    const QJsonArray rows =
        QJsonDocument::fromJson(readFixture(QStringLiteral("refusals.json"))).object().value(u"refusals").toArray();
    QVERIFY(rows.size() >= 20);
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        const QString file = row.value(u"file").toString();
        QTest::newRow(qPrintable(file)) << file << row.value(u"record").toString() << row.value(u"field").toString();
    }
}

void TestCatalogueService::badFileChangesNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, record);
    QFETCH(QString, field);
    // A catalogue is already there: the refused file must neither add to it nor alter it.
    const auto first = m_service->importCatalogue(m_admin, readFixture(QStringLiteral("small.json")), QString());
    QVERIFY(first.ok());
    const QList<qint64> before = snapshot(*m_db);

    const auto r = m_service->importCatalogue(m_admin, readFixture(file), file);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::BadInput);
    QVERIFY2(r.error().message.contains(record), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(field), qPrintable(r.error().message));
    QCOMPARE(snapshot(*m_db), before);
}

void TestCatalogueService::storageFailureRollsBackEverything()
{
    // The second component of the first procedure fails to insert: by then the version,
    // both departments and a procedure row have been written in the transaction.
    QVERIFY(m_db->execute(QStringLiteral("CREATE TRIGGER fail_component BEFORE INSERT ON procedure_components "
                                         "WHEN NEW.name LIKE 'Bản sao cần%' BEGIN SELECT RAISE(ABORT, 'disk full'); "
                                         "END"))
                .ok());
    const QList<qint64> before = snapshot(*m_db);
    const auto r = m_service->importCatalogue(m_admin, readFixture(QStringLiteral("small.json")), QString());
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Storage);
    QCOMPARE(snapshot(*m_db), before);
    QVERIFY(!m_service->hasCatalogue());

    QVERIFY(m_db->execute(QStringLiteral("DROP TRIGGER fail_component")).ok());
    const auto again = m_service->importCatalogue(m_admin, readFixture(QStringLiteral("small.json")), QString());
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(m_service->procedures().size(), 2);
}

void TestCatalogueService::onlyAdministratorsImport_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("clerk") << static_cast<int>(Role::Clerk) << false;
    QTest::newRow("supervisor") << static_cast<int>(Role::Supervisor) << false;
    QTest::newRow("admin") << static_cast<int>(Role::Admin) << true;
}

void TestCatalogueService::onlyAdministratorsImport()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    const Actor who = actor(static_cast<Role>(role), "canbo");
    const QList<qint64> before = snapshot(*m_db);
    const auto r = m_service->importCatalogue(who, readFixture(QStringLiteral("small.json")), QString());
    QCOMPARE(r.ok(), allowed);
    if (allowed) {
        QCOMPARE(m_service->procedures().size(), 2);
        return;
    }
    QCOMPARE(r.error().code, Error::Forbidden);
    QVERIFY2(r.error().message.contains(QStringLiteral("administrator")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("canbo")), qPrintable(r.error().message));
    QCOMPARE(snapshot(*m_db), before);
    // Refused before reading the file: a bad file gives the same answer, not a parse error.
    const auto bad = m_service->importCatalogue(who, readFixture(QStringLiteral("bad_not_json.json")), QString());
    QCOMPARE(bad.error().code, Error::Forbidden);
}

void TestCatalogueService::laterVersionTakesOverOnItsDate()
{
    QVERIFY(m_service->importCatalogue(m_admin, readFixture(QStringLiteral("small.json")), QStringLiteral("v1")).ok());
    const auto second =
        m_service->importCatalogue(m_admin, readFixture(QStringLiteral("small_2026.json")), QStringLiteral("v2"));
    QVERIFY2(second.ok(), qPrintable(second.error().message));
    QCOMPARE(second->proceduresAdded, 1);
    QCOMPARE(second->proceduresUpdated, 0);
    QCOMPARE(second->departmentsAdded, 0);

    const QList<CatalogueVersion> versions = m_service->versions();
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.at(0).source, QStringLiteral("v2")); // newest first
    QCOMPARE(versions.at(0).effectiveFrom, QDate(2026, 1, 1));
    QCOMPARE(m_service->procedureVersions(QStringLiteral("9.000001")).size(), 2);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM departments")), 2);

    const QString oldName = QStringLiteral("Chứng thực bản sao từ bản chính");
    const QString newName = QStringLiteral("Chứng thực bản sao từ bản chính giấy tờ, văn bản");
    // Before 1 Jan 2026 the first version is in force.
    QCOMPARE(m_service->procedure(QStringLiteral("9.000001"))->name, oldName);
    // 23:59:59 on 31 Dec in Vietnam is still 2025, although UTC is 16:59:59.
    m_clock->set(vietnamTime(2025, 12, 31, 23, 59, 59));
    QCOMPARE(m_service->procedure(QStringLiteral("9.000001"))->name, oldName);
    // Midnight in Vietnam (17:00 UTC on 31 Dec) opens the new version.
    m_clock->set(vietnamTime(2026, 1, 1, 0, 0));
    const auto current = m_service->procedure(QStringLiteral("9.000001"));
    QCOMPARE(current->name, newName);
    QCOMPARE(current->channel(Channel::Counter)->timeValue, 2.0);
    QCOMPARE(current->effectiveFrom, QDate(2026, 1, 1));
    // A code the new version leaves out stays in force from the old one.
    QCOMPARE(m_service->procedure(QStringLiteral("9.000002"))->effectiveFrom, QDate(2025, 7, 1));
    const QList<Procedure> all = m_service->procedures();
    QCOMPARE(codes(all), (QStringList{QStringLiteral("9.000001"), QStringLiteral("9.000002")}));
    QCOMPARE(all.first().name, newName);
    // A dossier received earlier still finds its version.
    QCOMPARE(m_service->procedureOn(QStringLiteral("9.000001"), QDate(2025, 9, 1))->name, oldName);
    QCOMPARE(m_service->search(QStringLiteral("van ban")).size(), 1);

    // Before the first version nothing is in force.
    m_clock->set(vietnamTime(2025, 6, 30, 12, 0));
    QCOMPARE(m_service->procedure(QStringLiteral("9.000001")).error().code, Error::NotFound);
    QVERIFY(m_service->procedures().isEmpty());
}

void TestCatalogueService::reimportOfSameDateReplaces()
{
    const QByteArray json = readFixture(QStringLiteral("small.json"));
    QVERIFY(m_service->importCatalogue(m_admin, json, QString()).ok());
    const qint64 id = m_service->procedure(QStringLiteral("9.000001"))->id;

    // Same codes, same effective date, a changed name: replaced in place.
    QByteArray changed = json;
    changed.replace(QByteArrayLiteral("Chứng thực bản sao từ bản chính\""),
                    QByteArrayLiteral("Chứng thực bản sao (sửa)\""));
    QVERIFY(changed != json);
    const auto r = m_service->importCatalogue(m_admin, changed, QString());
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->proceduresAdded, 0);
    QCOMPARE(r->proceduresUpdated, 2);
    const auto p = m_service->procedure(QStringLiteral("9.000001"));
    QCOMPARE(p->id, id); // dossiers keep pointing at it
    QCOMPARE(p->name, QStringLiteral("Chứng thực bản sao (sửa)"));
    QCOMPARE(p->components.size(), 2); // replaced, not appended
    QCOMPARE(p->channels.size(), 2);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM procedures")), 2);
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT COUNT(*) FROM procedure_components")), 2);
    QCOMPARE(m_service->versions().size(), 2);
    QCOMPARE(m_service->search(QStringLiteral("sua")).size(), 1);
}

void TestCatalogueService::searchIgnoresDiacritics_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << QStringLiteral("dang ky thanh lap cong ty co phan")
                           << QStringList{QStringLiteral("2.002043")};
    QTest::newRow("capitals") << QStringLiteral("ĐĂNG KÝ THÀNH LẬP CÔNG TY CỔ PHẦN")
                              << QStringList{QStringLiteral("2.002043")};
    QTest::newRow("words in any order") << QStringLiteral("co phan cong ty") << QStringList{QStringLiteral("2.002043")};
    QTest::newRow("field") << QStringLiteral("luat su") << QStringList{QStringLiteral("1.002010")};
    QTest::newRow("department") << QStringLiteral("khu kinh te")
                                << QStringList{QStringLiteral("1.009664"), QStringLiteral("1.009748"),
                                               QStringLiteral("2.002728")};
    QTest::newRow("code prefix") << QStringLiteral("1.00002") << QStringList{QStringLiteral("1.000028")};
    QTest::newRow("every word must match") << QStringLiteral("luat su xang dau") << QStringList{};
    QTest::newRow("nothing") << QStringLiteral("khong co thu tuc nay") << QStringList{};
}

void TestCatalogueService::searchIgnoresDiacritics()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QVERIFY(
        m_service->importCatalogue(m_admin, readFixture(QStringLiteral("national-catalogue-sample.json")), QString())
            .ok());
    QStringList found = codes(m_service->search(query));
    found.sort();
    QCOMPARE(found, expected);
}

void TestCatalogueService::searchFindsHouseholdBusiness()
{
    QVERIFY(m_service->importCatalogue(m_admin, readFixture(QStringLiteral("small.json")), QString()).ok());
    QCOMPARE(codes(m_service->search(QStringLiteral("dang ky ho kinh doanh"))),
             QStringList{QStringLiteral("9.000002")});
    QCOMPARE(codes(m_service->search(QStringLiteral("  Hộ   KINH doanh "))), QStringList{QStringLiteral("9.000002")});
    // Department short names are searched too.
    QCOMPARE(codes(m_service->search(QStringLiteral("tai chinh"))), QStringList{QStringLiteral("9.000002")});
    // Empty text lists everything in force.
    QCOMPARE(m_service->search(QString()).size(), 2);
}

void TestCatalogueService::demoCatalogueLoadsOnce()
{
    QVERIFY(!m_service->hasCatalogue());
    const Status st = m_service->importDemoIfEmpty();
    QVERIFY2(st.ok(), qPrintable(st.error().message));
    QVERIFY(m_service->hasCatalogue());

    // The 18 units of the demo provincial center (docs/domain.md#the-demo-center), in order.
    const QStringList names{
        QStringLiteral("Sở Nội vụ"),
        QStringLiteral("Sở Tư pháp"),
        QStringLiteral("Sở Kế hoạch và Đầu tư"),
        QStringLiteral("Sở Tài chính"),
        QStringLiteral("Sở Công Thương"),
        QStringLiteral("Sở Nông nghiệp và Phát triển nông thôn"),
        QStringLiteral("Sở Giao thông vận tải"),
        QStringLiteral("Sở Xây dựng"),
        QStringLiteral("Sở Tài nguyên và Môi trường"),
        QStringLiteral("Sở Thông tin và Truyền thông"),
        QStringLiteral("Sở Lao động – Thương binh và Xã hội"),
        QStringLiteral("Sở Văn hóa, Thể thao và Du lịch"),
        QStringLiteral("Sở Khoa học và Công nghệ"),
        QStringLiteral("Sở Giáo dục và Đào tạo"),
        QStringLiteral("Sở Y tế"),
        QStringLiteral("Sở Ngoại vụ"),
        QStringLiteral("Ban Dân tộc"),
        QStringLiteral("Ban Quản lý Khu kinh tế"),
    };
    const QList<Department> deps = m_service->departments();
    QStringList depNames;
    QSet<QString> shortNames;
    for (const Department& d : deps) {
        depNames.append(d.name);
        QVERIFY(!d.shortName.isEmpty());
        QVERIFY(d.shortName.size() <= 20);
        shortNames.insert(d.shortName);
    }
    QCOMPARE(depNames, names);
    QCOMPARE(shortNames.size(), 18);

    const QList<Procedure> procedures = m_service->procedures();
    QVERIFY2(procedures.size() >= 40, qPrintable(QString::number(procedures.size())));
    QSet<QString> withProcedures;
    for (const Procedure& p : procedures) {
        const ProcedureChannel* counter = p.channel(Channel::Counter);
        QVERIFY2(counter, qPrintable(p.code));
        QVERIFY2(counter->timeValue > 0, qPrintable(p.code));
        QVERIFY2(!p.components.isEmpty(), qPrintable(p.code));
        withProcedures.insert(p.departmentCode);
    }
    QCOMPARE(withProcedures.size(), 18);

    const QList<CatalogueVersion> versions = m_service->versions();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.first().importedBy, QStringLiteral("system"));

    // A second start leaves the catalogue alone.
    QVERIFY(m_service->importDemoIfEmpty().ok());
    QCOMPARE(m_service->versions().size(), 1);
}

QTEST_GUILESS_MAIN(TestCatalogueService)
#include "test_catalogueservice.moc"
