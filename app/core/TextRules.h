#pragma once

#include <QString>

namespace motcua {

// What may be stored in a name or a line of catalogue text. Control characters (C0 and C1) and
// the characters that reorder text (bidirectional embeddings, overrides and isolates, U+202A–
// U+202E and U+2066–U+2069, and the marks U+200E, U+200F, U+061C) are refused: they print
// nothing, or make a printed receipt, a ledger or an audit line read differently from what is
// stored ("Trojan Source", CVE-2021-42574). Lengths are capped so one field cannot fill a page.
namespace TextRules {

// Caps, in characters (NFC code points), shared by the forms, the services and the importer.
constexpr int kNameMax = 200;    // a person's or an organisation's name, a department
constexpr int kIdMax = 32;       // ID, tax or registration number
constexpr int kAddressMax = 500; // an address
constexpr int kShortMax = 100;   // phone, gender, e-mail's local limits and the like
constexpr int kLineMax = 1000;   // a procedure's name, a paper's name, a summary, a reason
constexpr int kTextMax = 4000;   // notes, a procedure's free text

// True for a character that is refused: any C0 control (with `multiline`, TAB, LF and CR are
// allowed), DEL and C1 controls, and the bidirectional formatting characters above.
bool isForbidden(char32_t c, bool multiline = false);

// The index (in UTF-16 units) of the first refused character, or -1.
qsizetype firstForbidden(const QString& text, bool multiline = false);

// Why `text` cannot be stored ("contains a control or text-direction character (U+202E) at
// position 5", "is longer than 200 characters"), or an empty string when it can.
QString problem(const QString& text, int maxChars, bool multiline = false);

} // namespace TextRules

} // namespace motcua
