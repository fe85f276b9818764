#include "security/KeyRing.h"

#include "core/Logging.h"
#include "core/PortalProtocol.h"
#include "security/AesGcm.h"
#include "security/PasswordHasher.h"
#include "store/CenterAccountRepository.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/KeyFile.h"
#include "store/SettingKeys.h"
#include "store/Settings.h"
#include "store/UserRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <openssl/crypto.h>

namespace motcua {

namespace {

// Format and version of a wrap; authenticated as the GCM header.
const QByteArray kWrapHeader = QByteArrayLiteral("MCK1");
// The data key sealed under the center's account key.
const QByteArray kStationHeader = QByteArrayLiteral("MCS1");
constexpr int kSaltBytes = 16;

void wipe(QByteArray& b)
{
    if (!b.isEmpty())
        OPENSSL_cleanse(b.data(), static_cast<size_t>(b.size()));
}

Result<QByteArray> deriveWrapKey(const QString& password, const QByteArray& salt, int iterations)
{
    QByteArray secret = PasswordHasher::normalisedBytes(password);
    Result<QByteArray> kek = PasswordHasher::pbkdf2Sha256(secret, salt, iterations, AesGcm::kKeyBytes);
    wipe(secret);
    return kek;
}

Error wrongPassword()
{
    return Error::forbidden(QCoreApplication::translate("motcua::KeyRing", "Wrong user name or password."));
}

Error damagedWrap()
{
    return Error::crypto(QCoreApplication::translate("motcua::KeyRing", "The stored copy of the data key is damaged."));
}

// The key in `wrap`, opened with `password`; no check of which database it belongs to.
Result<std::unique_ptr<DataKey>> openWrap(const DataKeyWrap& wrap, const QString& password)
{
    // An edited row must not make one unlock run for hours (PasswordHasher::kMaxIterations).
    if (wrap.iterations < 1 || wrap.iterations > PasswordHasher::kMaxIterations || wrap.salt.size() < 8 ||
        !wrap.wrapped.startsWith(kWrapHeader))
        return damagedWrap();
    Result<QByteArray> kek = deriveWrapKey(password, wrap.salt, wrap.iterations);
    if (!kek)
        return kek.error();
    bool tampered = false;
    Result<QByteArray> raw = AesGcm::open(*kek, wrap.wrapped, kWrapHeader.size(), &tampered);
    wipe(*kek);
    if (!raw)
        return tampered ? wrongPassword() : raw.error();
    std::unique_ptr<DataKey> key = DataKey::fromBytes(*raw);
    if (!key)
        return damagedWrap();
    return key;
}

} // namespace

KeyRing::KeyRing(Database& db, int iterations)
    : m_db(db)
    , m_wraps(db)
    , m_iterations(iterations < 1 ? 1 : iterations)
{}

KeyRing::~KeyRing() = default;

void KeyRing::lock()
{
    m_key.reset();
    m_byAdmin = false;
}

void KeyRing::adopt(std::unique_ptr<DataKey> key)
{
    // Only the first administrator's creation hands a new key over (UserService).
    m_key = std::move(key);
    m_byAdmin = true;
    if (m_key && m_onUnlock)
        m_onUnlock();
}

bool KeyRing::hasDataKey()
{
    const Result<QString> id = m_wraps.keyId();
    if (!id) {
        qCWarning(lcSecurity) << "cannot read the data key id:" << id.error().message;
        return false;
    }
    return !id->isEmpty();
}

Result<DataKeyWrap> KeyRing::prepareWrap(const DataKey& key, const QString& password) const
{
    Result<QByteArray> salt = AesGcm::randomBytes(kSaltBytes);
    if (!salt)
        return salt.error();
    Result<QByteArray> kek = deriveWrapKey(password, *salt, m_iterations);
    if (!kek)
        return kek.error();
    Result<QByteArray> sealed = AesGcm::seal(*kek, kWrapHeader, key.bytes());
    wipe(*kek);
    if (!sealed)
        return sealed.error();
    DataKeyWrap wrap;
    wrap.iterations = m_iterations;
    wrap.salt = *salt;
    wrap.wrapped = *sealed;
    return wrap;
}

Result<std::unique_ptr<DataKey>> KeyRing::unwrap(const DataKeyWrap& wrap, const QString& password)
{
    Result<std::unique_ptr<DataKey>> key = openWrap(wrap, password);
    if (!key)
        return key.error();
    const Result<QString> expected = m_wraps.keyId();
    if (!expected)
        return expected.error();
    // A wrap copied in from another database opens, but to the wrong key: files would not open.
    if (!expected->isEmpty() && *expected != (*key)->keyId())
        return Error::crypto(QCoreApplication::translate(
            "motcua::KeyRing", "The stored copy of the data key belongs to another database."));
    return key;
}

Result<std::unique_ptr<DataKey>> KeyRing::unlockFromKeyFile(const QString& keyFile, const QString& username,
                                                            const QString& password)
{
    const Result<KeyFile::Content> content = KeyFile(keyFile).read();
    if (!content)
        return content.error();
    const QList<DataKeyWrap> wraps = KeyFile::wrapsOf(*content, username);
    for (const DataKeyWrap& wrap : wraps) {
        Result<std::unique_ptr<DataKey>> key = openWrap(wrap, password);
        if (!key) {
            if (key.error().code == Error::Forbidden)
                continue; // an older wrap under another password
            return key.error();
        }
        if ((*key)->keyId() != content->keyId)
            return Error::crypto(QCoreApplication::translate(
                "motcua::KeyRing", "The stored copy of the data key belongs to another database."));
        return key;
    }
    if (!content->stationWrap.isEmpty()) {
        for (const DataKeyWrap& wrap : KeyFile::wrapsOf(content->accountWraps, username)) {
            Result<std::unique_ptr<DataKey>> key = unlockThroughFetchedWrap(*content, wrap, password);
            if (!key && key.error().code == Error::Forbidden)
                continue;
            return key;
        }
    }
    return wrongPassword();
}

Result<std::unique_ptr<DataKey>> KeyRing::unlockThroughFetchedWrap(const KeyFile::Content& content,
                                                                   const DataKeyWrap& accountWrap,
                                                                   const QString& password)
{
    if (content.stationWrap.isEmpty())
        return wrongPassword();
    Result<std::unique_ptr<DataKey>> accountKey = openWrap(accountWrap, password);
    if (!accountKey)
        return accountKey.error();
    Result<std::unique_ptr<DataKey>> key = openStationWrap(**accountKey, content.stationWrap);
    if (!key)
        return key.error();
    if ((*key)->keyId() != content.keyId)
        return Error::crypto(QCoreApplication::translate(
            "motcua::KeyRing", "The stored copy of the data key belongs to another database."));
    return key;
}

Result<std::unique_ptr<DataKey>> KeyRing::openAccountWrap(const DataKeyWrap& wrap, const QString& password)
{
    return openWrap(wrap, password);
}

Result<QByteArray> KeyRing::sealStationWrap(const DataKey& accountKey, const DataKey& dataKey)
{
    return AesGcm::seal(accountKey.bytes(), kStationHeader, dataKey.bytes());
}

Result<std::unique_ptr<DataKey>> KeyRing::openStationWrap(const DataKey& accountKey, const QByteArray& stationWrap)
{
    if (!stationWrap.startsWith(kStationHeader))
        return damagedWrap();
    Result<QByteArray> raw = AesGcm::open(accountKey.bytes(), stationWrap, kStationHeader.size());
    if (!raw)
        return damagedWrap();
    std::unique_ptr<DataKey> key = DataKey::fromBytes(*raw);
    if (!key)
        return damagedWrap();
    return key;
}

Result<std::unique_ptr<DataKey>> KeyRing::unlockThroughAccountKey(qint64 userId, const QString& password)
{
    CenterAccountRepository accounts(m_db);
    const Result<QByteArray> stationWrap = accounts.value(QStringLiteral("station_wrap"));
    if (!stationWrap)
        return stationWrap.error();
    const Result<std::optional<DataKeyWrap>> wrap = accounts.accountWrap(userId);
    if (!wrap)
        return wrap.error();
    if (stationWrap->isEmpty() || !*wrap)
        return Error::notFound(QString());
    Result<std::unique_ptr<DataKey>> accountKey = openWrap(**wrap, password);
    if (!accountKey)
        return accountKey.error();
    Result<std::unique_ptr<DataKey>> key = openStationWrap(**accountKey, *stationWrap);
    if (!key)
        return key.error();
    const Result<QString> expected = m_wraps.keyId();
    if (!expected)
        return expected.error();
    if (*expected != (*key)->keyId())
        return Error::crypto(QCoreApplication::translate(
            "motcua::KeyRing", "The stored copy of the data key belongs to another database."));
    return key;
}

Status KeyRing::writeKeyFile(bool keepOlder, bool evenIfPlain)
{
    if (m_keyFile.isEmpty() || (!m_db.isKeyed() && !evenIfPlain))
        return {};
    const Result<QString> keyId = m_wraps.keyId();
    if (!keyId)
        return keyId.error();
    const Result<QList<QPair<QString, DataKeyWrap>>> wraps = m_wraps.namedWraps();
    if (!wraps)
        return wraps.error();
    KeyFile file(m_keyFile);
    KeyFile::Content content;
    content.keyId = *keyId;
    for (const auto& [username, wrap] : *wraps)
        content.wraps.append(NamedWrap{username, wrap});
    CenterAccountRepository accounts(m_db);
    const Result<QByteArray> stationWrap = accounts.value(QStringLiteral("station_wrap"));
    if (!stationWrap)
        return stationWrap.error();
    content.stationWrap = *stationWrap;
    const Result<KeyFile::Content> old = file.exists() ? file.read() : Result<KeyFile::Content>(KeyFile::Content());
    if (!stationWrap->isEmpty()) {
        const Result<QList<QPair<QString, DataKeyWrap>>> accountWraps = accounts.namedAccountWraps();
        if (!accountWraps)
            return accountWraps.error();
        for (const auto& [username, wrap] : *accountWraps)
            content.accountWraps.append(NamedWrap{username, wrap});
        content.center = centerLookup();
        // Without the key the station's secret cannot be read: what the file held stays.
        if (!content.center.isSet() && old && old->keyId == content.keyId)
            content.center = old->center;
    }
    if (keepOlder) {
        if (old && old->keyId == content.keyId) {
            for (const NamedWrap& w : old->wraps) {
                bool known = false;
                for (const NamedWrap& n : std::as_const(content.wraps))
                    known = known || n.wrap.wrapped == w.wrap.wrapped;
                if (!known)
                    content.wraps.append(w);
            }
        }
    }
    return file.write(content);
}

KeyFile::Content::CenterLookup KeyRing::centerLookup()
{
    KeyFile::Content::CenterLookup lookup;
    if (!m_key)
        return lookup;
    Settings settings(m_db);
    settings.setCipher([this]() -> const BlobCrypto* { return m_key.get(); });
    const Result<QString> secret = settings.secret(SettingKey::CenterPassword);
    if (!secret || secret->isEmpty())
        return lookup;
    lookup.url = settings.string(SettingKey::CenterUrl);
    lookup.caFile = settings.string(SettingKey::CenterCaFile);
    lookup.station = settings.value(SettingKey::StationNumber).toInt();
    lookup.key = PortalProtocol::accountLookupKey(*secret);
    return lookup;
}

Status KeyRing::storeNewKey(const DataKey& key, const QDateTime& at, const QString& by)
{
    return m_wraps.insertKeyId(key.keyId(), at, by);
}

Status KeyRing::storeWrap(qint64 userId, const DataKeyWrap& wrap, const QDateTime& at, const QString& by)
{
    if (Status s = m_wraps.putWrap(userId, wrap, at, by); !s)
        return s;
    return writeKeyFile(true);
}

Status KeyRing::removeWrap(qint64 userId)
{
    if (Status s = m_wraps.removeWrap(userId); !s)
        return s;
    return writeKeyFile(false);
}

Status KeyRing::unlock(const QString& username, const QString& password, const QDateTime& now)
{
    if (m_beforeUnlock) {
        if (Status opened = m_beforeUnlock(username.trimmed(), password); !opened)
            return opened;
    }
    Status s = unlockKey(username, password, now);
    if (s) {
        if (Status w = writeKeyFile(false); !w)
            qCWarning(lcSecurity).noquote() << "key file not written:" << w.error().message;
    }
    if (s && m_onUnlock)
        m_onUnlock();
    if (s && m_afterUnlock)
        m_afterUnlock(username.trimmed(), password);
    return s;
}

Status KeyRing::unlockKey(const QString& usernameIn, const QString& password, const QDateTime& now)
{
    UserRepository users(m_db);
    const Result<UserRecord> user = users.byUsername(usernameIn.trimmed());
    if (!user)
        return user.error().code == Error::NotFound ? wrongPassword() : user.error();
    if (user->disabled)
        return Error::forbidden(QCoreApplication::translate(
            "motcua::KeyRing", "This account is disabled. Ask an administrator to enable it."));

    const Result<QString> keyId = m_wraps.keyId();
    if (!keyId)
        return keyId.error();
    if (keyId->isEmpty()) {
        // A database made before attachments existed: the first administrator to log in
        // creates the key. Anyone else must wait, or files would be sealed under a key no
        // administrator holds.
        if (user->role != Role::Admin)
            return Error::conflict(QCoreApplication::translate(
                "motcua::KeyRing", "Attachments are not set up yet: an administrator must log in first."));
        const Result<bool> match = PasswordHasher().verify(password, user->passwordHash);
        if (!match)
            return match.error();
        if (!*match)
            return wrongPassword();
        Result<std::unique_ptr<DataKey>> key = DataKey::generate();
        if (!key)
            return key.error();
        Result<DataKeyWrap> wrap = prepareWrap(**key, password);
        if (!wrap)
            return wrap.error();
        Transaction tx(m_db);
        if (!tx.begun())
            return tx.begun();
        const Result<QString> again = m_wraps.keyId();
        if (!again)
            return again.error();
        if (again->isEmpty()) {
            if (Status s = storeNewKey(**key, now, user->username); !s)
                return s;
            if (Status s = storeWrap(user->id, *wrap, now, user->username); !s)
                return s;
            Actor actor;
            actor.userId = user->id;
            actor.username = user->username;
            actor.role = user->role;
            if (Status s = writeAudit(m_db, now, actor, QStringLiteral("data_key.create"), QStringLiteral("data_key"),
                                      (*key)->keyId());
                !s)
                return s;
            if (Status s = tx.commit(); !s)
                return s;
            qCInfo(lcSecurity) << "data key created at first administrator unlock, user id" << user->id;
            m_key = std::move(*key);
            m_byAdmin = true;
            return {};
        }
        // Another workstation process created it meanwhile: fall through to unwrapping.
    }

    const Result<DataKeyWrap> wrap = m_wraps.wrapOf(user->id);
    Result<std::unique_ptr<DataKey>> key =
        wrap ? unwrap(*wrap, password) : Result<std::unique_ptr<DataKey>>(Error::notFound(QString()));
    if (!wrap && wrap.error().code != Error::NotFound)
        return wrap.error();
    // An account set at another workstation of the center has no wrap here; an older wrap of
    // this workstation may hold a password changed elsewhere since.
    if (!key && (key.error().code == Error::NotFound || key.error().code == Error::Forbidden)) {
        Result<std::unique_ptr<DataKey>> viaCenter = unlockThroughAccountKey(user->id, password);
        if (viaCenter || viaCenter.error().code != Error::NotFound)
            key = std::move(viaCenter);
    }
    if (!key && key.error().code == Error::NotFound) {
        return Error::forbidden(QCoreApplication::translate(
            "motcua::KeyRing",
            "Your account cannot open attachments yet: ask an administrator to set your password again."));
    }
    if (!key)
        return key.error();
    m_key = std::move(*key);
    m_byAdmin = user->role == Role::Admin;
    return {};
}

} // namespace motcua
