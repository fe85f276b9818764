#include "portal/PortalBackend.h"

#include <QCoreApplication>

namespace motcua {

QJsonObject uploadPosition(qint64 offset, bool done, qint64 total)
{
    QJsonObject o{{QStringLiteral("ViTri"), QString::number(offset)},
                  {QStringLiteral("HoanTat"), done ? QStringLiteral("True") : QStringLiteral("False")}};
    if (total >= 0)
        o.insert(QStringLiteral("TongKichThuoc"), QString::number(total));
    return o;
}

std::optional<PortalReply> refuseChunk(const UploadState& s, const PortalChunk& c)
{
    if (s.known && s.total != c.total) {
        return PortalReply::failure(
            PortalCode::UploadSize,
            QCoreApplication::translate("motcua::PortalBackend",
                                        "The file's total size differs from the size given before."),
            uploadPosition(s.acked, s.complete, s.total));
    }
    if (c.data.size() > kMaxUploadChunk) {
        return PortalReply::failure(
            PortalCode::UploadSize,
            QCoreApplication::translate("motcua::PortalBackend", "A chunk may hold at most 4 MiB."));
    }
    if (c.offset != s.acked) {
        return PortalReply::failure(PortalCode::UploadOffset,
                                    QCoreApplication::translate("motcua::PortalBackend",
                                                                "The chunk does not start at the acknowledged offset."),
                                    uploadPosition(s.acked, false, c.total));
    }
    if (c.offset + c.data.size() > c.total) {
        return PortalReply::failure(
            PortalCode::UploadSize,
            QCoreApplication::translate("motcua::PortalBackend", "The chunk runs past the file's total size."),
            uploadPosition(s.acked, false, c.total));
    }
    if (c.data.isEmpty() && c.total != 0) {
        return PortalReply::failure(PortalCode::BadValue,
                                    QCoreApplication::translate("motcua::PortalBackend", "The chunk holds no data."),
                                    uploadPosition(s.acked, false, c.total));
    }
    return std::nullopt;
}

} // namespace motcua
