// Records that cannot be bent quietly: a time of receipt before today needs a supervisor and a
// reason that goes to the audit trail; invisible control and text-direction characters are
// refused in an applicant's name and in the catalogue; lengths are capped.
#include "core/Clock.h"
#include "core/TextRules.h"
#include "service/AppContext.h"
#include "service/CatalogueImporter.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace motcua;

class TestIntakeRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void timeOfReceipt_data();
    void timeOfReceipt();
    void refusalBackdatedToo();
    void applicantText_data();
    void applicantText();
    void catalogueText_data();
    void catalogueText();

private:
    Dossier draft() const;
    QJsonObject lastAudit(const QString& action);

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_ctx;
    QString m_procedureCode;
};

void TestIntakeRules::init()
{
    QVERIFY(m_dir.isValid());
    // Friday 13 February 2026, 09:30 in Vietnam.
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 2, 13), QTime(9, 30), vietnamZone()));
    AppContext::Options options;
    options.databasePath =
        m_dir.filePath(QStringLiteral("desk-%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
    options.clock = m_clock.get();
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    m_ctx = std::move(*ctx);
    for (const Procedure& p : m_ctx->catalogue().procedures()) {
        const ProcedureChannel* ch = p.channel(Channel::Counter);
        if (ch && ch->timeUnit == TimeUnit::WorkingDays && !p.components.isEmpty()) {
            m_procedureCode = p.code;
            break;
        }
    }
    QVERIFY(!m_procedureCode.isEmpty());
}

void TestIntakeRules::cleanup()
{
    m_ctx.reset();
}

Dossier TestIntakeRules::draft() const
{
    Dossier d;
    d.procedureCode = m_procedureCode;
    d.applicant.type = ApplicantType::Citizen;
    d.applicant.fullName = QStringLiteral("Đặng Văn Đức");
    d.applicant.idNumber = QStringLiteral("062085001234");
    d.applicant.phone = QStringLiteral("0905123456");
    d.applicant.address = QStringLiteral("12 Lê Lợi, Kon Tum");
    return d;
}

QJsonObject TestIntakeRules::lastAudit(const QString& action)
{
    Statement& st =
        m_ctx->db().prepare(QStringLiteral("SELECT details FROM audit_log WHERE action = ?1 ORDER BY id DESC LIMIT 1"));
    st.bind(1, action);
    const QString details = st.next() ? st.text(0) : QString();
    st.reset();
    return QJsonDocument::fromJson(details.toUtf8()).object();
}

void TestIntakeRules::timeOfReceipt_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("hoursBack");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("accepted");
    const int clerk = int(Role::Clerk);
    const int supervisor = int(Role::Supervisor);
    QTest::newRow("clerk, now") << clerk << 0 << QString() << true;
    QTest::newRow("clerk, earlier today") << clerk << 2 << QString() << true;
    QTest::newRow("clerk, yesterday evening") << clerk << 12 << QStringLiteral("Máy hỏng hôm qua") << false;
    QTest::newRow("supervisor, yesterday, no reason") << supervisor << 12 << QString() << false;
    QTest::newRow("supervisor, yesterday, blank reason") << supervisor << 12 << QStringLiteral("  ") << false;
    QTest::newRow("supervisor, last week, reason")
        << supervisor << 24 * 7 << QStringLiteral("Mất điện, nhận trên giấy ngày 06/02") << true;
    QTest::newRow("admin, yesterday, reason") << int(Role::Admin) << 12 << QStringLiteral("Nhập bù") << true;
}

void TestIntakeRules::timeOfReceipt()
{
    QFETCH(int, role);
    QFETCH(int, hoursBack);
    QFETCH(QString, reason);
    QFETCH(bool, accepted);
    Actor actor;
    actor.userId = 2;
    actor.username = QStringLiteral("user1");
    actor.role = static_cast<Role>(role);
    Dossier d = draft();
    d.receivedAt = m_clock->now().addSecs(-qint64(hoursBack) * 3600);
    d.receivedAtReason = reason;
    const Result<Dossier> r = m_ctx->dossiers().receive(actor, d);
    QVERIFY2(r.ok() == accepted, qPrintable(r.ok() ? QStringLiteral("accepted") : r.error().message));
    if (!accepted) {
        QVERIFY(r.error().code == Error::Forbidden || r.error().code == Error::BadInput);
        return;
    }
    const QJsonObject details = lastAudit(QStringLiteral("dossier.receive"));
    if (hoursBack >= 12) {
        QCOMPARE(details.value(QLatin1String("backdated")).toObject().value(QLatin1String("reason")).toString(),
                 reason);
    } else {
        QVERIFY(!details.contains(QLatin1String("backdated")));
    }
}

