#include "portal/PortalCatalogue.h"

#include "service/CatalogueImporter.h"
#include "store/Migrations.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QJsonDocument>

namespace motcua {

namespace {

QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return QString();
}

// Our channel keys → KENH of the national record (docs/domain.md#dossier-states: 1 counter, 2 online, 3 postal).
QString nationalChannel(const QString& channel)
{
    if (channel == QLatin1String("truc_tuyen"))
        return QStringLiteral("2");
    if (channel == QLatin1String("buu_chinh"))
        return QStringLiteral("3");
    return QStringLiteral("1");
}

QJsonArray nationalChannels(const QJsonArray& channels)
{
    QJsonArray out;
    for (const QJsonValue& cv : channels) {
        const QJsonObject c = cv.toObject();
        QJsonArray fees;
        for (const QJsonValue& fv : c.value(QLatin1String("fees")).toArray()) {
            const QJsonObject f = fv.toObject();
            fees.append(QJsonObject{{QStringLiteral("MAPHILEPHI"), QString()},
                                    {QStringLiteral("SOTIEN"), text(f.value(QLatin1String("amount_vnd")))},
                                    {QStringLiteral("DONVI"), QStringLiteral("VNĐ")},
                                    {QStringLiteral("MOTA"), text(f.value(QLatin1String("name")))}});
        }
        const QJsonObject time = c.value(QLatin1String("time")).toObject();
        out.append(QJsonObject{
            {QStringLiteral("KENH"), nationalChannel(c.value(QLatin1String("channel")).toString())},
            {QStringLiteral("THOIGIAN"),
             QJsonArray{QJsonObject{{QStringLiteral("THOIGIANGIAIQUYET"), text(time.value(QLatin1String("value")))},
                                    {QStringLiteral("DONVITINH"), text(time.value(QLatin1String("unit")))},
                                    {QStringLiteral("MOTA"), text(c.value(QLatin1String("description")))},
                                    {QStringLiteral("PHILEPHI"), fees}}}}});
    }
    return out;
}

QJsonArray nationalComponents(const QJsonArray& components)
{
    QJsonArray papers;
    for (const QJsonValue& pv : components) {
        const QJsonObject p = pv.toObject();
        papers.append(QJsonObject{{QStringLiteral("MAGIAYTO"), QString()},
                                  {QStringLiteral("TENGIAYTO"), text(p.value(QLatin1String("name")))},
                                  {QStringLiteral("TENMAUDON"), text(p.value(QLatin1String("form")))},
                                  {QStringLiteral("URL"), QString()},
                                  {QStringLiteral("SOBANCHINH"), text(p.value(QLatin1String("originals")))},
                                  {QStringLiteral("SOBANSAO"), text(p.value(QLatin1String("copies")))}});
    }
    return QJsonArray{QJsonObject{{QStringLiteral("TRUONGHOP"), QString()}, {QStringLiteral("GIAYTO"), papers}}};
}

// Results and legal basis are strings or objects with a name in our files.
QJsonArray named(const QJsonArray& items, const QString& key)
{
    QJsonArray out;
    for (const QJsonValue& v : items) {
        const QString name = v.isObject() ? text(v.toObject().value(QLatin1String("name"))) : text(v);
        out.append(QJsonObject{{key, name}});
    }
    return out;
}

} // namespace

Status PortalCatalogue::load(const QByteArray& json)
{
    // Validate exactly as a client's import would, so the portal never serves a file its
    // clients refuse.
    auto parsed = CatalogueImporter::parse(json, QDate::currentDate());
    if (!parsed)
        return parsed.error();
    const QJsonObject file = QJsonDocument::fromJson(json).object();
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue& v : file.value(QLatin1String("procedures")).toArray()) {
        const QJsonObject p = v.toObject();
        byCode.insert(p.value(QLatin1String("code")).toString(), p);
    }
    m_file = file;
    m_byCode = byCode;
    m_version = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    return {};
}

