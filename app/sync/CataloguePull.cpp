#include "sync/CataloguePull.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/PortalProtocol.h"
#include "core/SyncTypes.h"
#include "core/Types.h"
#include "service/CatalogueService.h"
#include "store/Database.h"
#include "sync/SyncLane.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace motcua {

namespace P = PortalProtocol;

namespace {

const QString kVersionsKey = QStringLiteral("catalogue.procedures");
const QString kPulledAtKey = QStringLiteral("catalogue.pulled_at");
constexpr int kPageSize = 500;
constexpr int kMaxPages = 1000;

// Catalogue changes are booked under the account of the portal (as central decisions are).
Actor portalActor()
{
    Actor a;
    a.username = QStringLiteral("portal");
    a.fullName = QStringLiteral("Portal");
    a.role = Role::Admin;
    return a;
}

// Scalars of the national records are strings or numbers (docs/domain.md#the-national-portal).
QString text(const QJsonValue& v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return QString();
}

QJsonArray objects(const QJsonValue& v)
{
    QJsonArray out;
    for (const QJsonValue& item : v.toArray()) {
        if (item.isObject())
            out.append(item);
    }
    return out;
}

QString firstOf(const QJsonValue& list, const QString& key)
{
    for (const QJsonValue& item : objects(list)) {
        const QString t = text(item.toObject().value(key));
        if (!t.isEmpty())
            return t;
    }
    return QString();
}

QString nameKey(const QString& s)
{
    return s.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
}

// "50.000", "50,000 đồng", 50000 → 50000; "không", "" → -1 (not stated as a number).
qint64 amountOf(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toDouble() >= 0 ? static_cast<qint64>(v.toDouble()) : -1;
    QString digits = v.toString();
    static const QRegularExpression separators(QStringLiteral("[.,\\s]|đồng|VNĐ|VND|đ"));
    digits.remove(separators);
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

QString channelKey(const QString& kenh)
{
    if (kenh == QLatin1String("2"))
        return QStringLiteral("truc_tuyen");
    if (kenh == QLatin1String("3"))
        return QStringLiteral("buu_chinh");
    return QStringLiteral("truc_tiep");
}

QString contentHash(const QJsonObject& record)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(record).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
            .toHex());
}

// A failure of the catalogue kind that is not the transport's: the portal answered, but with
// something that cannot be imported. Backs the kind off like a transport failure.
PortalAnswer unusable(const QString& message)
{
    PortalAnswer r;
    r.outcome = PortalAnswer::Transport;
    r.reached = true;
    r.message = message;
    return r;
}

} // namespace

QDate CataloguePull::portalDate(const QString& value)
{
    const QString t = value.trimmed();
    if (t.size() >= 8 && t.at(4).isDigit())
        return QDate::fromString(t.left(8), u"yyyyMMdd");
    if (t.size() >= 10)
        return QDate::fromString(t.left(10), Qt::ISODate);
    return {};
}

