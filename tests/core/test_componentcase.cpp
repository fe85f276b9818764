// The cases (trường hợp) of a procedure's papers: the importer keeps the case at the end of an
// optional paper's name, componentCase splits it off again; and a dossier that lists no papers
// (`motcuactl dossier create` without "components") takes the catalogue's required papers only.
#include "core/Clock.h"
#include "core/Procedure.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;

class TestComponentCase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsTheCase_data();
    void splitsTheCase();
    void demoCatalogueCases();
    void dossierWithoutPapersTakesTheRequiredOnes();
};

void TestComponentCase::splitsTheCase_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("paper");
    QTest::newRow("required: never a case")
        << QStringLiteral("Tờ khai (mẫu 01)") << true << QString() << QStringLiteral("Tờ khai (mẫu 01)");
    QTest::newRow("case") << QStringLiteral("Giấy đề nghị (Trường hợp ủy quyền)") << false
                          << QStringLiteral("Trường hợp ủy quyền") << QStringLiteral("Giấy đề nghị");
    QTest::newRow("parentheses inside the name")
        << QStringLiteral("Bản sao Hợp đồng BCC (đối với hợp đồng BCC) ((4) Đối với trường hợp 4, hồ sơ bao gồm)")
        << false << QStringLiteral("(4) Đối với trường hợp 4, hồ sơ bao gồm")
        << QStringLiteral("Bản sao Hợp đồng BCC (đối với hợp đồng BCC)");
    QTest::newRow("optional, no case") << QStringLiteral("Ảnh 3x4") << false << QString() << QStringLiteral("Ảnh 3x4");
    QTest::newRow("unbalanced") << QStringLiteral("Giấy tờ khác)") << false << QString()
                                << QStringLiteral("Giấy tờ khác)");
    QTest::newRow("no space before") << QStringLiteral("Mẫu(01)") << false << QString() << QStringLiteral("Mẫu(01)");
}

void TestComponentCase::splitsTheCase()
{
    QFETCH(QString, name);
    QFETCH(bool, required);
    QFETCH(QString, label);
    QFETCH(QString, paper);
    Component c;
    c.name = name;
    c.required = required;
    const ComponentCase k = componentCase(c);
    QCOMPARE(k.label, label);
    QCOMPARE(k.paper, paper);
}

void TestComponentCase::demoCatalogueCases()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    AppContext::Options options;
    options.databasePath = dir.filePath(QStringLiteral("cases.db"));
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    // "Đăng ký thành lập doanh nghiệp tư nhân": two papers of the general case, the others in
    // seven cases, each read back from the stored catalogue.
    auto p = (*ctx)->catalogue().procedure(QStringLiteral("2.001610"));
    QVERIFY(p.ok());
    QStringList labels;
    int required = 0;
    for (const Component& c : p->components) {
        const ComponentCase k = componentCase(c);
        if (c.required) {
            ++required;
            QVERIFY(k.label.isEmpty());
        } else {
            QVERIFY2(k.label.startsWith(QStringLiteral("Trường hợp")), qPrintable(c.name));
            if (!labels.contains(k.label))
                labels.append(k.label);
        }
    }
    QCOMPARE(required, 2);
    QCOMPARE(labels.size(), 7);
}

void TestComponentCase::dossierWithoutPapersTakesTheRequiredOnes()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0), vietnamZone()));
    AppContext::Options options;
    options.databasePath = dir.filePath(QStringLiteral("papers.db"));
    options.clock = &clock;
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    Actor clerk{7, QStringLiteral("clerk1"), QStringLiteral("Trần Văn Bình"), Role::Clerk};
    Dossier d;
    d.procedureCode = QStringLiteral("2.001610");
    d.channel = Channel::Counter;
    d.applicant.type = ApplicantType::Citizen;
    d.applicant.fullName = QStringLiteral("Đặng Văn Đức");
    d.applicant.idNumber = QStringLiteral("062090001234");
    d.applicant.birthDate = QDate(1990, 5, 17);
    d.applicant.gender = QStringLiteral("Nam");
    d.applicant.address = QStringLiteral("Phường Quyết Thắng, Kon Tum");
    auto r = (*ctx)->dossiers().receive(clerk, d);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    auto stored = (*ctx)->dossiers().byCode(r->code);
    QVERIFY(stored.ok());
    // The two required papers, handed in; none of the 19 papers of the cases.
    QCOMPARE(stored->components.size(), 2);
    for (const DossierComponent& c : stored->components) {
        QVERIFY(c.provided);
        QVERIFY2(!c.name.contains(QStringLiteral("Trường hợp")), qPrintable(c.name));
    }
}

QTEST_GUILESS_MAIN(TestComponentCase)
#include "test_componentcase.moc"
