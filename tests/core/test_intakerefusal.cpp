// Supplement requests (form 02) and refusals (form 03) at the counter, and forms kept with a
// dossier: each is one transaction with the dossier, its event, the items, audit and outbox.

#include "core/Clock.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "support/CounterStation.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace motcua;

class TestIntakeRefusal : public QObject, protected test::CounterStationSuite
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void supplementRequestWritesEverything();
    void refusalWritesEverything();
    void refusesBadInput_data();
    void refusesBadInput();
    void everyRoleFromClerkUp();
    void receivedDossierHasNoDecision();
    void documentsAreKept();
    void documentRejectsBadInput();

private:
    Dossier draft() const;
    int count(const QString& sql);
    QJsonObject outboxPayload();
};

void TestIntakeRefusal::init()
{
    openStation(QDateTime(QDate(2026, 2, 13), QTime(9, 30), vietnamZone()),
                QStringLiteral("desk-%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
}

void TestIntakeRefusal::cleanup()
{
    m_ctx.reset();
}

Dossier TestIntakeRefusal::draft() const
{
    Dossier d;
    d.procedureCode = m_procedureCode;
    d.applicant.type = ApplicantType::Citizen;
    d.applicant.fullName = QString::fromUtf8("Y Blông");
    d.applicant.idNumber = QStringLiteral("062190004321");
    d.applicant.phone = QStringLiteral("0905123456");
    d.applicant.address = QString::fromUtf8("Thôn Kon Rờ Bàng 1, Xã Vinh Quang, Kon Tum");
    return d;
}

int TestIntakeRefusal::count(const QString& sql)
{
    Statement& st = m_ctx->db().prepare(sql);
    const int n = st.next() ? st.integer(0) : -1;
    st.reset();
    return n;
}

QJsonObject TestIntakeRefusal::outboxPayload()
{
    Statement& st = m_ctx->db().prepare(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'dossier'"));
    const QJsonObject o = st.next() ? QJsonDocument::fromJson(st.text(0).toUtf8()).object() : QJsonObject();
    st.reset();
    return o;
}

void TestIntakeRefusal::supplementRequestWritesEverything()
{
    const QList<SupplementItem> items = {
        {QString::fromUtf8("Giấy khai sinh"), QString::fromUtf8("Bản sao chưa chứng thực")},
        {QString::fromUtf8("Tờ khai"), QString::fromUtf8("Thiếu chữ ký của người khai")},
    };
    const auto r = m_ctx->dossiers().requestSupplementAtIntake(m_clerk, draft(), items);
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    static const QRegularExpression format(QStringLiteral("^000\\.00\\.00\\.H34-260213-\\d{4}$"));
    QVERIFY2(format.match(r->code).hasMatch(), qPrintable(r->code));
    QCOMPARE(r->state, DossierState::SupplementRequested);
    QVERIFY(r->appointmentAt > r->receivedAt);
    QVERIFY(!r->finishedAt.isValid());
    QVERIFY(r->fees.isEmpty());

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossiers WHERE state = %1")
                       .arg(static_cast<int>(DossierState::SupplementRequested))),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossier_intake_items WHERE kind = 'supplement'")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dossier.supplement_request'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'queued'")), 1);

    DossierRepository repo(m_ctx->db());
    const auto events = repo.events(r->id);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->first().to, DossierState::SupplementRequested);
    QVERIFY(!events->first().from.has_value());
    QVERIFY2(events->first().note.contains(QString::fromUtf8("Giấy khai sinh (Bản sao chưa chứng thực)")),
             qPrintable(events->first().note));
    QVERIFY(events->first().note.contains(QString::fromUtf8("Thiếu chữ ký")));

    const auto decision = m_ctx->dossiers().intakeDecision(r->code);
    QVERIFY2(decision.ok(), qPrintable(decision.error().message));
    QCOMPARE(decision->state, DossierState::SupplementRequested);
    QCOMPARE(decision->items.size(), 2);
    QCOMPARE(decision->items.at(0).componentName, items.at(0).componentName);
    QCOMPARE(decision->items.at(1).reason, items.at(1).reason);
    QVERIFY(decision->reason.isEmpty());

    const QJsonObject payload = outboxPayload();
    QCOMPARE(payload.value(QStringLiteral("MaHoSo")).toString(), r->code);
    QCOMPARE(payload.value(QStringLiteral("TrangThaiHoSo")).toString(), QStringLiteral("5"));
    const QJsonArray supplements = payload.value(QStringLiteral("DanhSachHoSoBoSung")).toArray();
    QCOMPARE(supplements.size(), 1);
    const QJsonObject s = supplements.first().toObject();
    QCOMPARE(s.value(QStringLiteral("DanhSachGiayToBoSung")).toArray().size(), 2);
    QVERIFY(s.value(QStringLiteral("NoiDungBoSung")).toString().contains(QString::fromUtf8("Tờ khai")));
    QCOMPARE(s.value(QStringLiteral("NgayBoSung")).toString(), QStringLiteral("20260213093000"));

    // No personal data in the audit trail.
    Statement& audit = m_ctx->db().prepare(QStringLiteral("SELECT details FROM audit_log"));
    while (audit.next()) {
        QVERIFY(!audit.text(0).contains(QStringLiteral("062190004321")));
        QVERIFY(!audit.text(0).contains(QStringLiteral("0905123456")));
    }
}

