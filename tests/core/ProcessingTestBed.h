#pragma once

#include "core/Clock.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "service/ProcessingService.h"
#include "store/Database.h"
#include "store/DossierRepository.h"
#include "store/OutboxStore.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace motcua {

// The processing tests' station: a real SQLite file with the demo catalogue, a clerk and a supervisor
// account, a procedure of 5 working days, two departments, and dossiers brought to any state
// through the real services (test_processingservice, test_processingreads).
class ProcessingTestBed
{
protected:
    void setUp();
    void tearDown();
    enum class Start {
        Received,
        IntakeSupplement,
        Refused,
        Transferred,
        Processing,
        SupplementRequested,
        SupplementReceived,
        AwaitingFees,
        Done,
        Returned,
        Withdrawn,
        Stopped,
    };
    QString newDossier(Start start);
    Status run(ProcessingAction action, const QString& code, const Actor& actor);
    int count(const QString& sql, const QString& code = QString());
    QDateTime vn(int y, int m, int d, int h, int min) const
    {
        return QDateTime(QDate(y, m, d), QTime(h, min), vietnamZone());
    }
    Dossier draft() const;
    ProcessingService& processing() { return m_ctx->processing(); }

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_clerk;
    Actor m_supervisor;
    QString m_procedureCode;
    QString m_dept1;
    QString m_dept2;
};

} // namespace motcua

Q_DECLARE_METATYPE(motcua::ProcessingAction)
Q_DECLARE_METATYPE(motcua::DossierState)

