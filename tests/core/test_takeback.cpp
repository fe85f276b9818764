#include "core/Clock.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "service/ProcessingService.h"
#include "store/Database.h"
#include "store/OutboxStore.h"
#include "store/Settings.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

// A transfer sent to the wrong department, taken back: by the clerk who made it, within
// processing.takeBackMinutes, before the department received it. The dossier returns to where
// it was and to its state before the transfer; the step is its own event, audit row and
// history row for the portal, and the portal's record is queued again. Outside those bounds
// the step is refused and nothing is written.
class TestTakeBack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void allowedWithinTheWindow();
    void betweenDepartmentsRestoresProcessing();
    void refused_data();
    void refused();
    void windowIsASetting();

private:
    QString receive();
    int count(const QString& sql, const QString& code);
    QDateTime vn(int h, int min) const { return QDateTime(QDate(2026, 3, 3), QTime(h, min), vietnamZone()); }
    ProcessingService& processing() { return m_ctx->processing(); }

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_clerk;
    Actor m_other;
    QString m_procedureCode;
    QString m_dept1;
    QString m_dept2;
};

void TestTakeBack::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<FixedClock>(vn(8, 0));
    AppContext::Options options;
    options.databasePath = m_dir.filePath(QStringLiteral("takeback.db"));
    options.clock = m_clock.get();
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    m_ctx = std::move(*ctx);
    m_clerk = Actor{0, QStringLiteral("clerk1"), QStringLiteral("Nguyễn Thị Lan"), Role::Clerk};
    m_other = Actor{0, QStringLiteral("clerk2"), QStringLiteral("Lê Văn Hùng"), Role::Clerk};
    for (const Actor* a : {&m_clerk, &m_other}) {
        Statement& user = m_ctx->db().prepare(
            QStringLiteral("INSERT INTO users (username, full_name, role, password_hash, created_at) VALUES (?1, ?2, "
                           "'clerk', 'unused', 0)"));
        user.bind(1, a->username).bind(2, a->fullName);
        QVERIFY(user.exec().ok());
    }
    for (const Procedure& p : m_ctx->catalogue().procedures()) {
        if (p.channel(Channel::Counter)) {
            m_procedureCode = p.code;
            break;
        }
    }
    QVERIFY(!m_procedureCode.isEmpty());
    const QList<Department> departments = m_ctx->catalogue().departments();
    QVERIFY(departments.size() >= 2);
    m_dept1 = departments.at(0).code;
    m_dept2 = departments.at(1).code;
}

void TestTakeBack::init()
{
    m_clock->set(vn(8, 0));
    QVERIFY(m_ctx->settings().set(QStringLiteral("processing.takeBackMinutes"), QVariant(10)));
}

void TestTakeBack::cleanupTestCase()
{
    m_ctx.reset();
}

QString TestTakeBack::receive()
{
    Dossier d;
    d.procedureCode = m_procedureCode;
    d.applicant.type = ApplicantType::Citizen;
    d.applicant.fullName = QStringLiteral("Đặng Văn Đức");
    d.applicant.idNumber = QStringLiteral("062090001234");
    d.applicant.address = QStringLiteral("Phường Quyết Thắng, Kon Tum");
    d.applicant.phone = QStringLiteral("0912345678");
    auto r = m_ctx->dossiers().receive(m_clerk, d);
    if (!r)
        qWarning("receive failed: %s", qPrintable(r.error().message));
    return r ? r->code : QString();
}

int TestTakeBack::count(const QString& sql, const QString& code)
{
    Statement& st = m_ctx->db().prepare(sql);
    st.bind(1, code);
    const int n = st.next() ? st.integer(0) : -1;
    st.reset();
    return n;
}

