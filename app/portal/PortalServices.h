#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "portal/BundleOpener.h"
#include "portal/PortalBackend.h"
#include "portal/PortalReply.h"
#include "store/DossierCodeAllocator.h"

#include <QJsonObject>
#include <QString>

namespace motcua {

class PortalCatalogue;
struct OnlineSubmission;

// The services of /mapi/g (PROTOCOL.md, section 3) after the session is checked: validation
// like a real portal, then one transaction each. Knows nothing of HTTP, so the server, the
// bundle import and tests call it alike.
class PortalServices
{
public:
    PortalServices(PortalBackend& store, const PortalCatalogue& catalogue, const Clock& clock, CodeNumbering numbering);

    // One request object {"service": ..., ...}; `madonvi` from the envelope.
    PortalReply call(const QJsonObject& request, const QString& madonvi);
    // MC_TaiTep with the chunk's bytes beside the request instead of base64 in "DuLieu"
    // (POST /mapi/tep, PROTOCOL.md 3.7).
    PortalReply uploadBytes(const QJsonObject& request, const QByteArray& chunk);

    // MC_NhapGoi / --import-bundle: opens the file and replays its requests (PROTOCOL.md 3.12).
    PortalReply importBundle(const QByteArray& file);
    void setBundleOpener(BundleOpener opener) { m_opener = std::move(opener); }

    // A citizen files a dossier online (the reference portal only): its reference
    // TT-yyMMdd-NNNNNN. BadInput for an unknown procedure or a submission without applicant.
    Result<QString> submitOnline(const OnlineSubmission& submission);
    const PortalCatalogue& catalogue() const { return m_catalogue; }

    // "now" as a portal date (yyyyMMddHHmmss, Vietnam time).
    QString portalNow() const;

private:
    PortalReply syncDossiers(const QJsonObject& request, const QString& madonvi);
    PortalReply appendHistory(const QJsonObject& request);
    PortalReply lookup(const QJsonObject& request);
    PortalReply procedure(const QJsonObject& request);
    PortalReply procedureList(const QJsonObject& request);
    PortalReply upload(const QJsonObject& request, const QByteArray* bytes = nullptr);
    PortalReply uploadStatus(const QJsonObject& request);
    PortalReply download(const QJsonObject& request);
    PortalReply lease(const QJsonObject& request);
    PortalReply changes(const QJsonObject& request, const QString& madonvi);
    PortalReply counts(const QJsonObject& request);
    PortalReply bundle(const QJsonObject& request);
    PortalReply auditHead(const QJsonObject& request);
    PortalReply onlinePage(const QJsonObject& request);
    PortalReply onlineFile(const QJsonObject& request);

    PortalBackend& m_store;
    const PortalCatalogue& m_catalogue;
    const Clock& m_clock;
    CodeNumbering m_numbering;
    BundleOpener m_opener = plainBundleOpener;
};

} // namespace motcua
