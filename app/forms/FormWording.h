#pragma once

#include "forms/FormData.h"

#include <QString>

namespace motcua {

// The wording of a form, apart from its layout, so a new circular's text (docs/domain.md#printed-forms: the
// 2025 circular appears to renumber and reword the forms) is an edit here, not in the
// renderer. The forms are Vietnamese legal documents: the wording stays Vietnamese whatever
// the interface language, so these strings are data, not translations.
//
// Placeholders: %1, %2, ... as documented on each member.
struct FormWording
{
    QString formLabel; // "Mẫu số 01" — printed small at the top right
    QString nation;    // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    QString motto;     // "Độc lập - Tự do - Hạnh phúc" (underlined)
    QString placeDate; // %1 place, %2 day, %3 month, %4 year (two-digit day and month)
    QString title;
    QString copyLabels[2]; // "Liên 1: ..." when two copies are printed
    QString codeLabel;     // "Mã hồ sơ:"
    QString lookupCaption; // under the QR code
    QString intro;         // %1 the center's name
    QString applicantLabel;
    QString addressLabel;
    QString phoneLabel;
    QString emailLabel;
    QString citizenIdLabel;      // citizens
    QString organisationIdLabel; // enterprises and organisations
    QString procedureLabel;      // %1 procedure name, %2 procedure code
    QString componentsHeading;
    QString columnNumber;
    QString columnComponent;
    QString columnOriginals;
    QString columnCertified;
    QString columnPhotocopies;
    QString columnReason;     // form 02
    QString setsLine;         // %1 number of sets
    QString statutoryLine;    // %1 the time with its unit
    QString unitWorkingDays;  // "ngày làm việc"
    QString unitWorkingHours; // "giờ làm việc"
    QString unitCalendarDays; // "ngày"
    QString receivedLine;     // %1 "hh:mm dd/MM/yyyy"
    QString appointmentLine;  // %1 "hh:mm dd/MM/yyyy"
    QString collectLine;      // %1 where
    QString feesLine;         // %1 the fees
    QString noFees;
    QString currency;       // "đồng"
    QString supplementText; // form 02, before the table
    QString refusalText;    // form 03, %1 the center's name
    QString contactText;    // %1 the center's name, %2 its phone
    QString closing;        // "Xin trân trọng cảm ơn!" or the like
    QString leftSignature;  // title of the left signature block; empty: none
    QString rightSignature;
    QString signatureHint; // "(Ký và ghi rõ họ tên)"

    // Circular 01/2018/TT-VPCP, forms 01 to 03.
    static FormWording standard(FormKind kind);
};

} // namespace motcua
