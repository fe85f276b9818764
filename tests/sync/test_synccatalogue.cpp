// The catalogue lane against the real motcua-portal over TLS: LayDanhSachTTHC walked page by
// page, LayThuTuc only for procedures that changed, a changed procedure imported as a new
// version of the local catalogue, and a garbage LayThuTuc answer refused with a clear error
// while the catalogue stays as it was. Also the national record without our own record.

#include "PortalFixture.h"
#include "SyncTestBed.h"
#include "service/CatalogueImporter.h"
#include "sync/CataloguePull.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace motcua;
using namespace motcua::test;

namespace {

QJsonObject demoCatalogue()
{
    QFile f(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/demo/catalogue.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeJson(const QString& path, const QJsonObject& o)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(QJsonDocument(o).toJson()) > 0;
}

} // namespace

class TestSyncCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changedProcedureArrivesAsNewVersion();
    void garbageLayThuTucLeavesCatalogueIntact();
    void nationalRecordWithoutOurRecord();
    void garbageRecordsAreRefused();

private:
    std::unique_ptr<PortalFixture> m_portal;
};

void TestSyncCatalogue::initTestCase()
{
    m_portal = std::make_unique<PortalFixture>();
}

void TestSyncCatalogue::changedProcedureArrivesAsNewVersion()
{
    // The portal's catalogue file lives in its own folder so it can be changed between runs.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalogue.json"));
    QJsonObject file = demoCatalogue();
    QVERIFY(!file.isEmpty());
    QVERIFY(writeJson(path, file));
    PortalFixture portal({QStringLiteral("--catalogue"), path});
    QVERIFY2(portal.start(), qPrintable(portal.errorString()));
    SyncTestBed bed(portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    SyncOptions o = bed.options();
    o.kinds = QList<SyncKind>{SyncKind::Catalogue};

    // First pull: every procedure is new to the lane.
    const int procedures = static_cast<int>(file.value(QStringLiteral("procedures")).toArray().size());
    int requests = portal.stats().value(QStringLiteral("requests")).toString().toInt();
    auto first = bed.pass(o);
    QVERIFY(first.ok());
    QVERIFY2(first->errors.isEmpty(), qPrintable(first->errors.join(QLatin1Char('\n'))));
    QVERIFY(first->catalogueImported);
    // Login, one list page (all fit in one), one LayThuTuc per procedure.
    QCOMPARE(portal.stats().value(QStringLiteral("requests")).toString().toInt() - requests, procedures + 2);

    // Unchanged: the list only, nothing fetched nor imported.
    const int versionsBefore = bed.count(QStringLiteral("SELECT count(*) FROM catalogue_versions"));
    requests = portal.stats().value(QStringLiteral("requests")).toString().toInt();
    auto same = bed.pass(o);
    QVERIFY(same.ok());
    QVERIFY(!same->catalogueImported);
    QCOMPARE(portal.stats().value(QStringLiteral("requests")).toString().toInt() - requests, 2);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM catalogue_versions")), versionsBefore);

    // The portal changes one procedure from today: a new fee, a new name, its own date.
    QJsonArray list = file.value(QStringLiteral("procedures")).toArray();
    QJsonObject changed = list.at(3).toObject();
    const QString code = changed.value(QStringLiteral("code")).toString();
    const QString oldName = changed.value(QStringLiteral("name")).toString();
    const QList<Procedure> versionsOfCode = bed.app().catalogue().procedureVersions(code);
    QCOMPARE(versionsOfCode.size(), 1);
    const QString newName = oldName + QStringLiteral(" (sửa đổi)");
    const QDate today = bed.app().catalogue().today();
    changed.insert(QStringLiteral("name"), newName);
    changed.insert(QStringLiteral("effective_from"), today.toString(Qt::ISODate));
    list.replace(3, changed);
    file.insert(QStringLiteral("procedures"), list);
    QVERIFY(writeJson(path, file));
    portal.stop();
    QVERIFY2(portal.restart(), qPrintable(portal.errorString()));

    requests = portal.stats().value(QStringLiteral("requests")).toString().toInt();
    auto after = bed.pass(o);
    QVERIFY(after.ok());
    QVERIFY2(after->errors.isEmpty(), qPrintable(after->errors.join(QLatin1Char('\n'))));
    QVERIFY(after->catalogueImported);
    // Login, the list, one LayThuTuc: only the changed procedure was fetched again.
    QCOMPARE(portal.stats().value(QStringLiteral("requests")).toString().toInt() - requests, 3);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM catalogue_versions")), versionsBefore + 1);
    QCOMPARE(bed.count(QStringLiteral("SELECT procedures FROM catalogue_versions ORDER BY id DESC LIMIT 1")), 1);
    const QList<Procedure> versions = bed.app().catalogue().procedureVersions(code);
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.first().effectiveFrom, today);
    QCOMPARE(versions.first().name, newName);
    QCOMPARE(versions.last().name, oldName);
    auto current = bed.app().catalogue().procedure(code);
    QVERIFY(current.ok());
    QCOMPARE(current->name, newName);
    // Every other procedure still has its one version.
    const QString other = list.at(4).toObject().value(QStringLiteral("code")).toString();
    QCOMPARE(bed.app().catalogue().procedureVersions(other).size(), 1);
}

