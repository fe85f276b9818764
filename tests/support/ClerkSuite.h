#pragma once

// A new station database per test function and a counter clerk, for the widget suites over
// one station (tests/ui): init() opens it, cleanup() closes it. Header-only.

#include "core/Dossier.h"
#include "core/Procedure.h"
#include "core/Types.h"
#include "service/AppContext.h"
#include "service/CatalogueService.h"
#include "service/DossierService.h"
#include "store/Database.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace motcua::test {

class ClerkSuite
{
protected:
    // A database named after the test function, with the system clock.
    void openStation()
    {
        AppContext::Options o;
        o.databasePath = m_dir.filePath(QStringLiteral("%1.db").arg(QString::fromLatin1(QTest::currentTestFunction())));
        auto ctx = AppContext::open(o);
        QVERIFY2(ctx.ok(), qPrintable(ctx.error().message));
        m_ctx = std::move(*ctx);
        m_clerk.username = QStringLiteral("clerk1");
        m_clerk.fullName = QStringLiteral("Trần Thị Mai");
        m_clerk.role = Role::Clerk;
    }

    void closeStation() { m_ctx.reset(); }

    // Receives `n` dossiers at the counter for citizens named "`applicant` 1", "`applicant` 2"...
    // of the first counter procedure; their codes, in order. A dossier refused fails the test.
    QStringList receiveDossiers(int n, const QString& applicant)
    {
        QString procedure;
        for (const Procedure& p : m_ctx->catalogue().procedures()) {
            if (p.channel(Channel::Counter)) {
                procedure = p.code;
                break;
            }
        }
        QStringList codes;
        for (int i = 0; i < n; ++i) {
            Dossier d;
            d.procedureCode = procedure;
            d.channel = Channel::Counter;
            d.applicant.type = ApplicantType::Citizen;
            d.applicant.fullName = QStringLiteral("%1 %2").arg(applicant).arg(i + 1);
            d.applicant.idNumber = QStringLiteral("0620900%1").arg(10000 + i);
            const auto r = m_ctx->dossiers().receive(m_clerk, d);
            if (!r) {
                QTest::qFail(qPrintable(r.error().message), __FILE__, __LINE__);
                break;
            }
            codes.append(r->code);
        }
        return codes;
    }

    // The first column of the first row of `sql` as a number; -1 when there is no row.
    int count(const QString& sql)
    {
        Statement& st = m_ctx->db().prepare(sql);
        const int n = st.next() ? st.integer(0) : -1;
        st.reset();
        return n;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AppContext> m_ctx;
    Actor m_clerk;
};

} // namespace motcua::test
