// What goes wrong reaches the clerk as a Vietnamese sentence that says what to do, never as
// the library's English ("database is locked", "Connection refused", "disk I/O error",
// "database or disk is full", "malformed"); Qt's own dialogs speak Vietnamese too.
#include "Language.h"
#include "core/ErrorText.h"
#include "store/Database.h"
#include "sync/PortalConfig.h"
#include "sync/PortalTransport.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QToolBar>
#include <QtTest>

#include <cerrno>
#include <sqlite3.h>

using namespace motcua;

namespace {
// Words of English error texts that must never reach the clerk.
const QStringList kRaw = {QStringLiteral("locked"),
                          QStringLiteral("refused"),
                          QStringLiteral("I/O"),
                          QStringLiteral("disk is full"),
                          QStringLiteral("malformed"),
                          QStringLiteral("No space"),
                          QStringLiteral("Permission denied"),
                          QStringLiteral("database")};

bool readsVietnamese(const QString& text)
{
    for (const QString& raw : kRaw) {
        if (text.contains(raw, Qt::CaseInsensitive))
            return false;
    }
    // Vietnamese is written with letters outside ASCII (ư, ơ, đ, tone marks).
    for (const QChar c : text) {
        if (c.unicode() > 0x7f && c.isLetter())
            return true;
    }
    return false;
}
} // namespace

class TestVietnameseErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void databaseCodes_data();
    void databaseCodes();
    void busyDatabaseSaysWhatToDo();
    void fileErrors_data();
    void fileErrors();
    void refusedConnection();
    void qtDialogsSpeakVietnamese();
};

void TestVietnameseErrors::initTestCase()
{
    QVERIFY(installLanguage(QStringLiteral("vi")));
}

void TestVietnameseErrors::cleanupTestCase()
{
    installLanguage(QStringLiteral("en"));
}

void TestVietnameseErrors::databaseCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::newRow("database is locked") << SQLITE_BUSY;
    QTest::newRow("locked table") << SQLITE_LOCKED;
    QTest::newRow("database or disk is full") << SQLITE_FULL;
    QTest::newRow("disk I/O error") << SQLITE_IOERR;
    QTest::newRow("disk I/O error (write)") << SQLITE_IOERR_WRITE;
    QTest::newRow("malformed") << SQLITE_CORRUPT;
    QTest::newRow("not a database") << SQLITE_NOTADB;
    QTest::newRow("cannot open") << SQLITE_CANTOPEN;
    QTest::newRow("read-only") << SQLITE_READONLY;
    QTest::newRow("constraint") << SQLITE_CONSTRAINT_UNIQUE;
    QTest::newRow("other") << SQLITE_PROTOCOL;
}

void TestVietnameseErrors::databaseCodes()
{
    QFETCH(int, code);
    const QString text = sqliteErrorText(code);
    QVERIFY2(readsVietnamese(text), qPrintable(text));
}

// A real "database is locked": another connection holds the write lock.
void TestVietnameseErrors::busyDatabaseSaysWhatToDo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.db"));
    Database a;
    Database b;
    QVERIFY(a.open(path).ok());
    QVERIFY(a.execute(QStringLiteral("CREATE TABLE t(x)")).ok());
    QVERIFY(b.open(path).ok());
    QVERIFY(b.execute(QStringLiteral("PRAGMA busy_timeout=0")).ok());
    Transaction holding(a);
    QVERIFY(holding.begun().ok());
    Transaction waiting(b);
    QVERIFY(!waiting.begun().ok());
    const QString text = waiting.begun().error().message;
    QVERIFY2(readsVietnamese(text), qPrintable(text));
    QVERIFY(text.contains(sqliteErrorText(SQLITE_BUSY)));
}

void TestVietnameseErrors::fileErrors_data()
{
    QTest::addColumn<int>("err");
    QTest::newRow("No space left on device") << ENOSPC;
    QTest::newRow("Permission denied") << EACCES;
    QTest::newRow("Read-only file system") << EROFS;
    QTest::newRow("Input/output error") << EIO;
    QTest::newRow("No such file or directory") << ENOENT;
}

void TestVietnameseErrors::fileErrors()
{
    QFETCH(int, err);
    QVERIFY2(readsVietnamese(fileErrorText(err)), qPrintable(fileErrorText(err)));
}

// Nobody listens on the portal's port: "Connection refused" in words a clerk can act on.
void TestVietnameseErrors::refusedConnection()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    PortalConfig config;
    config.url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port));
    config.timeoutMs = 3000;
    const HttpExchange x = makeHttpsTransport(config)->post(QStringLiteral("/mapi/g"), QByteArrayLiteral("{}"));
    QCOMPARE(int(x.outcome), int(HttpExchange::Network));
    QVERIFY2(readsVietnamese(x.error), qPrintable(x.error));
}

// Qt ships no Vietnamese for its own widgets: the app's catalogue covers the print preview's
// tool tips, the standard buttons and the file dialog.
void TestVietnameseErrors::qtDialogsSpeakVietnamese()
{
    QPrinter printer;
    QPrintPreviewDialog preview(&printer);
    const auto bars = preview.findChildren<QToolBar*>();
    QVERIFY(!bars.isEmpty());
    QStringList tips;
    for (QAction* action : bars.first()->actions()) {
        if (!action->isSeparator() && !action->toolTip().isEmpty())
            tips << action->toolTip();
    }
    QVERIFY(tips.size() >= 10);
    const QStringList english = {QStringLiteral("Print"),
                                 QStringLiteral("Page setup"),
                                 QStringLiteral("Zoom in"),
                                 QStringLiteral("Zoom out"),
                                 QStringLiteral("Portrait"),
                                 QStringLiteral("Landscape"),
                                 QStringLiteral("First page"),
                                 QStringLiteral("Previous page"),
                                 QStringLiteral("Next page"),
                                 QStringLiteral("Last page"),
                                 QStringLiteral("Fit width"),
                                 QStringLiteral("Fit page"),
                                 QStringLiteral("Show single page"),
                                 QStringLiteral("Show facing pages"),
                                 QStringLiteral("Show overview of all pages")};
    for (const QString& tip : tips)
        QVERIFY2(!english.contains(tip, Qt::CaseInsensitive), qPrintable(tips.join(QStringLiteral(" | "))));
    QVERIFY2(readsVietnamese(tips.join(QLatin1Char(' '))), qPrintable(tips.join(QStringLiteral(" | "))));

    QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Save)->text().remove(QLatin1Char('&')), QStringLiteral("Lưu"));
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Hủy"));

    QFileDialog files;
    files.setOption(QFileDialog::DontUseNativeDialog, true);
    files.setAcceptMode(QFileDialog::AcceptSave);
    auto* nameLabel = files.findChild<QLabel*>(QStringLiteral("fileNameLabel"));
    QVERIFY(nameLabel);
    QVERIFY2(readsVietnamese(nameLabel->text()), qPrintable(nameLabel->text()));
}

QTEST_MAIN(TestVietnameseErrors)
#include "test_vietnameseerrors.moc"
