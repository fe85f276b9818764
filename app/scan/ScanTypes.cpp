#include "scan/ScanTypes.h"

#include <QCoreApplication>

Q_LOGGING_CATEGORY(lcScan, "motcua.scan", QtInfoMsg)

namespace motcua {

QString colourModeKey(ColourMode mode)
{
    switch (mode) {
    case ColourMode::Colour:
        return QStringLiteral("color");
    case ColourMode::Grey:
        return QStringLiteral("grey");
    case ColourMode::BlackWhite:
        return QStringLiteral("bw");
    }
    return QStringLiteral("grey");
}

bool colourModeFromKey(const QString& key, ColourMode* out)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("color") || k == QLatin1String("colour"))
        *out = ColourMode::Colour;
    else if (k == QLatin1String("grey") || k == QLatin1String("gray"))
        *out = ColourMode::Grey;
    else if (k == QLatin1String("bw") || k == QLatin1String("lineart"))
        *out = ColourMode::BlackWhite;
    else
        return false;
    return true;
}

QString colourModeName(ColourMode mode)
{
    switch (mode) {
    case ColourMode::Colour:
        return QCoreApplication::translate("motcua::ScanTypes", "Colour");
    case ColourMode::Grey:
        return QCoreApplication::translate("motcua::ScanTypes", "Grey");
    case ColourMode::BlackWhite:
        return QCoreApplication::translate("motcua::ScanTypes", "Black and white");
    }
    return {};
}

QString scanSourceKey(ScanSource source)
{
    switch (source) {
    case ScanSource::Flatbed:
        return QStringLiteral("flatbed");
    case ScanSource::Feeder:
        return QStringLiteral("feeder");
    case ScanSource::Duplex:
        return QStringLiteral("duplex");
    }
    return QStringLiteral("flatbed");
}

bool scanSourceFromKey(const QString& key, ScanSource* out)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("flatbed"))
        *out = ScanSource::Flatbed;
    else if (k == QLatin1String("feeder") || k == QLatin1String("adf"))
        *out = ScanSource::Feeder;
    else if (k == QLatin1String("duplex"))
        *out = ScanSource::Duplex;
    else
        return false;
    return true;
}

QString scanSourceName(ScanSource source)
{
    switch (source) {
    case ScanSource::Flatbed:
        return QCoreApplication::translate("motcua::ScanTypes", "Flatbed (one page)");
    case ScanSource::Feeder:
        return QCoreApplication::translate("motcua::ScanTypes", "Feeder");
    case ScanSource::Duplex:
        return QCoreApplication::translate("motcua::ScanTypes", "Feeder, both sides");
    }
    return {};
}

QString ScannerDevice::label() const
{
    const QString product = QStringList{vendor, model}.join(QLatin1Char(' ')).trimmed();
    if (product.isEmpty())
        return name;
    return QStringLiteral("%1 (%2)").arg(product, name);
}

QList<int> standardResolutions()
{
    return {150, 200, 300};
}

} // namespace motcua
