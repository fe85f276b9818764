#include "core/QualityIndex.h"

#include "core/Timeliness.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace motcua {

namespace {

const QStringList& knownKinds()
{
    static const QStringList kinds{QStringLiteral("on_time"),         QStringLiteral("online_share"),
                                   QStringLiteral("online_payment"),  QStringLiteral("electronic_result"),
                                   QStringLiteral("digitized"),       QStringLiteral("reuse"),
                                   QStringLiteral("population_data"), QStringLiteral("satisfaction")};
    return kinds;
}

Error bad(const QString& what)
{
    return Error::badInput(QCoreApplication::translate("motcua::QualityIndex",
                                                       "The definition of the service-quality index is invalid: %1")
                               .arg(what));
}

// In the user's locale ("11,0" in Vietnamese), like the Dashboard's table.
QString percent(double v)
{
    return QLocale().toString(v, 'f', 1);
}

bool inPeriod(qint64 t, const ReportPeriod& p)
{
    return t >= p.start && t < p.end;
}

bool receivedIn(const QualityDossier& d, const ReportPeriod& p)
{
    return !isOutsideReports(d.state) && inPeriod(d.receivedAt, p);
}

QDateTime utc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
}

// Late by rule 2.1: ended after the appointment date, or more than one supplement request.
bool lateFor21(const QualityDossier& d)
{
    return d.supplementRequests > 1 ||
           classifyProcessed(utc(qualityEndAt(d)), utc(d.appointmentAt)) == Timeliness::Late;
}

void setValue(QualityFigure& f, bool scored)
{
    f.hasValue = f.population > 0;
    if (!f.hasValue) {
        f.note = QCoreApplication::translate("motcua::QualityIndex", "No dossier in the period.");
        return;
    }
    f.value = 100.0 * static_cast<double>(f.counted) / static_cast<double>(f.population);
    if (scored && f.def.fullFrom > 0)
        f.points = f.def.maxPoints * std::min(1.0, f.value / f.def.fullFrom);
}

} // namespace

Result<QualityDefinition> QualityDefinition::fromJson(const QByteArray& json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return bad(err.errorString());
    const QJsonObject o = doc.object();
    QualityDefinition out;
    out.decision = o.value(QStringLiteral("decision")).toString();
    out.source = o.value(QStringLiteral("source")).toString();
    out.version = o.value(QStringLiteral("version")).toString();
    out.verified = o.value(QStringLiteral("verified")).toBool(false);
    if (out.decision.isEmpty() || out.source.isEmpty())
        return bad(QCoreApplication::translate("motcua::QualityIndex", "the decision and the source must be named."));
    QSet<QString> ids;
    for (const QJsonValue& v : o.value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject i = v.toObject();
        QualityIndicatorDef d;
        d.id = i.value(QStringLiteral("id")).toString();
        d.kind = i.value(QStringLiteral("kind")).toString();
        d.name = i.value(QStringLiteral("name")).toString();
        d.formula = i.value(QStringLiteral("formula")).toString();
        d.maxPoints = i.value(QStringLiteral("max")).toDouble(-1);
        d.fullFrom = i.value(QStringLiteral("full_from")).toDouble(100);
        if (d.id.isEmpty() || ids.contains(d.id))
            return bad(
                QCoreApplication::translate("motcua::QualityIndex", "an indicator has no id or a repeated one."));
        if (!knownKinds().contains(d.kind))
            return bad(QCoreApplication::translate("motcua::QualityIndex", "indicator %1 has the unknown kind '%2'.")
                           .arg(d.id, d.kind));
        if (d.name.isEmpty() || d.formula.isEmpty() || !(d.maxPoints > 0) || !(d.fullFrom > 0) || d.fullFrom > 100)
            return bad(QCoreApplication::translate(
                           "motcua::QualityIndex",
                           "indicator %1 needs a name, a formula, a maximum above 0 and full marks from 1 to 100 %.")
                           .arg(d.id));
        ids.insert(d.id);
        out.indicators.append(d);
    }
    if (out.indicators.isEmpty())
        return bad(QCoreApplication::translate("motcua::QualityIndex", "it lists no indicator."));
    return out;
}

Result<QualityDefinition> QualityDefinition::standard()
{
    QFile f(QStringLiteral(":/motcua/quality/qd766.json"));
    if (!f.open(QIODevice::ReadOnly))
        return Error::internal(QStringLiteral("the service-quality index definition is missing from the build"));
    return fromJson(f.readAll());
}

double QualityReport::points() const
{
    double sum = 0;
    for (const QualityFigure& f : figures)
        sum += f.points.value_or(0);
    return sum;
}

double QualityReport::maxPoints() const
{
    double sum = 0;
    for (const QualityFigure& f : figures) {
        if (f.points)
            sum += f.def.maxPoints;
    }
    return sum;
}

