// motcuactl's intake commands, run as a process: `qr parse` (citizen ID card QR text),
// `qr decode` (QR in an image) and `dossier print` (forms 01–03 as PDF). The print command
// must work with no display and no QT_QPA_PLATFORM set: it selects the offscreen platform.

#include "core/Dossier.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "support/MotcuactlRun.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kPassword = QStringLiteral("admin-pass-2026");

const QByteArray kValidQr = QByteArray("062090001234|233123456|") + QString::fromUtf8("Nguyễn Thị Ngọc Ánh").toUtf8() +
                            QByteArray("|17051990|") + QString::fromUtf8("Nữ|Tổ 3, Phường Quyết Thắng").toUtf8() +
                            QByteArray("|05032021");

} // namespace

class TestMotcuactlForms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void qrParse_data();
    void qrParse();
    void qrParseFromStdin_data();
    void qrParseFromStdin();
    void printReceipt();
    void printTwoCopiesAndKeep();
    void printRejects_data();
    void printRejects();
    void qrDecodeFromPrintedReceipt();
    void onlineListAndAccept();
    void onlineSupplementAndRefuse();
    void onlineRejects_data();
    void onlineRejects();

private:
    // An online submission as the center's feed stores it (code = reference, Submitted).
    void submitOnline(const QString& ref, const QDateTime& submittedAt);
    Run run(const QStringList& args, const QString& password = QString(), const QByteArray& stdinBytes = {}) const;

    QTemporaryDir m_dir;
    QString m_db;
    QString m_code;
};

Run TestMotcuactlForms::run(const QStringList& args, const QString& password, const QByteArray& stdinBytes) const
{
    MotcuactlCall call = adminCall(m_db, args, password, kPassword);
    // No display and no platform chosen: as on a server or in a cron job.
    call.unset = {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")};
    call.stdinBytes = stdinBytes;
    return runMotcuactl(call);
}

void TestMotcuactlForms::initTestCase()
{
    QVERIFY2(QFileInfo::exists(QStringLiteral(MOTCUACTL_PATH)), MOTCUACTL_PATH);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("center.db"));
    Run r = run(initAdminArgs(), kPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = run({QStringLiteral("dossier"), QStringLiteral("create"),
             QStringLiteral(MOTCUA_TEST_DATA) + QStringLiteral("/cli/dossier.json"), QStringLiteral("--user"),
             QStringLiteral("admin"), QStringLiteral("--json")},
            kPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    m_code = r.json().value(QStringLiteral("code")).toString();
    QVERIFY(!m_code.isEmpty());
}

void TestMotcuactlForms::qrParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // a JSON field value for 0, a fragment of stderr otherwise

    QTest::newRow("7 fields") << QString::fromUtf8(kValidQr) << 0 << QString::fromUtf8("Nguyễn Thị Ngọc Ánh");
    QTest::newRow("6 fields, CR LF") << QStringLiteral("062090001234||Y Blong|01011985|Nam|Kon Tum\r\n") << 0
                                     << QStringLiteral("Y Blong");
    QTest::newRow("URL") << QStringLiteral("https://dichvucong.gov.vn/") << 2 << QStringLiteral("no fields");
    QTest::newRow("product barcode") << QStringLiteral("8934563138164") << 2 << QStringLiteral("no fields");
    QTest::newRow("31 Feb") << QStringLiteral("062090001234||A B|31022020|Nam|Kon Tum") << 2
                            << QStringLiteral("not a valid calendar date");
    QTest::newRow("short ID") << QStringLiteral("06209000123||A B|01012000|Nam|Kon Tum") << 2
                              << QStringLiteral("12 digits");
    QTest::newRow("empty") << QString() << 2 << QStringLiteral("empty");
}

void TestMotcuactlForms::qrParse()
{
    QFETCH(QString, text);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Run r = run({QStringLiteral("qr"), QStringLiteral("parse"), QStringLiteral("--json"), text});
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 0) {
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), expected);
        QCOMPARE(o.value(QStringLiteral("id_number")).toString(), QStringLiteral("062090001234"));
        QVERIFY(!o.value(QStringLiteral("birth_date")).toString().isEmpty());
        QVERIFY(r.err.isEmpty());
    } else {
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.errText().startsWith(QStringLiteral("motcuactl")), r.err.constData());
        QVERIFY2(r.errText().contains(expected), r.err.constData());
    }
}

void TestMotcuactlForms::qrParseFromStdin_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("valid") << kValidQr + QByteArray("\n") << 0 << QString::fromUtf8("Nữ");
    QTest::newRow("invalid UTF-8") << QByteArray("062090001234||Nguy\xE1\xBB|01011990|Nam|x") << 2
                                   << QStringLiteral("UTF-8");
}

