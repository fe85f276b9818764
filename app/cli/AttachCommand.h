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
    // `motcuactl attach fetch CODE [SHA...] [--all]`: lists a dossier's files kept at the
    // center, or fetches them (AttachFetchCommand.cpp).
    static int runFetch(const QStringList& arguments);

private:
    static int runImpl(const QStringList& arguments, bool result);
};

} // namespace motcua::cli
