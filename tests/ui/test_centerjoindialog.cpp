// Settings, "Center's server": an administrator joins the workstation to a real motcua-center
// (throwaway PostgreSQL) through the dialog. A wrong code keeps the dialog open with the reason
// and changes nothing; the right one stores the station's credential in center.* (the portal.*
// account stays empty), the box says which station it is, and a sync pass signs in as it.
#include "Language.h"
#include "PortalFixture.h"
#include "pages/CenterJoinBox.h"
#include "pages/SettingsPage.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "store/Settings.h"
#include "support/UiTestKit.h"
#include "sync/SyncRunner.h"
#include "sync/SyncService.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace motcua;
using namespace motcua::test;

namespace {

const QString kAdminPassword = QStringLiteral("center-join-admin-2026");

} // namespace

class TestCenterJoinDialog : public QObject
{
    Q_OBJECT

private:
    PortalFixture m_center{{}, PortalFixture::Server::Center};
    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_admin;

    QString enrol(int station)
    {
        QByteArray code;
        if (m_center.centerCommand({QStringLiteral("enrol"), QStringLiteral("--station"), QString::number(station)},
                                   &code) != 0)
            return QString();
        return QString::fromUtf8(code).trimmed();
    }

    // Opens the join dialog from the box and lets `fill` act on it while it is shown.
    void withDialog(CenterJoinBox& box, const std::function<void(CenterJoinDialog&)>& fill)
    {
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<CenterJoinDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            seen = true;
            fill(*dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        box.findChild<QPushButton*>(QStringLiteral("center-join-open"))->click();
        QVERIFY(seen);
    }

    static void set(CenterJoinDialog& d, const char* name, const QString& text)
    {
        d.findChild<QLineEdit*>(QString::fromLatin1(name))->setText(text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installLanguage(QStringLiteral("vi")));
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_center.start(), qPrintable(m_center.errorString()));
        AppContext::Options options;
        options.databasePath = m_dir.filePath(QStringLiteral("station.db"));
        options.kdfIterationsForTesting = 1000;
        auto opened = AppContext::open(options);
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_ctx = std::move(*opened);
        auto admin =
            m_ctx->users().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Lê Văn Quản"), kAdminPassword);
        QVERIFY2(admin.ok(), qPrintable(admin.error().message));
        m_admin = *admin;
    }