void TestIntakeRefusal::refusalWritesEverything()
{
    const QString reason = QString::fromUtf8("Thủ tục không thuộc thẩm quyền giải quyết của tỉnh Kon Tum");
    const auto r =
        m_ctx->dossiers().refuseAtIntake(m_clerk, draft(), QStringLiteral("  ") + reason + QStringLiteral("\n"));
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    QCOMPARE(r->state, DossierState::Refused);
    QCOMPARE(r->finishedAt, r->receivedAt);
    QCOMPARE(r->appointmentAt, r->receivedAt);
    QCOMPARE(r->receivedAt, m_clock->now());

    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossier_intake_items WHERE kind = 'refusal'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dossier.refuse'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossier_events")), 1);

    DossierRepository repo(m_ctx->db());
    const auto events = repo.events(r->id);
    QVERIFY(events.ok());
    QCOMPARE(events->first().to, DossierState::Refused);
    QVERIFY(events->first().note.endsWith(reason));

    const auto decision = m_ctx->dossiers().intakeDecision(r->code);
    QVERIFY(decision.ok());
    QCOMPARE(decision->state, DossierState::Refused);
    QCOMPARE(decision->reason, reason);
    QVERIFY(decision->items.isEmpty());

    const QJsonObject payload = outboxPayload();
    QCOMPARE(payload.value(QStringLiteral("TrangThaiHoSo")).toString(), QStringLiteral("3"));
    QCOMPARE(payload.value(QStringLiteral("NgayTuChoi")).toString(), QStringLiteral("20260213093000"));
    QCOMPARE(payload.value(QStringLiteral("DanhSachHoSoBoSung")).toArray().size(), 0);
}

void TestIntakeRefusal::refusesBadInput_data()
{
    QTest::addColumn<QString>("kind"); // "supplement" or "refusal"
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("code");
    QTest::newRow("no items") << QStringLiteral("supplement") << QStringLiteral("no items") << int(Error::BadInput);
    QTest::newRow("item without reason") << QStringLiteral("supplement") << QStringLiteral("no reason")
                                         << int(Error::BadInput);
    QTest::newRow("item without name") << QStringLiteral("supplement") << QStringLiteral("no name")
                                       << int(Error::BadInput);
    QTest::newRow("empty refusal") << QStringLiteral("refusal") << QStringLiteral("blank reason")
                                   << int(Error::BadInput);
    QTest::newRow("bad ID number") << QStringLiteral("refusal") << QStringLiteral("bad id") << int(Error::BadInput);
    QTest::newRow("unknown procedure") << QStringLiteral("supplement") << QStringLiteral("unknown procedure")
                                       << int(Error::NotFound);
    QTest::newRow("time in the future") << QStringLiteral("refusal") << QStringLiteral("future")
                                        << int(Error::BadInput);
}

