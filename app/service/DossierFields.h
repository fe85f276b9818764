#pragma once

#include "core/Clock.h"
#include "core/DossierJson.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// What DossierService's two halves share: the writes (DossierService.cpp) and the dossier's JSON
// codec (DossierServiceJson.cpp). Internal to app/service.
namespace motcua::dossierfields {

// Dates for the portal: yyyyMMddHHmmss in Vietnam time (docs/domain.md#the-national-portal).
using dossierjson::portalTime;

inline QString isoVietnam(const QDateTime& t)
{
    return t.isValid() ? toVietnam(t).toString(Qt::ISODate) : QString();
}

inline QDateTime parseInstant(const QString& text)
{
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return {};
    // A time without an offset means Vietnam time.
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), vietnamZone());
    return t.toUTC();
}

inline Error fieldError(const QString& field, const QString& why)
{
    return Error::badInput(QCoreApplication::translate("motcua::DossierFields", "Field \"%1\": %2").arg(field, why));
}

} // namespace motcua::dossierfields