void TestTakeBack::allowedWithinTheWindow()
{
    const QString code = receive();
    QVERIFY(!code.isEmpty());
    m_clock->advanceSecs(60);
    auto sent = processing().transfer(m_clerk, code, m_dept1);
    QVERIFY2(sent, qPrintable(sent.error().message));
    QCOMPARE(sent->state, DossierState::Transferred);
    QCOMPARE(processing().takeBackDeadline(*sent), m_clock->now().addSecs(600));

    OutboxStore outbox(m_ctx->db());
    QVERIFY(outbox.feedHistory(m_clock->now(), 1000));
    const QString perCode = QStringLiteral(" WHERE entity_key = ?1");
    const int records = count(QStringLiteral("SELECT count(*) FROM outbox") + perCode + u" AND kind = 'dossier'", code);
    const int history = count(QStringLiteral("SELECT count(*) FROM outbox") + perCode + u" AND kind = 'history'", code);

    // Nine minutes later the clerk sees the mistake: the step is on offer, and it works.
    m_clock->advanceSecs(9 * 60);
    QVERIFY(processing().allowedActions(*sent, m_clerk).contains(ProcessingAction::TakeBack));
    QVERIFY(!processing().allowedActions(*sent, m_other).contains(ProcessingAction::TakeBack));
    auto back = processing().takeBack(m_clerk, code, QStringLiteral("Chuyển nhầm cơ quan"));
    QVERIFY2(back, qPrintable(back.error().message));
    QCOMPARE(back->state, DossierState::Received);
    auto where = processing().location(code);
    QVERIFY(where);
    QVERIFY(where->departmentCode.isEmpty()); // at the counter again
    QVERIFY(!where->inTransit);
    auto handovers = processing().handovers(code);
    QVERIFY(handovers);
    QVERIFY(handovers->isEmpty()); // the paper never left the counter

    // Its own event, after the transfer's.
    auto timeline = processing().timeline(code);
    QVERIFY(timeline);
    QVERIFY(timeline->size() >= 3);
    const DossierEventRow& last = timeline->constLast();
    QCOMPARE(last.from, std::optional<DossierState>(DossierState::Transferred));
    QCOMPARE(last.to, DossierState::Received);
    QCOMPARE(last.username, m_clerk.username);
    QCOMPARE(last.note, QStringLiteral("Chuyển nhầm cơ quan"));

    // Audited, with no personal data.
    Statement& audit = m_ctx->db().prepare(QStringLiteral(
        "SELECT username, details FROM audit_log WHERE entity_key = ?1 AND action = 'dossier.take_back'"));
    audit.bind(1, code);
    QVERIFY(audit.next());
    QCOMPARE(audit.text(0), m_clerk.username);
    const QJsonObject details = QJsonDocument::fromJson(audit.text(1).toUtf8()).object();
    audit.reset();
    QCOMPARE(details.value(QStringLiteral("from")).toString(), QStringLiteral("transferred"));
    QCOMPARE(details.value(QStringLiteral("to")).toString(), QStringLiteral("received"));
    QVERIFY(details.contains(QStringLiteral("to_department")));
    QVERIFY(!details.contains(QStringLiteral("062090001234")));

    // Queued for the portal like every step: its history row and the record's new status.
    QVERIFY(outbox.feedHistory(m_clock->now(), 1000));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox") + perCode + u" AND kind = 'history'", code),
             history + 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox") + perCode + u" AND kind = 'dossier'", code),
             records + 1);
    Statement& row = m_ctx->db().prepare(
        QStringLiteral("SELECT payload FROM outbox WHERE entity_key = ?1 AND kind = 'history' ORDER BY id DESC"));
    row.bind(1, code);
    QVERIFY(row.next());
    const QJsonObject historyRow = QJsonDocument::fromJson(row.text(0).toUtf8()).object();
    row.reset();
    QVERIFY2(historyRow.value(QStringLiteral("NoiDungXuLy")).toString().startsWith(QStringLiteral("Thu hồi")),
             qPrintable(historyRow.value(QStringLiteral("NoiDungXuLy")).toString()));
    QCOMPARE(historyRow.value(QStringLiteral("TrangThai")).toString(),
             QString::number(nationalCode(DossierState::Received)));
    Statement& record = m_ctx->db().prepare(
        QStringLiteral("SELECT payload FROM outbox WHERE entity_key = ?1 AND kind = 'dossier' ORDER BY id DESC"));
    record.bind(1, code);
    QVERIFY(record.next());
    const QJsonObject recordRow = QJsonDocument::fromJson(record.text(0).toUtf8()).object();
    record.reset();
    QCOMPARE(recordRow.value(QStringLiteral("TrangThaiHoSo")).toString(),
             QString::number(nationalCode(DossierState::Received)));

    // Now to the right department; once more cannot be taken back twice.
    QVERIFY(processing().transfer(m_clerk, code, m_dept2));
    QVERIFY(processing().receive(m_clerk, code));
    auto again = processing().takeBack(m_clerk, code);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Conflict);
}

