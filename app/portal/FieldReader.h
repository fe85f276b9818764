#pragma once

#include "portal/PortalReply.h"

#include <QJsonObject>
#include <QString>

namespace motcua {

// Reads the string fields of one request object the way a real portal validates them: the
// first problem wins and becomes the reply (error 5 for a missing field, 6 for a malformed
// one), with the field's path in the message ("data[1].NgayHenTra"). Every value on the wire
// is a string (PROTOCOL.md, section 1): a number or boolean where a string belongs is malformed.
class FieldReader
{
public:
    explicit FieldReader(const QJsonObject& object, QString path = {});

    // A non-empty string.
    QString required(const QString& key);
    // A string, "" when absent.
    QString optional(const QString& key);
    // "" or a valid portal date yyyyMMddHHmmss; with `needed`, "" is missing.
    QString date(const QString& key, bool needed);
    // A decimal integer within [min, max]; with !needed an absent or "" field gives `fallback`.
    qint64 number(const QString& key, qint64 min, qint64 max, bool needed, qint64 fallback = 0);
    // "True" or "False" (the national portal's spelling); absent gives `fallback`.
    bool flag(const QString& key, bool fallback);

    bool failed() const { return !m_error.ok(); }
    const PortalReply& error() const { return m_error; }
    void fail(PortalCode code, const QString& message);
    QString path(const QString& key) const;

    static bool isPortalDate(const QString& text);

private:
    QJsonObject m_object;
    QString m_path;
    PortalReply m_error;
};

} // namespace motcua
