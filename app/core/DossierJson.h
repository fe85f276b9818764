#pragma once

#include "core/Dossier.h"
#include "core/IntakeDecision.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// The dossier as JSON, written and read here only, in its two shapes:
//  - ours (motcuactl dossier create and show, the counter's unfinished dossier): the applicant,
//    its papers ("components") and fees with snake_case keys;
//  - the portal record (DongBoHoSoMC, docs/protocol.md 3.1): the national fields, every value a
//    string, with what the counter records beyond them in "MC_ChiTiet", so that the center's
//    other counters rebuild the dossier from it.
// The readers take what they find and check nothing: a caller that needs a value to be there or
// well formed (a dossier typed by hand) checks the JSON itself and says what is wrong.
namespace motcua::dossierjson {

// Ours.
QJsonObject applicantToJson(const Applicant& applicant);
// An unknown type reads as a citizen, an unreadable birth date as none.
Applicant applicantFromJson(const QJsonObject& json);
QJsonArray papersToJson(const QList<DossierComponent>& papers);
// Counts as written (a negative one stays negative); a paper without "provided" is provided.
QList<DossierComponent> papersFromJson(const QJsonArray& json);
QJsonArray feesToJson(const QList<DossierFee>& fees);
QList<DossierFee> feesFromJson(const QJsonArray& json);

// The portal's times: yyyyMMddHHmmss in Vietnam time; empty for an invalid time.
QString portalTime(const QDateTime& t);
// Back in UTC; invalid when empty or malformed.
QDateTime fromPortalTime(const QString& text);

// The portal record of `dossier`, handled by `departmentName`.
QJsonObject portalRecord(const Dossier& dossier, const QString& departmentName);
// A supplement asked for (DanhSachHoSoBoSung, to put in a record): who asked, the papers and
// why, when, and the appointment before the pause.
QJsonArray supplementRequest(const QString& by, const QList<SupplementItem>& items, const QDateTime& askedAt,
                             const QDateTime& appointmentBefore);

// The dossier a portal record describes, as far as its national fields go: the procedure, the
// channel, the applicant, the dates, the papers and the fees (the rest is left as it is).
void readPortalRecord(const QJsonObject& record, Dossier& dossier);
// What the receiving counter recorded beyond the national fields ("MC_ChiTiet"), over a dossier
// readPortalRecord() filled: false when the record carries none (an older workstation sent it),
// and the dossier keeps what it has. `decisions`, when given, says whether the details carried
// the decisions of forms 02-04 (intake supplement or refusal, supplements, apologies).
bool readCounterDetails(const QJsonObject& record, Dossier& dossier, bool* decisions = nullptr);

} // namespace motcua::dossierjson
