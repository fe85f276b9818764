#include "portal/FieldReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QTime>

namespace motcua {

FieldReader::FieldReader(const QJsonObject& object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{}

QString FieldReader::path(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

void FieldReader::fail(PortalCode code, const QString& message)
{
    if (!failed())
        m_error = PortalReply::failure(code, message);
}

QString FieldReader::optional(const QString& key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString()) {
        fail(PortalCode::BadValue,
             QCoreApplication::translate("motcua::FieldReader", "Field \"%1\" must be a string.").arg(path(key)));
        return QString();
    }
    return v.toString();
}

QString FieldReader::required(const QString& key)
{
    const QString s = optional(key);
    if (!failed() && s.trimmed().isEmpty())
        fail(PortalCode::MissingField,
             QCoreApplication::translate("motcua::FieldReader", "Field \"%1\" is missing.").arg(path(key)));
    return s;
}

bool FieldReader::isPortalDate(const QString& text)
{
    // yyyyMMddHHmmss at the fixed offset UTC+7 (no daylight saving): every calendar date and
    // wall-clock time exists, so checking the digits and their ranges is the whole check. Read
    // by hand: parsing through QDateTime costs a time-zone lookup per date.
    if (text.size() != 14)
        return false;
    int digits[14];
    for (int i = 0; i < 14; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        digits[i] = c - u'0';
    }
    auto field = [&digits](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i)
            n = n * 10 + digits[i];
        return n;
    };
    return QDate::isValid(field(0, 4), field(4, 2), field(6, 2)) &&
           QTime::isValid(field(8, 2), field(10, 2), field(12, 2));
}

QString FieldReader::date(const QString& key, bool needed)
{
    const QString s = needed ? required(key) : optional(key);
    if (failed() || s.isEmpty())
        return s;
    if (!isPortalDate(s)) {
        fail(PortalCode::BadValue, QCoreApplication::translate("motcua::FieldReader",
                                                               "Field \"%1\" is not a date in the form yyyyMMddHHmmss.")
                                       .arg(path(key)));
    }
    return s;
}

qint64 FieldReader::number(const QString& key, qint64 min, qint64 max, bool needed, qint64 fallback)
{
    const QString s = needed ? required(key) : optional(key);
    if (failed())
        return fallback;
    if (s.isEmpty())
        return fallback;
    // An optional minus and 1 to 18 ASCII digits, nothing else (no spaces, no plus sign).
    const qsizetype sign = s.startsWith(QLatin1Char('-')) ? 1 : 0;
    bool ok = s.size() > sign && s.size() - sign <= 18;
    for (qsizetype i = sign; ok && i < s.size(); ++i)
        ok = s.at(i).unicode() >= u'0' && s.at(i).unicode() <= u'9';
    const qint64 n = ok ? s.toLongLong(&ok) : 0;
    if (!ok || n < min || n > max) {
        fail(PortalCode::BadValue,
             QCoreApplication::translate("motcua::FieldReader", "Field \"%1\" must be a number from %2 to %3.")
                 .arg(path(key))
                 .arg(min)
                 .arg(max));
        return fallback;
    }
    return n;
}

bool FieldReader::flag(const QString& key, bool fallback)
{
    const QString s = optional(key);
    if (failed() || s.isEmpty())
        return fallback;
    if (s.compare(QLatin1String("True"), Qt::CaseInsensitive) == 0)
        return true;
    if (s.compare(QLatin1String("False"), Qt::CaseInsensitive) == 0)
        return false;
    fail(PortalCode::BadValue,
         QCoreApplication::translate("motcua::FieldReader", "Field \"%1\" must be \"True\" or \"False\".")
             .arg(path(key)));
    return fallback;
}

} // namespace motcua
