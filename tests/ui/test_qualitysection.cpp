// The Dashboard's service-quality index section (Decision 766) on a seeded demo center, driven
// headless: last quarter by default, every indicator with its value or "no data", the formula of
// the selected one, a click on a figure's dossiers lists them and the list opens a dossier; the
// Dossiers page's export writes the filtered list. With MOTCUA_SCREENSHOT_DIR set it also saves
// the section at 1366x768 in Vietnamese (the figures of a new supervisor's first look).
#include "Language.h"
#include "MainWindow.h"
#include "core/Clock.h"
#include "dossiers/DossierListModel.h"
#include "pages/DashboardPage.h"
#include "pages/DossierListExportDialog.h"
#include "pages/DossiersPage.h"
#include "pages/QualityDossiersDialog.h"
#include "pages/QualityIndexSection.h"
#include "service/AppContext.h"
#include "service/DossierGenerator.h"
#include "service/QualityService.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {

Actor actor(Role role)
{
    Actor a;
    a.userId = 1;
    a.username = role == Role::Clerk ? QStringLiteral("clerk") : QStringLiteral("supervisor");
    a.fullName = QStringLiteral("Trần Thị Bình");
    a.role = role;
    return a;
}

} // namespace

class TestQualitySection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lastQuarterByDefault();
    void figuresMatchTheService();
    void clickListsTheDossiers();
    void screenshots();
    void dossierListExport();
    void dossierListExportFollowsTheSearch();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_app;
};

void TestQualitySection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 4, 20), QTime(10, 0), QTimeZone(7 * 3600)).toUTC());
    AppContext::Options o;
    o.databasePath = m_dir.filePath(QStringLiteral("quality.db"));
    o.clock = m_clock.get();
    auto app = AppContext::open(o);
    QVERIFY2(app, qPrintable(app.error().message));
    m_app = std::move(app).value();
    DossierGenerator generator(m_app->db(), m_app->settings(), m_app->catalogue(), m_app->calendar(), *m_clock);
    GeneratorOptions g;
    g.dossiers = 4000;
    g.years = 1;
    auto seeded = generator.run(g);
    QVERIFY2(seeded, qPrintable(seeded ? QString() : seeded.error().message));
}

void TestQualitySection::lastQuarterByDefault()
{
    DashboardPage page(*m_app, actor(Role::Supervisor));
    page.show();
    page.showQualityIndex();
    QualityIndexSection* section = page.qualityIndex();
    QVERIFY(section);
    QTRY_VERIFY(section->isVisible());
    QCOMPARE(section->from(), QDate(2026, 1, 1));
    QCOMPARE(section->to(), QDate(2026, 3, 31));
    auto* table = section->findChild<QTableWidget*>(QStringLiteral("quality-table"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 8);
    // The formula of the selected indicator is shown in words, with its note.
    auto* explain = section->findChild<QLabel*>(QStringLiteral("quality-explanation"));
    QVERIFY(explain->text().contains(QStringLiteral("2.1")));
    QVERIFY(explain->text().contains(section->report().figures.first().def.formula.left(30).toHtmlEscaped()));
    // The period can change: last year.
    auto* period = section->findChild<QComboBox*>(QStringLiteral("quality-period"));
    period->setCurrentIndex(2);
    QCOMPARE(section->from(), QDate(2025, 1, 1));
    QCOMPARE(section->to(), QDate(2025, 12, 31));
}

void TestQualitySection::figuresMatchTheService()
{
    QualityIndexSection section(*m_app, actor(Role::Supervisor));
    section.show();
    QTRY_VERIFY(section.report().from.isValid());
    QualityService service(m_app->db());
    auto report = service.compute(QDate(2026, 1, 1), QDate(2026, 3, 31));
    QVERIFY(report);
    auto* table = section.findChild<QTableWidget*>(QStringLiteral("quality-table"));
    const QString noData = QCoreApplication::translate("motcua::QualityIndexSection", "no data");
    for (int r = 0; r < report->figures.size(); ++r) {
        const QualityFigure& f = report->figures.at(r);
        QCOMPARE(table->item(r, 0)->text(), f.def.id + QStringLiteral("  ") + f.def.name);
        QVERIFY2(f.population > 0, qPrintable(f.def.id)); // the demo center has dossiers for each
        if (f.hasValue)
            QVERIFY(table->item(r, 1)->text().endsWith(QStringLiteral(" %")));
        else
            QCOMPARE(table->item(r, 1)->text(), noData); // never 0 % for what is not known
        QVERIFY(table->item(r, 2)->text().contains(QString::number(f.population)));
    }
    // On time and the online share are computed and scored on the demo center.
    QVERIFY(report->figures.at(0).hasValue && report->figures.at(0).points);
    QVERIFY(report->figures.at(1).hasValue && report->figures.at(1).points);
}

void TestQualitySection::clickListsTheDossiers()
{
    QualityIndexSection section(*m_app, actor(Role::Supervisor));
    section.resize(1100, 600);
    section.show();
    QTRY_VERIFY(section.report().from.isValid());
    auto* table = section.findChild<QTableWidget*>(QStringLiteral("quality-table"));
    // One click on the "dossiers counted" cell of 2.1 lists the dossiers behind it.
    const QRect cell = table->visualItemRect(table->item(0, 2));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QualityDossiersDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = section.findChild<QualityDossiersDialog*>()) != nullptr);
    const QualityFigure& f = section.report().figures.first();
    QCOMPARE(dialog->table()->rowCount(), f.population);
    auto* only = dialog->findChild<QCheckBox*>(QStringLiteral("quality-only-counted"));
    only->setChecked(true);
    QCOMPARE(dialog->table()->rowCount(), f.counted);
    dialog->close();
}

