// The sync conflicts dialog through its widgets, headless: the Sync page's button and shortcut
// open it, the table lists each open conflict with both states, the portal's note and times,
// "Accept portal" and "Keep local" resolve the selected row, errors show inline, the list and
// the page refresh, and an empty list says so. With MOTCUA_SCREENSHOT_DIR set it also saves the
// dialog and the page.

#include "Language.h"
#include "core/Clock.h"
#include "core/DossierState.h"
#include "pages/SyncConflictsDialog.h"
#include "pages/SyncPage.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "store/Database.h"
#include "support/ClerkSuite.h"
#include "sync/SyncEngine.h"
#include "sync/SyncService.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;

namespace {
const QString kNote = QStringLiteral("Đã có kết quả giải quyết tại Sở Tài nguyên và Môi trường");
}

class TestSyncConflictsDialog : public QObject, protected test::ClerkSuite
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pageButtonAndShortcutOpenTheDialog();
    void resolveBothWaysThenEmpty();
    void goneDossierShowsAnInlineError();
    void vietnameseFitsTheScreen();
    // A conflict left by an online submission decided first at another counter names both codes
    // and can only be settled the center's way.
    void voidedOnlineDecisionIsSettledTheCentersWay();

private:
    void addConflict(const QString& code, int portalState);
    void saveShot(QWidget* widget, const QString& name);
};

void TestSyncConflictsDialog::init()
{
    openStation();
}

void TestSyncConflictsDialog::cleanup()
{
    closeStation();
}

// A conflict as the status pull records it: the dossier's received record is still queued.
void TestSyncConflictsDialog::addConflict(const QString& code, int portalState)
{
    const QJsonObject change{{QStringLiteral("MaHoSo"), code},
                             {QStringLiteral("TrangThaiHoSo"), QString::number(portalState)},
                             {QStringLiteral("NoiDungXuLy"), kNote},
                             {QStringLiteral("NguoiXuLy"), QStringLiteral("portal")},
                             {QStringLiteral("ThoiDiemXuLy"), QStringLiteral("20261202153000")},
                             {QStringLiteral("NgayKetThucXuLy"), QStringLiteral("20261202153000")},
                             {QStringLiteral("NgayTra"), QString()}};
    Statement& st = m_ctx->db().prepare(
        QStringLiteral("INSERT INTO sync_conflicts (dossier_code, local_state, portal_state, portal_json, detected_at) "
                       "VALUES (?1, ?2, ?3, ?4, ?5)"));
    st.bind(1, code)
        .bind(2, static_cast<int>(DossierState::Received))
        .bind(3, portalState)
        .bind(4, QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)))
        .bind(5, QDateTime::currentDateTimeUtc());
    QVERIFY(st.exec());
}

void TestSyncConflictsDialog::saveShot(QWidget* widget, const QString& name)
{
    const QString shots = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    QDir().mkpath(shots);
    QTest::qWait(100);
    QVERIFY(widget->grab().save(shots + QLatin1Char('/') + name));
}

