#include "core/CitizenIdQr.h"

#include <QCoreApplication>
#include <QStringList>

// This file depends on Qt Core only (no logging, no other motcua sources): the fuzz target
// in tests/fuzz compiles it alone with clang's sanitizers.

namespace motcua {

namespace {

// A real card's QR holds well under 300 bytes; anything much longer is not one, and a cap
// keeps a pasted novel from costing time.
constexpr qsizetype kMaxLength = 1024;
constexpr qsizetype kMaxName = 100;
constexpr qsizetype kMaxAddress = 400;

// Offset of the first byte that is not well-formed UTF-8 (RFC 3629: no overlong forms, no
// surrogates, nothing above U+10FFFF), or -1 when all of it is.
qsizetype invalidUtf8At(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned lead = p[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        char32_t minimum = 0;
        if ((lead & 0xE0) == 0xC0) {
            length = 2;
            cp = lead & 0x1F;
            minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            length = 3;
            cp = lead & 0x0F;
            minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            length = 4;
            cp = lead & 0x07;
            minimum = 0x10000;
        } else {
            return i;
        }
        if (n - i < length)
            return i;
        for (int k = 1; k < length; ++k) {
            const unsigned c = p[i + k];
            if ((c & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (c & 0x3F);
        }
        if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// The byte a character stands for when UTF-8 was decoded as Windows-1252 (or Latin-1,
// which agrees on everything but 0x80–0x9F); -1 when no single byte gives it.
int codePageByte(char16_t c)
{
    if (c < 0x100)
        return c;
    struct Pair
    {
        char16_t ch;
        int byte;
    };
    static constexpr Pair kCp1252[] = {
        {0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85}, {0x2020, 0x86}, {0x2021, 0x87},
        {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A}, {0x2039, 0x8B}, {0x0152, 0x8C}, {0x017D, 0x8E}, {0x2018, 0x91},
        {0x2019, 0x92}, {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95}, {0x2013, 0x96}, {0x2014, 0x97}, {0x02DC, 0x98},
        {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B}, {0x0153, 0x9C}, {0x017E, 0x9E}, {0x0178, 0x9F},
    };
    for (const Pair& p : kCp1252) {
        if (p.ch == c)
            return p.byte;
    }
    return -1;
}

// Letters of the Vietnamese alphabet (precomposed, both cases) and the combining marks of
// its decomposed form. Used to accept a mojibake repair only when it yields Vietnamese.
bool isVietnameseChar(char16_t c)
{
    if (c < 0x80)
        return true;
    static const QString kLatin1Letters = QString::fromUtf8("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư");
    if (kLatin1Letters.contains(QChar(c)))
        return true;
    if (c >= 0x1EA0 && c <= 0x1EF9) // Latin Extended Additional: ạ ả ấ ... ỹ
        return true;
    switch (c) { // combining grave, acute, circumflex, tilde, breve, hook above, horn, dot below
    case 0x0300:
    case 0x0301:
    case 0x0302:
    case 0x0303:
    case 0x0306:
    case 0x0309:
    case 0x031B:
    case 0x0323:
        return true;
    default:
        return false;
    }
}

// Signs of UTF-8 decoded with a single-byte code page: a lead byte of a multi-byte
// sequence (Â..ô) followed by a character standing for a continuation byte (0x80–0xBF:
// symbols such as » º … ‘ or C1 controls). Genuine Vietnamese text never has that pair.
bool looksGarbled(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const char16_t lead = text.at(i).unicode();
        if (lead < 0xC2 || lead > 0xF4)
            continue;
        const int next = codePageByte(text.at(i + 1).unicode());
        if (next >= 0x80 && next <= 0xBF)
            return true;
    }
    return false;
}

// Undoes one round of UTF-8-read-as-Windows-1252. True only when every character maps back
// to a byte, the bytes are valid UTF-8 and the result is Vietnamese text.
bool repairMojibake(const QString& text, QString* repaired)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (const QChar ch : text) {
        const int b = codePageByte(ch.unicode());
        if (b < 0)
            return false;
        bytes.append(static_cast<char>(b));
    }
    if (invalidUtf8At(bytes) >= 0)
        return false;
    const QString out = QString::fromUtf8(bytes);
    for (const QChar ch : out) {
        if (!isVietnameseChar(ch.unicode()))
            return false;
    }
    *repaired = out;
    return true;
}

bool allAsciiDigits(const QString& s)
{
    for (const QChar ch : s) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return false;
    }
    return true;
}

// Field text quoted in an error message: short, so junk does not flood the message.
QString quoted(const QString& s)
{
    return s.size() > 24 ? s.left(24) + QStringLiteral("…") : s;
}

Result<QDate> parseCardDate(const QString& text, const QString& what)
{
    if (text.size() != 8 || !allAsciiDigits(text)) {
        return Error::badInput(QCoreApplication::translate(
                                   "motcua::CitizenIdQr", "The %1 \"%2\" is not a date written as ddMMyyyy (8 digits).")
                                   .arg(what, quoted(text)));
    }
    const QDate date(text.mid(4, 4).toInt(), text.mid(2, 2).toInt(), text.left(2).toInt());
    if (!date.isValid() || date.year() < 1900) {
        return Error::badInput(
            QCoreApplication::translate("motcua::CitizenIdQr", "The %1 \"%2\" is not a valid calendar date.")
                .arg(what, text));
    }
    return date;
}

bool isNameChar(QChar ch)
{
    return ch.isLetter() || ch.isMark() || ch == QLatin1Char(' ') || ch == QLatin1Char('\'') ||
           ch == QLatin1Char('-') || ch == QLatin1Char('.');
}

} // namespace

Result<CitizenIdCard> parseCitizenIdQr(const QByteArray& raw, const QDate& today)
{
    if (raw.size() > kMaxLength * 4) {
        return Error::badInput(
            QCoreApplication::translate("motcua::CitizenIdQr",
                                        "This is not a citizen ID card QR: the text is too long (%1 bytes).")
                .arg(raw.size()));
    }
    const qsizetype bad = invalidUtf8At(raw);
    if (bad >= 0) {
        return Error::badInput(QCoreApplication::translate("motcua::CitizenIdQr",
                                                           "The QR text is not valid UTF-8 (byte %1). Set the "
                                                           "scanner to UTF-8 and scan again.")
                                   .arg(bad + 1));
    }
    return parseCitizenIdQr(QString::fromUtf8(raw), today);
}

Result<CitizenIdCard> parseCitizenIdQr(const QString& input, const QDate& today)
{
    if (input.size() > kMaxLength) {
        return Error::badInput(
            QCoreApplication::translate("motcua::CitizenIdQr",
                                        "This is not a citizen ID card QR: the text is too long (%1 bytes).")
                .arg(input.size()));
    }
    QString text = input;
    // A byte-order mark may lead pasted text; scanners end the text with Enter, some with Tab.
    while (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text = text.trimmed();
    if (text.isEmpty())
        return Error::badInput(QCoreApplication::translate("motcua::CitizenIdQr", "The QR text is empty."));

    CitizenIdCard card;
    if (looksGarbled(text)) {
        QString repaired;
        if (!repairMojibake(text, &repaired)) {
            return Error::badInput(QCoreApplication::translate(
                "motcua::CitizenIdQr",
                "The QR text is garbled (UTF-8 read with another code page) and cannot be repaired "
                "exactly. Set the scanner to UTF-8 and scan again."));
        }
        text = repaired;
        card.repairedMojibake = true;
    }
    // Scanners and pastes may give decomposed accents; the store and search expect NFC.
    text = text.normalized(QString::NormalizationForm_C);

    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || text.at(i).isNonCharacter() ||
            (text.at(i).isSurrogate() &&
             !(text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()))) {
            return Error::badInput(
                QCoreApplication::translate("motcua::CitizenIdQr",
                                            "The QR text holds a control or invalid character at position %1.")
                    .arg(i + 1));
        }
        if (text.at(i).isHighSurrogate())
            ++i;
    }