Result<QJsonObject> CataloguePull::recordFromNational(const QJsonObject& n)
{
    const QString code = text(n.value(QStringLiteral("MATTHC")));
    const QString name = text(n.value(QStringLiteral("TENTTHC")));
    if (code.isEmpty() || name.isEmpty())
        return Error::badInput(QCoreApplication::translate("motcua::CataloguePull", "MATTHC or TENTTHC is missing."));
    QString department = firstOf(n.value(QStringLiteral("COQUANTHUCHIEN")), QStringLiteral("TENDONVI"));
    if (department.isEmpty())
        department = firstOf(n.value(QStringLiteral("CAPTHUCHIEN")), QStringLiteral("MOTACOQUANTHUCHIEN"));
    if (department.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("motcua::CataloguePull", "COQUANTHUCHIEN names no implementing department."));

    QJsonArray channels;
    for (const QJsonValue& cv : objects(n.value(QStringLiteral("CACHTHUCTHUCHIEN")))) {
        const QJsonObject c = cv.toObject();
        const QString channel = channelKey(text(c.value(QStringLiteral("KENH"))));
        for (const QJsonValue& tv : objects(c.value(QStringLiteral("THOIGIAN")))) {
            const QJsonObject t = tv.toObject();
            QJsonArray fees;
            // Some portals put the fees directly under the channel.
            QJsonArray feeItems = objects(t.value(QStringLiteral("PHILEPHI")));
            if (feeItems.isEmpty())
                feeItems = objects(c.value(QStringLiteral("PHILEPHI")));
            for (const QJsonValue& fv : feeItems) {
                const QJsonObject f = fv.toObject();
                const QString kind = text(f.value(QStringLiteral("MAPHILEPHI")));
                QString feeName = text(f.value(QStringLiteral("MOTA")));
                if (feeName.isEmpty())
                    feeName = kind == QLatin1String("1") ? QStringLiteral("Phí") : QStringLiteral("Lệ phí");
                const qint64 amount = amountOf(f.value(QStringLiteral("SOTIEN")));
                QJsonObject fee{{QStringLiteral("name"), feeName},
                                {QStringLiteral("raw"), text(f.value(QStringLiteral("SOTIEN")))}};
                fee.insert(QStringLiteral("amount_vnd"), amount >= 0 ? QJsonValue(amount) : QJsonValue());
                fees.append(fee);
            }
            const QString value = text(t.value(QStringLiteral("THOIGIANGIAIQUYET")));
            bool numeric = false;
            const double days = value.toDouble(&numeric);
            QJsonObject entry{{QStringLiteral("channel"), channel},
                              {QStringLiteral("fees"), fees},
                              {QStringLiteral("description"), text(t.value(QStringLiteral("MOTA")))}};
            // A time that is not a number cannot date an appointment: the importer skips it.
            entry.insert(
                QStringLiteral("time"),
                numeric ? QJsonValue(QJsonObject{{QStringLiteral("value"), days},
                                                 {QStringLiteral("unit"), text(t.value(QStringLiteral("DONVITINH")))}})
                        : QJsonValue());
            channels.append(entry);
        }
    }

    QJsonArray components;
    const QJsonArray cases = objects(n.value(QStringLiteral("THANHPHANHOSO")));
    for (const QJsonValue& casev : cases) {
        const QJsonObject group = casev.toObject();
        const QString caseLabel = cases.size() > 1 ? text(group.value(QStringLiteral("TRUONGHOP"))) : QString();
        for (const QJsonValue& pv : objects(group.value(QStringLiteral("GIAYTO")))) {
            const QJsonObject paper = pv.toObject();
            const QString paperName = text(paper.value(QStringLiteral("TENGIAYTO")));
            if (paperName.isEmpty())
                continue;
            QJsonObject component{{QStringLiteral("name"), paperName},
                                  {QStringLiteral("form"), text(paper.value(QStringLiteral("TENMAUDON")))},
                                  {QStringLiteral("originals"), P::number(paper.value(QStringLiteral("SOBANCHINH")))},
                                  {QStringLiteral("copies"), P::number(paper.value(QStringLiteral("SOBANSAO")))}};
            if (!caseLabel.isEmpty())
                component.insert(QStringLiteral("case"), caseLabel);
            components.append(component);
        }
    }

    auto names = [](const QJsonValue& list, const QString& key) {
        QJsonArray out;
        for (const QJsonValue& v : objects(list)) {
            const QString t = text(v.toObject().value(key));
            if (!t.isEmpty())
                out.append(t);
        }
        return out;
    };
    QJsonObject record{
        {QStringLiteral("code"), code},
        {QStringLiteral("name"), name},
        {QStringLiteral("field"), firstOf(n.value(QStringLiteral("LINHVUCTHUCHIEN")), QStringLiteral("TENLINHVUC"))},
        {QStringLiteral("department"), department},
        {QStringLiteral("channels"), channels},
        {QStringLiteral("components"), components},
        {QStringLiteral("results"), names(n.value(QStringLiteral("KETQUATHUCHIEN")), QStringLiteral("TENKETQUA"))},
        {QStringLiteral("legal_basis"), names(n.value(QStringLiteral("CANCUPHAPLY")), QStringLiteral("TENVANBAN"))}};
    const QDate effective = portalDate(text(n.value(QStringLiteral("NGAYHIEULUC"))));
    if (effective.isValid())
        record.insert(QStringLiteral("effective_from"), effective.toString(Qt::ISODate));
    return record;
}

Result<QJsonObject> CataloguePull::recordFromReply(const QJsonObject& body, const QString& code)
{
    // `result` is a list of one procedure (docs/domain.md#the-national-portal); an object alone is taken too.
    const QJsonValue result = body.value(QStringLiteral("result"));
    QJsonObject national;
    if (result.isArray() && !result.toArray().isEmpty() && result.toArray().first().isObject())
        national = result.toArray().first().toObject();
    else if (result.isObject())
        national = result.toObject();
    else
        return Error::badInput(QCoreApplication::translate("motcua::CataloguePull", "the answer holds no procedure."));

    QJsonObject record;
    const QJsonValue own = national.value(QStringLiteral("MC_BanGhi"));
    if (own.isObject()) {
        record = own.toObject();
        if (!record.contains(QStringLiteral("effective_from"))) {
            const QDate effective = portalDate(text(national.value(QStringLiteral("NGAYHIEULUC"))));
            if (effective.isValid())
                record.insert(QStringLiteral("effective_from"), effective.toString(Qt::ISODate));
        }
    } else {
        auto mapped = recordFromNational(national);
        if (!mapped)
            return mapped.error();
        record = *mapped;
    }
    if (text(record.value(QStringLiteral("code"))) != code)
        return Error::badInput(
            QCoreApplication::translate("motcua::CataloguePull", "the answer is about another procedure (%1).")
                .arg(text(record.value(QStringLiteral("code"))).left(40)));
    if (text(record.value(QStringLiteral("name"))).isEmpty())
        return Error::badInput(QCoreApplication::translate("motcua::CataloguePull", "the procedure has no name."));
    return record;
}

