#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace motcua {

class Database;

// What encrypting a plain database in place did.
struct EncryptionReport
{
    int tables = 0;
    qint64 rows = 0;        // in all tables, the same before and after
    qint64 bytesBefore = 0; // the plain file
    qint64 bytesAfter = 0;  // the encrypted file
    qint64 milliseconds = 0;
};

// Switches the file `db` has open out of WAL (journal mode DELETE). That needs the database to
// itself: false while another program has it open, and the file stays as it is. The connection
// stops waiting for other programs' locks.
bool leaveWal(Database& db);

// Encrypts the plain database `db` has open, in place, under the 32-byte `key`:
//  1. takes the file for itself (leaves WAL, which fails while another program has it open:
//     then nothing changes and Error::conflict says so; it is tried again at a later login);
//  2. copies it into "<file>.encrypting" with sqlcipher_export, schema version included;
//  3. opens the copy with the key and compares the row count of every table;
//  4. runs `beforeSwap` (the caller writes the key file), renames the plain file to
//     "<file>.plain-copy" and the copy to the file, and reopens `db` on it with the key;
//  5. removes the plain copy only then. On any failure before that, the plain file is put back
//     and reopened, and the encrypted copy removed.
Result<EncryptionReport> encryptInPlace(Database& db, const QByteArray& key, const std::function<Status()>& beforeSwap);

} // namespace motcua