    if (!text.contains(QLatin1Char('|'))) {
        return Error::badInput(QCoreApplication::translate(
            "motcua::CitizenIdQr", "This is not a citizen ID card QR: it has no fields separated by '|'."));
    }
    const QStringList fields = text.split(QLatin1Char('|'));
    if (fields.size() != 6 && fields.size() != 7) {
        return Error::badInput(
            QCoreApplication::translate("motcua::CitizenIdQr",
                                        "A citizen ID card QR has 6 or 7 fields separated by '|'; this text has %1.")
                .arg(fields.size()));
    }

    card.idNumber = fields.at(0).trimmed();
    if (!allAsciiDigits(card.idNumber)) {
        return Error::badInput(
            QCoreApplication::translate("motcua::CitizenIdQr", "The ID number (first field) must hold digits only."));
    }
    if (card.idNumber.size() != 12) {
        return Error::badInput(QCoreApplication::translate(
                                   "motcua::CitizenIdQr", "The ID number (first field) must have 12 digits; it has %1.")
                                   .arg(card.idNumber.size()));
    }

    card.oldIdNumber = fields.at(1).trimmed();
    if (!card.oldIdNumber.isEmpty() &&
        (!allAsciiDigits(card.oldIdNumber) || (card.oldIdNumber.size() != 9 && card.oldIdNumber.size() != 12))) {
        return Error::badInput(QCoreApplication::translate(
            "motcua::CitizenIdQr", "The former ID number (second field) must be empty or have 9 or 12 digits."));
    }

