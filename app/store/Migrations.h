#pragma once

#include "core/Result.h"

#include <QString>

namespace motcua {

class Database;

// Registers the resources compiled into motcua_core (resources/core.qrc: schema scripts,
// demo data). A static library's resources are not registered by themselves; calling this
// more than once is harmless. migrate() calls it.
void initCoreResources();

// The schema version this build knows: the highest NNN among :/motcua/schema/NNN_name.sql.
int latestSchemaVersion();

// Brings the database up to latestSchemaVersion(): applies, in order, every script not yet
// applied (recorded in table schema_scripts; scripts merged out of numbering order still run),
// all in one transaction with user_version set at the end, so a failed upgrade leaves the
// database as it was. A database written by a newer version of the app is refused (Conflict)
// rather than touched.
Status migrate(Database& db);

// The same from another directory of NNN_name.sql scripts (tests, tools).
Status migrate(Database& db, const QString& schemaDir);

} // namespace motcua
