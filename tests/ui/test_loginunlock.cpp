// The login dialog unlocks the attachment store with the password just typed, and a wrong
// password leaves it locked.
#include "LoginDialog.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {
const QString kAdminPassword = QStringLiteral("admin-pass-1");
}

class TestLoginUnlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loginUnlocksAttachments();
    void wrongPasswordStaysLocked();

private:
    void submit(LoginDialog& dialog, const QString& password);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
};

void TestLoginUnlock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    AppContext::Options options;
    options.databasePath = m_dir->filePath(QStringLiteral("desk.db"));
    options.kdfIterationsForTesting = 1000;
    auto opened = AppContext::open(options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_context = std::move(*opened);
    QVERIFY(
        m_context->users().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản Trị"), kAdminPassword).ok());
    // A new session: the key is not in memory until someone logs in.
    m_context->attachments().lock();
}

void TestLoginUnlock::cleanup()
{
    m_context.reset();
    m_dir.reset();
}

void TestLoginUnlock::submit(LoginDialog& dialog, const QString& password)
{
    dialog.setAttachments(&m_context->attachments());
    dialog.setUsername(QStringLiteral("admin"));
    auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
    QVERIFY(field);
    field->setText(password);
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("login-button"));
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestLoginUnlock::loginUnlocksAttachments()
{
    LoginDialog dialog(m_context->users());
    QVERIFY(!m_context->attachments().isUnlocked());
    submit(dialog, kAdminPassword);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(m_context->attachments().isUnlocked());
}

void TestLoginUnlock::wrongPasswordStaysLocked()
{
    LoginDialog dialog(m_context->users());
    submit(dialog, QStringLiteral("wrong-password"));
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QVERIFY(!m_context->attachments().isUnlocked());
}

QTEST_MAIN(TestLoginUnlock)
#include "test_loginunlock.moc"
