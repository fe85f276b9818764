#include "core/ErrorText.h"

#include <QCoreApplication>
#include <QFileDevice>

#include <cerrno>

namespace motcua {

QString fileErrorText(int e)
{
    switch (e) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return QCoreApplication::translate("motcua::ErrorText",
                                           "the disk is full. Free some space (delete or move old files, "
                                           "empty the trash) or choose another disk, then try again");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("motcua::ErrorText",
                                           "this user may not write there. Choose another folder, for "
                                           "example Documents");
    case EROFS:
        return QCoreApplication::translate("motcua::ErrorText",
                                           "the disk or USB drive is read-only. Choose another place or "
                                           "unlock the drive");
    case ENOENT:
        return QCoreApplication::translate("motcua::ErrorText",
                                           "the folder or file does not exist. Choose another place");
    case EIO:
        return QCoreApplication::translate("motcua::ErrorText",
                                           "the disk could not be read or written (input/output error). "
                                           "Check that the disk or USB drive is connected and working");
    case EISDIR:
        return QCoreApplication::translate("motcua::ErrorText", "this is a folder, not a file. Give a file name");
    default:
        return qt_error_string(e);
    }
}

QString fileErrorText(const QFileDevice& file)
{
    // QFileDevice keeps only the system's text: find the error it came from.
    const QString text = file.errorString();
    for (int e : {ENOSPC,
#ifdef EDQUOT
                  EDQUOT,
#endif
                  EACCES, EPERM, EROFS, ENOENT, EIO, EISDIR}) {
        if (text == qt_error_string(e))
            return fileErrorText(e);
    }
    return text;
}

} // namespace motcua
