#include "center/CenterConfig.h"

#include <QCoreApplication>
#include <QFile>

namespace motcua {

Status CenterConfig::set(const QString& key, const QString& value)
{
    const auto number = [&](int* out, int min, int max) -> Status {
        bool ok = false;
        const int n = value.toInt(&ok);
        if (!ok || n < min || n > max) {
            return Error::badInput(
                QCoreApplication::translate("motcua::CenterConfig", "\"%1\" must be a number from %2 to %3.")
                    .arg(key)
                    .arg(min)
                    .arg(max));
        }
        *out = n;
        return {};
    };
    if (key == QLatin1String("listen"))
        listen = value;
    else if (key == QLatin1String("certificate"))
        certificate = value;
    else if (key == QLatin1String("key"))
        this->key = value;
    else if (key == QLatin1String("database"))
        database = value;
    else if (key == QLatin1String("agency"))
        agency = value;
    else if (key == QLatin1String("name"))
        name = value;
    else if (key == QLatin1String("session_ttl"))
        return number(&sessionTtl, 1, 86400);
    else if (key == QLatin1String("fault_delay_ms"))
        return number(&faultDelayMs, 0, 600000);
    else if (key == QLatin1String("enrol_minutes"))
        return number(&enrolMinutes, 1, 1440);
    else if (key == QLatin1String("max_stations"))
        return number(&numbering.maxStations, 1, 100);
    else if (key == QLatin1String("fallback_start"))
        return number(&numbering.fallbackStart, 2, 9999);
    else if (key == QLatin1String("workers"))
        return number(&workers, 1, 64);
    else if (key == QLatin1String("national_url"))
        national.url = value;
    else if (key == QLatin1String("national_ca"))
        national.caFile = value;
    else if (key == QLatin1String("national_username"))
        national.username = value;
    else if (key == QLatin1String("national_password"))
        national.password = value;
    else if (key == QLatin1String("national_madonvi"))
        national.madonvi = value;
    else if (key == QLatin1String("national_token"))
        national.bearerToken = value;
    else if (key == QLatin1String("national_timeout_ms"))
        return number(&national.timeoutMs, 100, 600000);
    else if (key == QLatin1String("online_url"))
        national.onlineUrl = value;
    else if (key == QLatin1String("online_interval_secs"))
        return number(&national.onlineIntervalSecs, 1, 86400);
    else if (key == QLatin1String("test_faults"))
        testFaults = value == QLatin1String("true") || value == QLatin1String("yes") || value == QLatin1String("1");
    else
        return Error::badInput(
            QCoreApplication::translate("motcua::CenterConfig", "Unknown setting \"%1\".").arg(key.left(40)));
    return {};
}

Result<CenterConfig> CenterConfig::load(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return Error::badInput(
            QCoreApplication::translate("motcua::CenterConfig", "Cannot read the configuration file %1.").arg(path));
    }
    CenterConfig c;
    int lineNo = 0;
    while (!f.atEnd()) {
        ++lineNo;
        QString line = QString::fromUtf8(f.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return Error::badInput(
                QCoreApplication::translate("motcua::CenterConfig", "%1, line %2: expected \"key = value\".")
                    .arg(path)
                    .arg(lineNo));
        }
        if (Status s = c.set(line.left(eq).trimmed(), line.mid(eq + 1).trimmed()); !s) {
            return Error::badInput(QCoreApplication::translate("motcua::CenterConfig", "%1, line %2: %3")
                                       .arg(path)
                                       .arg(lineNo)
                                       .arg(s.error().message));
        }
    }
    return c;
}

Result<std::pair<QHostAddress, quint16>> CenterConfig::address() const
{
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&ok) : 0;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address(host);
    if (!ok || port > 65535 || address.isNull()) {
        return Error::badInput(QCoreApplication::translate("motcua::CenterConfig",
                                                           "\"listen\" must be ADDR:PORT, for example 0.0.0.0:8443."));
    }
    return std::make_pair(address, static_cast<quint16>(port));
}

} // namespace motcua
