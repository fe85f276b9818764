// The dossier view's scanned papers: attachments stored encrypted with a dossier are listed
// on its "Papers and forms" tab and open in the viewer with their pages; a file changed on
// disk is refused with the integrity error, never shown. A result file is attached from the
// same tab once processing is complete (an image becomes a PDF page).
#include "FileChooser.h"
#include "PortalFixture.h"
#include "ServerFiles.h"
#include "dossiers/DossierViewDialog.h"
#include "dossiers/ReturnDialog.h"
#include "scan/AttachmentViewer.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "service/ProcessingService.h"
#include "store/CenterFileRepository.h"
#include "store/Database.h"
#include "store/Settings.h"

#include <QBuffer>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QImage>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {
// A real PDF of `pages` A4 pages, each with a line of text.
QByteArray makePdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(200, 200, QStringLiteral("Trang %1").arg(i + 1));
    }
    painter.end();
    return bytes;
}
} // namespace

class TestDossierViewScans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsAndOpensScans();
    void changedFileIsRefused();
    void resultFileOnceProcessed();
    void resultFileAtReturn();
    void centerFileDownloadsThenOpens();
    void centerFileDownloadGoesOn();

private:
    // The workstation's center is `portal` (the reference portal serves MC_LayTep too).
    bool useAsCenter(motcua::test::PortalFixture& portal)
    {
        Settings& s = m_ctx->settings();
        return s.set(QStringLiteral("portal.url"), portal.url().toString()) &&
               s.set(QStringLiteral("portal.username"), portal.username()) &&
               s.set(QStringLiteral("portal.password"), portal.password()) &&
               s.set(QStringLiteral("portal.caFile"), portal.caPath()) &&
               s.set(QStringLiteral("center.agencyCode"), portal.madonvi());
    }
    // A file kept at the center as the center's feed lists it.
    static QJsonObject centerFile(const QString& sha, const QString& name, qint64 size)
    {
        return {{QStringLiteral("MaTep"), sha},
                {QStringLiteral("TenTep"), name},
                {QStringLiteral("KichThuoc"), QString::number(size)},
                {QStringLiteral("HoanTat"), QStringLiteral("True")}};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_admin;
    QString m_code;
    qint64 m_attachment = 0;
};

void TestDossierViewScans::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    AppContext::Options options;
    options.databasePath = m_dir->filePath(QStringLiteral("view.db"));
    options.kdfIterationsForTesting = 1000;
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    m_ctx = std::move(*ctx);
    auto admin = m_ctx->users().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản Trị"),
                                                 QStringLiteral("admin-password-2026"));
    QVERIFY2(admin.ok(), qPrintable(admin.error().message));
    m_admin = *admin;
    QVERIFY(m_ctx->attachments().isUnlocked());

    Dossier d;
    for (const Procedure& p : m_ctx->catalogue().procedures()) {
        if (p.channel(Channel::Counter) && !p.components.isEmpty()) {
            d.procedureCode = p.code;
            break;
        }
    }
    d.channel = Channel::Counter;
    d.applicant.type = ApplicantType::Citizen;
    d.applicant.fullName = QStringLiteral("Đặng Văn Đức");
    d.applicant.idNumber = QStringLiteral("062090001234");
    auto received = m_ctx->dossiers().receive(m_admin, d);
    QVERIFY2(received.ok(), qPrintable(received.error().message));
    m_code = received->code;
    auto stored = m_ctx->attachments().attach(m_admin, m_code, 0, QStringLiteral("giay-uy-quyen.pdf"), makePdf(3),
                                              QStringLiteral("application/pdf"), 3);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    m_attachment = stored->id;
}

void TestDossierViewScans::cleanup()
{
    m_ctx.reset();
    m_dir.reset();
}

void TestDossierViewScans::listsAndOpensScans()
{
    DossierViewDialog dialog(*m_ctx, m_admin, m_code);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("attachments"));
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("giay-uy-quyen.pdf")));
    QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), m_attachment);

    // Enter on the scan opens the viewer with its three pages.
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    AttachmentViewer* viewer = nullptr;
    QTRY_VERIFY((viewer = dialog.findChild<AttachmentViewer*>(QStringLiteral("attachment-viewer"))) != nullptr);
    QCOMPARE(viewer->pageCount(), 3);
}