void TestTakeBack::betweenDepartmentsRestoresProcessing()
{
    const QString code = receive();
    QVERIFY(processing().transfer(m_clerk, code, m_dept1));
    m_clock->advanceSecs(60);
    QVERIFY(processing().receive(m_clerk, code));
    m_clock->advanceSecs(60);
    QVERIFY(processing().transfer(m_clerk, code, m_dept2));
    m_clock->advanceSecs(60);
    auto back = processing().takeBack(m_clerk, code);
    QVERIFY2(back, qPrintable(back.error().message));
    QCOMPARE(back->state, DossierState::Processing);
    auto where = processing().location(code);
    QVERIFY(where);
    QCOMPARE(where->departmentCode, m_dept1);
    QVERIFY(!where->inTransit);
    auto handovers = processing().handovers(code);
    QVERIFY(handovers);
    QCOMPARE(handovers->size(), 1); // counter → dept1, signed
}

void TestTakeBack::refused_data()
{
    QTest::addColumn<QString>("why");
    QTest::addColumn<int>("code"); // Error::Code
    QTest::newRow("after the window") << QStringLiteral("late") << int(Error::Conflict);
    QTest::newRow("after the department received") << QStringLiteral("received") << int(Error::Conflict);
    QTest::newRow("by another clerk") << QStringLiteral("other") << int(Error::Forbidden);
    QTest::newRow("nothing transferred") << QStringLiteral("none") << int(Error::Conflict);
}

void TestTakeBack::refused()
{
    QFETCH(QString, why);
    QFETCH(int, code);
    const QString dossier = receive();
    if (why != QLatin1String("none"))
        QVERIFY(processing().transfer(m_clerk, dossier, m_dept1));
    Actor who = m_clerk;
    if (why == QLatin1String("late"))
        m_clock->advanceSecs(10 * 60 + 1);
    if (why == QLatin1String("received"))
        QVERIFY(processing().receive(m_other, dossier));
    if (why == QLatin1String("other"))
        who = m_other;

    const QString events = QStringLiteral(
        "SELECT count(*) FROM dossier_events e JOIN dossiers d ON d.id = e.dossier_id WHERE d.code = ?1");
    const QString audits = QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_key = ?1");
    const QString records = QStringLiteral("SELECT count(*) FROM outbox WHERE entity_key = ?1");
    const int e = count(events, dossier);
    const int a = count(audits, dossier);
    const int r = count(records, dossier);
    auto before = m_ctx->dossiers().byCode(dossier);
    QVERIFY(before);
    QVERIFY(!processing().allowedActions(*before, who).contains(ProcessingAction::TakeBack));

    auto back = processing().takeBack(who, dossier);
    QVERIFY(!back);
    QCOMPARE(int(back.error().code), code);
    QVERIFY(!back.error().message.isEmpty());
    if (why == QLatin1String("late"))
        QVERIFY2(back.error().message.contains(QStringLiteral("10")), qPrintable(back.error().message));
    if (why == QLatin1String("other"))
        QVERIFY2(back.error().message.contains(m_clerk.fullName), qPrintable(back.error().message));
    QCOMPARE(count(events, dossier), e);
    QCOMPARE(count(audits, dossier), a);
    QCOMPARE(count(records, dossier), r);
    auto after = m_ctx->dossiers().byCode(dossier);
    QVERIFY(after);
    QCOMPARE(after->state, before->state);
}

void TestTakeBack::windowIsASetting()
{
    QVERIFY(m_ctx->settings().set(QStringLiteral("processing.takeBackMinutes"), QVariant(30)));
    const QString code = receive();
    QVERIFY(processing().transfer(m_clerk, code, m_dept1));
    m_clock->advanceSecs(20 * 60);
    QVERIFY(processing().takeBack(m_clerk, code));

    // 0: a transfer can never be taken back.
    QVERIFY(m_ctx->settings().set(QStringLiteral("processing.takeBackMinutes"), QVariant(0)));
    QVERIFY(processing().transfer(m_clerk, code, m_dept1));
    m_clock->advanceSecs(1);
    auto back = processing().takeBack(m_clerk, code);
    QVERIFY(!back);
    QCOMPARE(back.error().code, Error::Conflict);
}

QTEST_GUILESS_MAIN(TestTakeBack)
#include "test_takeback.moc"