void TestMotcuactlForms::qrParseFromStdin()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const Run r = run({QStringLiteral("qr"), QStringLiteral("parse"), QStringLiteral("--json"), QStringLiteral("-")},
                      QString(), bytes);
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode == 0)
        QCOMPARE(r.json().value(QStringLiteral("gender")).toString(), expected);
    else
        QVERIFY2(r.errText().contains(expected), r.err.constData());
}

void TestMotcuactlForms::printReceipt()
{
    const QString out = m_dir.filePath(QStringLiteral("receipt.pdf"));
    const Run r = run({QStringLiteral("dossier"), QStringLiteral("print"), m_code, QStringLiteral("--form"),
                       QStringLiteral("01"), QStringLiteral("--out"), out});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString text = pdfText(out);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QVERIFY2(text.contains(m_code), qPrintable(text));
    QVERIFY(text.contains(QString::fromUtf8("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")));
    QVERIFY(text.contains(QString::fromUtf8("Đặng Văn Đức")));
    QCOMPARE(text.count(QLatin1Char('\f')), 1); // one page
}

void TestMotcuactlForms::printTwoCopiesAndKeep()
{
    const QString out = m_dir.filePath(QStringLiteral("receipt2.pdf"));
    const Run r = run({QStringLiteral("dossier"), QStringLiteral("print"), m_code, QStringLiteral("--copies"),
                       QStringLiteral("2"), QStringLiteral("--keep"), QStringLiteral("--user"), QStringLiteral("admin"),
                       QStringLiteral("--out"), out, QStringLiteral("--json")},
                      kPassword);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = r.json();
    QCOMPARE(o.value(QStringLiteral("form")).toString(), QStringLiteral("01"));
    QCOMPARE(o.value(QStringLiteral("kept")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("copies")).toInt(), 2);

    motcua::Database db;
    QVERIFY(db.open(m_db));
    motcua::Statement& st = db.prepare(QStringLiteral("SELECT sha256, size FROM dossier_documents"));
    QVERIFY(st.next());
    QCOMPARE(st.text(0), o.value(QStringLiteral("sha256")).toString());
    QCOMPARE(st.int64(1), QFileInfo(out).size());
    st.reset();

    const QString text = pdfText(out);
    if (text.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    QCOMPARE(text.count(QLatin1Char('\f')), 2);
    QCOMPARE(text.count(m_code), 2);
}

void TestMotcuactlForms::printRejects_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString out = QStringLiteral("x.pdf");
    QTest::newRow("refusal of a received dossier") << QStringList{QStringLiteral("{code}"), QStringLiteral("--form"),
                                                                  QStringLiteral("03"), QStringLiteral("--out"), out}
                                                   << QStringLiteral("not refused");
    QTest::newRow("unknown form") << QStringList{QStringLiteral("{code}"), QStringLiteral("--form"),
                                                 QStringLiteral("09"), QStringLiteral("--out"), out}
                                  << QStringLiteral("--form");
    QTest::newRow("no output file") << QStringList{QStringLiteral("{code}")} << QStringLiteral("--out");
    QTest::newRow("three copies") << QStringList{QStringLiteral("{code}"), QStringLiteral("--copies"),
                                                 QStringLiteral("3"), QStringLiteral("--out"), out}
                                  << QStringLiteral("--copies");
    QTest::newRow("unknown code") << QStringList{QStringLiteral("000.00.00.H34-200101-9999"), QStringLiteral("--out"),
                                                 out}
                                  << QStringLiteral("000.00.00.H34-200101-9999");
}

void TestMotcuactlForms::printRejects()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    for (QString& a : args) {
        if (a == QLatin1String("{code}"))
            a = m_code;
        else if (a == QLatin1String("x.pdf"))
            a = m_dir.filePath(a);
    }
    const Run r = run(QStringList{QStringLiteral("dossier"), QStringLiteral("print")} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(expected), r.err.constData());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
}

void TestMotcuactlForms::qrDecodeFromPrintedReceipt()
{
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed");
    const QString pdf = m_dir.filePath(QStringLiteral("scan.pdf"));
    QCOMPARE(run({QStringLiteral("dossier"), QStringLiteral("print"), m_code, QStringLiteral("--out"), pdf}).exitCode,
             0);
    // The receipt as a scanner would give it back: a 200 dpi PNG.
    QProcess p;
    p.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"),
                       QStringLiteral("-singlefile"), pdf, m_dir.filePath(QStringLiteral("scan"))});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const Run r = run({QStringLiteral("qr"), QStringLiteral("decode"), m_dir.filePath(QStringLiteral("scan.png"))});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QString::fromUtf8(r.out).trimmed(),
             QStringLiteral("https://dichvucong.kontum.gov.vn/tra-cuu?ma=") + m_code);

    const Run missing = run({QStringLiteral("qr"), QStringLiteral("decode"), m_dir.filePath(QStringLiteral("no.png"))});
    QCOMPARE(missing.exitCode, 2);
}