void TestSyncCatalogue::garbageLayThuTucLeavesCatalogueIntact()
{
    QVERIFY2(m_portal->start(), qPrintable(m_portal->errorString()));
    SyncTestBed bed(*m_portal);
    QVERIFY2(bed.isValid(), qPrintable(bed.error()));
    SyncOptions o = bed.options();
    o.kinds = QList<SyncKind>{SyncKind::Catalogue};
    const int versions = bed.count(QStringLiteral("SELECT count(*) FROM catalogue_versions"));
    const int procedures = bed.count(QStringLiteral("SELECT count(*) FROM procedures"));
    const int audit = bed.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'catalogue.import'"));

    // Every LayThuTuc answer is not JSON.
    QVERIFY(m_portal->setFault(QStringLiteral("malformed"), QString(), QStringLiteral("LayThuTuc")));
    auto r = bed.pass(o);
    QVERIFY(r.ok());
    QVERIFY(!r->catalogueImported);
    QVERIFY(r->reached);
    const QString errors = r->errors.join(QLatin1Char('\n'));
    QVERIFY2(errors.contains(QStringLiteral("LayThuTuc")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("not valid JSON")), qPrintable(errors));
    const KindState k = bed.app().sync().store().kindState(SyncKind::Catalogue);
    QCOMPARE(k.failures, 1);
    QVERIFY2(k.lastError.contains(QStringLiteral("LayThuTuc")), qPrintable(k.lastError));
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM catalogue_versions")), versions);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM procedures")), procedures);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'catalogue.import'")), audit);
    QCOMPARE(bed.app().sync().store().value(QStringLiteral("catalogue.procedures")), QString());

    // Fixed on the portal: the next pull imports.
    QVERIFY(m_portal->clearFault());
    auto fixed = bed.pass(o);
    QVERIFY(fixed.ok());
    QVERIFY2(fixed->errors.isEmpty(), qPrintable(fixed->errors.join(QLatin1Char('\n'))));
    QVERIFY(fixed->catalogueImported);
    QCOMPARE(bed.count(QStringLiteral("SELECT count(*) FROM catalogue_versions")), versions + 1);
    QCOMPARE(bed.app().sync().store().kindState(SyncKind::Catalogue).failures, 0);
}