void TestIntakeRules::refusalBackdatedToo()
{
    Actor clerk;
    clerk.userId = 2;
    clerk.username = QStringLiteral("clerk1");
    clerk.role = Role::Clerk;
    Dossier d = draft();
    d.receivedAt = m_clock->now().addDays(-2);
    d.receivedAtReason = QStringLiteral("Nhập bù");
    const Result<Dossier> r = m_ctx->dossiers().refuseAtIntake(clerk, d, QStringLiteral("Không thuộc thẩm quyền"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Forbidden);
}

void TestIntakeRules::applicantText_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain name") << QStringLiteral("name") << QStringLiteral("Y Blông Niê") << true;
    QTest::newRow("RLO in the name") << QStringLiteral("name") << QStringLiteral("Đặng \u202EĐức") << false;
    QTest::newRow("LRI in the address") << QStringLiteral("address") << QStringLiteral("12 \u2066Lê Lợi") << false;
    QTest::newRow("ESC in the address") << QStringLiteral("address") << QStringLiteral("12 Lê Lợi\u001B[2J") << false;
    QTest::newRow("C1 in the name") << QStringLiteral("name") << QStringLiteral("Đức\u0085") << false;
    QTest::newRow("long name") << QStringLiteral("name") << QString(TextRules::kNameMax + 1, QLatin1Char('a')) << false;
    QTest::newRow("long address") << QStringLiteral("address") << QString(TextRules::kAddressMax + 1, QLatin1Char('a'))
                                  << false;
    QTest::newRow("RLM in the summary") << QStringLiteral("summary") << QStringLiteral("Cấp \u200Fphép") << false;
    QTest::newRow("newline in the notes") << QStringLiteral("notes") << QStringLiteral("dòng 1\ndòng 2") << true;
}

void TestIntakeRules::applicantText()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, accepted);
    Actor clerk;
    clerk.userId = 2;
    clerk.username = QStringLiteral("clerk1");
    clerk.role = Role::Clerk;
    Dossier d = draft();
    if (field == QLatin1String("name"))
        d.applicant.fullName = value;
    else if (field == QLatin1String("address"))
        d.applicant.address = value;
    else if (field == QLatin1String("summary"))
        d.summary = value;
    else
        d.notes = value;
    const Result<Dossier> r = m_ctx->dossiers().receive(clerk, d);
    QVERIFY2(r.ok() == accepted, qPrintable(r.ok() ? QStringLiteral("accepted") : r.error().message));
    if (!accepted)
        QCOMPARE(r.error().code, Error::BadInput);
}

void TestIntakeRules::catalogueText_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("plain") << QStringLiteral("Cấp giấy phép xây dựng") << true;
    QTest::newRow("PDI") << QStringLiteral("Cấp giấy phép\u2069 xây dựng") << false;
    QTest::newRow("NUL") << QStringLiteral("Cấp giấy\u0000") << false;
    QTest::newRow("very long") << QString(20001, QLatin1Char('x')) << false;
}

void TestIntakeRules::catalogueText()
{
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    const QJsonObject catalogue{
        {QStringLiteral("effective_from"), QStringLiteral("2026-01-01")},
        {QStringLiteral("departments"),
         QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("XD")},
                                {QStringLiteral("name"), QStringLiteral("Sở Xây dựng")}}}},
        {QStringLiteral("procedures"),
         QJsonArray{QJsonObject{
             {QStringLiteral("code"), QStringLiteral("1.009972")},
             {QStringLiteral("name"), name},
             {QStringLiteral("department"), QStringLiteral("Sở Xây dựng")},
             {QStringLiteral("channels"),
              QJsonArray{QJsonObject{
                  {QStringLiteral("channel"), QStringLiteral("truc_tiep")},
                  {QStringLiteral("time"), QJsonObject{{QStringLiteral("value"), 15},
                                                       {QStringLiteral("unit"), QStringLiteral("ngày làm việc")}}}}}},
             {QStringLiteral("components"),
              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Đơn đề nghị")}}}}}}}};
    const auto parsed = CatalogueImporter::parse(QJsonDocument(catalogue).toJson(), QDate(2026, 2, 13));
    QVERIFY2(parsed.ok() == accepted, qPrintable(parsed.ok() ? QStringLiteral("accepted") : parsed.error().message));
}

QTEST_GUILESS_MAIN(TestIntakeRules)
#include "test_intakerules.moc"