    void wrongCodeKeepsTheDialog()
    {
        CenterJoinBox box(*m_ctx, m_admin);
        box.resize(900, 200);
        box.show();
        withDialog(box, [&](CenterJoinDialog& d) {
            set(d, "center-join-url", m_center.url().toString());
            set(d, "center-join-code", QStringLiteral("ZZZZ-ZZZZ-ZZZZ"));
            set(d, "center-join-ca", m_center.caPath());
            d.findChild<QPushButton*>(QStringLiteral("center-join-accept"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(!d.isJoining(), 20000);
            QVERIFY(d.isVisible());
            auto* message = d.findChild<QLabel*>(QStringLiteral("center-join-message"));
            QVERIFY(message->isVisible());
            QVERIFY(!message->text().isEmpty());
            shoot(&d, "center-join-refused");
        });
        QVERIFY(m_ctx->settings().string(QStringLiteral("center.url")).isEmpty());
        QVERIFY(!m_ctx->settings().isSet(QStringLiteral("center.password")));
    }

    void silentCenterLeavesTheWindowAlive()
    {
        // A server that takes the connection and never answers: the dialog says what it waits
        // for, keeps handling events, and Cancel closes it at once; nothing is kept.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        CenterJoinBox box(*m_ctx, m_admin);
        box.resize(900, 200);
        box.show();
        withDialog(box, [&](CenterJoinDialog& d) {
            set(d, "center-join-url", QStringLiteral("https://127.0.0.1:%1").arg(silent.serverPort()));
            set(d, "center-join-code", QStringLiteral("ABCD-EFGH-JKLM"));
            set(d, "center-join-ca", m_center.caPath());
            auto* accept = d.findChild<QPushButton*>(QStringLiteral("center-join-accept"));
            accept->click();
            QVERIFY(d.isJoining());
            QVERIFY(!accept->isEnabled());
            auto* message = d.findChild<QLabel*>(QStringLiteral("center-join-message"));
            QVERIFY(message->isVisible());
            QVERIFY2(message->text().contains(QLatin1String("127.0.0.1")), qPrintable(message->text()));
            QTRY_VERIFY(silent.hasPendingConnections());
            // Still waiting a second later, the window's events handled all along.
            bool ticked = false;
            QTimer::singleShot(200, &d, [&] { ticked = true; });
            QTest::qWait(1000);
            QVERIFY(ticked);
            QVERIFY(d.isJoining());
            shoot(&d, "center-join-waiting");
            QElapsedTimer closing;
            closing.start();
            d.reject();
            QVERIFY(!d.isVisible());
            QVERIFY(closing.elapsed() < 1000);
        });
        // The connection dropped: the join's thread ends with a network error, dropped unseen.
        while (QTcpSocket* s = silent.nextPendingConnection())
            s->abort();
        QTest::qWait(200);
        QVERIFY(m_ctx->settings().string(QStringLiteral("center.url")).isEmpty());
        QVERIFY(!m_ctx->settings().isSet(QStringLiteral("center.password")));
    }

    void joinsAndSyncsAsItsStation()
    {
        const QString code = enrol(3);
        QVERIFY(!code.isEmpty());
        SettingsPage page(*m_ctx, m_admin);
        page.resize(1366, 768);
        page.show();
        auto* box = page.findChild<CenterJoinBox*>();
        QVERIFY(box);
        QSignalSpy changed(&page, &SettingsPage::portalChanged);
        withDialog(*box, [&](CenterJoinDialog& d) {
            set(d, "center-join-url", m_center.url().toString());
            set(d, "center-join-code", code);
            set(d, "center-join-ca", m_center.caPath());
            shoot(&d, "center-join-dialog");
            d.findChild<QPushButton*>(QStringLiteral("center-join-accept"))->click();
            QTRY_VERIFY_WITH_TIMEOUT(!d.isJoining(), 20000);
            QVERIFY2(!d.isVisible(), qPrintable(d.findChild<QLabel*>(QStringLiteral("center-join-message"))->text()));
        });
        QCOMPARE(changed.count(), 1);
        Settings& s = m_ctx->settings();
        QCOMPARE(s.string(QStringLiteral("center.url")), m_center.url().toString());
        QCOMPARE(s.integer(QStringLiteral("station.number")), 3);
        QCOMPARE(s.string(QStringLiteral("center.username")), QStringLiteral("station-3"));
        QVERIFY(s.isSet(QStringLiteral("center.password")));
        // The national-style portal's account is not touched.
        QVERIFY(s.string(QStringLiteral("portal.url")).isEmpty());
        QVERIFY(s.string(QStringLiteral("portal.username")).isEmpty());
        QVERIFY(!s.isSet(QStringLiteral("portal.password")));
        const QString state = box->findChild<QLabel*>(QStringLiteral("center-join-state"))->text();
        QVERIFY2(state.contains(QLatin1String("3")) && state.contains(m_center.url().host()), qPrintable(state));
        shoot(&page, "center-join-settings");

        // The engine now talks to the center as station 3.
        auto options = m_ctx->sync().options(true);
        QVERIFY2(options.ok(), qPrintable(options.error().message));
        QVERIFY(options->config.isConfigured());
        QCOMPARE(options->config.username, QStringLiteral("station-3"));
        auto report = SyncRunner(m_dir.filePath(QStringLiteral("station.db")), *options).run();
        QVERIFY2(report.ok(), report ? "" : qPrintable(report.error().message));
        QVERIFY2(report->reached && report->alarm.isEmpty(), qPrintable(report->alarm));
    }
};

QTEST_MAIN(TestCenterJoinDialog)
#include "test_centerjoindialog.moc"