void TestDossierViewScans::changedFileIsRefused()
{
    // Flip one byte of the stored (encrypted) file.
    QDirIterator files(m_ctx->attachments().root(), QDir::Files, QDirIterator::Subdirectories);
    QString path;
    while (files.hasNext()) {
        const QString f = files.next();
        if (!f.endsWith(QLatin1String(".tmp")))
            path = f;
    }
    QVERIFY(!path.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    DossierViewDialog dialog(*m_ctx, m_admin, m_code);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("attachments"));
    QCOMPARE(list->count(), 1);
    list->setFocus();
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(!dialog.findChild<AttachmentViewer*>(QStringLiteral("attachment-viewer")));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("dossier-message"));
    QVERIFY(message);
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
}

void TestDossierViewScans::resultFileOnceProcessed()
{
    // An image of the result, as a phone or a scanner's own software saves it.
    QImage page(620, 877, QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.drawText(60, 100, QStringLiteral("QUYẾT ĐỊNH"));
    painter.end();
    const QString path = m_dir->filePath(QStringLiteral("ket-qua.png"));
    QVERIFY(page.save(path));
    FixedFileChooser chooser(path);

    {
        // Not processed yet: no result to attach.
        DossierViewDialog dialog(*m_ctx, m_admin, m_code);
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("attach-result"));
        QVERIFY(button);
        QVERIFY(!button->isEnabled());
    }
    auto dossier = m_ctx->dossiers().byCode(m_code);
    QVERIFY(dossier);
    QVERIFY(m_ctx->processing().transfer(m_admin, m_code, dossier->departmentCode, QString()));
    QVERIFY(m_ctx->processing().receive(m_admin, m_code));
    QVERIFY(m_ctx->processing().complete(m_admin, m_code));

    DossierViewDialog dialog(*m_ctx, m_admin, m_code);
    dialog.resize(1000, 640);
    dialog.setFileChooser(&chooser);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("attach-result"));
    QVERIFY(button->isEnabled());
    button->click();
    QCOMPARE(chooser.calls(), 1);
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("attachments"));
    QCOMPARE(list->count(), 2);
    QVERIFY2(list->item(1)->text().contains(QStringLiteral("ket-qua.pdf")), qPrintable(list->item(1)->text()));
    auto files = m_ctx->attachments().list(m_code);
    QVERIFY(files);
    const AttachmentInfo& result = files->at(1);
    QVERIFY(result.result);
    QCOMPARE(result.mimeType, QStringLiteral("application/pdf"));
    QCOMPARE(result.pageCount, 1);
    auto bytes = m_ctx->attachments().read(result.id);
    QVERIFY(bytes && bytes->startsWith("%PDF"));
    const QString shots = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        auto* tabs = dialog.findChild<QTabWidget*>();
        tabs->setCurrentIndex(2);
        QTest::qWait(50);
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/dossier-result-file.png")));
    }
}