const QualityDossier* QualityReport::dossier(qint64 id) const
{
    for (const QualityDossier& d : dossiers) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

qint64 qualityEndAt(const QualityDossier& d)
{
    switch (d.state) {
    case DossierState::Done:
    case DossierState::Returned:
    case DossierState::Stopped:
        return d.finishedAt > 0 ? d.finishedAt : d.returnedAt;
    default:
        return 0;
    }
}

QList<QualityFigure> computeQuality(const QualityDefinition& def, const QList<QualityDossier>& dossiers,
                                    const ReportPeriod& period)
{
    QList<QualityFigure> out;
    for (const QualityIndicatorDef& ind : def.indicators) {
        QualityFigure f;
        f.def = ind;
        auto take = [&f](const QualityDossier& d, bool counted) {
            f.dossierIds.append(d.id);
            ++f.population;
            if (counted) {
                f.countedIds.insert(d.id);
                ++f.counted;
            }
        };
        const QString& k = ind.kind;
        if (k == QLatin1String("on_time") || k == QLatin1String("satisfaction")) {
            // Ended in the period; for 5.4 the numerator is the late ones (its overdue share).
            const bool satisfaction = k == QLatin1String("satisfaction");
            for (const QualityDossier& d : dossiers) {
                const qint64 end = qualityEndAt(d);
                if (end == 0 || !inPeriod(end, period))
                    continue;
                take(d, satisfaction ? lateFor21(d) : !lateFor21(d));
            }
            if (!satisfaction) {
                setValue(f, true);
            } else {
                // 100 % minus the overdue share minus the complaints share: complaints are
                // received by the national platform, not here, so there is no value.
                f.hasValue = false;
                const double late =
                    f.population > 0 ? 100.0 * static_cast<double>(f.counted) / static_cast<double>(f.population) : 0;
                f.note = f.population > 0
                             ? QCoreApplication::translate(
                                   "motcua::QualityIndex",
                                   "Late share %1 % (the dossiers listed); complaints are not known here, "
                                   "so the indicator cannot be computed.")
                                   .arg(percent(late))
                             : QCoreApplication::translate("motcua::QualityIndex",
                                                           "No dossier in the period; complaints are not known here.");
            }
        } else if (k == QLatin1String("online_share")) {
            for (const QualityDossier& d : dossiers) {
                if (receivedIn(d, period))
                    take(d, d.channel == Channel::Online);
            }
            setValue(f, true);
            if (f.hasValue)
                f.note = QCoreApplication::translate(
                    "motcua::QualityIndex",
                    "The national system multiplies by its sync rate, which is not known here.");
        } else if (k == QLatin1String("online_payment")) {
            // The app takes fees in cash at the counter (synced as DuocThanhToanTrucTuyen 0); an
            // applicant who applied online may have paid on the national platform, which does not
            // tell the center: no value.
            for (const QualityDossier& d : dossiers) {
                if (receivedIn(d, period) && d.feeTotal > 0)
                    take(d, false);
            }
            f.note = QCoreApplication::translate(
                         "motcua::QualityIndex",
                         "%1 dossiers with fees. The app records fees paid in cash at the counter; payments through "
                         "the national platform are not known here.")
                         .arg(f.population);
        } else if (k == QLatin1String("electronic_result")) {
            // Dossiers with a result (processed, whether returned yet or not) that ended in the
            // period; counted when a result file was scanned or imported here.
            for (const QualityDossier& d : dossiers) {
                const qint64 end = qualityEndAt(d);
                if (end != 0 && inPeriod(end, period) && d.state != DossierState::Stopped)
                    take(d, d.resultFiles > 0);
            }
            setValue(f, true);
            if (f.hasValue)
                f.note = QCoreApplication::translate(
                    "motcua::QualityIndex",
                    "Counted: dossiers with a result file scanned or imported here. The national system "
                    "also needs the result's code and a download link on the portal.");
        } else if (k == QLatin1String("digitized")) {
            // Both halves: every paper handed in has a file scanned or imported here (a checklist
            // tick alone does not count), and a result file is attached.
            qint64 papersDone = 0;
            qint64 resultsDone = 0;
            for (const QualityDossier& d : dossiers) {
                if (!receivedIn(d, period))
                    continue;
                const bool papers = d.papersProvided > 0 && d.papersWithFile >= d.papersProvided;
                const bool result = d.resultFiles > 0;
                papersDone += papers ? 1 : 0;
                resultsDone += result ? 1 : 0;
                take(d, papers && result);
            }
            setValue(f, true);
            if (f.hasValue)
                f.note = QCoreApplication::translate("motcua::QualityIndex",
                                                     "Every paper handed in scanned or imported: %1 dossiers; a "
                                                     "result file: %2; both: %3.")
                             .arg(papersDone)
                             .arg(resultsDone)
                             .arg(f.counted);
        } else if (k == QLatin1String("reuse")) {
            // As the national system reads the synced record (the published description):
            // HoSoCoThanhPhanSoHoa = 1, i.e. at least one paper handed in has a file here.
            for (const QualityDossier& d : dossiers) {
                if (receivedIn(d, period))
                    take(d, d.papersWithFile > 0);
            }
            setValue(f, true);
            if (f.hasValue)
                f.note = QCoreApplication::translate(
                    "motcua::QualityIndex",
                    "As the national system reads the synced flag HoSoCoThanhPhanSoHoa: at least one paper "
                    "scanned or imported here. The app does not record reuse of a paper digitized before.");
        } else if (k == QLatin1String("population_data")) {
            qint64 fromQr = 0;
            for (const QualityDossier& d : dossiers) {
                if (receivedIn(d, period)) {
                    take(d, false);
                    fromQr += d.idFromQr ? 1 : 0;
                }
            }
            f.note = QCoreApplication::translate("motcua::QualityIndex",
                                                 "The app makes no population-database check. The identity was read "
                                                 "from the chip ID card's QR for %1 of %2 dossiers; that is not a "
                                                 "check.")
                         .arg(fromQr)
                         .arg(f.population);
        }
        out.append(f);
    }
    return out;
}

} // namespace motcua