void TestMotcuactlForms::submitOnline(const QString& ref, const QDateTime& submittedAt)
{
    motcua::Database db;
    QVERIFY(db.open(m_db));
    motcua::Statement& st =
        db.prepare(QStringLiteral("SELECT procedure_id, procedure_code, procedure_name FROM dossiers WHERE code = ?1"));
    st.bind(1, m_code);
    QVERIFY(st.next());
    motcua::Dossier d;
    d.procedureId = st.int64(0);
    d.procedureCode = st.text(1);
    d.procedureName = st.text(2);
    st.reset();
    motcua::Statement& c = db.prepare(QStringLiteral(
        "SELECT id, name, originals FROM procedure_components WHERE procedure_id = ?1 ORDER BY ordinal"));
    c.bind(1, d.procedureId);
    while (c.next()) {
        motcua::DossierComponent dc;
        dc.componentId = c.int64(0);
        dc.name = c.text(1);
        dc.originals = c.integer(2);
        d.components.append(dc);
    }
    c.reset();
    QVERIFY(d.components.size() >= 2);
    d.code = ref;
    d.onlineRef = ref;
    d.submittedAt = submittedAt.toUTC();
    d.receivedAt = d.submittedAt;
    d.appointmentAt = d.submittedAt;
    d.channel = motcua::Channel::Online;
    d.state = motcua::DossierState::Submitted;
    d.applicant.fullName = QString::fromUtf8("Y Nhung Êban");
    d.applicant.idNumber = QStringLiteral("066190007777");
    auto id = motcua::DossierRepository(db).insert(d);
    QVERIFY2(id.ok(), qPrintable(id.error().message));
}