void TestSyncConflictsDialog::pageButtonAndShortcutOpenTheDialog()
{
    SyncEngine engine(m_ctx->sync());
    {
        SyncPage page(*m_ctx, m_clerk, engine);
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("sync-conflicts"))->isVisibleTo(&page));
    }
    const QStringList codes = receiveDossiers(1, QStringLiteral("Phạm Thị Ngọc Ánh"));
    QCOMPARE(codes.size(), 1);
    addConflict(codes.first(), 9);
    SyncPage page(*m_ctx, m_clerk, engine);
    page.resize(1366, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto* button = page.findChild<QPushButton*>(QStringLiteral("sync-conflicts"));
    QVERIFY(button->isVisible());
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("sync-warnings"))->isVisible());
    saveShot(&page, QStringLiteral("sync-page-conflicts.png"));

    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    QCOMPARE(button->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    // The page's other key survives the button's text too.
    QCOMPARE(page.findChild<QPushButton*>(QStringLiteral("sync-now"))->shortcut(), QKeySequence(Qt::Key_F5));
    QTest::keyClick(&page, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(page.conflictsDialog() != nullptr);
    QVERIFY(page.conflictsDialog()->isVisible());
    QPointer<SyncConflictsDialog> byKey = page.conflictsDialog();
    byKey->close(); // deleted on close
    QTRY_VERIFY(byKey.isNull());

    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<SyncConflictsDialog> dialog =
        page.findChild<SyncConflictsDialog*>(QStringLiteral("sync-conflicts-dialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->conflictCount(), 1);
    dialog->close();
}

void TestSyncConflictsDialog::resolveBothWaysThenEmpty()
{
    const QStringList codes = receiveDossiers(2, QStringLiteral("Phạm Thị Ngọc Ánh"));
    QCOMPARE(codes.size(), 2);
    addConflict(codes.at(0), 9); // decided centrally
    addConflict(codes.at(1), 8); // stopped centrally
    SyncEngine engine(m_ctx->sync());
    SyncPage page(*m_ctx, m_clerk, engine);
    page.resize(1366, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    SyncConflictsDialog* dialog = page.openConflicts();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("conflicts-table"));
    auto* accept = dialog->findChild<QPushButton*>(QStringLiteral("conflicts-accept-portal"));
    auto* keep = dialog->findChild<QPushButton*>(QStringLiteral("conflicts-keep-local"));
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("conflicts-message"));
    auto* empty = dialog->findChild<QLabel*>(QStringLiteral("conflicts-empty"));
    QVERIFY(table && accept && keep && message && empty);
    QVERIFY(table->isVisible());
    QVERIFY(!empty->isVisible());
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, SyncConflictsDialog::CodeColumn)->text(), codes.at(0));
    QCOMPARE(table->item(0, SyncConflictsDialog::ApplicantColumn)->text(), QStringLiteral("Phạm Thị Ngọc Ánh 1"));
    QCOMPARE(table->item(0, SyncConflictsDialog::LocalColumn)->text(), stateName(DossierState::Received));
    QCOMPARE(table->item(0, SyncConflictsDialog::PortalColumn)->text(), stateName(DossierState::Done));
    QCOMPARE(table->item(1, SyncConflictsDialog::PortalColumn)->text(), stateName(DossierState::Stopped));
    QCOMPARE(table->item(0, SyncConflictsDialog::NoteColumn)->text(), kNote);
    QVERIFY(table->item(0, SyncConflictsDialog::DecidedColumn)->text().contains(QStringLiteral("02/12/2026 15:30")));
    QVERIFY(!table->item(0, SyncConflictsDialog::DetectedColumn)->text().isEmpty());
    QVERIFY(accept->isEnabled());
    QVERIFY(keep->isEnabled());
    saveShot(dialog, QStringLiteral("sync-conflicts-dialog.png"));

    // Accept the portal's decision for the first dossier.
    table->selectRow(0);
    QTest::mouseClick(accept, Qt::LeftButton);
    QCOMPARE(message->property("messageKind").toString(), QStringLiteral("info"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(codes.at(0)), qPrintable(message->text()));
    QCOMPARE(count(QStringLiteral("SELECT state FROM dossiers WHERE code = '%1'").arg(codes.at(0))),
             static_cast<int>(DossierState::Done));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossier_events WHERE username = 'portal'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'dossier' AND entity_key = '%1'")
                       .arg(codes.at(0))),
             2);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, SyncConflictsDialog::CodeColumn)->text(), codes.at(1));
    // The page refreshed: still one conflict to resolve.
    QVERIFY(page.findChild<QPushButton*>(QStringLiteral("sync-conflicts"))->isVisible());
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("sync-warnings"))->text().contains(QStringLiteral("1 dossier")));

    // Keep the local change for the second.
    QTest::mouseClick(keep, Qt::LeftButton);
    QCOMPARE(message->property("messageKind").toString(), QStringLiteral("info"));
    QCOMPARE(count(QStringLiteral("SELECT state FROM dossiers WHERE code = '%1'").arg(codes.at(1))),
             static_cast<int>(DossierState::Received));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NOT NULL AND "
                                  "resolved_by = 'clerk1'")),
             2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync.conflict_resolve'")), 2);

    // Nothing left: the dialog says so, the page's button and warning are gone.
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!table->isVisible());
    QVERIFY(empty->isVisible());
    QVERIFY(!accept->isEnabled());
    QVERIFY(!keep->isEnabled());
    QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("sync-conflicts"))->isVisible());
    saveShot(dialog, QStringLiteral("sync-conflicts-empty.png"));
    dialog->close();
}

void TestSyncConflictsDialog::goneDossierShowsAnInlineError()
{
    const QString gone = QStringLiteral("000.00.00.H34-260101-9999");
    addConflict(gone, 9);
    SyncConflictsDialog dialog(m_ctx->sync(), m_clerk);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("conflicts-table"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, SyncConflictsDialog::ApplicantColumn)->text(),
             SyncConflictsDialog::tr("(dossier not found here)"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("conflicts-accept-portal")), Qt::LeftButton);
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("conflicts-message"));
    QVERIFY(message->isVisible());
    QCOMPARE(message->property("messageKind").toString(), QStringLiteral("error"));
    QVERIFY2(message->text().contains(gone), qPrintable(message->text()));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")), 1);
}

