#pragma once

#include <QDate>
#include <QString>

namespace motcua {

// A unit (sở, ban, ngành) that decides dossiers received at the center.
struct Department
{
    qint64 id = 0;
    QString code;      // stable identifier from the catalogue (a GUID or agency code)
    QString name;      // "Sở Tư pháp"
    QString shortName; // for narrow columns
    int ordinal = 0;   // display order
    QDate effectiveFrom;
};

} // namespace motcua