void TestQualitySection::screenshots()
{
    const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("MOTCUA_SCREENSHOT_DIR not set");
    QVERIFY(installLanguage(QStringLiteral("vi")));
    MainWindow window(*m_app, actor(Role::Supervisor));
    window.resize(1366, 768);
    window.show();
    window.showPage(MainWindow::Dashboard);
    auto* page = qobject_cast<DashboardPage*>(window.page(MainWindow::Dashboard));
    QVERIFY(page);
    page->showQualityIndex();
    QTRY_VERIFY(page->qualityIndex()->report().from.isValid());
    QTest::qWait(200);
    QVERIFY(window.grab().save(dir + QStringLiteral("/quality-index.png")));
    auto* table = page->qualityIndex()->findChild<QTableWidget*>(QStringLiteral("quality-table"));
    table->selectRow(7);
    QTest::qWait(50);
    QVERIFY(window.grab().save(dir + QStringLiteral("/quality-index-5.4.png")));
    page->qualityIndex()->openDossiers(0);
    QualityDossiersDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->qualityIndex()->findChild<QualityDossiersDialog*>()) != nullptr);
    QTest::qWait(100);
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/quality-dossiers.png")));
    dialog->close();
    installLanguage(QStringLiteral("en"));
}

void TestQualitySection::dossierListExport()
{
    DossierFilter filter;
    filter.receivedFrom = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone(7 * 3600));
    filter.receivedTo = QDateTime(QDate(2026, 4, 1), QTime(0, 0), QTimeZone(7 * 3600));
    // A clerk cannot include personal data.
    DossierListExportDialog clerk(*m_app, actor(Role::Clerk), filter);
    QVERIFY(!clerk.personalBox()->isEnabled());
    DossierListExportDialog dialog(*m_app, actor(Role::Supervisor), filter);
    QVERIFY(dialog.personalBox()->isEnabled());
    const QString path = m_dir.filePath(QStringLiteral("list.csv"));
    dialog.formatBox()->setCurrentIndex(1); // CSV
    dialog.pathEdit()->setText(path);
    QVERIFY2(dialog.exportNow(), qPrintable(dialog.message()->text()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY(lines.first().contains("Mã hồ sơ"));
    QVERIFY(!lines.first().contains("Chủ hồ sơ"));
    QVERIFY(lines.size() > 100);
    QVERIFY(lines.at(1).contains("+07:00"));

    // With personal data: the applicant's columns, and one audit row saying so.
    dialog.personalBox()->setChecked(true);
    QVERIFY2(dialog.exportNow(), qPrintable(dialog.message()->text()));
    QFile personal(path);
    QVERIFY(personal.open(QIODevice::ReadOnly));
    QVERIFY(personal.readLine().contains("Chủ hồ sơ"));
    Statement& audit =
        m_app->db().prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dossiers.export_personal'"));
    QVERIFY(audit.next());
    QCOMPARE(audit.int64(0), 1);
    audit.reset();
}

void TestQualitySection::dossierListExportFollowsTheSearch()
{
    // The Dossiers page narrowed by a search exports what it shows, not the whole filter.
    DossiersPage page(*m_app, actor(Role::Supervisor));
    page.resize(1366, 700);
    page.show();
    Statement& name = m_app->db().prepare(QStringLiteral("SELECT applicant_name FROM dossiers ORDER BY id LIMIT 1"));
    QVERIFY(name.next());
    const QString applicant = name.text(0);
    name.reset();
    page.search(applicant);
    auto* model = page.findChild<DossierListModel*>();
    QVERIFY(model);
    QTRY_VERIFY(model->rowCount() > 0);
    const int shown = model->rowCount();
    const QString path = m_dir.filePath(QStringLiteral("search.csv"));
    bool exported = false;
    auto* timer = new QTimer(&page);
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, timer, [&] {
        auto* dialog = qobject_cast<DossierListExportDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        dialog->formatBox()->setCurrentIndex(1); // CSV
        dialog->pathEdit()->setText(path);
        exported = dialog->exportNow();
        dialog->reject();
    });
    timer->start();
    auto* button = page.findChild<QPushButton*>(QStringLiteral("dossier-export-list"));
    QVERIFY(button);
    button->click();
    QVERIFY(exported);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = f.readAll().split('\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    QCOMPARE(lines.size() - 1, shown); // the header, then the dossiers the list shows
    for (int r = 0; r < shown; ++r)
        QVERIFY2(lines.at(r + 1).startsWith(model->codeAt(r).toUtf8()), lines.at(r + 1).constData());
}

QTEST_MAIN(TestQualitySection)
#include "test_qualitysection.moc"
