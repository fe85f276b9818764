#pragma once

#include <QString>

namespace motcua {

// Whether this process holds a POSIX advisory lock (fcntl) on a file, read from the kernel's
// table (/proc/locks on Linux).
//
// SQLite keeps a shared lock on a WAL database for as long as a connection is open; the other
// processes on the file read it as "someone is still using the database". The kernel drops all
// of a process's POSIX locks on a file when the process closes *any* descriptor of that file,
// so code that merely peeks at the database file (a file dialog sniffing its type, a backup
// that opens and closes it) silently takes that lock away. Database::checkFileLock() uses this
// to notice it.
enum class LockHolding {
    Held,
    NotHeld,
    Unknown, // no lock table on this system, or the file cannot be examined
};

LockHolding processLockOn(const QString& path);

} // namespace motcua
