// Settings → Users: an account locked by wrong passwords shows as locked, and the administrator's
// Unlock button lets it in again (audited), through the real widgets, headless.
#include "core/Clock.h"
#include "pages/UserTableModel.h"
#include "pages/UsersBox.h"
#include "security/LoginThrottle.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "store/Database.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {
const QString kAdminPassword = QStringLiteral("admin-pass-2026");
const QString kClerkPassword = QStringLiteral("clerk-pass-2026");
} // namespace

class TestUsersUnlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void lockedAccountIsUnlockedFromSettings();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_admin;
};

void TestUsersUnlock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 12, 7), QTime(2, 0), Qt::UTC));
    AppContext::Options options;
    options.databasePath = m_dir->filePath(QStringLiteral("users.db"));
    options.kdfIterationsForTesting = 1000;
    options.clock = m_clock.get();
    auto opened = AppContext::open(options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_ctx = std::move(*opened);
    auto admin = m_ctx->users().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản Trị"), kAdminPassword);
    QVERIFY(admin.ok());
    m_admin = *admin;
    QVERIFY(m_ctx->users()
                .addUser(m_admin, QStringLiteral("ngoc.tt"), QStringLiteral("Trần Thị Bích Ngọc"), Role::Clerk,
                         kClerkPassword)
                .ok());
}

void TestUsersUnlock::cleanup()
{
    m_ctx.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestUsersUnlock::lockedAccountIsUnlockedFromSettings()
{
    for (int i = 1; i <= LoginThrottle::kLockAfter; ++i) {
        QVERIFY(!m_ctx->users().login(QStringLiteral("ngoc.tt"), QStringLiteral("guess-guess")).ok());
        m_clock->advanceSecs(LoginThrottle::delaySecs(i));
    }
    QVERIFY(!m_ctx->users().login(QStringLiteral("ngoc.tt"), kClerkPassword).ok());

    UsersBox box(*m_ctx, m_admin);
    box.resize(900, 420);
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    const int row = box.model()->rowOf(QStringLiteral("ngoc.tt"));
    QVERIFY(row >= 0);
    const QModelIndex status = box.model()->index(row, UserTableModel::StatusColumn);
    QCOMPARE(status.data().toString(), UserTableModel::tr("Locked (wrong passwords)"));
    auto* unlock = box.findChild<QPushButton*>(QStringLiteral("unlock-user"));
    QVERIFY(unlock);
    QVERIFY(box.select(QStringLiteral("admin")));
    QVERIFY(!unlock->isEnabled()); // nothing to lift on the administrator
    QVERIFY(box.select(QStringLiteral("ngoc.tt")));
    QVERIFY(unlock->isEnabled());
    const QString dir = qEnvironmentVariable("MOTCUA_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        QVERIFY(box.grab().save(dir + QStringLiteral("/users-locked.png")));
    }

    QTest::mouseClick(unlock, Qt::LeftButton);
    QCOMPARE(box.model()
                 ->index(box.model()->rowOf(QStringLiteral("ngoc.tt")), UserTableModel::StatusColumn)
                 .data()
                 .toString(),
             UserTableModel::tr("Active"));
    QVERIFY(box.findChild<QLabel*>(QStringLiteral("users-message"))->isVisible());
    QVERIFY(!unlock->isEnabled());
    Statement& st = m_ctx->db().prepare(
        QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user.unlock' AND entity_key = 'ngoc.tt'"));
    QVERIFY(st.next());
    QCOMPARE(st.integer(0), 1);
    st.reset();
    QVERIFY(m_ctx->users().login(QStringLiteral("ngoc.tt"), kClerkPassword).ok());
}

QTEST_MAIN(TestUsersUnlock)
#include "test_usersunlock.moc"
