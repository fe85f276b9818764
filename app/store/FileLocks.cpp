#include "store/FileLocks.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace motcua {

LockHolding processLockOn(const QString& path)
{
#ifdef __linux__
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return LockHolding::Unknown;
    QFile table(QStringLiteral("/proc/locks"));
    if (!table.open(QIODevice::ReadOnly))
        return LockHolding::Unknown;
    // "1: POSIX  ADVISORY  READ 1234 fd:01:131090 1073741826 1073741826"; the device is
    // major:minor in hex, the inode in decimal. Lines starting "1: ->" are waiters.
    const QByteArray pid = QByteArray::number(static_cast<qint64>(::getpid()));
    const QByteArray file = QByteArray::number(major(st.st_dev), 16).rightJustified(2, '0') + ':' +
                            QByteArray::number(minor(st.st_dev), 16).rightJustified(2, '0') + ':' +
                            QByteArray::number(static_cast<qulonglong>(st.st_ino));
    const QList<QByteArray> lines = table.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 6 || f.at(1) != "POSIX")
            continue;
        if (f.at(4) == pid && f.at(5) == file)
            return LockHolding::Held;
    }
    return LockHolding::NotHeld;
#else
    Q_UNUSED(path)
    return LockHolding::Unknown;
#endif
}

} // namespace motcua