void TestDossierViewScans::resultFileAtReturn()
{
    const QString path = m_dir->filePath(QStringLiteral("quyet-dinh.pdf"));
    {
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::WriteOnly));
        pdf.write(makePdf(2));
    }
    FixedFileChooser chooser(path);
    auto dossier = m_ctx->dossiers().byCode(m_code);
    QVERIFY(dossier);
    QVERIFY(m_ctx->processing().transfer(m_admin, m_code, dossier->departmentCode, QString()));
    QVERIFY(m_ctx->processing().receive(m_admin, m_code));
    QVERIFY(m_ctx->processing().complete(m_admin, m_code));
    dossier = m_ctx->dossiers().byCode(m_code);

    ReturnDialog dialog(*m_ctx, m_admin, *dossier);
    dialog.setFileChooser(&chooser);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QCheckBox*>(QStringLiteral("return-applicant"))->setChecked(true);
    auto* papers = dialog.findChild<QListWidget*>(QStringLiteral("return-papers"));
    for (int i = 0; i < papers->count(); ++i)
        papers->item(i)->setCheckState(Qt::Checked);
    // A file that is no PDF or image: refused, nothing recorded, the dialog stays.
    dialog.resultFileEdit()->setText(m_dir->filePath(QStringLiteral("view.db")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(m_ctx->dossiers().byCode(m_code)->state, DossierState::Done);
    QCOMPARE(m_ctx->attachments().list(m_code)->size(), 1);
    // Chosen with Browse…: attached as the result, then the return is recorded.
    dialog.findChild<QPushButton*>(QStringLiteral("return-result-browse"))->click();
    QCOMPARE(dialog.resultFileEdit()->text(), path);
    if (const QString shots = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(dialog.grab().save(shots + QStringLiteral("/return-result-file.png")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_ctx->dossiers().byCode(m_code)->state, DossierState::Returned);
    auto files = m_ctx->attachments().list(m_code);
    QVERIFY(files);
    QCOMPARE(files->size(), 2);
    QVERIFY(files->at(1).result);
    QCOMPARE(files->at(1).fileName, QStringLiteral("quyet-dinh.pdf"));
    QCOMPARE(files->at(1).pageCount, 2);
}

// A file kept at the center (here the reference portal, which serves MC_LayTep too): listed as
// such with a Download button; opening it fetches it first and shows it; a file the server does
// not hold shows the error inline and adds nothing.
void TestDossierViewScans::centerFileDownloadsThenOpens()
{
    motcua::test::PortalFixture portal({}, motcua::test::PortalFixture::Server::Portal);
    QVERIFY2(portal.start(), qPrintable(portal.errorString()));
    const QByteArray pdf = makePdf(2);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    const QString ghost = QString(64, QLatin1Char('e'));
    const QString kept =
        motcua::test::keepFileAtServer(portal, *m_ctx, m_code, pdf, QStringLiteral("ban-ve.pdf"), ghost);
    QVERIFY2(kept.isEmpty(), qPrintable(kept));

    DossierViewDialog dialog(*m_ctx, m_admin, m_code);
    dialog.resize(1000, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("dossier-tabs"));
    tabs->setCurrentIndex(tabs->count() - 1);
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("attachments"));
    auto* download = dialog.findChild<QPushButton*>(QStringLiteral("center-file-download"));
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("dossier-message"));
    QVERIFY(list && download && message);
    QCOMPARE(list->count(), 3);
    QVERIFY(!download->isVisible()); // the local scan is selected or nothing is
    int atCenter = -1;
    int missing = -1;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(QStringLiteral("ban-ve.pdf")))
            atCenter = i;
        if (list->item(i)->text().contains(QStringLiteral("khong-co.pdf")))
            missing = i;
    }
    QVERIFY(atCenter > 0 && missing > 0);
    QVERIFY(list->item(atCenter)->text().contains(QStringLiteral("kept at the center")));

    // A file the server does not hold: the error inline, nothing added.
    list->setCurrentRow(missing);
    QVERIFY(download->isVisible() && download->isEnabled());
    const QString shot = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    QTest::mouseClick(download, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && message->text().contains(QStringLiteral("no complete copy")),
                             15000);
    QCOMPARE(m_ctx->attachments().list(m_code)->size(), 1);
    if (!shot.isEmpty())
        dialog.grab().save(shot + QStringLiteral("/center-file-error.png"));

    // Enter on the file at the center: fetched, stored, opened in the viewer.
    list->setFocus();
    list->setCurrentRow(atCenter);
    QTest::keyClick(list, Qt::Key_Return);
    AttachmentViewer* viewer = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (viewer = dialog.findChild<AttachmentViewer*>(QStringLiteral("attachment-viewer"))) != nullptr, 15000);
    QCOMPARE(viewer->pageCount(), 2);
    auto stored = m_ctx->attachments().list(m_code);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 2);
    QCOMPARE(stored->last().sha256, sha);
    QCOMPARE(list->count(), 3); // the fetched one stored, the missing one still at the center
    QVERIFY(!list->currentItem()->text().contains(QStringLiteral("kept at the center")));
    if (!shot.isEmpty())
        dialog.grab().save(shot + QStringLiteral("/center-file-fetched.png"));
}

