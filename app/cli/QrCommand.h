#pragma once

#include <QStringList>

namespace motcua::cli {

// `motcuactl qr parse TEXT|-` prints the applicant fields of a citizen ID card QR text, or
// exits 2 with the reason; `motcuactl qr decode IMAGE` reads the QR text from a photo or
// scan. Neither opens the database.
class QrCommand
{
public:
    static int run(const QStringList& arguments);
    static int parse(const QStringList& arguments);
    static int decode(const QStringList& arguments);
};

} // namespace motcua::cli