void TestMotcuactlForms::onlineListAndAccept()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    submitOnline(QStringLiteral("TT-200101-000001"), now.addDays(-20)); // long past its deadline
    submitOnline(QStringLiteral("TT-200101-000002"), now.addSecs(-60));
    Run r = run({QStringLiteral("online"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray rows = r.json().value(QStringLiteral("dossiers")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("reference")).toString(), QStringLiteral("TT-200101-000001"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("late")).toBool(), true);
    QCOMPARE(r.json().value(QStringLiteral("accept_hours")).toInt(), 8);
    QVERIFY(!rows.at(0).toObject().value(QStringLiteral("deadline")).toString().isEmpty());

    r = run({QStringLiteral("online"), QStringLiteral("show"), QStringLiteral("TT-200101-000002")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.outText().contains(QString::fromUtf8("Y Nhung Êban")));

    const QString out = m_dir.filePath(QStringLiteral("online-receipt.pdf"));
    r = run({QStringLiteral("online"), QStringLiteral("accept"), QStringLiteral("TT-200101-000002"),
             QStringLiteral("--out"), out, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject o = r.json();
    const QString code = o.value(QStringLiteral("code")).toString();
    QVERIFY2(code.startsWith(m_code.section(QLatin1Char('-'), 0, 0) + QLatin1Char('-')), qPrintable(code));
    QVERIFY(code != m_code);
    QCOMPARE(o.value(QStringLiteral("online_ref")).toString(), QStringLiteral("TT-200101-000002"));
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("received"));
    QCOMPARE(o.value(QStringLiteral("form")).toString(), QStringLiteral("01"));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    {
        // The receipt is kept with the dossier under its new code.
        motcua::Database db;
        QVERIFY(db.open(m_db));
        motcua::Statement& st = db.prepare(QStringLiteral(
            "SELECT count(*) FROM dossier_documents k JOIN dossiers d ON d.id = k.dossier_id WHERE d.code = ?1 AND "
            "k.form = '01'"));
        st.bind(1, code);
        QVERIFY(st.next());
        QCOMPARE(st.integer(0), 1);
        st.reset();
    }
    const QString text = pdfText(out);
    if (!text.isEmpty()) {
        QVERIFY2(text.contains(code), qPrintable(text));
        QVERIFY(text.contains(QString::fromUtf8("Y Nhung Êban")));
    }
    // Decided: no longer in the inbox, and a second decision is refused.
    r = run({QStringLiteral("online"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(r.json().value(QStringLiteral("dossiers")).toArray().size(), 1);
    r = run({QStringLiteral("online"), QStringLiteral("accept"), code});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("TT-200101-000002")), r.err.constData());
}

void TestMotcuactlForms::onlineSupplementAndRefuse()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    submitOnline(QStringLiteral("TT-200102-000003"), now.addSecs(-60));
    submitOnline(QStringLiteral("TT-200102-000004"), now.addSecs(-60));
    const QString form02 = m_dir.filePath(QStringLiteral("online-02.pdf"));
    Run r = run({QStringLiteral("online"), QStringLiteral("supplement"), QStringLiteral("TT-200102-000003"),
                 QStringLiteral("--papers"), QStringLiteral("1,2"), QStringLiteral("--reason"),
                 QString::fromUtf8("Bản scan không rõ"), QStringLiteral("--out"), form02, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("code")).toString(), QStringLiteral("TT-200102-000003"));
    QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("supplement_requested"));
    QVERIFY(QFileInfo(form02).size() > 0);
    const QString form03 = m_dir.filePath(QStringLiteral("online-03.pdf"));
    r = run({QStringLiteral("online"), QStringLiteral("refuse"), QStringLiteral("TT-200102-000004"),
             QStringLiteral("--reason"), QString::fromUtf8("Không thuộc thẩm quyền"), QStringLiteral("--out"), form03,
             QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("state")).toString(), QStringLiteral("refused"));
    QCOMPARE(r.json().value(QStringLiteral("form")).toString(), QStringLiteral("03"));
    const QString text = pdfText(form03);
    if (!text.isEmpty())
        QVERIFY2(text.contains(QString::fromUtf8("Không thuộc thẩm quyền")), qPrintable(text));
}

void TestMotcuactlForms::onlineRejects_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("signIn");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    const QString ref = QStringLiteral("TT-200103-000005");
    QTest::newRow("list without a user") << QStringList{QStringLiteral("list")} << false << 3
                                         << QStringLiteral("--user");
    QTest::newRow("show without a user") << QStringList{QStringLiteral("show"), ref} << false << 3
                                         << QStringLiteral("--user");
    QTest::newRow("refuse without a reason")
        << QStringList{QStringLiteral("refuse"), ref} << true << 2 << QStringLiteral("--reason");
    QTest::newRow("supplement without papers")
        << QStringList{QStringLiteral("supplement"), ref, QStringLiteral("--reason"), QStringLiteral("x")} << true << 2
        << QStringLiteral("--papers");
    QTest::newRow("paper out of range") << QStringList{QStringLiteral("accept"), ref, QStringLiteral("--papers"),
                                                       QStringLiteral("1,99")}
                                        << true << 2 << QStringLiteral("99");
    QTest::newRow("unknown reference") << QStringList{QStringLiteral("accept"), QStringLiteral("TT-990101-000000")}
                                       << true << 2 << QStringLiteral("TT-990101-000000");
    QTest::newRow("not an online dossier") << QStringList{QStringLiteral("refuse"), QStringLiteral("{code}"),
                                                          QStringLiteral("--reason"), QStringLiteral("x")}
                                           << true << 2 << QStringLiteral("online");
    QTest::newRow("no reference") << QStringList{QStringLiteral("accept")} << true << 2 << QStringLiteral("reference");
}

void TestMotcuactlForms::onlineRejects()
{
    QFETCH(QStringList, args);
    QFETCH(bool, signIn);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    if (QTest::currentDataTag() == QByteArray("list without a user"))
        submitOnline(QStringLiteral("TT-200103-000005"), QDateTime::currentDateTimeUtc().addSecs(-60));
    for (QString& a : args) {
        if (a == QLatin1String("{code}"))
            a = m_code;
    }
    QStringList full = QStringList{QStringLiteral("online")} + args;
    if (signIn)
        full += {QStringLiteral("--user"), QStringLiteral("admin")};
    MotcuactlCall call;
    call.db = m_db;
    call.args = full;
    call.password = kPassword;
    const Run r = runMotcuactl(call);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.errText().contains(expected), r.err.constData());
    // Nothing was decided.
    motcua::Database db;
    QVERIFY(db.open(m_db));
    motcua::Statement& st = db.prepare(QStringLiteral("SELECT state FROM dossiers WHERE code = ?1"));
    st.bind(1, QStringLiteral("TT-200103-000005"));
    QVERIFY(st.next());
    QCOMPARE(st.integer(0), 1);
    st.reset();
}

QTEST_GUILESS_MAIN(TestMotcuactlForms)
#include "test_motcuactl_forms.moc"
