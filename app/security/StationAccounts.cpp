#include "security/StationAccounts.h"

#include "core/Logging.h"
#include "security/KeyRing.h"
#include "security/RoleSignature.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace motcua {

namespace {

const QString kVerifyKey = QStringLiteral("verify_key");
const QString kAccountKey = QStringLiteral("account_key");
const QString kStationWrap = QStringLiteral("station_wrap");
const QString kAgency = QStringLiteral("agency");
// Authenticated with the sealed account key: what the bytes are.
const QByteArray kSealHeader = QByteArrayLiteral("MCA1");

} // namespace

StationAccounts::StationAccounts(Database& db, KeyRing& keys)
    : m_db(db)
    , m_keys(keys)
    , m_repo(db)
{}

bool StationAccounts::isJoined()
{
    const Result<QByteArray> key = m_repo.value(kVerifyKey);
    return key && !key->isEmpty();
}

Status StationAccounts::adopt(const QByteArray& verifyKey, const QByteArray& accountKeyIn, const QString& agency)
{
    const DataKey* dataKey = m_keys.key();
    if (!dataKey) {
        return Error::forbidden(QCoreApplication::translate(
            "motcua::StationAccounts", "Sign in again: the center's account key is sealed under the data key."));
    }
    if (verifyKey.size() != RoleSignature::kKeyBytes || accountKeyIn.size() != DataKey::kBytes)
        return Error::badInput(QCoreApplication::translate("motcua::StationAccounts",
                                                           "The center's answer holds no usable account keys."));
    QByteArray copy = accountKeyIn;
    std::unique_ptr<DataKey> accountKey = DataKey::fromBytes(copy);
    const Result<QByteArray> stationWrap = KeyRing::sealStationWrap(*accountKey, *dataKey);
    if (!stationWrap)
        return stationWrap.error();
    const Result<QByteArray> sealed = dataKey->seal(kSealHeader, accountKey->bytes());
    if (!sealed)
        return sealed.error();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    for (const auto& [name, value] : {std::pair{kVerifyKey, verifyKey}, std::pair{kAccountKey, *sealed},
                                      std::pair{kStationWrap, *stationWrap}, std::pair{kAgency, agency.toUtf8()}}) {
        if (Status s = m_repo.setValue(name, value); !s)
            return s;
    }
    // The next accounts pass takes the center's accounts first, then sends this workstation's
    // others (sync/AccountSync).
    if (Status s = m_repo.setValue(QStringLiteral("first_pass"), QByteArrayLiteral("1")); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    qCInfo(lcSecurity) << "joined a center: its signing key is pinned";
    return m_keys.writeKeyFile(false);
}

Result<QByteArray> StationAccounts::accountKey()
{
    const DataKey* dataKey = m_keys.key();
    if (!dataKey)
        return QByteArray();
    const Result<QByteArray> sealed = m_repo.value(kAccountKey);
    if (!sealed)
        return sealed.error();
    if (sealed->isEmpty())
        return QByteArray();
    return dataKey->open(*sealed, kSealHeader.size());
}

Result<std::optional<DataKeyWrap>> StationAccounts::prepareWrap(const QString& password)
{
    if (!isJoined())
        return std::optional<DataKeyWrap>();
    Result<QByteArray> raw = accountKey();
    if (!raw)
        return raw.error();
    if (raw->isEmpty()) {
        qCWarning(lcSecurity) << "no unlocked account key: the account gets no wrap for the center";
        return std::optional<DataKeyWrap>();
    }
    std::unique_ptr<DataKey> key = DataKey::fromBytes(*raw);
    if (!key)
        return Error::crypto(
            QCoreApplication::translate("motcua::StationAccounts", "The center's account key is damaged."));
    Result<DataKeyWrap> wrap = m_keys.prepareWrap(*key, password);
    if (!wrap)
        return wrap.error();
    return std::optional<DataKeyWrap>(*wrap);
}

Status StationAccounts::changed(qint64 userId, const std::optional<DataKeyWrap>& wrap)
{
    if (!isJoined())
        return {};
    if (wrap) {
        if (Status s = m_repo.putAccountWrap(userId, *wrap); !s)
            return s;
    }
    if (Status s = m_repo.markPending(userId); !s)
        return s;
    return m_keys.writeKeyFile(true);
}

bool StationAccounts::verifies(CenterAccountRepository& repo, const QString& username, const CenterSignedState& state)
{
    const Result<QByteArray> key = repo.value(kVerifyKey);
    const Result<QByteArray> agency = repo.value(kAgency);
    if (!key || !agency || key->isEmpty())
        return false;
    const SignedAccount account{QString::fromUtf8(*agency), username,       state.role,
                                state.departments,          state.disabled, state.revision};
    return RoleSignature::verify(*key, account.message(), state.signature);
}

bool StationAccounts::verifies(CenterAccountRepository& repo, const CenterAccountRow& row)
{
    CenterSignedState state;
    state.present = true;
    state.revision = row.revision;
    state.role = row.role;
    state.departments = row.departments;
    state.disabled = row.disabled;
    state.signature = row.signature;
    return verifies(repo, row.username, state);
}

Status StationAccounts::applyFromCenter(Database& db, const CenterAccountRow& row, bool centerWins, qint64 now)
{
    CenterAccountRepository repo(db);
    KeyWrapRepository wraps(db);
    const Result<std::optional<CenterAccountRepository::Local>> local = repo.local(row.username);
    if (!local)
        return local.error();
    qint64 id = 0;
    bool editable = true;
    if (!*local) {
        const Result<qint64> inserted = repo.insert(row, now);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    } else {
        id = (*local)->id;
        // A change made here and not yet taken by the center keeps its values until it is.
        editable = centerWins || (*local)->pending == 0;
        // A password set elsewhere comes with the wrap that lets it open this workstation's data
        // key. A row without one (the other workstation has not yet sent it) leaves the password
        // and wrap held here as they are; otherwise the account would open nothing here, and a
        // workstation joining with an administrator's name the center already knows would lock
        // its own administrator out.
        const bool newPassword = (*local)->verifier != row.verifier;
        const bool keepPassword = editable && newPassword && !row.disabled && !row.wrap;
        CenterAccountRow taken = row;
        if (keepPassword)
            taken.verifier = (*local)->verifier;
        if (Status s = repo.update(id, taken, editable); !s)
            return s;
        // This workstation's own wrap of its data key holds the password replaced.
        if (editable && newPassword && !keepPassword) {
            if (Status s = wraps.removeWrap(id); !s)
                return s;
        }
    }
    if (!editable)
        return {};
    if (row.disabled) {
        // A disabled account keeps no key here: its password opens nothing.
        if (Status s = repo.removeAccountWrap(id); !s)
            return s;
        return wraps.removeWrap(id);
    }
    if (row.wrap)
        return repo.putAccountWrap(id, *row.wrap);
    return {};
}

Result<StationAccounts::Effective> StationAccounts::effective(const UserRecord& user)
{
    Effective e;
    e.role = user.role;
    e.disabled = user.disabled;
    if (!isJoined()) {
        const Result<QStringList> local = m_repo.departments(user.id);
        if (!local)
            return local.error();
        e.departments = *local;
        return e;
    }
    const Result<CenterSignedState> state = m_repo.signedState(user.id);
    if (!state)
        return state.error();
    if (!state->present) {
        // Not confirmed by the center yet (made here since the last sync): the least a signed-in
        // user can be, until the center signs what an administrator chose.
        e.role = Role::Clerk;
        return e;
    }
    Role role = Role::Clerk;
    if (!roleFromKey(state->role, &role) || !verifies(m_repo, user.username, *state)) {
        qCWarning(lcSecurity) << "login refused: the account's signed role does not verify, user id" << user.id;
        return Error::forbidden(QCoreApplication::translate(
            "motcua::StationAccounts",
            "This account's record on this workstation does not match what the center signed. Ask an "
            "administrator."));
    }
    e.role = role;
    e.departments = state->departments;
    // Disabled here (not yet at the center) or at the center: either refuses.
    e.disabled = user.disabled || state->disabled;
    return e;
}

Status StationAccounts::ensureWrap(const UserRecord& user, const QString& password)
{
    if (!isJoined())
        return {};
    const Result<std::optional<DataKeyWrap>> existing = m_repo.accountWrap(user.id);
    if (!existing)
        return existing.error();
    if (*existing)
        return {};
    const Result<std::optional<DataKeyWrap>> wrap = prepareWrap(password);
    if (!wrap)
        return wrap.error();
    if (!*wrap)
        return {};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = changed(user.id, *wrap); !s)
        return s;
    return tx.commit();
}

Result<QStringList> StationAccounts::departments(qint64 userId)
{
    return m_repo.departments(userId);
}

Status StationAccounts::setDepartments(qint64 userId, const QStringList& departments)
{
    return m_repo.setDepartments(userId, departments);
}

} // namespace motcua
