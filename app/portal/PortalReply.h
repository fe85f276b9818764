#pragma once

#include <QJsonObject>
#include <QString>

namespace motcua {

// error_code values of the portal protocol (PROTOCOL.md, section 4). The numbers are the wire
// values, so never renumber them.
enum class PortalCode {
    Ok = 0,
    ServerFailure = -1,
    LoginFailed = 1,
    SessionInvalid = 2,
    AlreadyExists = 3,
    NotFound = 4,
    MissingField = 5,
    BadValue = 6,
    UnknownProcedure = 7,
    UnknownService = 8,
    NotJson = 9,
    UploadOffset = 11,
    UploadChecksum = 12,
    UploadSize = 13,
    RangeUsedUp = 14,
    BundleRejected = 15,
    StepConflict = 16,
    AuditChainRefused = 17,
};

// The outcome of one service call: a code, a message for people and the service's own fields.
// Every value on the wire is a string (PROTOCOL.md, section 1), so `fields` holds strings,
// arrays and objects only.
struct PortalReply
{
    PortalCode code = PortalCode::Ok;
    QString message;
    QJsonObject fields;
    // More members of the reply, already written as compact JSON text ("name":value pairs,
    // separated by commas, no braces), sent after `fields`. A reply built straight into text
    // (the center's feed pages, PROTOCOL.md 3.14) is spared a parse and a rewrite of every
    // record it passes on. Never a name `fields` has.
    QByteArray jsonMembers;
    // Not sent: an upload chunk refused only because the chunk before it is not stored yet,
    // which the server may try again a little later instead of answering (PROTOCOL.md 3.7).
    bool ahead = false;

    bool ok() const { return code == PortalCode::Ok; }

    static PortalReply success(QJsonObject fields = {})
    {
        return {PortalCode::Ok, QString(), std::move(fields), {}, false};
    }
    static PortalReply failure(PortalCode code, const QString& message, QJsonObject fields = {})
    {
        return {code, message, std::move(fields), {}, false};
    }

    // The JSON body: {"error_code", "error_message", "message", ...fields} (without jsonMembers).
    QJsonObject toJson() const;
    // The body as sent: toJson() as compact JSON, with jsonMembers.
    QByteArray toBytes() const;
};

} // namespace motcua
