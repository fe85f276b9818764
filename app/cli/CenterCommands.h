#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl center join URL --code CODE --ca FILE --user ADMIN`: the workstation joins its
// center's server (motcua-center) with the one-time code an administrator printed there
// (`motcua-center enrol --station N`). The center's answer sets this station's number (its
// offline range of dossier numbers), the center's unit code and the station's own credential,
// stored sealed under the data key, so no password is shared between workstations.
// `motcuactl center refeed --user ADMIN`: the center's feed is pulled again from its start.
class CenterCommands
{
public:
    static int run(const QStringList& arguments);
    static int join(const QStringList& arguments);
    // `motcuactl center refeed --user ADMIN`: the next sync pass pulls the center's whole feed
    // again (FeedRepository::restartFeed).
    static int refeed(const QStringList& arguments);
};

} // namespace motcua::cli
