#include "ServerFiles.h"

#include "PortalFixture.h"
#include "service/AppContext.h"
#include "store/CenterFileRepository.h"
#include "store/Database.h"
#include "store/Settings.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua::test {

QString keepFileAtServer(PortalFixture& portal, AppContext& station, const QString& code, const QByteArray& bytes,
                         const QString& fileName, const QString& ghost)
{
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString session = portal.http().login(portal.username(), portal.password());
    if (session.isEmpty())
        return QStringLiteral("cannot log in to the portal");
    const auto up = portal.http().call(session, portal.madonvi(), QStringLiteral("MC_TaiTep"),
                                       {{QStringLiteral("MaTep"), sha},
                                        {QStringLiteral("MaHoSo"), code},
                                        {QStringLiteral("TenTep"), fileName},
                                        {QStringLiteral("TongKichThuoc"), QString::number(bytes.size())},
                                        {QStringLiteral("ViTri"), QStringLiteral("0")},
                                        {QStringLiteral("DuLieu"), QString::fromLatin1(bytes.toBase64())}});
    if (up.code() != QLatin1String("0"))
        return QStringLiteral("the upload was answered %1").arg(up.code());
    Settings& s = station.settings();
    if (!(s.set(QStringLiteral("portal.url"), portal.url().toString()) &&
          s.set(QStringLiteral("portal.username"), portal.username()) &&
          s.set(QStringLiteral("portal.password"), portal.password()) &&
          s.set(QStringLiteral("portal.caFile"), portal.caPath()) &&
          s.set(QStringLiteral("center.agencyCode"), portal.madonvi())))
        return QStringLiteral("cannot store the portal settings");
    Transaction tx(station.db());
    const Status recorded =
        CenterFileRepository(station.db())
            .recordFromFeed(code,
                            {QJsonObject{{QStringLiteral("MaTep"), sha},
                                         {QStringLiteral("TenTep"), fileName},
                                         {QStringLiteral("KichThuoc"), QString::number(bytes.size())},
                                         {QStringLiteral("HoanTat"), QStringLiteral("True")}},
                             QJsonObject{{QStringLiteral("MaTep"), ghost},
                                         {QStringLiteral("TenTep"), QStringLiteral("khong-co.pdf")},
                                         {QStringLiteral("KichThuoc"), QStringLiteral("100")},
                                         {QStringLiteral("HoanTat"), QStringLiteral("True")}}},
                            QDateTime::currentDateTimeUtc());
    if (!recorded || !tx.commit())
        return QStringLiteral("cannot record the files as the feed does");
    return {};
}

} // namespace motcua::test
