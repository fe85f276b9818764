// The central portal on the Settings page: an administrator sets the address, the account and
// the pinned CA; the password is stored sealed and never shown again; a bad address or CA file
// is refused with the reason and nothing is stored; a clerk cannot change anything.
#include "FileChooser.h"
#include "pages/PortalSettingsBox.h"
#include "security/UserService.h"
#include "service/AppContext.h"
#include "store/Database.h"
#include "store/Settings.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace motcua;

namespace {
const QString kAdminPassword = QStringLiteral("admin-pass-1");
} // namespace

class TestPortalSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void adminSavesAndPasswordIsSealed();
    void badValuesAreRefused();
    void clerkCannotChange();

private:
    QString rawValue(const QString& key);
    QString makeCa();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    Actor m_admin;
};

void TestPortalSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    AppContext::Options options;
    options.databasePath = m_dir->filePath(QStringLiteral("desk.db"));
    options.kdfIterationsForTesting = 1000;
    auto opened = AppContext::open(options);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_context = std::move(*opened);
    auto admin =
        m_context->users().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("Quản Trị"), kAdminPassword);
    QVERIFY(admin.ok());
    m_admin = *admin;
}

void TestPortalSettings::cleanup()
{
    m_context.reset();
    m_dir.reset();
}

QString TestPortalSettings::rawValue(const QString& key)
{
    Statement& st = m_context->db().prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?1"));
    st.bind(1, key);
    const QString v = st.next() ? st.text(0) : QString();
    st.reset();
    return v;
}

QString TestPortalSettings::makeCa()
{
    // The openssl command makes a real certificate, as an administrator would.
    const QString key = m_dir->filePath(QStringLiteral("ca.key"));
    const QString pem = m_dir->filePath(QStringLiteral("ca.pem"));
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), key, QStringLiteral("-out"), pem, QStringLiteral("-days"), QStringLiteral("2"),
             QStringLiteral("-subj"), QStringLiteral("/CN=motcua-test-ca")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QString();
    return pem;
}

void TestPortalSettings::adminSavesAndPasswordIsSealed()
{
    const QString ca = makeCa();
    QVERIFY(!ca.isEmpty());
    PortalSettingsBox box(*m_context, m_admin);
    FixedFileChooser chooser(ca);
    box.setFileChooser(&chooser);
    int changed = 0;
    connect(&box, &PortalSettingsBox::portalChanged, this, [&changed] { ++changed; });
    box.findChild<QLineEdit*>(QStringLiteral("setting-portal.url"))->setText(QStringLiteral("https://127.0.0.1:8443"));
    box.findChild<QLineEdit*>(QStringLiteral("setting-portal.username"))->setText(QStringLiteral("000.00.00.H34"));
    auto* password = box.findChild<QLineEdit*>(QStringLiteral("setting-portal.password"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    password->setText(QStringLiteral("mat-khau-cong-42"));
    QTest::mouseClick(box.findChild<QPushButton*>(QStringLiteral("portal-ca-browse")), Qt::LeftButton);
    QCOMPARE(box.findChild<QLineEdit*>(QStringLiteral("setting-portal.caFile"))->text(), ca);
    QTest::mouseClick(box.findChild<QPushButton*>(QStringLiteral("save-portal")), Qt::LeftButton);
    QCOMPARE(changed, 1);

    Settings& s = m_context->settings();
    QCOMPARE(s.string(QStringLiteral("portal.url")), QStringLiteral("https://127.0.0.1:8443"));
    QCOMPARE(s.string(QStringLiteral("portal.caFile")), ca);
    QCOMPARE(s.string(QStringLiteral("portal.password")), QStringLiteral("mat-khau-cong-42"));
    QVERIFY(rawValue(QStringLiteral("portal.password")).startsWith(QStringLiteral("sealed:v1:")));
    // Never shown again; empty keeps it.
    QVERIFY(password->text().isEmpty());
    QTest::mouseClick(box.findChild<QPushButton*>(QStringLiteral("save-portal")), Qt::LeftButton);
    QCOMPARE(s.string(QStringLiteral("portal.password")), QStringLiteral("mat-khau-cong-42"));
    QCOMPARE(changed, 2);
}

void TestPortalSettings::badValuesAreRefused()
{
    PortalSettingsBox box(*m_context, m_admin);
    auto* url = box.findChild<QLineEdit*>(QStringLiteral("setting-portal.url"));
    auto* message = box.findChild<QLabel*>(QStringLiteral("portal-message"));
    url->setText(QStringLiteral("http://127.0.0.1:8443"));
    QTest::mouseClick(box.findChild<QPushButton*>(QStringLiteral("save-portal")), Qt::LeftButton);
    QVERIFY(message->isVisibleTo(&box));
    QVERIFY(message->text().contains(QStringLiteral("https://")));
    QVERIFY(!m_context->settings().isSet(QStringLiteral("portal.url")));

    url->setText(QStringLiteral("https://127.0.0.1:8443"));
    const QString notPem = m_dir->filePath(QStringLiteral("not.pem"));
    QFile f(notPem);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not a certificate");
    f.close();
    box.findChild<QLineEdit*>(QStringLiteral("setting-portal.caFile"))->setText(notPem);
    QTest::mouseClick(box.findChild<QPushButton*>(QStringLiteral("save-portal")), Qt::LeftButton);
    QVERIFY(message->text().contains(QStringLiteral("not.pem")));
    QVERIFY(!m_context->settings().isSet(QStringLiteral("portal.url")));
}

void TestPortalSettings::clerkCannotChange()
{
    Actor clerk;
    clerk.username = QStringLiteral("clerk1");
    clerk.role = Role::Clerk;
    PortalSettingsBox box(*m_context, clerk);
    QVERIFY(box.findChild<QLineEdit*>(QStringLiteral("setting-portal.url"))->isReadOnly());
    QVERIFY(!box.findChild<QPushButton*>(QStringLiteral("save-portal"))->isVisibleTo(&box));
    QVERIFY(!box.findChild<QLineEdit*>(QStringLiteral("setting-portal.password"))->isVisibleTo(&box));
}

QTEST_MAIN(TestPortalSettings)
#include "test_portalsettings.moc"
