#pragma once

// Temporary folders (QTemporaryDir, PgCluster) in memory where the system keeps a folder there
// (/dev/shm on Linux), for the suites whose subject is not how long the disk takes to make a
// commit durable: a station's database, the portal's and the center's cluster commit many
// times a test, and on a busy disk each commit's flush costs more than the work it keeps.
// Call it before the first temporary folder is made (initTestCase). Header-only.

#include <QFileInfo>
#include <QString>
#include <QtGlobal>

namespace motcua::test {

inline void preferMemoryTempFolder()
{
    const QString memory = QStringLiteral("/dev/shm");
    const QFileInfo info(memory);
    if (info.isDir() && info.isWritable())
        qputenv("TMPDIR", memory.toLocal8Bit());
}

} // namespace motcua::test
