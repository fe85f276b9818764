// `motcuactl attach`, `store verify` and `store sweep` driven as processes on a temporary
// database, including a process killed between writing its file and committing its row.

#include "support/MotcuactlRun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAdminPassword = QStringLiteral("admin-pass-2026");
const QString kClerkPassword = QStringLiteral("clerk-pass-2026");

} // namespace

class TestMotcuactlAttach : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void attachAndShow();
    void attachRefusals_data();
    void attachRefusals();
    void verifyFindsFlippedByte();
    void killedBetweenFileAndCommit();

private:
    Run run(const QStringList& args, const QString& password = QString(), const QString& newPassword = QString(),
            const QStringList& extraEnv = {}) const;
    QString writeFile(const QString& name, const QByteArray& bytes) const;
    QJsonArray attachmentsOfDossier() const;
    QStringList storedFiles() const;

    QTemporaryDir m_dir;
    QString m_db;
    QString m_code;
};

Run TestMotcuactlAttach::run(const QStringList& args, const QString& password, const QString& newPassword,
                             const QStringList& extraEnv) const
{
    MotcuactlCall call = adminCall(m_db, args, password, kAdminPassword);
    call.newPassword = newPassword;
    call.unset = {QStringLiteral("MOTCUA_TEST_CRASH_AFTER_FILE_SYNC")};
    call.set = extraEnv;
    call.timeoutMs = 30000;
    return runMotcuactl(call);
}

QString TestMotcuactlAttach::writeFile(const QString& name, const QByteArray& bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

QJsonArray TestMotcuactlAttach::attachmentsOfDossier() const
{
    const Run r = run({QStringLiteral("dossier"), QStringLiteral("show"), m_code, QStringLiteral("--json")});
    if (r.exitCode != 0)
        qWarning() << r.errText();
    return r.json().value(QStringLiteral("attachments")).toArray();
}

QStringList TestMotcuactlAttach::storedFiles() const
{
    QStringList out;
    QDirIterator it(m_dir.filePath(QStringLiteral("attachments")), QDir::Files | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    out.sort();
    return out;
}

void TestMotcuactlAttach::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("center.db"));
    Run r = run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, kAdminPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Added by an administrator whose session is unlocked: the clerk gets a copy of the key.
    r = run(addClerkArgs(), kAdminPassword, kClerkPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({QStringLiteral("dossier"), QStringLiteral("create"), QStringLiteral(MOTCUA_TEST_DATA "/cli/dossier.json"),
             QStringLiteral("--user"), QStringLiteral("clerk1"), QStringLiteral("--json")},
            kClerkPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_code = r.json().value(QStringLiteral("code")).toString();
    QVERIFY(!m_code.isEmpty());
}

void TestMotcuactlAttach::attachAndShow()
{
    const QByteArray scan = QByteArray("%PDF-1.4\n") + QByteArray(40000, 'a') + QByteArray("\n%%EOF\n");
    const QString pdf = writeFile(QStringLiteral("don-de-nghi.pdf"), scan);
    const QString note = writeFile(QStringLiteral("ghi-chu.txt"), QByteArray("ghi chú của cán bộ\n"));
    Run r = run({QStringLiteral("attach"), m_code, QStringLiteral("--component"), QStringLiteral("1"), pdf, note,
                 QStringLiteral("--user"), QStringLiteral("clerk1"), QStringLiteral("--json")},
                kClerkPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray added = r.array();
    QCOMPARE(added.size(), 2);
    QCOMPARE(added.at(0).toObject().value(QStringLiteral("file_name")).toString(), QStringLiteral("don-de-nghi.pdf"));
    QCOMPARE(added.at(0).toObject().value(QStringLiteral("mime_type")).toString(), QStringLiteral("application/pdf"));
    QCOMPARE(added.at(0).toObject().value(QStringLiteral("sha256")).toString(),
             QString::fromLatin1(QCryptographicHash::hash(scan, QCryptographicHash::Sha256).toHex()));

    r = run({QStringLiteral("attach"), m_code, QStringLiteral("--component"), QStringLiteral("other"), note,
             QStringLiteral("--user"), QStringLiteral("admin")},
            kAdminPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.outText().contains(QStringLiteral("ghi-chu.txt")), r.out.constData());

    const QJsonArray list = attachmentsOfDossier();
    QCOMPARE(list.size(), 3);
    QVERIFY(list.at(0).toObject().value(QStringLiteral("paper_id")).toInteger() > 0);
    QCOMPARE(list.at(2).toObject().value(QStringLiteral("paper_id")).toInteger(), 0);
    // Two distinct contents: two encrypted files, none holding the plaintext.
    const QStringList files = storedFiles();
    QCOMPARE(files.size(), 2);
    for (const QString& path : files) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("%PDF-1.4"));
    }

    r = run({QStringLiteral("dossier"), QStringLiteral("show"), m_code});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.outText().contains(QStringLiteral("Paper 1")), r.out.constData());
    QVERIFY(r.outText().contains(QStringLiteral("don-de-nghi.pdf")));
}

