#pragma once

#include <QString>

class QSaveFile;

namespace motcua {

// What this program writes holds personal data (the database, its WAL, scans, ledgers, lists,
// bundles): readable by the user who runs it and no one else.

// New files 0600 and new folders 0700 from now on (umask 077). The app and motcuactl call it
// first thing.
void restrictNewFiles();
// commit() and then 0600: a file that replaces an older, wider one keeps none of its rights.
bool commitPrivate(QSaveFile& file);
// Makes an existing folder 0700 (and a file 0600); false when that failed.
bool makeFolderPrivate(const QString& folder);
bool makeFilePrivate(const QString& file);

} // namespace motcua
