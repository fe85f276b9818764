#pragma once

#include <QCryptographicHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace motcua {

// Names and codes of the portal's wire protocol (app/portal/PROTOCOL.md), in one place.
namespace PortalProtocol {

// Error codes (PROTOCOL.md section 4).
namespace Code {
inline constexpr int ServerFailure = -1;
inline constexpr int Ok = 0;
inline constexpr int LoginFailed = 1;
inline constexpr int SessionExpired = 2;
inline constexpr int AlreadyExists = 3;
inline constexpr int NotFound = 4;
inline constexpr int Missing = 5;
inline constexpr int Malformed = 6;
inline constexpr int UnknownProcedure = 7;
inline constexpr int UnknownService = 8;
inline constexpr int NotAnObject = 9;
inline constexpr int OffsetMismatch = 11;
inline constexpr int HashMismatch = 12;
inline constexpr int SizeMismatch = 13;
inline constexpr int RangeUsedUp = 14;
inline constexpr int BadBundle = 15;
inline constexpr int StepConflict = 16;
} // namespace Code

inline QString loginPath()
{
    return QStringLiteral("/mapi/login");
}
inline QString servicePath()
{
    return QStringLiteral("/mapi/g");
}
// MC_TaiTep with the chunk's bytes after the JSON envelope and a line feed (PROTOCOL.md 3.7).
inline QString uploadPath()
{
    return QStringLiteral("/mapi/tep");
}
// One account fetched before any login, for a workstation whose login screen does not know
// the name yet (PROTOCOL.md, section 10, motcua-center only).
inline QString accountLookupPath()
{
    return QStringLiteral("/center/account");
}
// The key a station proves itself with at accountLookupPath(): derived from the station's
// secret, so both sides know it without another exchange, and kept beside the database's key
// file, where it opens nothing but that lookup. Hex SHA-256 of a fixed label and the secret.
inline QString accountLookupKey(const QString& stationSecret)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView("motcua-account-lookup/1\n"));
    hash.addData(stationSecret.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

// error_code arrives as a number or a string; "0", "00" and 0 are success (PROTOCOL.md 1).
// A missing or unreadable code reads as ServerFailure.
inline int errorCode(const QJsonObject& reply)
{
    const QJsonValue v = reply.value(QStringLiteral("error_code"));
    if (v.isDouble())
        return v.toInt();
    if (v.isString()) {
        bool ok = false;
        const int code = v.toString().trimmed().toInt(&ok);
        return ok ? code : Code::ServerFailure;
    }
    return Code::ServerFailure;
}

inline QString errorMessage(const QJsonObject& reply)
{
    const QString m = reply.value(QStringLiteral("error_message")).toString();
    return m.isEmpty() ? reply.value(QStringLiteral("message")).toString() : m;
}

// "True"/"False" as every caller of the national portal sends them.
inline QString flag(bool b)
{
    return b ? QStringLiteral("True") : QStringLiteral("False");
}
inline bool isTrue(const QJsonValue& v)
{
    return v.isBool() ? v.toBool() : v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

// Every scalar is a string on the wire; numbers are read from either form.
inline qint64 number(const QJsonValue& v, qint64 fallback = 0)
{
    if (v.isDouble())
        return static_cast<qint64>(v.toDouble());
    bool ok = false;
    const qint64 n = v.toString().trimmed().toLongLong(&ok);
    return ok ? n : fallback;
}

// The key of a history row's client-side id (PROTOCOL.md 3.2) and its value: the dossier
// code is unique across the center and the event id within this station's database, so the
// pair is unique everywhere and stable across resends.
inline QString historyRowId()
{
    return QStringLiteral("MaTienDo");
}
// A history row's MaTienDo: the dossier code, then the workstation number and the local event
// id ("H34-261207-0012#3.481"), unique across the center's workstations, so two stations'
// rows of one dossier never take each other's place. Without a station: "code#481".
inline QString historyRowKey(const QString& dossierCode, qint64 eventId, int station = 0)
{
    if (station <= 0)
        return dossierCode + QLatin1Char('#') + QString::number(eventId);
    return dossierCode + QLatin1Char('#') + QString::number(station) + QLatin1Char('.') + QString::number(eventId);
}
// The workstation number in a history row's MaTienDo, 0 when it names none.
inline int historyRowStation(const QString& key)
{
    const qsizetype hash = key.lastIndexOf(QLatin1Char('#'));
    const qsizetype dot = key.indexOf(QLatin1Char('.'), hash + 1);
    if (hash < 0 || dot < 0)
        return 0;
    bool ok = false;
    const int station = QStringView(key).mid(hash + 1, dot - hash - 1).toInt(&ok);
    return ok ? station : 0;
}

} // namespace PortalProtocol
} // namespace motcua
