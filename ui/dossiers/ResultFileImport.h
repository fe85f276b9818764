#pragma once

#include "core/Result.h"
#include "core/Types.h"

#include <QString>

namespace motcua {

class AppContext;
struct AttachmentInfo;

// Attaches the file at `path` as the dossier's result (AttachmentService::attachResult): a PDF
// as it is, an image as a PDF page, so the viewer opens every result alike. A file that is not
// a readable PDF or image is refused before anything is stored. Shared by the dossier view and
// the return dialog.
Result<AttachmentInfo> attachResultFile(AppContext& context, const Actor& actor, const QString& dossierCode,
                                        const QString& path);

} // namespace motcua
