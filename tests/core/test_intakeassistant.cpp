// IntakeAssistant: the clerk's most-used procedures and the autosaved intake draft.
#include "core/Clock.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "service/IntakeAssistant.h"
#include "store/Database.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestIntakeAssistant : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mostUsedOrdersByCountThenRecency();
    void mostUsedIsPerClerkAndRecent();
    void draftRoundTripsEverything();
    void draftIsPerUserAndReplaced();
    void draftSurvivesReopening();
    void unreadableDraftIsAnError_data();
    void unreadableDraftIsAnError();

private:
    void receive(const Actor& actor, const QString& procedureCode);
    void reopen();

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_clerk;
    Actor m_other;
    QStringList m_codes; // procedures with a counter channel
};

void TestIntakeAssistant::init()
{
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2026, 3, 10), QTime(9, 0), vietnamZone()));
    m_path = m_dir.filePath(QStringLiteral("desk-%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
    reopen();
    m_clerk = {1, QStringLiteral("clerk1"), QStringLiteral("Clerk One"), Role::Clerk};
    m_other = {2, QStringLiteral("clerk2"), QStringLiteral("Clerk Two"), Role::Clerk};
    m_codes.clear();
    for (const Procedure& p : m_ctx->catalogue().procedures()) {
        if (p.channel(Channel::Counter))
            m_codes.append(p.code);
    }
    QVERIFY(m_codes.size() >= 3);
}

void TestIntakeAssistant::reopen()
{
    m_ctx.reset();
    AppContext::Options options;
    options.databasePath = m_path;
    options.clock = m_clock.get();
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    m_ctx = std::move(*ctx);
}

void TestIntakeAssistant::cleanup()
{
    m_ctx.reset();
}

void TestIntakeAssistant::receive(const Actor& actor, const QString& procedureCode)
{
    Dossier d;
    d.procedureCode = procedureCode;
    d.applicant.fullName = QStringLiteral("Nguyễn Thị Hoa");
    d.applicant.idNumber = QStringLiteral("079190000001");
    // Fees as the catalogue has them (empty list: the service takes the channel's).
    auto r = m_ctx->dossiers().receive(actor, d);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
}

void TestIntakeAssistant::mostUsedOrdersByCountThenRecency()
{
    IntakeAssistant assistant(m_ctx->db(), *m_clock);
    auto none = assistant.mostUsedProcedures(m_clerk.username);
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());

    // codes[1] three times, codes[0] once, then codes[2] once later: 1 first, then 2 (more
    // recent) before 0 at the same count.
    receive(m_clerk, m_codes[0]);
    m_clock->advanceSecs(60);
    for (int i = 0; i < 3; ++i)
        receive(m_clerk, m_codes[1]);
    m_clock->advanceSecs(60);
    receive(m_clerk, m_codes[2]);
    auto used = assistant.mostUsedProcedures(m_clerk.username);
    QVERIFY2(used.ok(), qPrintable(used.error().message));
    QCOMPARE(*used, (QStringList{m_codes[1], m_codes[2], m_codes[0]}));
    auto two = assistant.mostUsedProcedures(m_clerk.username, 2);
    QCOMPARE(two->size(), 2);
}

void TestIntakeAssistant::mostUsedIsPerClerkAndRecent()
{
    IntakeAssistant assistant(m_ctx->db(), *m_clock);
    receive(m_other, m_codes[0]);
    receive(m_clerk, m_codes[1]);
    QCOMPARE(*assistant.mostUsedProcedures(m_clerk.username), QStringList{m_codes[1]});
    QCOMPARE(*assistant.mostUsedProcedures(m_other.username), QStringList{m_codes[0]});
    // Half a year later the old habits no longer count.
    m_clock->advanceSecs(200LL * 24 * 3600);
    QVERIFY(assistant.mostUsedProcedures(m_clerk.username)->isEmpty());
    QCOMPARE(*assistant.mostUsedProcedures(m_clerk.username, 8, 365), QStringList{m_codes[1]});
}

