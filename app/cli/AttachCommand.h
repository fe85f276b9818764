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
    // `motcuactl dossier result attach CODE FILE...`: the dossier's result files.
    static int runResult(const QStringList& arguments);
    // The JSON of one attachment, shared with `dossier show --json` and `store verify`.
    static QJsonObject toJson(const AttachmentInfo& attachment);

private:
    static int runImpl(const QStringList& arguments, bool result);
};

} // namespace motcua::cli
