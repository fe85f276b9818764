#pragma once

// What the forms of a dossier print at one workstation, as lines of text to compare between
// counters (tests/sync/test_centerfeed.cpp): what each form is filled from, field by field.

#include "core/Clock.h"
#include "core/ProcessingRecords.h"
#include "forms/DossierForms.h"
#include "forms/ProcessingForms.h"
#include "service/AppContext.h"
#include "service/ProcessingService.h"

#include <QStringList>

namespace motcua::test {

inline QString printedSecs(const QDateTime& t)
{
    return t.isValid() ? QString::number(t.toSecsSinceEpoch()) : QString();
}

inline QString printedApplicant(const Applicant& a)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8")
        .arg(a.fullName, a.idNumber, a.birthDate.toString(Qt::ISODate), a.gender, a.address, a.phone, a.representative)
        .arg(static_cast<int>(a.type));
}

// Forms 01, 05 and the ledger row (06) of `code`.
inline QStringList printedForms(AppContext& app, const QString& code)
{
    QStringList out;
    auto receipt = DossierForms(app).collect(code, FormKind::Receipt);
    if (!receipt)
        return {QStringLiteral("no receipt: ") + receipt.error().message};
    out << QStringLiteral("01 applicant: ") + printedApplicant(receipt->applicant);
    out << QStringLiteral("01 sets %1, received %2, due %3, clerk %4")
               .arg(receipt->sets)
               .arg(printedSecs(receipt->receivedAt), printedSecs(receipt->appointmentAt), receipt->clerkName);
    for (const DossierComponent& c : receipt->components)
        out << QStringLiteral("01 paper: %1 %2/%3/%4 %5")
                   .arg(c.name)
                   .arg(c.originals)
                   .arg(c.certifiedCopies)
                   .arg(c.photocopies)
                   .arg(c.provided);
    for (const DossierFee& f : receipt->fees)
        out << QStringLiteral("01 fee: %1 %2 %3").arg(f.name).arg(f.amount.toVnd()).arg(f.overrideReason);
    auto slip = ProcessingForms(app).collectControlSlip(code);
    if (!slip)
        return out << QStringLiteral("no control slip: ") + slip.error().message;
    out << QStringLiteral("05 received by %1, finished %2, returned %3 to %4")
               .arg(slip->receivedByName, printedSecs(slip->finishedAt), printedSecs(slip->returnedAt),
                    slip->collectorName);
    for (const Handover& h : slip->handovers)
        out << QStringLiteral("05 hand-over: %1 -> %2, %3 by %4 (%5), %6 by %7 (%8): %9")
                   .arg(h.fromDepartmentName, h.toDepartmentName, printedSecs(h.handedAt), h.handedByName, h.handedBy,
                        printedSecs(h.receivedAt), h.receivedByName, h.receivedBy, h.note);
    auto back = app.processing().returnRecord(code);
    if (back)
        out << QStringLiteral("return: %1|%2|%3|%4|%5|%6")
                   .arg(back->collectorName, back->collectorIdNumber, back->resultPapers.join(u';'), back->returnedBy,
                        printedSecs(back->collectedAt))
                   .arg(back->feesSettled);
    const QDate day = toVietnam(receipt->receivedAt).date();
    auto ledger = app.processing().ledger(day, day);
    for (const LedgerRow& r : ledger ? *ledger : QList<LedgerRow>()) {
        if (r.code == code)
            out << QStringLiteral("06: %1|%2|%3|%4|%5|%6")
                       .arg(r.applicantName, r.address, r.phone, r.collectorName, r.receivedBy,
                            printedSecs(r.returnedAt));
    }
    return out;
}

// Forms 02, 03 and 04 of `code`: each the fields it prints, or why it does not fit the dossier
// (the same refusal at every counter).
inline QStringList printedDecisions(AppContext& app, const QString& code)
{
    QStringList out;
    for (FormKind kind : {FormKind::Receipt, FormKind::Supplement, FormKind::Refusal}) {
        const QString number = formNumber(kind);
        auto form = DossierForms(app).collect(code, kind);
        if (!form) {
            out << number + QStringLiteral(" none: ") + form.error().message;
            continue;
        }
        out << number + QStringLiteral(" dated %1, applicant %2, received %3, due %4, clerk %5, sets %6")
                            .arg(form->date.toString(Qt::ISODate), printedApplicant(form->applicant),
                                 printedSecs(form->receivedAt), printedSecs(form->appointmentAt), form->clerkName)
                            .arg(form->sets);
        for (const SupplementItem& i : form->supplementItems)
            out << number + QStringLiteral(" asked: %1: %2").arg(i.componentName, i.reason);
        if (!form->refusalReason.isEmpty())
            out << number + QStringLiteral(" refused: ") + form->refusalReason;
    }
    auto letter = ProcessingForms(app).collectApology(code);
    if (!letter)
        return out << QStringLiteral("04 none: ") + letter.error().message;
    out << QStringLiteral("04 dated %1, applicant %2, received %3, due %4 -> %5, signed %6: %7")
               .arg(letter->date.toString(Qt::ISODate), printedApplicant(letter->applicant),
                    printedSecs(letter->receivedAt), printedSecs(letter->appointmentBefore),
                    printedSecs(letter->appointmentAfter), letter->signerName, letter->reason);
    return out;
}

} // namespace motcua::test