void TestSyncCatalogue::nationalRecordWithoutOurRecord()
{
    // A national portal's LayThuTuc (docs/domain.md#the-national-portal): no MC_BanGhi, numbers as numbers or
    // text, fees as text.
    const QByteArray reply = R"({"error_code": 0, "result": [{
        "MATTHC": "1.000656", "TENTTHC": "Cấp Giấy xác nhận tình trạng hôn nhân", "TRANGTHAI": 1,
        "LINHVUCTHUCHIEN": [{"MALINHVUC": "G09-TP11", "TENLINHVUC": "Hộ tịch"}],
        "COQUANTHUCHIEN": [{"MADONVI": "", "TENDONVI": "Sở Tư pháp"}],
        "CACHTHUCTHUCHIEN": [
          {"KENH": 1, "THOIGIAN": [{"THOIGIANGIAIQUYET": "3", "DONVITINH": "Ngày làm việc", "MOTA": "",
            "PHILEPHI": [{"MAPHILEPHI": "2", "SOTIEN": "50.000", "DONVI": "VNĐ", "MOTA": "Lệ phí"}]}]},
          {"KENH": "2", "THOIGIAN": [{"THOIGIANGIAIQUYET": 3, "DONVITINH": "Ngày làm việc",
            "PHILEPHI": [{"MAPHILEPHI": "2", "SOTIEN": "không", "MOTA": ""}]}]}],
        "THANHPHANHOSO": [{"TRUONGHOP": "", "GIAYTO": [
          {"TENGIAYTO": "Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", "TENMAUDON": "TK-01",
           "SOBANCHINH": "1", "SOBANSAO": 0}]}],
        "KETQUATHUCHIEN": [{"MAKETQUA": "", "TENKETQUA": "Giấy xác nhận tình trạng hôn nhân"}],
        "CANCUPHAPLY": [{"SOVANBAN": "123/2015/NĐ-CP", "TENVANBAN": "Nghị định 123/2015/NĐ-CP"}],
        "NGAYHIEULUC": "20260101"}]})";
    const QJsonObject body = QJsonDocument::fromJson(reply).object();
    auto record = CataloguePull::recordFromReply(body, QStringLiteral("1.000656"));
    QVERIFY2(record.ok(), qPrintable(record.error().message));
    QCOMPARE(record->value(QStringLiteral("effective_from")).toString(), QStringLiteral("2026-01-01"));
    QJsonObject proc = *record;
    proc.remove(QStringLiteral("effective_from"));
    const QJsonObject file{{QStringLiteral("effective_from"), QStringLiteral("2026-01-01")},
                           {QStringLiteral("departments"),
                            QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("STP")},
                                                   {QStringLiteral("name"), QStringLiteral("Sở Tư pháp")}}}},
                           {QStringLiteral("procedures"), QJsonArray{proc}}};
    auto parsed = CatalogueImporter::parse(QJsonDocument(file).toJson(), QDate(2026, 1, 1));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
    QCOMPARE(parsed->procedures.size(), 1);
    const Procedure& p = parsed->procedures.first();
    QCOMPARE(p.name, QStringLiteral("Cấp Giấy xác nhận tình trạng hôn nhân"));
    QCOMPARE(p.field, QStringLiteral("Hộ tịch"));
    QCOMPARE(p.channels.size(), 2);
    const ProcedureChannel* counter = p.channel(Channel::Counter);
    QVERIFY(counter);
    QCOMPARE(counter->timeValue, 3.0);
    QCOMPARE(counter->fees.size(), 1);
    QVERIFY(counter->fees.first().amount.has_value());
    QCOMPARE(counter->fees.first().amount->toVnd(), qint64(50000));
    QCOMPARE(p.components.size(), 1);
    QCOMPARE(p.components.first().originals, 1);
    QCOMPARE(p.results, QStringList{QStringLiteral("Giấy xác nhận tình trạng hôn nhân")});
}

void TestSyncCatalogue::garbageRecordsAreRefused()
{
    const QString code = QStringLiteral("1.000656");
    const QList<QByteArray> garbage = {
        R"({"error_code": "0"})",
        R"({"error_code": "0", "result": "ok"})",
        R"({"error_code": "0", "result": [42]})",
        R"({"error_code": "0", "result": [{"foo": "bar"}]})",
        R"({"error_code": "0", "result": [{"MATTHC": "1.000656", "TENTTHC": ""}]})",
        R"({"error_code": "0", "result": [{"MATTHC": "9.999999", "TENTTHC": "Khác",
             "COQUANTHUCHIEN": [{"TENDONVI": "Sở Tư pháp"}]}]})",
        R"({"error_code": "0", "result": [{"MC_BanGhi": {"code": "1.000656"}}]})",
    };
    for (const QByteArray& g : garbage) {
        auto r = CataloguePull::recordFromReply(QJsonDocument::fromJson(g).object(), code);
        QVERIFY2(!r.ok(), g.constData());
        QVERIFY(!r.error().message.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSyncCatalogue)
#include "test_synccatalogue.moc"
