#include "portal/PortalReply.h"

#include <QJsonDocument>

namespace motcua {

QJsonObject PortalReply::toJson() const
{
    QJsonObject out = fields;
    out.insert(QStringLiteral("error_code"), QString::number(static_cast<int>(code)));
    out.insert(QStringLiteral("error_message"), message);
    // Callers written against the national portal read `message` (docs/domain.md#the-national-portal).
    out.insert(QStringLiteral("message"), message);
    return out;
}

QByteArray PortalReply::toBytes() const
{
    QByteArray body = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
    if (!jsonMembers.isEmpty()) {
        // toJson() holds error_code at least: the object is never empty.
        body.chop(1);
        body += ',';
        body += jsonMembers;
        body += '}';
    }
    return body;
}

} // namespace motcua
