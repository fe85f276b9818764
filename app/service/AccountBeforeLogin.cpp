#include "service/AccountBeforeLogin.h"

#include "core/Logging.h"
#include "security/KeyRing.h"
#include "security/StationAccounts.h"
#include "store/Database.h"
#include "store/Journal.h"
#include "store/KeyFile.h"
#include "store/UserRepository.h"
#include "sync/AccountLookup.h"

#include <QCoreApplication>

namespace motcua {

namespace {

Error wrongCredentials()
{
    return Error::forbidden(QCoreApplication::translate("motcua::AccountBeforeLogin", "Wrong user name or password."));
}

} // namespace

Result<FetchedAccount> openThroughCenter(const QString& keyFilePath, const QString& username, const QString& password)
{
    const Result<KeyFile::Content> content = KeyFile(keyFilePath).read();
    if (!content)
        return content.error();
    if (!content->center.isSet() || content->stationWrap.isEmpty())
        return Error::notFound(QString());
    Result<CenterAccountRow> row = fetchAccountBeforeLogin(content->center, username);
    if (!row) {
        // Never the name: the log is not a list of who tried to sign in.
        qCInfo(lcSecurity).noquote() << "an account unknown here was not fetched from the center:"
                                     << row.error().message;
        return row.error();
    }
    if (row->disabled || !row->wrap)
        return wrongCredentials();
    Result<std::unique_ptr<DataKey>> key = KeyRing::unlockThroughFetchedWrap(*content, *row->wrap, password);
    if (!key)
        return key.error();
    qCInfo(lcSecurity) << "an account fetched from the center opened the database, revision" << row->revision;
    return FetchedAccount{std::move(*key), std::move(*row)};
}

Status fetchUnknownAccount(Database& db, const QString& keyFilePath, const QString& username, qint64 now)
{
    UserRepository users(db);
    const Result<UserRecord> known = users.byUsername(username);
    if (known || known.error().code != Error::NotFound)
        return {};
    const Result<KeyFile::Content> content = KeyFile(keyFilePath).read();
    if (!content || !content->center.isSet())
        return {};
    const Result<CenterAccountRow> row = fetchAccountBeforeLogin(content->center, username);
    if (!row) {
        qCInfo(lcSecurity).noquote() << "an account unknown here was not fetched from the center:"
                                     << row.error().message;
        return {};
    }
    return keepFetchedAccount(db, keyFilePath, *row, now);
}

Status keepFetchedAccount(Database& db, const QString& keyFilePath, const CenterAccountRow& row, qint64 now)
{
    CenterAccountRepository repo(db);
    if (!StationAccounts::verifies(repo, row)) {
        qCWarning(lcSecurity) << "an account fetched from the center does not verify: not kept, revision"
                              << row.revision;
        return Error::forbidden(QCoreApplication::translate(
            "motcua::AccountBeforeLogin", "The account sent by the center is not signed by it; it was not kept."));
    }
    Transaction tx(db);
    Status done = tx.begun();
    if (done)
        done = StationAccounts::applyFromCenter(db, row, false, now);
    if (done)
        done = tx.commit();
    if (!done)
        return done;
    // Logins before the database opens read the key file: it holds the new wrap from now on.
    KeyRing keys(db, 1);
    keys.setKeyFile(keyFilePath);
    return keys.writeKeyFile(false);
}

} // namespace motcua
