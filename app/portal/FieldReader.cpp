#include "portal/FieldReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QRegularExpression>

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
             QCoreApplication::translate("motcua", "Field \"%1\" must be a string.").arg(path(key)));
        return QString();
    }
    return v.toString();
}

QString FieldReader::required(const QString& key)
{
    const QString s = optional(key);
    if (!failed() && s.trimmed().isEmpty())
        fail(PortalCode::MissingField,
             QCoreApplication::translate("motcua", "Field \"%1\" is missing.").arg(path(key)));
    return s;
}

bool FieldReader::isPortalDate(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{14}$"));
    if (!shape.match(text).hasMatch())
        return false;
    return QDateTime::fromString(text, QStringLiteral("yyyyMMddHHmmss")).isValid();
}

QString FieldReader::date(const QString& key, bool needed)
{
    const QString s = needed ? required(key) : optional(key);
    if (failed() || s.isEmpty())
        return s;
    if (!isPortalDate(s)) {
        fail(PortalCode::BadValue,
             QCoreApplication::translate("motcua", "Field \"%1\" is not a date in the form yyyyMMddHHmmss.")
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
    static const QRegularExpression digits(QStringLiteral("^-?\\d{1,18}$"));
    bool ok = digits.match(s).hasMatch();
    const qint64 n = ok ? s.toLongLong(&ok) : 0;
    if (!ok || n < min || n > max) {
        fail(PortalCode::BadValue, QCoreApplication::translate("motcua", "Field \"%1\" must be a number from %2 to %3.")
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
         QCoreApplication::translate("motcua", "Field \"%1\" must be \"True\" or \"False\".").arg(path(key)));
    return fallback;
}

} // namespace motcua