namespace motcua {

inline void ProcessingTestBed::setUp()
{
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<FixedClock>(vn(2026, 3, 2, 8, 0));
    AppContext::Options options;
    options.databasePath = m_dir.filePath(QStringLiteral("processing.db"));
    options.clock = m_clock.get();
    auto ctx = AppContext::open(options);
    QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
    m_ctx = std::move(*ctx);
    m_clerk.username = QStringLiteral("clerk1");
    m_clerk.fullName = QStringLiteral("Nguyễn Thị Lan");
    m_clerk.role = Role::Clerk;
    m_supervisor.username = QStringLiteral("lead1");
    m_supervisor.fullName = QStringLiteral("Trần Văn Bình");
    m_supervisor.role = Role::Supervisor;
    // Both are accounts of the station: the portal's history rows name the person (users).
    for (const Actor* a : {&m_clerk, &m_supervisor}) {
        Statement& user = m_ctx->db().prepare(
            QStringLiteral("INSERT INTO users (username, full_name, role, password_hash, created_at) VALUES (?1, ?2, "
                           "?3, 'unused', 0)"));
        user.bind(1, a->username)
            .bind(2, a->fullName)
            .bind(3, a->role == Role::Clerk ? QStringLiteral("clerk") : QStringLiteral("supervisor"));
        QVERIFY(user.exec().ok());
    }
    for (const Procedure& p : m_ctx->catalogue().procedures()) {
        const ProcedureChannel* ch = p.channel(Channel::Counter);
        if (ch && ch->timeUnit == TimeUnit::WorkingDays && ch->timeValue == 5 && !p.receiveCutoff) {
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

inline void ProcessingTestBed::tearDown()
{
    m_ctx.reset();
}

inline Dossier ProcessingTestBed::draft() const
{
    Dossier d;
    d.procedureCode = m_procedureCode;
    d.applicant.type = ApplicantType::Citizen;
    d.applicant.fullName = QStringLiteral("Đặng Văn Đức");
    d.applicant.idNumber = QStringLiteral("062090001234");
    d.applicant.address = QStringLiteral("Phường Quyết Thắng, Kon Tum");
    d.applicant.phone = QStringLiteral("0912345678");
    return d;
}

inline int ProcessingTestBed::count(const QString& sql, const QString& code)
{
    Statement& st = m_ctx->db().prepare(sql);
    if (!code.isNull())
        st.bind(1, code);
    const int n = st.next() ? st.integer(0) : -1;
    st.reset();
    return n;
}

inline Status ProcessingTestBed::run(ProcessingAction action, const QString& code, const Actor& actor)
{
    auto asStatus = [](const auto& r) { return r ? Status() : Status(r.error()); };
    auto where = processing().location(code);
    switch (action) {
    case ProcessingAction::Transfer:
        return asStatus(processing().transfer(
            actor, code, where && where->departmentCode == m_dept1 ? m_dept2 : m_dept1, QStringLiteral("xin chuyển")));
    case ProcessingAction::Receive:
        return asStatus(processing().receive(actor, code));
    case ProcessingAction::RequestSupplement:
        return asStatus(processing().requestSupplement(
            actor, code, {{QStringLiteral("Bản sao giấy khai sinh"), QStringLiteral("thiếu chứng thực")}}));
    case ProcessingAction::SupplementReceived:
        return asStatus(processing().supplementReceived(actor, code));
    case ProcessingAction::AwaitingFees:
        return asStatus(processing().awaitFees(actor, code));
    case ProcessingAction::Complete:
        return asStatus(processing().complete(actor, code));
    case ProcessingAction::Return: {
        ReturnRecord r;
        r.collectorName = QStringLiteral("Đặng Văn Đức");
        r.collectorIdNumber = QStringLiteral("062090001234");
        r.resultPapers = {QStringLiteral("Giấy chứng nhận")};
        r.feesSettled = true;
        return asStatus(processing().returnResult(actor, code, r));
    }
    case ProcessingAction::Withdraw:
        return asStatus(processing().withdraw(actor, code, QStringLiteral("Người nộp xin rút")));
    case ProcessingAction::Stop:
        return asStatus(processing().stop(actor, code, QStringLiteral("Hồ sơ không đủ điều kiện")));
    case ProcessingAction::BackToCounter:
        return asStatus(processing().backToCounter(actor, code));
    case ProcessingAction::ReceiveBack:
        return asStatus(processing().receiveBack(actor, code));
    case ProcessingAction::Apologize:
        return asStatus(processing().apologize(actor, code, m_clock->now().addDays(7), QStringLiteral("Quá tải")));
    case ProcessingAction::TakeBack:
        return asStatus(processing().takeBack(actor, code));
    }
    return Error::internal(QStringLiteral("unknown action"));
}

// A dossier driven through the real service to `start`, each step a few minutes apart.
inline QString ProcessingTestBed::newDossier(Start start)
{
    m_clock->set(vn(2026, 3, 2, 8, 0));
    auto step = [this](ProcessingAction a, const QString& code) {
        m_clock->advanceSecs(600);
        const Status s = run(a, code, m_supervisor);
        if (!s)
            qWarning("setting up failed: %s", qPrintable(s.error().message));
    };
    if (start == Start::Refused) {
        auto r = m_ctx->dossiers().refuseAtIntake(m_clerk, draft(), QStringLiteral("Không thuộc thẩm quyền"));
        return r ? r->code : QString();
    }
    if (start == Start::IntakeSupplement) {
        auto r = m_ctx->dossiers().requestSupplementAtIntake(m_clerk, draft(),
                                                             {{QStringLiteral("Tờ khai"), QStringLiteral("chưa ký")}});
        return r ? r->code : QString();
    }
    auto r = m_ctx->dossiers().receive(m_clerk, draft());
    if (!r)
        return QString();
    const QString code = r->code;
    using A = ProcessingAction;
    switch (start) {
    case Start::Received:
    case Start::Refused:
    case Start::IntakeSupplement:
        break;
    case Start::Withdrawn:
        step(A::Withdraw, code);
        break;
    case Start::Transferred:
        step(A::Transfer, code);
        break;
    case Start::Processing:
    case Start::SupplementRequested:
    case Start::SupplementReceived:
    case Start::AwaitingFees:
    case Start::Done:
    case Start::Returned:
    case Start::Stopped:
        step(A::Transfer, code);
        step(A::Receive, code);
        if (start == Start::SupplementRequested || start == Start::SupplementReceived)
            step(A::RequestSupplement, code);
        if (start == Start::SupplementReceived)
            step(A::SupplementReceived, code);
        if (start == Start::AwaitingFees)
            step(A::AwaitingFees, code);
        if (start == Start::Done || start == Start::Returned)
            step(A::Complete, code);
        if (start == Start::Returned)
            step(A::Return, code);
        if (start == Start::Stopped)
            step(A::Stop, code);
        break;
    }
    m_clock->advanceSecs(600);
    return code;
}

} // namespace motcua