Status PortalCatalogue::loadDemo()
{
    initCoreResources();
    QFile f(QStringLiteral(":/motcua/demo/catalogue.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::internal(
            QCoreApplication::translate("motcua::PortalCatalogue", "The demo catalogue is missing from the build."));
    return load(f.readAll());
}

bool PortalCatalogue::knows(const QString& code) const
{
    if (m_byCode.contains(code))
        return true;
    // A local variant appends the agency code to the national code.
    for (int dot = code.indexOf(QLatin1Char('.')); dot > 0; dot = code.indexOf(QLatin1Char('.'), dot + 1)) {
        if (m_byCode.contains(code.left(dot)))
            return true;
    }
    return false;
}

QJsonArray PortalCatalogue::list() const
{
    QJsonArray out;
    for (const QJsonValue& v : m_file.value(QLatin1String("procedures")).toArray()) {
        const QJsonObject p = v.toObject();
        const QString code = text(p.value(QLatin1String("code")));
        out.append(QJsonObject{{QStringLiteral("MATTHC"), code},
                               {QStringLiteral("TENTTHC"), text(p.value(QLatin1String("name")))},
                               {QStringLiteral("MALINHVUC"), QString()},
                               {QStringLiteral("TENLINHVUC"), text(p.value(QLatin1String("field")))},
                               {QStringLiteral("NGAYHIEULUC"), effectiveDate(code)},
                               {QStringLiteral("PHIENBAN"), procedureVersion(code)}});
    }
    return out;
}

QJsonObject PortalCatalogue::listPage(int page, int size) const
{
    const QJsonArray all = list();
    if (page < 1 || size < 1)
        return {{QStringLiteral("result"), all}};
    QJsonArray slice;
    const qsizetype first = qsizetype(page - 1) * size;
    for (qsizetype i = first; i < all.size() && i < first + size; ++i)
        slice.append(all.at(i));
    return {{QStringLiteral("result"), slice},
            {QStringLiteral("TongSo"), QString::number(all.size())},
            {QStringLiteral("ConNua"), first + size < all.size() ? QStringLiteral("True") : QStringLiteral("False")}};
}

QString PortalCatalogue::effectiveDate(const QString& code) const
{
    QString date = m_byCode.value(code).value(QLatin1String("effective_from")).toString();
    if (date.isEmpty())
        date = m_file.value(QLatin1String("effective_from")).toString();
    return QDate::fromString(date, Qt::ISODate).toString(QStringLiteral("yyyyMMdd"));
}

QString PortalCatalogue::procedureVersion(const QString& code) const
{
    const auto it = m_byCode.constFind(code);
    if (it == m_byCode.constEnd())
        return QString();
    const QByteArray bytes = QJsonDocument(*it).toJson(QJsonDocument::Compact) + effectiveDate(code).toLatin1();
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(32));
}

std::optional<QJsonObject> PortalCatalogue::nationalRecord(const QString& code) const
{
    auto it = m_byCode.constFind(code);
    if (it == m_byCode.constEnd())
        return std::nullopt;
    const QJsonObject& p = *it;
    const QString department = text(p.value(QLatin1String("department")));
    return QJsonObject{
        {QStringLiteral("ID"), QString()},
        {QStringLiteral("MATTHC"), code},
        {QStringLiteral("TENTTHC"), text(p.value(QLatin1String("name")))},
        {QStringLiteral("LOAITTHC"), QString()},
        {QStringLiteral("TRANGTHAI"), QStringLiteral("1")},
        {QStringLiteral("NGAYHIEULUC"), effectiveDate(code)},
        {QStringLiteral("PHIENBAN"), procedureVersion(code)},
        {QStringLiteral("LINHVUCTHUCHIEN"),
         QJsonArray{QJsonObject{{QStringLiteral("MALINHVUC"), QString()},
                                {QStringLiteral("TENLINHVUC"), text(p.value(QLatin1String("field")))}}}},
        {QStringLiteral("CAPTHUCHIEN"), QJsonArray{QJsonObject{{QStringLiteral("CAPTHUCHIEN"), QStringLiteral("2")},
                                                               {QStringLiteral("MOTACOQUANTHUCHIEN"), department},
                                                               {QStringLiteral("DIACHITIEPNHAN"), QString()}}}},
        {QStringLiteral("CACHTHUCTHUCHIEN"), nationalChannels(p.value(QLatin1String("channels")).toArray())},
        {QStringLiteral("THANHPHANHOSO"), nationalComponents(p.value(QLatin1String("components")).toArray())},
        {QStringLiteral("KETQUATHUCHIEN"),
         named(p.value(QLatin1String("results")).toArray(), QStringLiteral("TENKETQUA"))},
        {QStringLiteral("CANCUPHAPLY"),
         named(p.value(QLatin1String("legal_basis")).toArray(), QStringLiteral("TENVANBAN"))},
        {QStringLiteral("COQUANTHUCHIEN"),
         QJsonArray{QJsonObject{{QStringLiteral("MADONVI"), QString()}, {QStringLiteral("TENDONVI"), department}}}},
        {QStringLiteral("MC_BanGhi"), p},
    };
}

} // namespace motcua