void TestIntakeAssistant::draftRoundTripsEverything()
{
    IntakeAssistant assistant(m_ctx->db(), *m_clock);
    IntakeDraft draft;
    Dossier& d = draft.dossier;
    d.applicant.type = ApplicantType::Enterprise;
    d.applicant.fullName = QStringLiteral("Công ty TNHH Đồng Xanh");
    d.applicant.idNumber = QStringLiteral("6101234567");
    d.applicant.birthDate = QDate(1990, 5, 17);
    d.applicant.gender = QStringLiteral("Nữ");
    d.applicant.address = QStringLiteral("12 Trần Hưng Đạo, Kon Tum");
    d.applicant.phone = QStringLiteral("0912 345 678");
    d.applicant.email = QStringLiteral("dongxanh@example.vn");
    d.applicant.representative = QStringLiteral("Lê Văn Tám");
    d.procedureCode = m_codes[0];
    d.channel = Channel::Postal;
    d.sets = 3;
    d.notes = QStringLiteral("Ghi chú: nộp thay");
    d.components = {{11, QStringLiteral("Đơn đề nghị"), 1, 0, 2, true},
                    {12, QStringLiteral("Bản sao CCCD"), 0, 1, 0, false}};
    d.fees = {{QStringLiteral("Lệ phí"), Money(25000), QString()},
              {QStringLiteral("Phí thẩm định"), Money(120000), QStringLiteral("Quyết định 12/2026")}};
    draft.receiptCopies = 2;
    QVERIFY(assistant.saveDraft(m_clerk.username, draft).ok());

    auto loaded = assistant.loadDraft(m_clerk.username);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
    QVERIFY(loaded->has_value());
    const IntakeDraft& got = **loaded;
    QCOMPARE(got.savedAt, m_clock->now());
    QCOMPARE(got.receiptCopies, 2);
    const Dossier& g = got.dossier;
    QCOMPARE(g.applicant.type, ApplicantType::Enterprise);
    QCOMPARE(g.applicant.fullName, d.applicant.fullName);
    QCOMPARE(g.applicant.idNumber, d.applicant.idNumber);
    QCOMPARE(g.applicant.birthDate, d.applicant.birthDate);
    QCOMPARE(g.applicant.gender, d.applicant.gender);
    QCOMPARE(g.applicant.address, d.applicant.address);
    QCOMPARE(g.applicant.phone, d.applicant.phone);
    QCOMPARE(g.applicant.email, d.applicant.email);
    QCOMPARE(g.applicant.representative, d.applicant.representative);
    QCOMPARE(g.procedureCode, d.procedureCode);
    QCOMPARE(g.channel, Channel::Postal);
    QCOMPARE(g.sets, 3);
    QCOMPARE(g.notes, d.notes);
    QCOMPARE(g.components.size(), 2);
    QCOMPARE(g.components[0].componentId, 11);
    QCOMPARE(g.components[0].photocopies, 2);
    QCOMPARE(g.components[1].name, QStringLiteral("Bản sao CCCD"));
    QCOMPARE(g.components[1].certifiedCopies, 1);
    QCOMPARE(g.components[1].provided, false);
    QCOMPARE(g.fees.size(), 2);
    QCOMPARE(g.fees[1].amount, Money(120000));
    QCOMPARE(g.fees[1].overrideReason, QStringLiteral("Quyết định 12/2026"));

    QVERIFY(assistant.discardDraft(m_clerk.username).ok());
    auto gone = assistant.loadDraft(m_clerk.username);
    QVERIFY(gone.ok());
    QVERIFY(!gone->has_value());
}

void TestIntakeAssistant::draftIsPerUserAndReplaced()
{
    IntakeAssistant assistant(m_ctx->db(), *m_clock);
    IntakeDraft a;
    a.dossier.applicant.fullName = QStringLiteral("Một");
    IntakeDraft b;
    b.dossier.applicant.fullName = QStringLiteral("Hai");
    QVERIFY(assistant.saveDraft(m_clerk.username, a).ok());
    QVERIFY(assistant.saveDraft(m_other.username, b).ok());
    a.dossier.applicant.fullName = QStringLiteral("Ba");
    QVERIFY(assistant.saveDraft(m_clerk.username, a).ok());
    QCOMPARE((*assistant.loadDraft(m_clerk.username))->dossier.applicant.fullName, QStringLiteral("Ba"));
    QCOMPARE((*assistant.loadDraft(m_other.username))->dossier.applicant.fullName, QStringLiteral("Hai"));
    Statement& q = m_ctx->db().prepare(QStringLiteral("SELECT COUNT(*) FROM intake_drafts"));
    QVERIFY(q.next());
    QCOMPARE(q.int64(0), 2);
    q.reset();
}

void TestIntakeAssistant::draftSurvivesReopening()
{
    {
        IntakeAssistant assistant(m_ctx->db(), *m_clock);
        IntakeDraft draft;
        draft.dossier.applicant.fullName = QStringLiteral("Đặng Thị Thu");
        draft.dossier.procedureCode = m_codes[1];
        QVERIFY(assistant.saveDraft(m_clerk.username, draft).ok());
    }
    reopen(); // a crash or a restart: a new connection to the same file
    IntakeAssistant assistant(m_ctx->db(), *m_clock);
    auto loaded = assistant.loadDraft(m_clerk.username);
    QVERIFY(loaded.ok());
    QVERIFY(loaded->has_value());
    QCOMPARE((*loaded)->dossier.applicant.fullName, QStringLiteral("Đặng Thị Thu"));
    QCOMPARE((*loaded)->dossier.procedureCode, m_codes[1]);
}

void TestIntakeAssistant::unreadableDraftIsAnError_data()
{
    QTest::addColumn<QString>("payload");
    QTest::newRow("not json") << QStringLiteral("{broken");
    QTest::newRow("newer format") << QStringLiteral("{\"format\": 99}");
    QTest::newRow("no format") << QStringLiteral("{\"procedure\": \"1.000001\"}");
}

void TestIntakeAssistant::unreadableDraftIsAnError()
{
    QFETCH(QString, payload);
    Statement& q = m_ctx->db().prepare(
        QStringLiteral("INSERT OR REPLACE INTO intake_drafts (username, saved_at, payload) VALUES ('clerk1', 0, ?1)"));
    QVERIFY(q.bind(1, payload).exec().ok());
    IntakeAssistant assistant(m_ctx->db(), *m_clock);
    auto loaded = assistant.loadDraft(m_clerk.username);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, Error::BadInput);
    QVERIFY(!loaded.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestIntakeAssistant)
#include "test_intakeassistant.moc"
