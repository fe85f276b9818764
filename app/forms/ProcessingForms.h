#pragma once

#include "core/Result.h"
#include "core/Types.h"
#include "forms/ProcessingFormData.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace motcua {

class AppContext;

// The processing forms of stored dossiers: gathers what forms 04–06 show from the dossier,
// its hand-overs, apologies and return, and the settings (center.*), renders them
// (ProcessingFormRenderer) and keeps 04 and 05 with the dossier. The GUI and
// `motcuactl dossier print --form 04|05`, `motcuactl dossier apologize` and `motcuactl ledger`
// go through here.
class ProcessingForms
{
public:
    explicit ProcessingForms(AppContext& app);

    // Form 04 of the newest apology; Conflict when the dossier has none.
    Result<ApologyFormData> collectApology(const QString& code);
    Result<ControlSlipFormData> collectControlSlip(const QString& code);
    // Dossiers received in [from, to] (Vietnam dates, inclusive).
    Result<LedgerFormData> collectLedger(const QDate& from, const QDate& to);

    // `form` is "04" or "05" (BadInput otherwise).
    Result<QByteArray> render(const QString& code, const QString& form);
    Result<QByteArray> renderAndKeep(const Actor& actor, const QString& code, const QString& form);

    // A late dossier: records the apology with its new appointment (ProcessingService::apologize)
    // and keeps the printed form 04 with the dossier, both in one transaction. Returns the PDF.
    Result<QByteArray> apologize(const Actor& actor, const QString& code, const QDateTime& newAppointment,
                                 const QString& reason);

    Result<QByteArray> ledgerPdf(const QDate& from, const QDate& to);
    Result<QByteArray> ledgerCsv(const QDate& from, const QDate& to);

    // True for the numbers this class renders ("04", "05").
    static bool handles(const QString& form);

private:
    IssuingUnit unit();
    QString fullName(const QString& username);

    AppContext& m_app;
};

} // namespace motcua
