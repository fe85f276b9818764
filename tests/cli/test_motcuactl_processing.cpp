// motcuactl's processing commands run as a process on a temporary database: the steps after
// intake (`dossier transfer|receive|...|return|withdraw|stop|apologize`), `dossier timeline`,
// `dossier print --form 04|05` and `ledger`; JSON output, exit codes 2 (illegal or bad input)
// and 3 (refused by role), the reason on stderr.

#include "support/MotcuactlRun.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAdminPassword = QStringLiteral("admin-pass-2026");
const QString kClerkPassword = QStringLiteral("clerk-pass-2026");

} // namespace

class TestMotcuactlProcessing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullJourney();
    void illegalStepsExitTwo_data();
    void illegalStepsExitTwo();
    void roleRefusalsExitThree_data();
    void roleRefusalsExitThree();
    void apologyLetterAndPrint();
    void withdrawClosesTheDossier();
    void ledgerFiles();

private:
    Run run(const QStringList& args, const QString& password = QString()) const;
    Run step(const QString& step, const QString& code, const QStringList& extra = {},
             const QString& user = QStringLiteral("admin")) const;
    QString newDossier();
    QString pdfText(const QString& path) const;

    QTemporaryDir m_dir;
    QString m_db;
    QString m_dossierFile;
    QString m_dept1;
    QString m_dept2;
};

Run TestMotcuactlProcessing::run(const QStringList& args, const QString& password) const
{
    MotcuactlCall call = adminCall(m_db, args, password, kAdminPassword);
    if (!call.password.isEmpty())
        call.newPassword = kClerkPassword;
    return runMotcuactl(call);
}

Run TestMotcuactlProcessing::step(const QString& name, const QString& code, const QStringList& extra,
                                  const QString& user) const
{
    return run(QStringList{QStringLiteral("--json"), QStringLiteral("dossier"), name, code} + extra +
                   QStringList{QStringLiteral("--user"), user},
               user == QLatin1String("admin") ? kAdminPassword : kClerkPassword);
}

QString TestMotcuactlProcessing::pdfText(const QString& path) const
{
    return ::pdfText(path).simplified();
}

