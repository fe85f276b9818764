#pragma once

#include "core/Money.h"
#include "core/Result.h"
#include "forms/FormData.h"
#include "forms/FormWording.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace motcua {

// Renders the intake forms 01–03 to PDF (A4, embedded Noto Serif, vector QR code and
// barcode) on FormCanvas, the drawing layer of every printed document. Layout follows the
// national conventions for administrative documents: the issuing unit on the left (parent
// body, then the center in bold capitals), the national name and the underlined motto on the
// right, the place and date line below them, the title centred, signature blocks at the end.
//
// Needs a QGuiApplication (fonts); motcuactl creates one with the offscreen platform.
class FormRenderer
{
public:
    // One copy per page run: with two copies the form is laid out twice, each copy starting
    // on a new page and labelled with wording.copyLabels. copies is 1 or 2.
    static Result<QByteArray> render(const FormData& data, const FormWording& wording, int copies = 1);

    // Formats used on the forms.
    // "09:30 13/02/2026" in Vietnam time.
    static QString formatTime(const QDateTime& t);
    // "Kon Tum, ngày 07 tháng 02 năm 2020".
    static QString formatPlaceDate(const FormWording& wording, const QString& place, const QDate& date);
    // "1.250.000 đồng".
    static QString formatMoney(const Money& amount, const QString& currency);
    // "5 ngày làm việc", "0,5 ngày làm việc", "8 giờ làm việc".
    static QString formatDuration(const FormWording& wording, double value, TimeUnit unit);
    // Every fee with its amount, "; "-separated, and the total when there are several.
    static QString formatFees(const FormWording& wording, const QList<DossierFee>& fees);
};

// The form with its standard wording (FormWording::standard).
Result<QByteArray> renderForm(const FormData& data, int copies = 1);

} // namespace motcua