void CataloguePull::run()
{
    const SyncKind kind = SyncKind::Catalogue;
    if (!m_lane.wants(kind) || m_lane.stopped() || !m_lane.due(kind))
        return;
    // Once a day is enough for a catalogue that changes by decision; "Sync now" pulls anyway.
    const qint64 pulledAt = m_lane.store().value(kPulledAtKey, QStringLiteral("0")).toLongLong();
    if (!m_lane.options().force && m_lane.now().toSecsSinceEpoch() - pulledAt < 24 * 3600)
        return;

    // 1. The list, page by page.
    QList<QPair<QString, QString>> listed; // code, version ("" when the portal gives none)
    QHash<QString, QString> listedDates;
    QSet<QString> seen;
    for (int page = 1; page <= kMaxPages && !m_lane.stopped(); ++page) {
        const PortalAnswer r = m_lane.client().call(QStringLiteral("LayDanhSachTTHC"),
                                                    {{QStringLiteral("TrangSo"), QString::number(page)},
                                                     {QStringLiteral("SoLuong"), QString::number(kPageSize)}});
        if (!r.ok()) {
            m_lane.bookFailure(kind, r);
            return;
        }
        const QJsonValue result = r.body.value(QStringLiteral("result"));
        if (!result.isArray()) {
            m_lane.bookFailure(kind, unusable(QCoreApplication::translate(
                                         "motcua::CataloguePull",
                                         "The portal's list of procedures (LayDanhSachTTHC) is not a list.")));
            return;
        }
        for (const QJsonValue& v : result.toArray()) {
            const QJsonObject item = v.toObject();
            const QString code = text(item.value(QStringLiteral("MATTHC")));
            if (code.isEmpty() || seen.contains(code))
                continue;
            seen.insert(code);
            QString version = text(item.value(QStringLiteral("PHIENBAN")));
            const QString date = text(item.value(QStringLiteral("NGAYHIEULUC")));
            if (!version.isEmpty() || !date.isEmpty())
                version = version + QLatin1Char('@') + date;
            listed.append({code, version});
            listedDates.insert(code, date);
        }
        if (!P::isTrue(r.body.value(QStringLiteral("ConNua"))) || result.toArray().isEmpty())
            break;
    }
    if (m_lane.stopped())
        return;

    // 2. Only what changed since the last pull.
    const QJsonObject known = QJsonDocument::fromJson(m_lane.store().value(kVersionsKey).toUtf8()).object();
    QJsonObject remembered = known;
    QList<QJsonObject> changed;
    for (const auto& [code, version] : std::as_const(listed)) {
        if (!version.isEmpty() && known.value(code).toString() == version)
            continue;
        const PortalAnswer r = m_lane.client().call(QStringLiteral("LayThuTuc"), {{QStringLiteral("maTTHC"), code}});
        if (r.outcome == PortalAnswer::Refused && r.code == P::Code::NotFound) {
            // Listed a moment ago, gone now: the next pull sees the new list.
            m_lane.note(r.message);
            continue;
        }
        if (!r.ok()) {
            if (r.outcome == PortalAnswer::Transport)
                m_lane.bookFailure(
                    kind, unusable(QCoreApplication::translate("motcua::CataloguePull",
                                                               "The procedure %1 could not be fetched (LayThuTuc): %2")
                                       .arg(code, r.message)));
            else
                m_lane.bookFailure(kind, r);
            return;
        }
        auto record = recordFromReply(r.body, code);
        if (!record) {
            m_lane.bookFailure(
                kind, unusable(QCoreApplication::translate("motcua::CataloguePull",
                                                           "The portal's answer for procedure %1 (LayThuTuc) "
                                                           "cannot be used: %2 The catalogue was left unchanged.")
                                   .arg(code, record.error().message)));
            return;
        }
        if (!record->contains(QStringLiteral("effective_from"))) {
            const QDate d = portalDate(listedDates.value(code));
            if (d.isValid())
                record->insert(QStringLiteral("effective_from"), d.toString(Qt::ISODate));
        }
        // Without a version from the list, the content tells whether anything changed.
        const QString token = version.isEmpty() ? QStringLiteral("#") + contentHash(*record) : version;
        remembered.insert(code, token);
        if (version.isEmpty() && known.value(code).toString() == token)
            continue;
        changed.append(*record);
        if (m_lane.stopped())
            return;
    }

    // 3. One import per effective date, all in one transaction with the remembered versions.
    CatalogueService catalogue(m_lane.db(), m_lane.clock());
    const QDate today = catalogue.today();
    QMap<QDate, QJsonArray> byDate;
    for (QJsonObject record : std::as_const(changed)) {
        QDate effective = QDate::fromString(record.value(QStringLiteral("effective_from")).toString(), Qt::ISODate);
        if (!effective.isValid())
            effective = today;
        record.remove(QStringLiteral("effective_from"));
        byDate[effective].append(record);
    }
    if (!byDate.isEmpty()) {
        QJsonArray departments;
        QSet<QString> codes;
        QSet<QString> names;
        for (const Department& d : catalogue.departments()) {
            departments.append(QJsonObject{{QStringLiteral("code"), d.code},
                                           {QStringLiteral("name"), d.name},
                                           {QStringLiteral("short_name"), d.shortName},
                                           {QStringLiteral("ordinal"), d.ordinal}});
            codes.insert(d.code);
            names.insert(nameKey(d.name));
        }
        bool unknownDepartment = false;
        for (const QJsonObject& record : std::as_const(changed)) {
            const QString code = text(record.value(QStringLiteral("department_code")));
            const QString name = text(record.value(QStringLiteral("department")));
            if (code.isEmpty() ? !names.contains(nameKey(name)) : !codes.contains(code))
                unknownDepartment = true;
        }
        if (unknownDepartment) {
            // A department new to this station: the center's list (MC_LayDanhMuc's departments).
            const PortalAnswer r = m_lane.client().call(QStringLiteral("MC_LayDanhMuc"), {});
            if (r.ok()) {
                const QJsonArray portalDepartments =
                    r.body.value(QStringLiteral("result")).toObject().value(QStringLiteral("departments")).toArray();
                for (const QJsonValue& v : portalDepartments) {
                    const QJsonObject d = v.toObject();
                    if (!codes.contains(text(d.value(QStringLiteral("code")))) &&
                        !names.contains(nameKey(text(d.value(QStringLiteral("name")))))) {
                        departments.append(d);
                        codes.insert(text(d.value(QStringLiteral("code"))));
                        names.insert(nameKey(text(d.value(QStringLiteral("name")))));
                    }
                }
            } else if (r.outcome != PortalAnswer::Refused) {
                m_lane.bookFailure(kind, r);
                return;
            }
            // Refused (a national portal without our service): the importer names the department.
        }

        Transaction tx(m_lane.db());
        if (!tx.begun()) {
            m_lane.note(tx.begun().error().message);
            return;
        }
        for (auto it = byDate.cbegin(); it != byDate.cend(); ++it) {
            const QJsonObject file{{QStringLiteral("effective_from"), it.key().toString(Qt::ISODate)},
                                   {QStringLiteral("departments"), departments},
                                   {QStringLiteral("procedures"), it.value()}};
            auto imported = catalogue.importCatalogue(portalActor(), QJsonDocument(file).toJson(QJsonDocument::Compact),
                                                      QStringLiteral("portal"));
            if (!imported) {
                // The transaction rolls back: every version imported before this one goes too.
                m_lane.bookFailure(kind, unusable(QCoreApplication::translate(
                                                      "motcua::CataloguePull",
                                                      "The procedures from the portal were refused by the catalogue "
                                                      "import: %1 The catalogue was left unchanged.")
                                                      .arg(imported.error().message)));
                return;
            }
        }
        if (Status s = m_lane.store().setValue(
                kVersionsKey, QString::fromUtf8(QJsonDocument(remembered).toJson(QJsonDocument::Compact)));
            !s) {
            m_lane.note(s.error().message);
            return;
        }
        if (Status s = tx.commit(); !s) {
            m_lane.note(s.error().message);
            return;
        }
        m_lane.report().catalogueImported = true;
        qCInfo(lcSync) << changed.size() << "procedure(s) of" << listed.size() << "imported from the portal";
    } else if (remembered != known) {
        m_lane.remember(kVersionsKey, QString::fromUtf8(QJsonDocument(remembered).toJson(QJsonDocument::Compact)));
    }
    m_lane.remember(kPulledAtKey, QString::number(m_lane.now().toSecsSinceEpoch()));
    m_lane.bookSuccess(kind);
}

} // namespace motcua
