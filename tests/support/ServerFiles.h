#pragma once

#include <QByteArray>
#include <QString>

namespace motcua {
class AppContext;
}

namespace motcua::test {

class PortalFixture;

// A file kept at the server for a station's dossier, as the center's feed tells of it: `bytes`
// go to the reference portal as the file `fileName` of `code` (one MC_TaiTep), the station's
// settings point at that portal, and the station records, as the feed does, that `code` has
// that file and a second one, `ghost` (100 bytes, "khong-co.pdf"), that the server does not
// hold. Empty when all of it held, else what failed.
QString keepFileAtServer(PortalFixture& portal, AppContext& station, const QString& code, const QByteArray& bytes,
                         const QString& fileName, const QString& ghost);

} // namespace motcua::test
