#include "dossiers/ResultFileImport.h"

#include "scan/FileImporter.h"
#include "scan/PdfAssembler.h"
#include "service/AppContext.h"
#include "service/AttachmentService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace motcua {

Result<AttachmentInfo> attachResultFile(AppContext& context, const Actor& actor, const QString& dossierCode,
                                        const QString& path)
{
    auto pages = FileImporter::importFile(path);
    if (!pages)
        return pages.error();
    const QFileInfo info(path);
    QByteArray pdf;
    QString name = info.fileName();
    if (info.suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::badInput(
                QCoreApplication::translate("motcua::ResultFileImport", "Cannot read %1.").arg(name));
        pdf = file.readAll();
    } else {
        auto built = PdfAssembler::build(*pages);
        if (!built)
            return built.error();
        pdf = *built;
        name = info.completeBaseName() + QStringLiteral(".pdf");
    }
    return context.attachments().attachResult(actor, dossierCode, name, pdf, QStringLiteral("application/pdf"),
                                              static_cast<int>(pages->size()));
}

} // namespace motcua