void TestMotcuactlProcessing::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(MOTCUACTL_PATH)), MOTCUACTL_PATH);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("center.db"));
    Run r = run(initAdminArgs(), kAdminPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run(addClerkArgs(), kAdminPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());

    // The sample dossier, received on a past Monday so that it is late today, whatever today is.
    QFile sample(QStringLiteral(MOTCUA_TEST_DATA) + QStringLiteral("/cli/dossier.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QJsonObject dossier = QJsonDocument::fromJson(sample.readAll()).object();
    dossier.insert(QStringLiteral("received_at"), QStringLiteral("2025-06-02T09:00:00+07:00"));
    // A time of receipt before today is recorded by a supervisor (here the administrator) with a
    // reason (IntakeRules::checkTimeOfReceipt).
    dossier.insert(QStringLiteral("received_at_reason"), QStringLiteral("Nhập bù hồ sơ nhận trên giấy"));
    m_dossierFile = m_dir.filePath(QStringLiteral("dossier.json"));
    QFile file(m_dossierFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(dossier).toJson());
    file.close();

    r = run({QStringLiteral("--json"), QStringLiteral("catalogue"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    QSet<QString> departments;
    const QJsonArray procedures = QJsonDocument::fromJson(r.out).array();
    for (const QJsonValue& p : procedures)
        departments.insert(p.toObject().value(QStringLiteral("department")).toString());
    QVERIFY(departments.size() >= 2);
    QStringList sorted(departments.begin(), departments.end());
    sorted.sort();
    m_dept1 = sorted.at(0);
    m_dept2 = sorted.at(1);
}

QString TestMotcuactlProcessing::newDossier()
{
    const Run r = run({QStringLiteral("--json"), QStringLiteral("dossier"), QStringLiteral("create"), m_dossierFile,
                       QStringLiteral("--user"), QStringLiteral("admin")},
                      kAdminPassword);
    if (r.exitCode != 0)
        qWarning("dossier create: %s", r.err.constData());
    return r.json().value(QStringLiteral("code")).toString();
}

void TestMotcuactlProcessing::fullJourney()
{
    const QString code = newDossier();
    QVERIFY(!code.isEmpty());

    Run r = step(QStringLiteral("transfer"), code, {QStringLiteral("--to"), m_dept1});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("transferred"));
    QCOMPARE(r.json().value(QStringLiteral("status_code")).toInt(), 4);
    const QJsonObject where = r.json().value(QStringLiteral("location")).toObject();
    QCOMPARE(where.value(QStringLiteral("department")).toString(), m_dept1);
    QVERIFY(where.value(QStringLiteral("in_transit")).toBool());

    const struct
    {
        const char* step;
        QStringList extra;
        const char* state;
    } steps[] = {
        {"receive", {}, "processing"},
        {"transfer",
         {QStringLiteral("--to"), m_dept2, QStringLiteral("--note"), QStringLiteral("liên thông")},
         "transferred"},
        {"receive", {}, "processing"},
        {"request-supplement",
         {QStringLiteral("--item"), QStringLiteral("Tờ khai: chưa ký"), QStringLiteral("--item"),
          QStringLiteral("Ảnh 4x6: mờ")},
         "supplement_requested"},
        {"supplement-received", {}, "supplement_received"},
        {"receive", {}, "processing"},
        {"awaiting-fees", {}, "awaiting_fees"},
        {"complete", {}, "done"},
        {"receive-back", {}, "done"},
        {"return",
         {QStringLiteral("--collector"), QStringLiteral("Đặng Văn Đức"), QStringLiteral("--id-number"),
          QStringLiteral("062085001234"), QStringLiteral("--paper"), QStringLiteral("Thẻ tư vấn viên pháp luật"),
          QStringLiteral("--fees-settled")},
         "returned"},
    };
    for (const auto& s : steps) {
        r = step(QString::fromLatin1(s.step), code, s.extra);
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(s.step), r.errText())));
        QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QString::fromLatin1(s.state));
        QCOMPARE(r.json().value(QStringLiteral("action")).toString(),
                 QString::fromLatin1(s.step).replace(QLatin1Char('-'), QLatin1Char('_')));
    }
    QVERIFY(!r.json().value(QStringLiteral("returned_at")).toString().isEmpty());

    r = run({QStringLiteral("--json"), QStringLiteral("dossier"), QStringLiteral("timeline"), code});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject t = r.json();
    QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("returned"));
    QCOMPARE(t.value(QStringLiteral("events")).toArray().size(), 12); // intake + 11 steps
    const QJsonArray handovers = t.value(QStringLiteral("handovers")).toArray();
    QCOMPARE(handovers.size(), 3); // counter → dept1 → dept2 → counter
    for (const QJsonValue& h : handovers)
        QVERIFY(!h.toObject().value(QStringLiteral("received_at")).toString().isEmpty());
    QCOMPARE(handovers.at(1).toObject().value(QStringLiteral("from")).toString(), m_dept1);
    QCOMPARE(handovers.at(2).toObject().value(QStringLiteral("to")).toString(), QString());
    QVERIFY(t.value(QStringLiteral("due")).toObject().contains(QStringLiteral("timeliness")));

    // The control slip of the journey.
    const QString slip = m_dir.filePath(QStringLiteral("slip.pdf"));
    r = run({QStringLiteral("dossier"), QStringLiteral("print"), code, QStringLiteral("--form"), QStringLiteral("05"),
             QStringLiteral("--out"), slip});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile pdf(slip);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    const QString text = pdfText(slip);
    if (!text.isEmpty()) {
        QVERIFY2(text.contains(QStringLiteral("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("liên thông")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Đặng Văn Đức")), qPrintable(text));
    }
}

