// DossierService, second half: the dossier as JSON in the shape of `motcuactl dossier create` and
// `dossier show`, over the dossier codec (core/DossierJson.h), with the checks of a dossier typed
// by hand.
#include "service/DossierService.h"

#include "service/DossierFields.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/SupplementItems.h"
#include "core/TextFold.h"
#include "core/TextRules.h"
#include "security/Roles.h"
#include "service/CalendarService.h"
#include "service/CatalogueService.h"
#include "service/IntakeRules.h"
#include "store/Database.h"
#include "store/DossierCodeAllocator.h"
#include "store/DossierRepository.h"
#include "store/IntakeRepository.h"
#include "store/Journal.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace motcua {

using namespace dossierfields;

// JSON shape (motcuactl dossier create / show):
// {"procedure": "1.002010", "channel": "counter", "sets": 1, "summary": "...", "notes": "...",
//  "received_at": "2026-02-13T15:00:00+07:00" (optional; before today: supervisors, with
//  "received_at_reason"),
//  "applicant": {"type": "citizen", "name": "...", "id_number": "...", "birth_date": "YYYY-MM-DD",
//                "gender": "Nam", "address": "...", "phone": "...", "email": "...", "representative": "",
//                "id_from_qr": false (the name and ID number were read from the chip card's QR)},
//  "components": [{"component_id": 12, "name": "...", "originals": 1, "certified_copies": 0,
//                  "photocopies": 0, "provided": true}] (optional: the procedure's required ones),
//  "fees": [{"name": "...", "amount_vnd": 25000, "override_reason": ""}] (optional: the catalogue's)}
Result<Dossier> DossierService::fromJson(const QJsonObject& json)
{
    Dossier d;
    d.procedureCode = json.value(QStringLiteral("procedure")).toString().trimmed();
    if (d.procedureCode.isEmpty())
        return fieldError(QStringLiteral("procedure"),
                          QCoreApplication::translate("motcua::DossierServiceJson", "the procedure code is required."));
    const QString channel = json.value(QStringLiteral("channel")).toString(QStringLiteral("counter"));
    if (!channelFromKey(channel, &d.channel))
        return fieldError(QStringLiteral("channel"),
                          QCoreApplication::translate("motcua::DossierServiceJson",
                                                      "unknown channel \"%1\" (counter, online, postal).")
                              .arg(channel));
    const QJsonValue sets = json.value(QStringLiteral("sets"));
    if (!sets.isUndefined() && (!sets.isDouble() || sets.toDouble() != sets.toInt()))
        return fieldError(QStringLiteral("sets"),
                          QCoreApplication::translate("motcua::DossierServiceJson", "a whole number is expected."));
    d.sets = sets.toInt(1);
    d.summary = json.value(QStringLiteral("summary")).toString();
    d.notes = json.value(QStringLiteral("notes")).toString();
    d.receivedAtReason = json.value(QStringLiteral("received_at_reason")).toString();
    const QString received = json.value(QStringLiteral("received_at")).toString();
    if (!received.isEmpty()) {
        d.receivedAt = parseInstant(received);
        if (!d.receivedAt.isValid())
            return fieldError(
                QStringLiteral("received_at"),
                QCoreApplication::translate("motcua::DossierServiceJson", "not an ISO 8601 date and time: \"%1\".")
                    .arg(received));
    }

    const QJsonObject a = json.value(QStringLiteral("applicant")).toObject();
    if (a.isEmpty())
        return fieldError(QStringLiteral("applicant"),
                          QCoreApplication::translate("motcua::DossierServiceJson", "the applicant is required."));
    const QString type = a.value(QStringLiteral("type")).toString(QStringLiteral("citizen"));
    if (ApplicantType known; !applicantTypeFromKey(type, &known)) {
        return fieldError(
            QStringLiteral("applicant.type"),
            QCoreApplication::translate("motcua::DossierServiceJson",
                                        "unknown applicant type \"%1\" (citizen, enterprise, state_agency, other).")
                .arg(type));
    }
    const QString birth = a.value(QStringLiteral("birth_date")).toString();
    if (!birth.isEmpty() && !QDate::fromString(birth, Qt::ISODate).isValid())
        return fieldError(
            QStringLiteral("applicant.birth_date"),
            QCoreApplication::translate("motcua::DossierServiceJson", "not a date (YYYY-MM-DD): \"%1\".").arg(birth));
    d.applicant = dossierjson::applicantFromJson(a);
    for (QString* text : {&d.applicant.fullName, &d.applicant.idNumber, &d.applicant.phone, &d.applicant.email})
        *text = text->trimmed();

    d.components = dossierjson::papersFromJson(json.value(QStringLiteral("components")).toArray());
    const QJsonArray fees = json.value(QStringLiteral("fees")).toArray();
    for (int i = 0; i < fees.size(); ++i) {
        const QJsonValue amount = fees.at(i).toObject().value(QStringLiteral("amount_vnd"));
        if (!amount.isDouble() || amount.toDouble() != static_cast<double>(amount.toInteger())) {
            return fieldError(
                QStringLiteral("fees[%1].amount_vnd").arg(i),
                QCoreApplication::translate("motcua::DossierServiceJson", "a whole number of đồng is expected."));
        }
    }
    d.fees = dossierjson::feesFromJson(fees);
    return d;
}

QJsonObject DossierService::toJson(const Dossier& d)
{
    return QJsonObject{
        {QStringLiteral("code"), d.code},
        {QStringLiteral("procedure"), d.procedureCode},
        {QStringLiteral("procedure_name"), d.procedureName},
        {QStringLiteral("department"), d.departmentCode},
        {QStringLiteral("channel"), channelKey(d.channel)},
        {QStringLiteral("state"), stateKey(d.state)},
        {QStringLiteral("status_code"), nationalCode(d.state)},
        {QStringLiteral("sets"), d.sets},
        {QStringLiteral("summary"), d.summary},
        {QStringLiteral("notes"), d.notes},
        {QStringLiteral("received_at"), isoVietnam(d.receivedAt)},
        {QStringLiteral("appointment"), isoVietnam(d.appointmentAt)},
        {QStringLiteral("appointment_rule"), d.appointmentRule},
        {QStringLiteral("finished_at"), isoVietnam(d.finishedAt)},
        {QStringLiteral("returned_at"), isoVietnam(d.returnedAt)},
        {QStringLiteral("received_by"), d.receivedBy},
        {QStringLiteral("fee_total_vnd"), d.totalFees().toVnd()},
        {QStringLiteral("applicant"), dossierjson::applicantToJson(d.applicant)},
        {QStringLiteral("components"), dossierjson::papersToJson(d.components)},
        {QStringLiteral("fees"), dossierjson::feesToJson(d.fees)},
    };
}

} // namespace motcua
