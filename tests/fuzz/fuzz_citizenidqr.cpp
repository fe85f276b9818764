// libFuzzer target for the citizen ID card QR parser: any bytes a scanner, a paste or an
// image may give must be parsed or refused with a message, never crash, hang or break the
// parser's promises. Built with clang -fsanitize=fuzzer,address,undefined (tests/fuzz).

#include "core/CitizenIdQr.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// What a successful parse promises (core/CitizenIdQr.h).
void checkCard(const motcua::Result<motcua::CitizenIdCard>& r)
{
    if (!r.ok()) {
        check(!r.error().message.isEmpty());
        check(r.error().code == motcua::Error::BadInput);
        return;
    }
    const motcua::CitizenIdCard& card = *r;
    check(card.idNumber.size() == 12);
    for (const QChar c : card.idNumber)
        check(c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    check(card.oldIdNumber.isEmpty() || card.oldIdNumber.size() == 9 || card.oldIdNumber.size() == 12);
    check(!card.fullName.isEmpty() && !card.address.isEmpty());
    check(card.birthDate.isValid());
    check(card.gender == QStringLiteral("Nam") || card.gender == QString::fromUtf8("Nữ"));
    check(!card.issueDate.isValid() || card.issueDate >= card.birthDate);
    check(!card.fullName.contains(QLatin1Char('|')) && !card.address.contains(QLatin1Char('|')));
    const motcua::Applicant a = motcua::toApplicant(card);
    check(a.idNumber == card.idNumber);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray raw(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    // The bytes as they come from an image decoder or a file.
    checkCard(motcua::parseCitizenIdQr(raw));
    // The same bytes typed by a scanner on a single-byte code page: the mojibake path.
    const QString latin1 = QString::fromLatin1(raw);
    checkCard(motcua::parseCitizenIdQr(latin1));
    // The intake form's cheap test must not crash either, and anything it rejects is not a card.
    const bool looks = motcua::looksLikeCitizenIdQr(latin1);
    (void)looks;
    return 0;
}