void TestIntakeRefusal::refusesBadInput()
{
    QFETCH(QString, kind);
    QFETCH(QString, problem);
    QFETCH(int, code);
    Dossier d = draft();
    QList<SupplementItem> items = {{QString::fromUtf8("Tờ khai"), QString::fromUtf8("Thiếu chữ ký")}};
    QString reason = QString::fromUtf8("Hồ sơ giả mạo");
    if (problem == QLatin1String("no items"))
        items.clear();
    else if (problem == QLatin1String("no reason"))
        items.first().reason = QStringLiteral("  ");
    else if (problem == QLatin1String("no name"))
        items.first().componentName.clear();
    else if (problem == QLatin1String("blank reason"))
        reason = QStringLiteral(" \n ");
    else if (problem == QLatin1String("bad id"))
        d.applicant.idNumber = QStringLiteral("12345");
    else if (problem == QLatin1String("unknown procedure"))
        d.procedureCode = QStringLiteral("9.999999");
    else if (problem == QLatin1String("future"))
        d.receivedAt = m_clock->now().addDays(1);

    const auto r = kind == QLatin1String("supplement") ? m_ctx->dossiers().requestSupplementAtIntake(m_clerk, d, items)
                                                       : m_ctx->dossiers().refuseAtIntake(m_clerk, d, reason);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), code);
    QVERIFY(!r.error().message.isEmpty());
    // Nothing was written.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossiers")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossier_intake_items")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'dossier'")), 0);
}

void TestIntakeRefusal::everyRoleFromClerkUp()
{
    Actor supervisor = m_clerk;
    supervisor.username = QStringLiteral("lead");
    supervisor.role = Role::Supervisor;
    QVERIFY(m_ctx->dossiers().refuseAtIntake(supervisor, draft(), QStringLiteral("x")).ok());
    // An actor without a role (not signed in) may not.
    Actor nobody;
    nobody.role = static_cast<Role>(0);
    const auto r =
        m_ctx->dossiers().requestSupplementAtIntake(nobody, draft(), {{QStringLiteral("a"), QStringLiteral("b")}});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Forbidden);
    const auto r2 = m_ctx->dossiers().refuseAtIntake(nobody, draft(), QStringLiteral("x"));
    QCOMPARE(r2.error().code, Error::Forbidden);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossiers")), 1);
}

void TestIntakeRefusal::receivedDossierHasNoDecision()
{
    const auto r = m_ctx->dossiers().receive(m_clerk, draft());
    QVERIFY2(r.ok(), qPrintable(r.error().message));
    const auto decision = m_ctx->dossiers().intakeDecision(r->code);
    QVERIFY(!decision.ok());
    QCOMPARE(decision.error().code, Error::NotFound);
}

void TestIntakeRefusal::documentsAreKept()
{
    const auto r = m_ctx->dossiers().receive(m_clerk, draft());
    QVERIFY(r.ok());
    const QByteArray first("%PDF-1.4 first receipt");
    const QByteArray second("%PDF-1.4 reprinted receipt");
    QVERIFY(m_ctx->dossiers().attachDocument(m_clerk, r->code, QStringLiteral("01"), first).ok());
    m_clock->advanceSecs(60);
    QVERIFY(m_ctx->dossiers().attachDocument(m_clerk, r->code, QStringLiteral("01"), second).ok());

    const auto list = m_ctx->dossiers().documents(r->code);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->first().form, QStringLiteral("01"));
    QCOMPARE(list->first().createdBy, QStringLiteral("clerk1"));
    QCOMPARE(list->first().size, qint64(first.size()));
    QVERIFY(list->first().pdf.isEmpty()); // listed without content
    QCOMPARE(list->first().sha256,
             QString::fromLatin1(QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex()));

    const auto latest = m_ctx->dossiers().document(r->code, QStringLiteral("01"));
    QVERIFY(latest.ok());
    QCOMPARE(latest->pdf, second);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'dossier.document'")), 2);

    const auto none = m_ctx->dossiers().document(r->code, QStringLiteral("02"));
    QCOMPARE(none.error().code, Error::NotFound);
}

void TestIntakeRefusal::documentRejectsBadInput()
{
    const auto r = m_ctx->dossiers().receive(m_clerk, draft());
    QVERIFY(r.ok());
    const QByteArray pdf("%PDF-1.4 x");
    QCOMPARE(m_ctx->dossiers().attachDocument(m_clerk, r->code, QStringLiteral("07"), pdf).error().code,
             Error::BadInput);
    QCOMPARE(
        m_ctx->dossiers().attachDocument(m_clerk, r->code, QStringLiteral("01"), QByteArray("<html>")).error().code,
        Error::BadInput);
    QCOMPARE(m_ctx->dossiers()
                 .attachDocument(m_clerk, QStringLiteral("X-000000-0000"), QStringLiteral("01"), pdf)
                 .error()
                 .code,
             Error::NotFound);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM dossier_documents")), 0);
}

QTEST_GUILESS_MAIN(TestIntakeRefusal)
#include "test_intakerefusal.moc"
