#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace motcua {

class BlobCrypto;
class Database;

// What a setting holds; each kind has its own validation (Settings::validate).
enum class SettingType {
    Text,        // free text, one line
    Integer,     // decimal, within SettingInfo::minimum..maximum
    AgencyCode,  // national agency identifier: "000.00.06.H56" (dot-separated, no '-')
    UrlTemplate, // http(s) URL containing "{code}", or empty
    TimeRanges,  // "07:00-11:30,13:30-17:00": ascending, non-overlapping
    Weekdays,    // "6,7": ISO days of week 1 (Monday) .. 7 (Sunday), distinct; may be empty
    Language,    // "vi" or "en"
    Choice,      // one of SettingInfo::choices
};

struct SettingInfo
{
    QString key;
    SettingType type = SettingType::Text;
    QString defaultValue; // in stored (text) form
    QString description;  // translated
    int minimum = 0;      // Integer only
    int maximum = 0;      // Integer only
    QStringList choices;  // Choice only: the accepted values
};

// The typed settings registry (docs/architecture.md#data) over
// table `settings` (key, value TEXT). Every key, its type, default and description is in ONE
// table in Settings.cpp; reading a key not set returns its default, so a new database needs
// no rows. Values are not cached: each read asks SQLite (a cached prepared statement), so a
// rolled-back transaction can never leave a stale value behind.
class Settings
{
public:
    explicit Settings(Database& db)
        : m_db(db)
    {}

    // The whole registry, in display order.
    static QList<SettingInfo> registry();
    // False for an unknown key.
    static bool find(const QString& key, SettingInfo* out);
    // Checks `value` against the key's type; on success `canonical` (optional) gets the text
    // to store (e.g. " 12 " -> "12"). Unknown key or invalid value: Error::badInput.
    static Status validate(const QString& key, const QVariant& value, QString* canonical = nullptr);

    // Stored value or the default. An unknown key is a programming error: logged, empty/0.
    // A stored value that no longer validates (edited by hand) is logged and the default used.
    QString string(const QString& key);
    int integer(const QString& key);
    // Typed: int for Integer keys, QString for the others; invalid QVariant for unknown keys.
    QVariant value(const QString& key);
    // True when a row exists (the value is not the default by omission).
    bool isSet(const QString& key);

    // Validates and stores. Runs as a single statement, so it joins the caller's open
    // Transaction if there is one (and rolls back with it) or commits on its own.
    Status set(const QString& key, const QVariant& value);
    Status set(const QString& key, const QString& value) { return set(key, QVariant(value)); }
    // Removes the row: the key reads as its default again.
    Status reset(const QString& key);

    // Secret settings (portal.password, sync.bundleSecret) are stored sealed under the
    // database's data key: AES-256-GCM, the key name authenticated with the value, stored as
    // "sealed:v1:<base64>". Only a session whose data key is unlocked reads or writes them:
    // string() gives "" while locked, secret() says why. A secret written while locked (a
    // script that set no user) is stored as given and sealed at the next unlocked start by
    // sealSecrets(); nothing ever writes a secret's value to the log.
    static bool isSecret(const QString& key);
    static QStringList secretKeys();
    // Where the data key comes from: the session's key ring (nullptr while locked).
    void setCipher(std::function<const BlobCrypto*()> cipher) { m_cipher = std::move(cipher); }
    bool isUnlocked() const;
    // The secret in clear; Error::forbidden while the session is locked and the value is
    // sealed, Error::crypto when it does not open (another database's value, changed bytes).
    Result<QString> secret(const QString& key);
    // True when the stored value is sealed (or there is none).
    bool isSealed(const QString& key);
    // Seals every secret still stored in clear; needs an unlocked session. The number sealed.
    Result<int> sealSecrets();

private:
    // The stored text; null QString when absent or on a storage error (logged).
    QString stored(const QString& key);
    Status write(const QString& key, const QString& text);
    Result<QString> sealValue(const QString& key, const QString& clear) const;
    Result<QString> openValue(const QString& key, const QString& sealed) const;

    Database& m_db;
    std::function<const BlobCrypto*()> m_cipher;
};

} // namespace motcua
