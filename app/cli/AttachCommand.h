#pragma once

#include <QJsonObject>
#include <QStringList>

namespace motcua {
struct AttachmentInfo;
}

namespace motcua::cli {

// `motcuactl attach CODE --component ID FILE...`: stores files, encrypted, with a paper of a
// dossier (ID = the paper's number in `dossier show`, or `other`).
class AttachCommand
{
public:
    static int run(const QStringList& arguments);
    // The JSON of one attachment, shared with `dossier show --json` and `store verify`.
    static QJsonObject toJson(const AttachmentInfo& attachment);
};

} // namespace motcua::cli
