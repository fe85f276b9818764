#include "store/Settings.h"
#include "store/SettingKeys.h"

#include "core/Logging.h"
#include "store/BlobCrypto.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QTime>
#include <QUrl>

#include <openssl/crypto.h>

namespace motcua {

namespace {

struct Entry
{
    QLatin1StringView key;
    SettingType type;
    const char16_t* defaultValue;
    const char* description; // source text, translated in registry()
    int minimum;
    int maximum;
};

// THE registry: every setting the app reads. A new key is named in store/SettingKeys.h and
// described here, nowhere else.
// Center details default to empty: they come from the demo profile or the administrator.
// The sequence part of a dossier code has 4 digits (docs/domain.md#dossier-codes), which bounds the code.* ranges.
const Entry kEntries[] = {
    {SettingKey::CenterName, SettingType::Text, u"",
     QT_TRANSLATE_NOOP("motcua::Settings", "Name of the service center"), 0, 0},
    {SettingKey::CenterParent, SettingType::Text, u"",
     QT_TRANSLATE_NOOP("motcua::Settings", "Governing authority printed above the center's name"), 0, 0},
    {SettingKey::CenterPlace, SettingType::Text, u"",
     QT_TRANSLATE_NOOP("motcua::Settings", "Place name used in dated lines of printed forms"), 0, 0},
    {SettingKey::CenterAgencyCode, SettingType::AgencyCode, u"",
     QT_TRANSLATE_NOOP("motcua::Settings", "National agency identifier that starts every dossier code"), 0, 0},
    {SettingKey::CenterAddress, SettingType::Text, u"",
     QT_TRANSLATE_NOOP("motcua::Settings", "Postal address of the center"), 0, 0},
    {SettingKey::CenterPhone, SettingType::Text, u"",
     QT_TRANSLATE_NOOP("motcua::Settings", "Telephone number of the center"), 0, 0},
    {SettingKey::CenterLookupUrl, SettingType::UrlTemplate, u"",
     QT_TRANSLATE_NOOP("motcua::Settings",
                       "Web address where applicants look up a dossier; {code} is replaced by the dossier code"),
     0, 0},
    {SettingKey::StationNumber, SettingType::Integer, u"1",
     QT_TRANSLATE_NOOP("motcua::Settings", "Number of this workstation within the center"), 1, 99},
    {SettingKey::CodeMaxStations, SettingType::Integer, u"10",
     QT_TRANSLATE_NOOP("motcua::Settings", "Number of workstations that share the fallback numbering range"), 1, 99},
    {SettingKey::CodeFallbackStart, SettingType::Integer, u"5000",
     QT_TRANSLATE_NOOP("motcua::Settings", "First daily sequence number of the offline fallback range"), 1, 9999},
    {SettingKey::CodeBlockSize, SettingType::Integer, u"50",
     QT_TRANSLATE_NOOP("motcua::Settings", "Sequence numbers leased per block"), 1, 1000},
    // Below this much free disk space new attachments are refused (docs/architecture.md#scanning); the
    // app warns below twice as much. 500 MB holds a day of scans at a busy counter.
    {SettingKey::AttachmentsMinFreeMB, SettingType::Integer, u"500",
     QT_TRANSLATE_NOOP("motcua::Settings",
                       "Minimum free disk space for attachments, in MB: below it new scans are refused"),
     0, 1000000000},
    // A transfer sent to the wrong department may be taken back by the clerk who made it, for
    // this long, while the department has not received it (ProcessingService::takeBack).
    {SettingKey::ProcessingTakeBackMinutes, SettingType::Integer, u"10",
     QT_TRANSLATE_NOOP("motcua::Settings",
                       "Minutes during which a clerk may take back their own transfer that the department "
                       "has not yet received (0: never)"),
     0, 1440},
    // An online submission waits for a clerk to accept, refuse or ask for a supplement within
    // this many working hours of its submission (OnlineInboxService; the work calendar counts).
    {SettingKey::OnlineAcceptHours, SettingType::Integer, u"8",
     QT_TRANSLATE_NOOP("motcua::Settings",
                       "Working hours within which a dossier submitted online must be accepted, refused "
                       "or sent back for a supplement"),
     1, 400},
    // Sessions (UserService, LoginThrottle, IdleLock). Five wrong passwords lock an account
    // until an administrator unlocks it or this many minutes pass (a workstation offline, with
    // its only administrator locked out, must not stay shut for good).
    {SettingKey::SecurityLockoutMinutes, SettingType::Integer, u"30",
     QT_TRANSLATE_NOOP("motcua::Settings",
                       "Minutes an account stays locked after five wrong passwords, unless an administrator "
                       "unlocks it sooner"),
     1, 10080},
    {SettingKey::SecurityIdleLockMinutes, SettingType::Integer, u"10",
     QT_TRANSLATE_NOOP("motcua::Settings",
                       "Minutes without keyboard or mouse after which the desk locks and asks for the "
                       "password again (0: never)"),
     0, 480},
    // Retention (RetentionService, motcuactl store purge): personal data kept only as long as it
    // serves.
    {SettingKey::RetentionSentPayloadDays, SettingType::Integer, u"1",
     QT_TRANSLATE_NOOP("motcua::Settings",
                       "Days after the portal acknowledged an item before its copy of the dossier is "
                       "removed from the outbox (0: at the next purge)"),
     0, 3650},
    {SettingKey::RetentionDraftDays, SettingType::Integer, u"30",
     QT_TRANSLATE_NOOP("motcua::Settings", "Days an unfinished intake draft is kept"), 1, 3650},
    {SettingKey::RetentionKeptScanDays, SettingType::Integer, u"30",
     QT_TRANSLATE_NOOP("motcua::Settings", "Days a kept scan (not attached to a dossier) is kept"), 1, 3650},
    {SettingKey::RetentionFetchPartDays, SettingType::Integer, u"7",
     QT_TRANSLATE_NOOP("motcua::Settings",
                       "Days the part of a file fetched from the center is kept when its download is not tried "
                       "again"),
     1, 3650},
    {SettingKey::UiLanguage, SettingType::Language, u"vi",
     QT_TRANSLATE_NOOP("motcua::Settings", "Language of the user interface"), 0, 0},
    {SettingKey::CalendarHours, SettingType::TimeRanges, u"07:00-11:30,13:30-17:00",
     QT_TRANSLATE_NOOP("motcua::Settings", "Working hours of a working day"), 0, 0},
    {SettingKey::CalendarWeekend, SettingType::Weekdays, u"6,7",
     QT_TRANSLATE_NOOP("motcua::Settings", "Days off each week (1 = Monday ... 7 = Sunday)"), 0, 0},
    // "Withdrawn count as processed on time" is unconfirmed: a setting (docs/domain.md#the-periodic-report).
    {SettingKey::ReportWithdrawnAs, SettingType::Choice, u"on_time",
     QT_TRANSLATE_NOOP("motcua::Settings",
                       "How the periodic report counts withdrawn dossiers: on_time (processed on time), "
                       "by_date (processed, early, on time or late by their dates) or excluded"),
     0, 0},
    // A stopped dossier closes when it is stopped (the 766 index's rule 2.1: the end time is
    // processed, else returned, else stopped or refused); a center may leave them out instead.
    {SettingKey::ReportStoppedAs, SettingType::Choice, u"by_date",
     QT_TRANSLATE_NOOP("motcua::Settings",
                       "How the periodic report counts stopped dossiers: by_date (closed when stopped, "
                       "early, on time or late by the stop date) or excluded"),
     0, 0},
    // The central portal (app/sync). Empty URL: no portal, the workstation works offline.
    {SettingKey::PortalUrl, SettingType::Text, u"",
     QT_TRANSLATE_NOOP("motcua::Settings", "Address of the central portal (https://host:port)"), 0, 0},
    {SettingKey::PortalUsername, SettingType::Text, u"",
     QT_TRANSLATE_NOOP("motcua::Settings", "Account of this center on the portal"), 0, 0},
    {SettingKey::PortalPassword, SettingType::Text, u"",
     QT_TRANSLATE_NOOP("motcua::Settings", "Password of the portal account"), 0, 0},
    {SettingKey::PortalCaFile, SettingType::Text, u"",
     QT_TRANSLATE_NOOP("motcua::Settings",
                       "PEM file of the certificate authority the portal's certificate must chain to"),
     0, 0},
    {SettingKey::PortalPinSha256, SettingType::Text, u"",
     QT_TRANSLATE_NOOP("motcua::Settings",
                       "Base64 SHA-256 of the portal's public key; when set, any other key is refused"),
     0, 0},
    // The center's server (motcua-center) this workstation joined with a one-time code
    // (CenterJoin); when set, the workstation syncs with it and portal.* is left for a
    // national-style portal.
    {SettingKey::CenterUrl, SettingType::Text, u"",
     QT_TRANSLATE_NOOP("motcua::Settings",
                       "Address of the center's server this workstation joined (https://host:port)"),
     0, 0},
    {SettingKey::CenterCaFile, SettingType::Text, u"",
     QT_TRANSLATE_NOOP("motcua::Settings",
                       "PEM file of the certificate authority the center's certificate must chain to"),
     0, 0},
    {SettingKey::CenterUsername, SettingType::Text, u"",
     QT_TRANSLATE_NOOP("motcua::Settings", "This workstation's account at the center (given when it joined)"), 0, 0},
    {SettingKey::CenterPassword, SettingType::Text, u"",
     QT_TRANSLATE_NOOP("motcua::Settings", "This workstation's credential at the center (given when it joined)"), 0, 0},
    {SettingKey::CenterServerName, SettingType::Text, u"",
     QT_TRANSLATE_NOOP("motcua::Settings", "Name of the center's server this workstation joined"), 0, 0},
    {SettingKey::SyncIntervalSecs, SettingType::Integer, u"60",
     QT_TRANSLATE_NOOP("motcua::Settings", "Seconds between synchronisation passes while online"), 5, 86400},
    {SettingKey::SyncTimeoutSecs, SettingType::Integer, u"30",
     QT_TRANSLATE_NOOP("motcua::Settings", "Seconds to wait for the portal before a request counts as failed"), 1, 600},
    {SettingKey::SyncMaxParallel, SettingType::Integer, u"3",
     QT_TRANSLATE_NOOP("motcua::Settings", "Transfers to the portal at the same time"), 1, 8},
    {SettingKey::SyncBackoffBaseSecs, SettingType::Integer, u"5",
     QT_TRANSLATE_NOOP("motcua::Settings", "First wait in seconds before retrying a failed transfer"), 1, 3600},
    {SettingKey::SyncBackoffCapSecs, SettingType::Integer, u"3600",
     QT_TRANSLATE_NOOP("motcua::Settings", "Longest wait in seconds between retries"), 10, 86400},
    {SettingKey::SyncChunkKiB, SettingType::Integer, u"1024",
     QT_TRANSLATE_NOOP("motcua::Settings", "Size in KiB of each piece of an attachment upload"), 16, 16384},
    {SettingKey::SyncHistoryChunk, SettingType::Integer, u"10",
     QT_TRANSLATE_NOOP("motcua::Settings", "History rows sent per request"), 1, 500},
    {SettingKey::SyncDossierBatch, SettingType::Integer, u"20",
     QT_TRANSLATE_NOOP("motcua::Settings", "Dossiers sent per request"), 1, 500},
    {SettingKey::SyncStuckMinutes, SettingType::Integer, u"120",
     QT_TRANSLATE_NOOP("motcua::Settings", "Warn when an item waits longer than this many minutes"), 1, 100000},
    {SettingKey::SyncCatalogueMaxAgeDays, SettingType::Integer, u"30",
     QT_TRANSLATE_NOOP("motcua::Settings", "Warn when the procedure catalogue is older than this many days"), 1, 3650},
    {SettingKey::SyncHolidaysMaxAgeDays, SettingType::Integer, u"365",
     QT_TRANSLATE_NOOP("motcua::Settings",
                       "Warn when the holiday calendar was last confirmed more than this many days ago"),
     1, 3650},
    {SettingKey::SyncBundleSecret, SettingType::Text, u"",
     QT_TRANSLATE_NOOP("motcua::Settings",
                       "Shared secret (at least 16 characters) that signs and encrypts offline bundles for the portal"),
     0, 0},
};

// The accepted values of Choice settings.
QStringList choicesOf(const QString& key)
{
    if (key == SettingKey::ReportWithdrawnAs)
        return {QStringLiteral("on_time"), QStringLiteral("by_date"), QStringLiteral("excluded")};
    if (key == SettingKey::ReportStoppedAs)
        return {QStringLiteral("by_date"), QStringLiteral("excluded")};
    return {};
}

constexpr int kTextMax = 500;

const Entry* findEntry(const QString& key)
{
    for (const Entry& e : kEntries) {
        if (key == e.key)
            return &e;
    }
    return nullptr;
}

SettingInfo toInfo(const Entry& e)
{
    SettingInfo info;
    info.key = e.key;
    info.type = e.type;
    info.defaultValue = QString::fromUtf16(e.defaultValue);
    info.description = QCoreApplication::translate("motcua::Settings", e.description);
    info.minimum = e.minimum;
    info.maximum = e.maximum;
    info.choices = choicesOf(info.key);
    return info;
}

Error invalid(const QString& key, const QString& why)
{
    return Error::badInput(QCoreApplication::translate("motcua::Settings", "Invalid value for %1: %2").arg(key, why));
}

bool parseTime(const QString& text, int* minutes)
{
    static const QRegularExpression re(QStringLiteral("^([01][0-9]|2[0-3]):([0-5][0-9])$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return false;
    *minutes = m.capturedView(1).toInt() * 60 + m.capturedView(2).toInt();
    return true;
}

Status checkTimeRanges(const QString& key, const QString& text, QString* canonical)
{
    const Error bad =
        invalid(key, QCoreApplication::translate("motcua::Settings",
                                                 "write working hours as HH:MM-HH:MM, comma-separated, in order"));
    if (text.isEmpty())
        return bad;
    QStringList out;
    int previousEnd = -1;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QStringList ends = part.trimmed().split(QLatin1Char('-'));
        int start = 0;
        int end = 0;
        if (ends.size() != 2 || !parseTime(ends.at(0).trimmed(), &start) || !parseTime(ends.at(1).trimmed(), &end) ||
            start >= end || start < previousEnd)
            return bad;
        previousEnd = end;
        out.append(ends.at(0).trimmed() + QLatin1Char('-') + ends.at(1).trimmed());
    }
    *canonical = out.join(QLatin1Char(','));
    return {};
}

Status checkWeekdays(const QString& key, const QString& text, QString* canonical)
{
    if (text.isEmpty()) {
        canonical->clear(); // a center open every day
        return {};
    }
    QSet<int> seen;
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const int day = part.trimmed().toInt(&ok);
        if (!ok || day < 1 || day > 7 || seen.contains(day))
            return invalid(key,
                           QCoreApplication::translate("motcua::Settings",
                                                       "list distinct days 1 (Monday) to 7 (Sunday), comma-separated"));
        seen.insert(day);
        out.append(QString::number(day));
    }
    *canonical = out.join(QLatin1Char(','));
    return {};
}

Status checkUrlTemplate(const QString& key, const QString& text)
{
    if (text.isEmpty())
        return {};
    const QString placeholder = QStringLiteral("{code}");
    QString probe = text;
    probe.replace(placeholder, QStringLiteral("000.00.00.H00-250101-0001"));
    const QUrl url(probe, QUrl::StrictMode);
    const bool web = url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (!text.contains(placeholder) || !url.isValid() || !web || url.host().isEmpty())
        return invalid(key,
                       QCoreApplication::translate("motcua::Settings", "enter an http(s) address containing {code}"));
    return {};
}

QString typeName(SettingType t)
{
    switch (t) {
    case SettingType::Integer:
        return QCoreApplication::translate("motcua::Settings", "a whole number");
    default:
        return QCoreApplication::translate("motcua::Settings", "text");
    }
}

} // namespace

QList<SettingInfo> Settings::registry()
{
    QList<SettingInfo> list;
    list.reserve(static_cast<qsizetype>(std::size(kEntries)));
    for (const Entry& e : kEntries)
        list.append(toInfo(e));
    return list;
}

bool Settings::find(const QString& key, SettingInfo* out)
{
    const Entry* e = findEntry(key);
    if (!e)
        return false;
    if (out)
        *out = toInfo(*e);
    return true;
}

Status Settings::validate(const QString& key, const QVariant& value, QString* canonicalOut)
{
    const Entry* e = findEntry(key);
    if (!e)
        return Error::badInput(QCoreApplication::translate("motcua::Settings", "Unknown setting: %1").arg(key));

    QString text;
    const int typeId = value.metaType().id();
    if (e->type == SettingType::Integer) {
        bool ok = false;
        qlonglong n = 0;
        switch (typeId) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            n = value.toLongLong(&ok);
            break;
        case QMetaType::QString:
            n = value.toString().trimmed().toLongLong(&ok);
            break;
        default:
            break;
        }
        if (!ok)
            return invalid(key, QCoreApplication::translate("motcua::Settings", "expected %1").arg(typeName(e->type)));
        if (n < e->minimum || n > e->maximum)
            return invalid(key, QCoreApplication::translate("motcua::Settings", "must be between %1 and %2")
                                    .arg(e->minimum)
                                    .arg(e->maximum));
        text = QString::number(n);
    } else {
        if (typeId != QMetaType::QString)
            return invalid(key, QCoreApplication::translate("motcua::Settings", "expected %1").arg(typeName(e->type)));
        text = value.toString().trimmed();
        if (text.size() > kTextMax || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
            return invalid(key,
                           QCoreApplication::translate("motcua::Settings", "must be one line of at most %n characters",
                                                       nullptr, kTextMax));
        switch (e->type) {
        case SettingType::AgencyCode: {
            // '-' separates the parts of a dossier code, so it can never appear in the agency part.
            static const QRegularExpression re(QStringLiteral("^[0-9A-Z]+(\\.[0-9A-Z]+)*$"));
            if (!text.isEmpty() && (text.size() > 32 || !re.match(text).hasMatch()))
                return invalid(key, QCoreApplication::translate(
                                        "motcua::Settings",
                                        "use capital letters and digits separated by dots, e.g. 000.00.06.H56"));
            break;
        }
        case SettingType::UrlTemplate:
            if (Status s = checkUrlTemplate(key, text); !s)
                return s;
            break;
        case SettingType::TimeRanges:
            if (Status s = checkTimeRanges(key, text, &text); !s)
                return s;
            break;
        case SettingType::Weekdays:
            if (Status s = checkWeekdays(key, text, &text); !s)
                return s;
            break;
        case SettingType::Language:
            if (text != QLatin1String("vi") && text != QLatin1String("en"))
                return invalid(key, QCoreApplication::translate("motcua::Settings", "choose vi or en"));
            break;
        case SettingType::Choice:
            if (!choicesOf(key).contains(text))
                return invalid(key, QCoreApplication::translate("motcua::Settings", "choose one of: %1")
                                        .arg(choicesOf(key).join(QStringLiteral(", "))));
            break;
        case SettingType::Text:
        case SettingType::Integer:
            break;
        }
    }
    if (canonicalOut)
        *canonicalOut = text;
    return {};
}

QString Settings::stored(const QString& key)
{
    // An encrypted database before the login that opens it: every key reads as its default.
    if (!m_db.isOpen())
        return {};
    auto q = m_db.query(QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                        QCoreApplication::translate("motcua::Settings", "reading the settings"));
    if (!q) {
        qCWarning(lcStore) << "cannot read settings:" << q.error().message;
        return {};
    }
    q->bind(1, key);
    if (q->next()) {
        QString v = q->text(0);
        if (v.isNull())
            v = QLatin1String(""); // an empty stored value is still a stored value
        return v;
    }
    if (!q->error())
        qCWarning(lcStore) << "cannot read setting" << key << q->error().error().message;
    return {};
}

QString Settings::string(const QString& key)
{
    const Entry* e = findEntry(key);
    if (!e) {
        qCWarning(lcStore) << "unknown setting read:" << key;
        return {};
    }
    if (isSecret(key)) {
        auto clear = secret(key);
        return clear ? *clear : QString();
    }
    const QString v = stored(key);
    if (v.isNull())
        return QString::fromUtf16(e->defaultValue);
    QString canonical;
    if (!validate(key, v, &canonical)) {
        qCWarning(lcStore) << "stored value of setting" << key << "is invalid; using the default";
        return QString::fromUtf16(e->defaultValue);
    }
    return canonical;
}

int Settings::integer(const QString& key)
{
    return string(key).toInt();
}

QVariant Settings::value(const QString& key)
{
    const Entry* e = findEntry(key);
    if (!e)
        return {};
    if (e->type == SettingType::Integer)
        return integer(key);
    return string(key);
}

bool Settings::isSet(const QString& key)
{
    return !stored(key).isNull();
}

Status Settings::set(const QString& key, const QVariant& value)
{
    QString text;
    if (Status v = validate(key, value, &text); !v)
        return v;
    if (isSecret(key) && !text.isEmpty()) {
        if (isUnlocked()) {
            auto sealed = sealValue(key, text);
            if (!sealed)
                return sealed.error();
            text = *sealed;
        } else {
            qCWarning(lcStore) << "secret setting" << key << "stored while locked; it is sealed at the next unlock";
        }
    }
    return write(key, text);
}

Status Settings::write(const QString& key, const QString& textIn)
{
    QString text = textIn;
    auto q = m_db.query(
        QStringLiteral(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        QCoreApplication::translate("motcua::Settings", "saving the settings"));
    if (!q)
        return q.error();
    // A null QString would bind NULL into a NOT NULL column.
    if (text.isNull())
        text = QLatin1String("");
    return q->bind(1, key).bind(2, text).exec();
}

Status Settings::reset(const QString& key)
{
    if (!findEntry(key))
        return Error::badInput(QCoreApplication::translate("motcua::Settings", "Unknown setting: %1").arg(key));
    auto q = m_db.query(QStringLiteral("DELETE FROM settings WHERE key = ?"),
                        QCoreApplication::translate("motcua::Settings", "saving the settings"));
    if (!q)
        return q.error();
    return q->bind(1, key).exec();
}

namespace {
const QString kSealedPrefix = QStringLiteral("sealed:v1:");

QByteArray secretHeader(const QString& key)
{
    return QByteArrayLiteral("motcua-setting:v1:") + key.toUtf8();
}
} // namespace

bool Settings::isSecret(const QString& key)
{
    return key == SettingKey::PortalPassword || key == SettingKey::CenterPassword ||
           key == SettingKey::SyncBundleSecret;
}

QStringList Settings::secretKeys()
{
    return {SettingKey::PortalPassword, SettingKey::CenterPassword, SettingKey::SyncBundleSecret};
}

bool Settings::isUnlocked() const
{
    return m_cipher && m_cipher() != nullptr;
}

Result<QString> Settings::sealValue(const QString& key, const QString& clear) const
{
    const BlobCrypto* cipher = m_cipher ? m_cipher() : nullptr;
    if (!cipher)
        return Error::forbidden(
            QCoreApplication::translate("motcua::Settings", "Sign in to change the setting %1.").arg(key));
    const QByteArray header = secretHeader(key);
    QByteArray bytes = clear.toUtf8();
    auto sealed = cipher->seal(header, bytes);
    // The secret's clear bytes are wiped before they are freed (the caller owns the QString).
    OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    if (!sealed)
        return sealed.error();
    return QString(kSealedPrefix + QString::fromLatin1(sealed->mid(header.size()).toBase64()));
}

Result<QString> Settings::openValue(const QString& key, const QString& sealed) const
{
    const BlobCrypto* cipher = m_cipher ? m_cipher() : nullptr;
    if (!cipher)
        return Error::forbidden(
            QCoreApplication::translate("motcua::Settings",
                                        "The setting %1 is encrypted: sign in to unlock it (motcuactl: --user NAME).")
                .arg(key));
    const QByteArray header = secretHeader(key);
    auto clear =
        cipher->open(header + QByteArray::fromBase64(sealed.mid(kSealedPrefix.size()).toLatin1()), header.size());
    if (!clear)
        return Error::crypto(
            QCoreApplication::translate("motcua::Settings", "The setting %1 cannot be decrypted; set it again.")
                .arg(key));
    const QString text = QString::fromUtf8(*clear);
    OPENSSL_cleanse(clear->data(), static_cast<size_t>(clear->size()));
    return text;
}

Result<QString> Settings::secret(const QString& key)
{
    if (!m_db.isOpen()) // an encrypted database nobody has opened yet
        return openValue(key, kSealedPrefix);
    const QString v = stored(key);
    if (v.isEmpty())
        return QString();
    if (v.startsWith(kSealedPrefix)) {
        auto clear = openValue(key, v);
        // Locked is the normal state before a login; only a value that does not open is news.
        if (!clear && clear.error().code == Error::Crypto)
            qCWarning(lcStore).noquote() << clear.error().message;
        return clear;
    }
    // Stored while locked, not sealed yet.
    return v;
}

bool Settings::isSealed(const QString& key)
{
    const QString v = stored(key);
    return v.isEmpty() || v.startsWith(kSealedPrefix);
}

Result<int> Settings::sealSecrets()
{
    if (!isUnlocked())
        return Error::forbidden(
            QCoreApplication::translate("motcua::Settings", "Sign in to seal the secret settings."));
    int sealedCount = 0;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun().error();
    for (const QString& key : secretKeys()) {
        const QString v = stored(key);
        if (v.isEmpty() || v.startsWith(kSealedPrefix))
            continue;
        auto sealed = sealValue(key, v);
        if (!sealed)
            return sealed.error();
        if (Status s = write(key, *sealed); !s)
            return s.error();
        ++sealedCount;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    if (sealedCount > 0)
        qCInfo(lcStore) << sealedCount << "secret setting(s) sealed under the data key";
    return sealedCount;
}

} // namespace motcua