    card.fullName = fields.at(2).simplified();
    if (card.fullName.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("motcua::CitizenIdQr", "The full name (third field) is empty."));
    if (card.fullName.size() > kMaxName)
        return Error::badInput(
            QCoreApplication::translate("motcua::CitizenIdQr", "The full name (third field) is too long."));
    for (const QChar ch : card.fullName) {
        if (!isNameChar(ch)) {
            return Error::badInput(QCoreApplication::translate(
                "motcua::CitizenIdQr", "The full name (third field) holds characters that are not letters."));
        }
    }

    auto birth = parseCardDate(fields.at(3).trimmed(),
                               QCoreApplication::translate("motcua::CitizenIdQr", "date of birth (fourth field)"));
    if (!birth)
        return birth.error();
    card.birthDate = *birth;

    const QString gender = fields.at(4).trimmed();
    const QString lower = gender.toLower();
    if (lower == QStringLiteral("nam")) {
        card.gender = QStringLiteral("Nam");
    } else if (lower == QString::fromUtf8("nữ") || lower == QStringLiteral("nu")) {
        // "Nu": a scanner set to plain ASCII drops the accents; the value is still unambiguous.
        card.gender = QString::fromUtf8("Nữ");
    } else {
        return Error::badInput(
            QCoreApplication::translate("motcua::CitizenIdQr",
                                        "The gender (fifth field) must be \"%1\" or \"%2\"; it is \"%3\".")
                .arg(QStringLiteral("Nam"), QString::fromUtf8("Nữ"), quoted(gender)));
    }

    card.address = fields.at(5).simplified();
    if (card.address.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("motcua::CitizenIdQr", "The address (sixth field) is empty."));
    if (card.address.size() > kMaxAddress)
        return Error::badInput(
            QCoreApplication::translate("motcua::CitizenIdQr", "The address (sixth field) is too long."));

    if (fields.size() == 7 && !fields.at(6).trimmed().isEmpty()) {
        auto issued =
            parseCardDate(fields.at(6).trimmed(),
                          QCoreApplication::translate("motcua::CitizenIdQr", "date of issue (seventh field)"));
        if (!issued)
            return issued.error();
        card.issueDate = *issued;
        if (card.issueDate < card.birthDate) {
            return Error::badInput(
                QCoreApplication::translate("motcua::CitizenIdQr", "The date of issue is before the date of birth."));
        }
    }

    if (today.isValid()) {
        if (card.birthDate > today)
            return Error::badInput(
                QCoreApplication::translate("motcua::CitizenIdQr", "The date of birth is in the future."));
        if (card.issueDate.isValid() && card.issueDate > today)
            return Error::badInput(
                QCoreApplication::translate("motcua::CitizenIdQr", "The date of issue is in the future."));
    }
    return card;
}

Applicant toApplicant(const CitizenIdCard& card)
{
    Applicant a;
    a.type = ApplicantType::Citizen;
    a.fullName = card.fullName;
    a.idNumber = card.idNumber;
    a.birthDate = card.birthDate;
    a.gender = card.gender;
    a.address = card.address;
    return a;
}

bool looksLikeCitizenIdQr(const QString& text)
{
    const QString t = text.trimmed();
    if (t.size() < 13 || t.size() > kMaxLength || t.at(12) != QLatin1Char('|'))
        return false;
    if (!allAsciiDigits(t.left(12)))
        return false;
    return t.count(QLatin1Char('|')) >= 5;
}

} // namespace motcua