void TestMotcuactlAttach::attachRefusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // in stderr

    const QString file = QStringLiteral(MOTCUA_TEST_DATA "/cli/dossier.json");
    const QStringList asClerk{QStringLiteral("--user"), QStringLiteral("clerk1")};
    QTest::newRow("wrong password") << (QStringList{QStringLiteral("--component"), QStringLiteral("1"), file} + asClerk)
                                    << QStringLiteral("not-the-password") << 3 << QStringLiteral("password");
    QTest::newRow("no component") << (QStringList{file} + asClerk) << kClerkPassword << 2
                                  << QStringLiteral("--component");
    QTest::newRow("component zero") << (QStringList{QStringLiteral("--component"), QStringLiteral("0"), file} + asClerk)
                                    << kClerkPassword << 2 << QStringLiteral("other");
    QTest::newRow("no such paper") << (QStringList{QStringLiteral("--component"), QStringLiteral("99"), file} + asClerk)
                                   << kClerkPassword << 2 << QStringLiteral("paper");
    QTest::newRow("missing file") << (QStringList{QStringLiteral("--component"), QStringLiteral("1"),
                                                  QStringLiteral("/nonexistent/scan.pdf")} +
                                      asClerk)
                                  << kClerkPassword << 2 << QStringLiteral("scan.pdf");
    QTest::newRow("no user") << QStringList{QStringLiteral("--component"), QStringLiteral("1"), file} << kClerkPassword
                             << 2 << QStringLiteral("--user");
}

void TestMotcuactlAttach::attachRefusals()
{
    QFETCH(QStringList, args);
    QFETCH(QString, password);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const int before = static_cast<int>(attachmentsOfDossier().size());
    const Run r = run(QStringList{QStringLiteral("attach"), m_code} + args, password);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.errText().contains(expected), r.err.constData());
    QCOMPARE(attachmentsOfDossier().size(), before);
}

void TestMotcuactlAttach::verifyFindsFlippedByte()
{
    const QString path = writeFile(QStringLiteral("to-damage.pdf"), QByteArray(5000, 'z'));
    Run r = run({QStringLiteral("attach"), m_code, QStringLiteral("--component"), QStringLiteral("2"), path,
                 QStringLiteral("--user"), QStringLiteral("clerk1"), QStringLiteral("--json")},
                kClerkPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString sha = r.array().first().toObject().value(QStringLiteral("sha256")).toString();

    r = run({QStringLiteral("store"), QStringLiteral("verify"), QStringLiteral("--user"), QStringLiteral("clerk1")},
            kClerkPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());

    QFile file(m_dir.filePath(QStringLiteral("attachments/%1/%2").arg(sha.left(2), sha)));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(100));
    char byte = 0;
    QVERIFY(file.getChar(&byte));
    QVERIFY(file.seek(100));
    QVERIFY(file.putChar(static_cast<char>(byte ^ 0x01)));
    file.close();

    r = run({QStringLiteral("store"), QStringLiteral("verify"), QStringLiteral("--user"), QStringLiteral("admin")},
            kAdminPassword);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.outText().contains(QStringLiteral("to-damage.pdf")), r.out.constData());
    QVERIFY(r.outText().contains(QStringLiteral("integrity")));
    QVERIFY(!r.outText().contains(QStringLiteral("ghi-chu.txt"))); // the sound ones are not listed

    r = run({QStringLiteral("store"), QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--user"),
             QStringLiteral("admin")},
            kAdminPassword);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject report = r.json();
    QCOMPARE(report.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(report.value(QStringLiteral("bad")).toArray().size(), 1);
    QCOMPARE(
        report.value(QStringLiteral("bad")).toArray().first().toObject().value(QStringLiteral("sha256")).toString(),
        sha);

    // Restored: sound again.
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(100));
    QVERIFY(file.putChar(byte));
    file.close();
    r = run({QStringLiteral("store"), QStringLiteral("verify"), QStringLiteral("--user"), QStringLiteral("admin")},
            kAdminPassword);
    QVERIFY2(r.exitCode == 0, r.out.constData());
}

void TestMotcuactlAttach::killedBetweenFileAndCommit()
{
    const int before = static_cast<int>(attachmentsOfDossier().size());
    const QStringList filesBefore = storedFiles();
    const QByteArray content = QByteArray("unique content of a scan that never committed ") + QByteArray(3000, 'k');
    const QString path = writeFile(QStringLiteral("interrupted.pdf"), content);

    // The process dies (SIGKILL) after its file is synced, before its row commits.
    Run r = run({QStringLiteral("attach"), m_code, QStringLiteral("--component"), QStringLiteral("1"), path,
                 QStringLiteral("--user"), QStringLiteral("clerk1")},
                kClerkPassword, QString(), {QStringLiteral("MOTCUA_TEST_CRASH_AFTER_FILE_SYNC=1")});
    QVERIFY(r.crashed);

    // The file is on disk, but no row names it, and every row still has its file.
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    const QString orphan = m_dir.filePath(QStringLiteral("attachments/%1/%2").arg(sha.left(2), sha));
    QVERIFY(QFileInfo::exists(orphan));
    QCOMPARE(attachmentsOfDossier().size(), before);
    r = run({QStringLiteral("store"), QStringLiteral("verify"), QStringLiteral("--user"), QStringLiteral("admin")},
            kAdminPassword);
    QVERIFY2(r.exitCode == 0, r.out.constData());

    // The sweep removes it, and only it.
    r = run({QStringLiteral("store"), QStringLiteral("sweep"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("removed")).toInt(), 1);
    QVERIFY(!QFileInfo::exists(orphan));
    QCOMPARE(storedFiles(), filesBefore);
    r = run({QStringLiteral("store"), QStringLiteral("sweep")});
    QVERIFY2(r.outText().contains(QStringLiteral("0")), r.out.constData());

    // The same attach without the crash succeeds.
    r = run({QStringLiteral("attach"), m_code, QStringLiteral("--component"), QStringLiteral("1"), path,
             QStringLiteral("--user"), QStringLiteral("clerk1")},
            kClerkPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFileInfo::exists(orphan));
    QCOMPARE(attachmentsOfDossier().size(), before + 1);
}

QTEST_GUILESS_MAIN(TestMotcuactlAttach)
#include "test_motcuactl_attach.moc"