// A download cut short (the dialog closed, the network gone) goes on from the pieces it kept,
// as `motcuactl attach fetch` does: the button asks the center only for the rest, and the kept
// pieces go once the file is stored.
void TestDossierViewScans::centerFileDownloadGoesOn()
{
    motcua::test::PortalFixture portal({}, motcua::test::PortalFixture::Server::Portal);
    QVERIFY2(portal.start(), qPrintable(portal.errorString()));
    constexpr qint64 kMiB = 1024 * 1024;
    QByteArray bytes = makePdf(1);
    for (int i = 0; bytes.size() < 2 * kMiB + kMiB / 2; ++i)
        bytes += QByteArray::number(i * 7919) + ' ';
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString session = portal.http().login(portal.username(), portal.password());
    QVERIFY(!session.isEmpty());
    for (qint64 at = 0; at < bytes.size(); at += kMiB) {
        const auto up =
            portal.http().call(session, portal.madonvi(), QStringLiteral("MC_TaiTep"),
                               {{QStringLiteral("MaTep"), sha},
                                {QStringLiteral("MaHoSo"), m_code},
                                {QStringLiteral("TenTep"), QStringLiteral("ho-so-lon.pdf")},
                                {QStringLiteral("TongKichThuoc"), QString::number(bytes.size())},
                                {QStringLiteral("ViTri"), QString::number(at)},
                                {QStringLiteral("DuLieu"), QString::fromLatin1(bytes.mid(at, kMiB).toBase64())}});
        QCOMPARE(up.code(), QStringLiteral("0"));
    }
    QVERIFY(useAsCenter(portal));
    {
        Transaction tx(m_ctx->db());
        QVERIFY(CenterFileRepository(m_ctx->db())
                    .recordFromFeed(m_code, {centerFile(sha, QStringLiteral("ho-so-lon.pdf"), bytes.size())},
                                    QDateTime::currentDateTimeUtc()));
        QVERIFY(tx.commit());
    }
    // The first two pieces came before the download was cut short: kept, encrypted.
    auto parts = m_ctx->attachments().fetchParts(sha);
    QVERIFY(parts);
    QVERIFY((*parts)->append(0, bytes.left(kMiB)));
    QVERIFY((*parts)->append(kMiB, bytes.mid(kMiB, kMiB)));
    const QString kept = (*parts)->path();
    QVERIFY(QFile::exists(kept));

    DossierViewDialog dialog(*m_ctx, m_admin, m_code);
    dialog.resize(1000, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* tabs = dialog.findChild<QTabWidget*>(QStringLiteral("dossier-tabs"));
    tabs->setCurrentIndex(tabs->count() - 1);
    auto* list = dialog.findChild<QListWidget*>(QStringLiteral("attachments"));
    auto* download = dialog.findChild<QPushButton*>(QStringLiteral("center-file-download"));
    QVERIFY(list && download);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().contains(QStringLiteral("ho-so-lon.pdf")))
            list->setCurrentRow(i);
    }
    QVERIFY(download->isVisible() && download->isEnabled());
    const int before = portal.stats().value(QLatin1String("requests")).toString().toInt();
    QTest::mouseClick(download, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_ctx->attachments().list(m_code)->size() == 2, 30000);
    // The whole file is three pieces; only the third was asked for (and the session's login).
    const int asked = portal.stats().value(QLatin1String("requests")).toString().toInt() - before;
    qInfo("requests after the kept pieces: %d", asked);
    QVERIFY2(asked <= 3, qPrintable(QString::number(asked)));
    auto stored = m_ctx->attachments().list(m_code);
    QCOMPARE(stored->last().sha256, sha);
    auto read = m_ctx->attachments().read(stored->last().id);
    QVERIFY(read && *read == bytes);
    QVERIFY(!QFile::exists(kept));
}

QTEST_MAIN(TestDossierViewScans)
#include "test_dossierviewscans.moc"