void TestMotcuactlProcessing::illegalStepsExitTwo_data()
{
    QTest::addColumn<QStringList>("args"); // after the code; {CODE} marks where it goes
    QTest::addColumn<QString>("stderr");
    QTest::newRow("complete a received dossier")
        << QStringList{QStringLiteral("complete")} << QStringLiteral("cannot become");
    QTest::newRow("receive at the counter")
        << QStringList{QStringLiteral("receive")} << QStringLiteral("transfer it to a department first");
    QTest::newRow("return before done") << QStringList{QStringLiteral("return"),
                                                       QStringLiteral("--collector"),
                                                       QStringLiteral("A B"),
                                                       QStringLiteral("--id-number"),
                                                       QStringLiteral("062085001234"),
                                                       QStringLiteral("--paper"),
                                                       QStringLiteral("X")}
                                        << QStringLiteral("cannot become");
    QTest::newRow("transfer without --to") << QStringList{QStringLiteral("transfer")} << QStringLiteral("--to");
    QTest::newRow("transfer to nowhere") << QStringList{QStringLiteral("transfer"), QStringLiteral("--to"),
                                                        QStringLiteral("NO-SUCH-DEPT")}
                                         << QStringLiteral("NO-SUCH-DEPT");
    QTest::newRow("supplement item without reason")
        << QStringList{QStringLiteral("request-supplement"), QStringLiteral("--item"), QStringLiteral("Tờ khai")}
        << QStringLiteral("PAPER: REASON");
    QTest::newRow("withdraw without reason") << QStringList{QStringLiteral("withdraw")} << QStringLiteral("--reason");
    QTest::newRow("return without collector")
        << QStringList{QStringLiteral("return"), QStringLiteral("--paper"), QStringLiteral("X")}
        << QStringLiteral("--collector");
    QTest::newRow("apologize with a bad time")
        << QStringList{QStringLiteral("apologize"), QStringLiteral("--new-appointment"), QStringLiteral("soon"),
                       QStringLiteral("--reason"), QStringLiteral("x")}
        << QStringLiteral("ISO 8601");
}

void TestMotcuactlProcessing::illegalStepsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QString, stderr);
    static QString code;
    if (code.isEmpty())
        code = newDossier();
    QVERIFY(!code.isEmpty());
    const Run r = step(args.first(), code, args.mid(1));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(stderr), r.err.constData());
    QVERIFY(r.out.isEmpty());
    // After the last row: nothing happened to the dossier, and an unknown code is bad input too.
    if (QTest::currentDataTag() == QByteArray("apologize with a bad time")) {
        const Run show = run({QStringLiteral("--json"), QStringLiteral("dossier"), QStringLiteral("show"), code});
        QCOMPARE(show.json().value(QStringLiteral("state")).toString(), QStringLiteral("received"));
        const Run unknown = step(QStringLiteral("complete"), QStringLiteral("000.00.00.H34-250602-9999"));
        QCOMPARE(unknown.exitCode, 2);
    }
}

void TestMotcuactlProcessing::roleRefusalsExitThree_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("stop") << QStringList{QStringLiteral("stop"), QStringLiteral("--reason"), QStringLiteral("x")};
    QTest::newRow("apologize") << QStringList{QStringLiteral("apologize"), QStringLiteral("--new-appointment"),
                                              QStringLiteral("2099-01-05T09:00"), QStringLiteral("--reason"),
                                              QStringLiteral("x")};
}

void TestMotcuactlProcessing::roleRefusalsExitThree()
{
    QFETCH(QStringList, args);
    // One dossier in processing serves every row: a refused step changes nothing.
    static QString code;
    if (code.isEmpty()) {
        code = newDossier();
        QVERIFY(step(QStringLiteral("transfer"), code, {QStringLiteral("--to"), m_dept1}, QStringLiteral("clerk1"))
                    .exitCode == 0);
        QVERIFY(step(QStringLiteral("receive"), code, {}, QStringLiteral("clerk1")).exitCode == 0);
    }
    const Run r = step(args.first(), code, args.mid(1), QStringLiteral("clerk1"));
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.errText().contains(QStringLiteral("Clerk")), r.err.constData());
}

