#pragma once

#include "core/Dossier.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace motcua {

// What the QR code on a citizen ID card (căn cước công dân, CCCD) says about its holder.
struct CitizenIdCard
{
    QString idNumber;    // 12 digits
    QString oldIdNumber; // the former 9-digit (or 12-digit) ID card number; often empty
    QString fullName;
    QDate birthDate;
    QString gender;  // "Nam" or "Nữ", as printed on the card
    QString address; // permanent residence
    QDate issueDate; // invalid when the QR has only 6 fields
    // The text arrived as UTF-8 bytes read as Latin-1 / Windows-1252 ("Nguyá»…n") and was
    // repaired. The UI shows it so the clerk looks at the name twice.
    bool repairedMojibake = false;
};

// Parses the text of a citizen ID card QR (docs/domain.md#the-citizen-id-card-qr):
//
//   ID (12 digits) | old ID (9 or 12 digits, may be empty) | full name | birth ddMMyyyy |
//   Nam or Nữ | permanent address | issue date ddMMyyyy
//
// Seven fields; six (no issue date) are accepted too. The text comes from a handheld
// scanner typing keystrokes, from a paste or from an image, so it is parsed defensively:
// surrounding whitespace, CR/LF and a byte-order mark are dropped; anything else that is
// wrong is refused with a translated message naming the problem, never guessed at, and no
// input makes it crash (a libFuzzer target runs it in CI).
//
// Mojibake policy: text that is UTF-8 read as Latin-1 or Windows-1252 (a scanner set to
// the wrong code page turns "Nguyễn" into "Nguyá»…n") is repaired when the repair is exact,
// valid UTF-8 and gives only Vietnamese letters; the card is then marked repairedMojibake.
// Text that looks garbled but cannot be repaired exactly is refused: a wrong name on a
// receipt is worse than asking the clerk to scan again.
//
// `today`, when valid, also refuses a birth or issue date in the future.
Result<CitizenIdCard> parseCitizenIdQr(const QByteArray& raw, const QDate& today = QDate());
Result<CitizenIdCard> parseCitizenIdQr(const QString& text, const QDate& today = QDate());

// The applicant of a dossier from the card: a citizen with name, ID, birth date, gender and
// address. Phone and e-mail are not on the card.
Applicant toApplicant(const CitizenIdCard& card);

// Cheap test for the intake form: does a burst of keystrokes look like an ID card QR
// (12 digits, then '|', then at least four more '|')? It routes the text to
// parseCitizenIdQr instead of the focused field; the parser then judges the details.
bool looksLikeCitizenIdQr(const QString& text);

} // namespace motcua
