#pragma once

#include "portal/PortalNational.h"
#include "portal/PortalStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace motcua {

// The reference portal's HTML page (GET /): what it received, and a form per dossier to decide
// its status centrally (the counter then pulls it with MC_LayTrangThai). Only the applicant's
// name is shown of personal data.
class PortalPage
{
public:
    // `title` heads the page: "Reference portal", or the center's name on motcua-center.
    static QByteArray render(const QList<PortalStore::Listed>& dossiers, const QJsonObject& stats, const QString& now,
                             const QString& title);
    // The records that arrived at the national-shape endpoint: status and fields per dossier.
    static QByteArray renderNational(const QList<PortalNational::Listed>& records);
    // National status codes 1..10 (docs/domain.md#dossier-states) as short labels.
    static QString statusLabel(const QString& code);
};

} // namespace motcua