void TestMotcuactlProcessing::apologyLetterAndPrint()
{
    const QString code = newDossier();
    // Received in 2025: long overdue. The new appointment is ten days from now.
    const QString when = QDateTime::currentDateTimeUtc().addDays(10).toString(Qt::ISODate);
    const QString out = m_dir.filePath(QStringLiteral("apology.pdf"));
    Run r = step(QStringLiteral("apologize"), code,
                 {QStringLiteral("--new-appointment"), when, QStringLiteral("--reason"),
                  QStringLiteral("Cần xác minh thêm"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("received"));
    QVERIFY(QFileInfo(out).size() > 1000);
    // Printed again from the record.
    const QString again = m_dir.filePath(QStringLiteral("apology-again.pdf"));
    r = run({QStringLiteral("--json"), QStringLiteral("dossier"), QStringLiteral("print"), code,
             QStringLiteral("--form"), QStringLiteral("04"), QStringLiteral("--out"), again});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("form")).toString(), QStringLiteral("04"));
    const QString text = pdfText(again);
    if (!text.isEmpty()) {
        QVERIFY2(text.contains(QStringLiteral("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Lý do: Cần xác minh thêm")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Quản Trị Viên")), qPrintable(text));
    }
    // The timeline shows the letter; form 04 of a dossier without one is refused.
    r = run({QStringLiteral("--json"), QStringLiteral("dossier"), QStringLiteral("timeline"), code});
    const QJsonArray events = r.json().value(QStringLiteral("events")).toArray();
    QVERIFY(events.last().toObject().value(QStringLiteral("note")).toString().contains(QStringLiteral("form 04")));
    const QString other = newDossier();
    r = run({QStringLiteral("dossier"), QStringLiteral("print"), other, QStringLiteral("--form"), QStringLiteral("04"),
             QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none.pdf"))});
    QCOMPARE(r.exitCode, 2);
    r = run({QStringLiteral("dossier"), QStringLiteral("print"), other, QStringLiteral("--form"), QStringLiteral("07"),
             QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none.pdf"))});
    QCOMPARE(r.exitCode, 2);
}

void TestMotcuactlProcessing::withdrawClosesTheDossier()
{
    const QString code = newDossier();
    Run r = step(QStringLiteral("withdraw"), code, {QStringLiteral("--reason"), QStringLiteral("Người nộp xin rút")},
                 QStringLiteral("clerk1"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("withdrawn"));
    QCOMPARE(r.json().value(QStringLiteral("status_code")).toInt(), 7);
    QVERIFY(!r.json().value(QStringLiteral("finished_at")).toString().isEmpty());
    r = step(QStringLiteral("withdraw"), code, {QStringLiteral("--reason"), QStringLiteral("again")},
             QStringLiteral("clerk1"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("closed")), r.err.constData());
}

void TestMotcuactlProcessing::ledgerFiles()
{
    const QString csvPath = m_dir.filePath(QStringLiteral("ledger.csv"));
    Run r =
        run({QStringLiteral("--json"), QStringLiteral("ledger"), QStringLiteral("--from"), QStringLiteral("2025-06-02"),
             QStringLiteral("--to"), QStringLiteral("2025-06-02"), QStringLiteral("--out"), csvPath});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const int dossiers = r.json().value(QStringLiteral("dossiers")).toInt();
    QVERIFY(dossiers >= 1);
    QCOMPARE(r.json().value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.mid(3).startsWith(QStringLiteral("STT,Mã hồ sơ,").toUtf8()));
    QCOMPARE(bytes.count("\r\n"), dossiers + 1);
    QVERIFY(bytes.contains(QStringLiteral("Đặng Văn Đức").toUtf8()));

    const QString pdfPath = m_dir.filePath(QStringLiteral("ledger.pdf"));
    r = run({QStringLiteral("ledger"), QStringLiteral("--from"), QStringLiteral("2025-06-01"), QStringLiteral("--to"),
             QStringLiteral("2025-06-30"), QStringLiteral("--out"), pdfPath});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    const QString text = pdfText(pdfPath);
    if (!text.isEmpty())
        QVERIFY2(text.contains(QStringLiteral("SỔ THEO DÕI HỒ SƠ")), qPrintable(text));

    for (const QStringList& bad :
         {QStringList{QStringLiteral("--from"), QStringLiteral("2025-06-30"), QStringLiteral("--to"),
                      QStringLiteral("2025-06-01"), QStringLiteral("--out"), pdfPath},
          QStringList{QStringLiteral("--from"), QStringLiteral("June"), QStringLiteral("--to"),
                      QStringLiteral("2025-06-01"), QStringLiteral("--out"), pdfPath},
          QStringList{QStringLiteral("--from"), QStringLiteral("2025-06-01"), QStringLiteral("--to"),
                      QStringLiteral("2025-06-01"), QStringLiteral("--out"),
                      m_dir.filePath(QStringLiteral("x.txt"))}}) {
        r = run(QStringList{QStringLiteral("ledger")} + bad);
        QCOMPARE(r.exitCode, 2);
    }
}

QTEST_GUILESS_MAIN(TestMotcuactlProcessing)
#include "test_motcuactl_processing.moc"
