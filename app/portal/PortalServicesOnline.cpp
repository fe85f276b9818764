// PortalServices: online submissions as a center pulls them (ours, PROTOCOL.md 3.17 and 3.18).
#include "portal/FieldReader.h"
#include "portal/PortalCatalogue.h"
#include "portal/PortalLog.h"
#include "portal/PortalOnline.h"
#include "portal/PortalServices.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace motcua {

namespace {

PortalReply readFailure(const Error& error)
{
    qCWarning(lcPortal) << "online submissions: storage failure:" << error.message;
    return PortalReply::failure(
        PortalCode::ServerFailure,
        QCoreApplication::translate("motcua::PortalServicesOnline", "The portal could not read its records."));
}

} // namespace

Result<QString> PortalServices::submitOnline(const OnlineSubmission& submission)
{
    PortalOnline* online = m_store.online();
    if (!online)
        return Error::badInput(
            QCoreApplication::translate("motcua::PortalServicesOnline", "This server takes no online submissions."));
    const std::optional<QJsonObject> national = m_catalogue.nationalRecord(submission.procedure);
    if (!national) {
        return Error::badInput(QCoreApplication::translate("motcua::PortalServicesOnline",
                                                           "The procedure \"%1\" is not in the portal's catalogue.")
                                   .arg(submission.procedure.left(60)));
    }
    if (submission.fullName.trimmed().isEmpty() || submission.idNumber.trimmed().isEmpty())
        return Error::badInput(
            QCoreApplication::translate("motcua::PortalServicesOnline", "An online submission needs its applicant."));
    return online->submit(submission, national->value(QLatin1String("TENTTHC")).toString(), m_clock.now());
}

PortalReply PortalServices::onlinePage(const QJsonObject& request)
{
    FieldReader f(request);
    const qint64 cursor = f.number(QStringLiteral("TuMoc"), 0, std::numeric_limits<qint64>::max(), false, 0);
    const qint64 size = f.number(QStringLiteral("SoLuong"), 1, 500, false, 100);
    if (f.failed())
        return f.error();
    auto page = m_store.online()->page(cursor, static_cast<int>(size));
    if (!page)
        return readFailure(page.error());
    return PortalReply::success(*page);
}

PortalReply PortalServices::onlineFile(const QJsonObject& request)
{
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    FieldReader f(request);
    const QString id = f.required(QStringLiteral("MaTep"));
    const qint64 offset = f.number(QStringLiteral("ViTri"), 0, Q_INT64_C(1) << 40, false, 0);
    const qint64 size = f.number(QStringLiteral("SoByte"), 1, kMaxOnlineChunk, false, kMaxOnlineChunk);
    if (!f.failed() && !sha.match(id).hasMatch()) {
        f.fail(PortalCode::BadValue,
               QCoreApplication::translate("motcua::PortalServicesOnline",
                                           "Field \"MaTep\" must be a SHA-256 in lower-case hex."));
    }
    if (f.failed())
        return f.error();
    auto chunk = m_store.online()->chunk(id, offset, size);
    if (!chunk)
        return readFailure(chunk.error());
    if (!*chunk)
        return PortalReply::failure(PortalCode::NotFound,
                                    QCoreApplication::translate("motcua::PortalServicesOnline", "No such file."));
    if (offset > (*chunk)->total) {
        return PortalReply::failure(
            PortalCode::BadValue,
            QCoreApplication::translate("motcua::PortalServicesOnline", "\"ViTri\" is past the end of the file."));
    }
    const qint64 end = offset + (*chunk)->data.size();
    return PortalReply::success(
        {{QStringLiteral("ViTri"), QString::number(offset)},
         {QStringLiteral("TongKichThuoc"), QString::number((*chunk)->total)},
         {QStringLiteral("DuLieu"), QString::fromLatin1((*chunk)->data.toBase64())},
         {QStringLiteral("HoanTat"), end >= (*chunk)->total ? QStringLiteral("True") : QStringLiteral("False")}});
}

} // namespace motcua
