#include "core/PrivateFiles.h"

#include <QFile>
#include <QSaveFile>

#include <sys/stat.h>

namespace motcua {

void restrictNewFiles()
{
    ::umask(S_IRWXG | S_IRWXO);
}

bool commitPrivate(QSaveFile& file)
{
    return file.commit() && makeFilePrivate(file.fileName());
}

bool makeFolderPrivate(const QString& folder)
{
    return QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

bool makeFilePrivate(const QString& file)
{
    return QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace motcua