// In Vietnamese (the default language) at 1366×768: the dialog over the page fits the screen,
// every column shows its whole text except the note (tooltip), nothing is cut at the buttons.
void TestSyncConflictsDialog::vietnameseFitsTheScreen()
{
    QVERIFY(installLanguage(QStringLiteral("vi")));
    const QStringList codes = receiveDossiers(2, QStringLiteral("Phạm Thị Ngọc Ánh"));
    QCOMPARE(codes.size(), 2);
    addConflict(codes.at(0), 9);
    addConflict(codes.at(1), 8);
    SyncEngine engine(m_ctx->sync());
    SyncPage page(*m_ctx, m_clerk, engine);
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    SyncConflictsDialog* dialog = page.openConflicts();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->frameGeometry().width() <= 1366);
    QVERIFY(dialog->frameGeometry().height() <= 768);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("conflicts-table"));
    QCOMPARE(table->item(0, SyncConflictsDialog::PortalColumn)->text(), stateName(DossierState::Done));
    int used = 0;
    for (int col = 0; col < SyncConflictsDialog::ColumnCount; ++col)
        used += table->columnWidth(col);
    // The last column stretches; the others fit in the viewport without a horizontal scroll.
    QVERIFY2(used - table->columnWidth(SyncConflictsDialog::DetectedColumn) < table->viewport()->width(),
             qPrintable(QString::number(used)));
    for (const char* name : {"conflicts-accept-portal", "conflicts-keep-local", "conflicts-close"}) {
        auto* b = dialog->findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY(b->width() >= b->sizeHint().width());
    }
    saveShot(&page, QStringLiteral("sync-page-vi-test.png"));
    saveShot(dialog, QStringLiteral("sync-conflicts-dialog-vi.png"));
    dialog->close();
    QVERIFY(installLanguage(QStringLiteral("en")));
}

void TestSyncConflictsDialog::voidedOnlineDecisionIsSettledTheCentersWay()
{
    const QStringList codes = receiveDossiers(2, QStringLiteral("Phạm Thị Ngọc Ánh"));
    QCOMPARE(codes.size(), 2);
    addConflict(codes.at(0), 9);
    // As the feed records it (FeedRepository::yieldOnline): the copy already has the center's code.
    const QString ref = QStringLiteral("TT-261207-000042");
    const QString voided = QStringLiteral("000.00.00.H34-261207-0099");
    const QJsonObject change{
        {QStringLiteral("MaHoSo"), codes.at(1)},     {QStringLiteral("TrangThaiHoSo"), QStringLiteral("2")},
        {QStringLiteral("NoiDungXuLy"), QString()},  {QStringLiteral("NguoiXuLy"), QString()},
        {QStringLiteral("ThoiDiemXuLy"), QString()}, {QStringLiteral("MC_MaHoSoTrucTuyen"), ref},
        {QStringLiteral("MC_MaHoSoBiHuy"), voided},  {QStringLiteral("MC_TrangThaiBiHuy"), QStringLiteral("received")}};
    Statement& st = m_ctx->db().prepare(
        QStringLiteral("INSERT INTO sync_conflicts (dossier_code, local_state, portal_state, portal_json, detected_at) "
                       "VALUES (?1, ?2, 2, ?3, ?4)"));
    st.bind(1, codes.at(1))
        .bind(2, static_cast<int>(DossierState::Received))
        .bind(3, QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)))
        .bind(4, QDateTime::currentDateTimeUtc().addSecs(60));
    QVERIFY(st.exec());

    SyncConflictsDialog dialog(m_ctx->sync(), m_clerk);
    dialog.show();
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("conflicts-table"));
    auto* accept = dialog.findChild<QPushButton*>(QStringLiteral("conflicts-accept-portal"));
    auto* keep = dialog.findChild<QPushButton*>(QStringLiteral("conflicts-keep-local"));
    QVERIFY(table && accept && keep);
    QCOMPARE(table->rowCount(), 2);
    table->selectRow(0);
    QVERIFY(keep->isEnabled());
    table->selectRow(1);
    QCOMPARE(table->item(1, 0)->text(), codes.at(1));
    const QString note = table->item(1, 4)->text();
    QVERIFY2(note.contains(ref) && note.contains(voided) && note.contains(codes.at(1)), qPrintable(note));
    QVERIFY(accept->isEnabled());
    QVERIFY(!keep->isEnabled());
    saveShot(&dialog, QStringLiteral("sync-conflicts-voided-online.png"));
    QTest::mouseClick(accept, Qt::LeftButton);
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), codes.at(0));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolution = 'portal' AND "
                                  "dossier_code = '%1'")
                       .arg(codes.at(1))),
             1);
    // No record of the dossier is queued again: the center's side is what it holds already.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE entity_key = '%1'").arg(codes.at(1))), 1);
}

QTEST_MAIN(TestSyncConflictsDialog)
#include "test_syncconflictsdialog.moc"
