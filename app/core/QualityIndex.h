#pragma once

#include "core/DossierState.h"
#include "core/PeriodicReport.h"
#include "core/Result.h"
#include "core/Types.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace motcua {

// The national service-quality index (Decision 766/QĐ-TTg, docs/domain.md#the-766-index), computed locally for
// the indicators a center's own data decides. The formulas are data
// (resources/quality/qd766.json: name, formula in words, maximum points, the share from which
// full marks are given, the source they were read from), so a new version of the decision is a
// data change; how each kind of indicator reads the dossiers is code (computeQuality).
//
// An indicator the center cannot know (payments through the national platform, complaints,
// population-database checks, reuse of digitized papers) has no value: "no data", never zero.

struct QualityIndicatorDef
{
    QString id;      // "2.1"
    QString kind;    // on_time, online_share, online_payment, electronic_result, digitized, reuse,
                     // population_data, satisfaction
    QString name;    // Vietnamese, as published
    QString formula; // in words, Vietnamese
    double maxPoints = 0;
    double fullFrom = 100; // percent from which the maximum is given
};

struct QualityDefinition
{
    QString decision;
    QString source;
    QString version;
    bool verified = false; // the maxima were checked against the decision's own text
    QList<QualityIndicatorDef> indicators;

    // BadInput naming what is wrong (unknown kind, missing id, maximum not above 0, ...).
    static Result<QualityDefinition> fromJson(const QByteArray& json);
    // The definition shipped with the app (:/motcua/quality/qd766.json).
    static Result<QualityDefinition> standard();
};

// The facts the index reads of one dossier (instants as UTC epoch seconds, 0 when unset).
struct QualityDossier
{
    qint64 id = 0;
    QString code;
    qint64 departmentId = 0;
    Channel channel = Channel::Counter;
    DossierState state = DossierState::Received;
    qint64 receivedAt = 0;
    qint64 appointmentAt = 0;
    qint64 finishedAt = 0;
    qint64 returnedAt = 0;
    qint64 feeTotal = 0;        // VND
    int supplementRequests = 0; // supplement requests made (form 02)
    int papersProvided = 0;     // papers handed in (the checklist)
    int papersWithFile = 0;     // of those, papers with a file scanned or imported here
    int resultFiles = 0;        // result files scanned or imported here
    bool idFromQr = false;      // identity read from the chip ID card's QR (not a database check)
};

// One indicator over a period.
struct QualityFigure
{
    QualityIndicatorDef def;
    bool hasValue = false;        // false: no data
    double value = 0;             // percent, 0..100
    std::optional<double> points; // when the value is the indicator's whole formula
    qint64 counted = 0;           // numerator
    qint64 population = 0;        // denominator
    QString note;                 // translated: what is missing, or how the figure is made
    QList<qint64> dossierIds;     // the denominator's dossiers
    QSet<qint64> countedIds;      // the numerator's (a subset)
};

struct QualityReport
{
    QDate from;
    QDate to;
    QualityDefinition definition;
    QList<QualityFigure> figures;
    QList<QualityDossier> dossiers; // every dossier a figure stands on
    double points() const;          // sum of the figures' points
    double maxPoints() const;       // sum of the maxima of the figures that have points
    const QualityDossier* dossier(qint64 id) const;
};

// The end time rule 2.1 reads: processed (finished_at of Done/Returned), else returned, else
// stopped; 0 when the dossier has not ended (open, withdrawn, refused).
qint64 qualityEndAt(const QualityDossier& d);

// Every indicator of `def` over the dossiers of `period`: received in it (3.3, 4.x), or ended
// in it (2.1, 4.1, 5.4). `dossiers` may hold others; they are ignored.
QList<QualityFigure> computeQuality(const QualityDefinition& def, const QList<QualityDossier>& dossiers,
                                    const ReportPeriod& period);

} // namespace motcua
