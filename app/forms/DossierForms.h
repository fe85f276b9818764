#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "forms/FormData.h"

#include <QByteArray>
#include <QString>

namespace motcua {

class AppContext;

// The forms of a stored dossier: gathers what a form shows from the dossier, the catalogue,
// the settings (center.*) and the intake decision, renders it (FormRenderer), and keeps the
// PDF with the dossier (DossierService::attachDocument). The GUI's print preview and
// `motcuactl dossier print` both go through here.
class DossierForms
{
public:
    explicit DossierForms(AppContext& app);

    // What the form shows. Conflict when the form does not fit the dossier: a receipt (01)
    // for a dossier refused or sent back at intake, a form 03 for one that was not refused,
    // a form 02 for one with no supplement asked (at intake, or else the newest request made
    // during processing, dated that day).
    Result<FormData> collect(const QString& code, FormKind kind);
    // PDF bytes of the form, 1 or 2 copies.
    Result<QByteArray> render(const QString& code, FormKind kind, int copies = 1);
    // Renders and keeps the PDF with the dossier in one step: after receive(), the receipt
    // handed over is the one on file.
    Result<QByteArray> renderAndKeep(const Actor& actor, const QString& code, FormKind kind, int copies = 1);

    // The lookup URL of a dossier from the center.lookupUrl template ("{code}" replaced).
    static QString lookupUrl(const QString& urlTemplate, const QString& code);

private:
    AppContext& m_app;
};

} // namespace motcua
