#pragma once

#include "core/Dossier.h"
#include "core/Result.h"
#include "core/Types.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace motcua {

class Database;
class Clock;
class Settings;
class CatalogueService;
class CalendarService;
class DossierRepository;
class DossierCodeAllocator;
struct DossierListRow;

// Receiving and looking up dossiers. Every change is one transaction: the dossier rows, a
// history event, an audit row and an outbox row for the portal.
class DossierService
{
public:
    DossierService(Database& db, const Clock& clock, Settings& settings, CatalogueService& catalogue,
                   CalendarService& calendar);
    ~DossierService();

    // Receives a dossier at the counter: validates the applicant and the papers, mints the
    // code, computes the appointment from the procedure's channel time, and commits.
    // `draft.receivedAt` empty means now. Returns the stored dossier (code, appointment).
    Result<Dossier> receive(const Actor& actor, Dossier draft);

    Result<Dossier> byCode(const QString& code);
    // One search box: dossier code, ID number, phone, or the applicant's name without
    // diacritics.
    Result<QList<DossierListRow>> search(const QString& text, int limit = 50);

    // The JSON shape of `motcuactl dossier create` and `dossier show` (see the README).
    static Result<Dossier> fromJson(const QJsonObject& json);
    static QJsonObject toJson(const Dossier& dossier);
    // Record for the portal's DongBoHoSoMC service (DOMAIN.md field names; every value a string).
    static QJsonObject toPortalJson(const Dossier& dossier, const QString& departmentName);

    // Validation of a citizen ID number: 12 digits (CCCD).
    static bool isValidCitizenId(const QString& id);

    DossierCodeAllocator& codes();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace motcua
