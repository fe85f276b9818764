#include "service/CatalogueImporter.h"

#include "core/Logging.h"
#include "core/TextRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <map>

namespace motcua {

namespace {

// Counts and amounts are whole numbers well inside a double's exact range (2^53).
constexpr double kMaxWhole = 1e15;

// Where in the file a value sits: the record ("procedure #12 (1.000656)", empty at the top
// level) and the JSON path of the field inside it ("channels[1].time.unit").
struct Place
{
    QString record;
    QString field;

    Place operator/(const QString& key) const { return {record, field.isEmpty() ? key : field + u'.' + key}; }
    Place operator[](qsizetype index) const { return {record, field + u'[' + QString::number(index) + u']'}; }
};

constexpr int kCatalogueTextMax = 20000;

Error refuse(const Place& at, const QString& reason)
{
    if (at.record.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("motcua::CatalogueImporter", "Catalogue file, field \"%1\": %2")
                .arg(at.field, reason));
    return Error::badInput(QCoreApplication::translate("motcua::CatalogueImporter", "%1, field \"%2\": %3")
                               .arg(at.record, at.field, reason));
}

QString quoted(const QString& s)
{
    return u'"' + s + u'"';
}

// A JSON value as it was written, for messages: 1.5, "2", true.
QString jsonText(const QJsonValue& v)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// Key for matching names typed by different people: canonical composition (a file may
// hold decomposed Vietnamese), case and spacing ignored, dashes unified ("Sở Lao động –
// Thương binh và Xã hội" and "... - ..." are the same unit).
QString matchKey(const QString& s)
{
    QString k = s.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
    k.replace(QChar(0x2013), u'-');
    k.replace(QChar(0x2014), u'-');
    return k;
}

// Reads optional text: absent or null → empty. Anything but a string is refused.
bool optionalText(const QJsonObject& o, const QString& key, const Place& at, QString* out, Error* err)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return true;
    }
    if (!v.isString()) {
        *err = refuse(at / key, QCoreApplication::translate("motcua::CatalogueImporter", "must be text"));
        return false;
    }
    *out = v.toString().trimmed();
    // Catalogue text is printed on receipts and forms: no control or text-direction characters,
    // and a bound on the size (the national pages' longest component name is ~4,700 characters).
    if (const QString why = TextRules::problem(*out, kCatalogueTextMax, true); !why.isEmpty()) {
        *err = refuse(at / key, why);
        return false;
    }
    return true;
}

bool requiredText(const QJsonObject& o, const QString& key, const Place& at, QString* out, Error* err)
{
    if (!optionalText(o, key, at, out, err))
        return false;
    if (out->isEmpty()) {
        *err = refuse(at / key, QCoreApplication::translate("motcua::CatalogueImporter", "missing or empty"));
        return false;
    }
    return true;
}

// A count or an amount: absent or null → `fallback`; otherwise a whole number ≥ 0.
bool optionalWhole(const QJsonObject& o, const QString& key, const Place& at, qint64 fallback, qint64* out, Error* err)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = fallback;
        return true;
    }
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d || std::fabs(d) > kMaxWhole) {
        *err =
            refuse(at / key, QCoreApplication::translate("motcua::CatalogueImporter", "must be a whole number, not %1")
                                 .arg(jsonText(v)));
        return false;
    }
    if (d < 0) {
        *err = refuse(at / key, QCoreApplication::translate("motcua::CatalogueImporter", "must not be negative (%1)")
                                    .arg(static_cast<qint64>(d)));
        return false;
    }
    *out = static_cast<qint64>(d);
    return true;
}

// null or a list of strings → QStringList.
bool optionalTextList(const QJsonObject& o, const QString& key, const Place& at, QStringList* out, Error* err)
{
    out->clear();
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray()) {
        *err = refuse(at / key, QCoreApplication::translate("motcua::CatalogueImporter", "must be a list of texts"));
        return false;
    }
    const QJsonArray items = v.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString()) {
            *err = refuse((at / key)[i], QCoreApplication::translate("motcua::CatalogueImporter", "must be text"));
            return false;
        }
        const QString s = items.at(i).toString().trimmed();
        if (const QString why = TextRules::problem(s, kCatalogueTextMax, true); !why.isEmpty()) {
            *err = refuse((at / key)[i], why);
            return false;
        }
        if (!s.isEmpty())
            out->append(s);
    }
    return true;
}

bool channelFromCatalogue(const QString& key, Channel* out)
{
    // National keys (KenhThucHien as the public pages spell it), then our own stable keys.
    if (key == u"truc_tiep")
        *out = Channel::Counter;
    else if (key == u"truc_tuyen")
        *out = Channel::Online;
    else if (key == u"buu_chinh")
        *out = Channel::Postal;
    else
        return channelFromKey(key, out);
    return true;
}

bool unitFromCatalogue(const QString& text, TimeUnit* out)
{
    const QString k = matchKey(text);
    if (k == u"ngày làm việc")
        *out = TimeUnit::WorkingDays;
    else if (k == u"ngày")
        *out = TimeUnit::CalendarDays;
    else if (k == u"giờ" || k == u"giờ làm việc")
        *out = TimeUnit::WorkingHours;
    else
        return timeUnitFromKey(k, out);
    return true;
}

// A channel entry as read, before entries of the same channel are merged.
struct ChannelEntry
{
    ProcedureChannel channel;
    QString field; // "channels[1]", for messages about merging
};

bool parseFees(const QJsonObject& o, const Place& at, QList<Fee>* out, Error* err)
{
    out->clear();
    const QJsonValue v = o.value(QStringLiteral("fees"));
    if (v.isUndefined() || v.isNull())
        return true; // not stated
    if (!v.isArray()) {
        *err = refuse(at / QStringLiteral("fees"),
                      QCoreApplication::translate("motcua::CatalogueImporter", "must be a list"));
        return false;
    }
    const QJsonArray fees = v.toArray();
    for (qsizetype i = 0; i < fees.size(); ++i) {
        const Place here = (at / QStringLiteral("fees"))[i];
        if (!fees.at(i).isObject()) {
            *err = refuse(here, QCoreApplication::translate("motcua::CatalogueImporter", "must be an object"));
            return false;
        }
        const QJsonObject f = fees.at(i).toObject();
        Fee fee;
        if (!optionalText(f, QStringLiteral("name"), here, &fee.name, err) ||
            !optionalText(f, QStringLiteral("raw"), here, &fee.raw, err))
            return false;
        if (fee.name.isEmpty())
            fee.name = fee.raw;
        if (fee.name.isEmpty()) {
            *err = refuse(here / QStringLiteral("name"),
                          QCoreApplication::translate("motcua::CatalogueImporter", "missing or empty"));
            return false;
        }
        qint64 amount = -1;
        if (!optionalWhole(f, QStringLiteral("amount_vnd"), here, -1, &amount, err))
            return false;
        if (amount >= 0)
            fee.amount = Money::vnd(amount);
        out->append(fee);
    }
    return true;
}

bool parseChannelEntry(const QJsonValue& value, const Place& at, std::optional<ChannelEntry>* out, Error* err)
{
    out->reset();
    if (!value.isObject()) {
        *err = refuse(at, QCoreApplication::translate("motcua::CatalogueImporter", "must be an object"));
        return false;
    }
    const QJsonObject o = value.toObject();
    ChannelEntry entry;
    entry.field = at.field;

    QString key;
    if (!requiredText(o, QStringLiteral("channel"), at, &key, err))
        return false;
    if (!channelFromCatalogue(key, &entry.channel.channel)) {
        *err = refuse(at / QStringLiteral("channel"),
                      QCoreApplication::translate("motcua::CatalogueImporter", "unknown channel %1").arg(quoted(key)));
        return false;
    }
    if (!parseFees(o, at, &entry.channel.fees, err) ||
        !optionalText(o, QStringLiteral("description"), at, &entry.channel.description, err))
        return false;

    const QJsonValue time = o.value(QStringLiteral("time"));
    if (time.isUndefined() || time.isNull())
        return true; // no time: the caller skips the entry and notes it
    const Place t = at / QStringLiteral("time");
    if (!time.isObject()) {
        *err = refuse(
            t, QCoreApplication::translate("motcua::CatalogueImporter", "must be an object with a value and a unit"));
        return false;
    }
    const QJsonObject to = time.toObject();
    const QJsonValue v = to.value(QStringLiteral("value"));
    const double d = v.toDouble();
    if (!v.isDouble() || !std::isfinite(d)) {
        *err = refuse(t / QStringLiteral("value"),
                      QCoreApplication::translate("motcua::CatalogueImporter", "must be a number"));
        return false;
    }
    if (d <= 0) {
        *err = refuse(
            t / QStringLiteral("value"),
            QCoreApplication::translate("motcua::CatalogueImporter", "must be greater than zero, not %1").arg(d));
        return false;
    }
    QString unit;
    if (!requiredText(to, QStringLiteral("unit"), t, &unit, err))
        return false;
    if (!unitFromCatalogue(unit, &entry.channel.timeUnit)) {
        *err = refuse(t / QStringLiteral("unit"),
                      QCoreApplication::translate("motcua::CatalogueImporter", "unknown unit %1").arg(quoted(unit)));
        return false;
    }
    entry.channel.timeValue = d;
    *out = entry;
    return true;
}

bool sameFee(const Fee& a, const Fee& b)
{
    return a.name == b.name && a.raw == b.raw && a.amount == b.amount;
}

// Channels listed several times are steps of one channel (see the header).
bool parseChannels(const QJsonObject& o, const Place& at, Procedure* p, QStringList* notes, Error* err)
{
    const QJsonValue v = o.value(QStringLiteral("channels"));
    const Place here = at / QStringLiteral("channels");
    if (v.isUndefined() || v.isNull()) {
        *err =
            refuse(here, QCoreApplication::translate("motcua::CatalogueImporter",
                                                     "missing: a procedure needs its channels and processing times"));
        return false;
    }
    if (!v.isArray()) {
        *err = refuse(here, QCoreApplication::translate("motcua::CatalogueImporter", "must be a list"));
        return false;
    }
    const QJsonArray items = v.toArray();
    std::map<int, QList<ChannelEntry>> byChannel; // ordered by Channel: counter, online, postal
    for (qsizetype i = 0; i < items.size(); ++i) {
        std::optional<ChannelEntry> entry;
        if (!parseChannelEntry(items.at(i), here[i], &entry, err))
            return false;
        if (!entry) {
            notes->append(QCoreApplication::translate("motcua::CatalogueImporter",
                                                      "%1: channel entry %2 has no processing time and was skipped")
                              .arg(at.record, here[i].field));
            continue;
        }
        byChannel[static_cast<int>(entry->channel.channel)].append(*entry);
    }
    for (const auto& [key, entries] : byChannel) {
        Q_UNUSED(key);
        ProcedureChannel merged = entries.first().channel;
        QStringList descriptions;
        if (!merged.description.isEmpty())
            descriptions.append(merged.description);
        for (qsizetype i = 1; i < entries.size(); ++i) {
            const ProcedureChannel& step = entries.at(i).channel;
            if (step.timeUnit != merged.timeUnit) {
                *err = refuse(Place{at.record, entries.at(i).field} / QStringLiteral("time.unit"),
                              QCoreApplication::translate("motcua::CatalogueImporter",
                                                          "the channel is listed again with unit %1 where %2 gave %3; "
                                                          "steps can only be added up in one unit")
                                  .arg(quoted(timeUnitKey(step.timeUnit)), entries.first().field,
                                       quoted(timeUnitKey(merged.timeUnit))));
                return false;
            }
            merged.timeValue += step.timeValue;
            for (const Fee& fee : step.fees) {
                const bool known = std::any_of(merged.fees.cbegin(), merged.fees.cend(),
                                               [&fee](const Fee& f) { return sameFee(f, fee); });
                if (!known)
                    merged.fees.append(fee);
            }
            if (!step.description.isEmpty() && !descriptions.contains(step.description))
                descriptions.append(step.description);
        }
        merged.description = descriptions.join(u'\n');
        if (entries.size() > 1) {
            notes->append(
                QCoreApplication::translate("motcua::CatalogueImporter",
                                            "%1: channel %2 is given in %3 steps; their times were added up to %4")
                    .arg(at.record, quoted(channelKey(merged.channel)))
                    .arg(entries.size())
                    .arg(merged.timeValue));
        }
        p->channels.append(merged);
    }
    if (p->channels.isEmpty())
        notes->append(
            QCoreApplication::translate("motcua::CatalogueImporter",
                                        "%1: no channel has a processing time; no appointment date can be computed")
                .arg(at.record));
    return true;
}

// Pages copied from Word documents carry list glyphs (U+F0D8, U+F0FC: Wingdings arrows and
// ticks, private-use code points) in front of items; they print as boxes.
void stripListGlyphs(QString* text)
{
    qsizetype n = 0;
    while (n < text->size() && (text->at(n).category() == QChar::Other_PrivateUse || text->at(n).isSpace()))
        ++n;
    text->remove(0, n);
}

bool parseComponents(const QJsonObject& o, const Place& at, Procedure* p, Error* err)
{
    const QJsonValue v = o.value(QStringLiteral("components"));
    if (v.isUndefined() || v.isNull())
        return true; // none listed
    const Place here = at / QStringLiteral("components");
    if (!v.isArray()) {
        *err = refuse(here, QCoreApplication::translate("motcua::CatalogueImporter", "must be a list"));
        return false;
    }
    const QJsonArray items = v.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Place c = here[i];
        if (!items.at(i).isObject()) {
            *err = refuse(c, QCoreApplication::translate("motcua::CatalogueImporter", "must be an object"));
            return false;
        }
        const QJsonObject co = items.at(i).toObject();
        Component comp;
        comp.ordinal = static_cast<int>(i) + 1;
        QString caseLabel;
        if (!requiredText(co, QStringLiteral("name"), c, &comp.name, err) ||
            !optionalText(co, QStringLiteral("form"), c, &comp.formTemplate, err) ||
            !optionalText(co, QStringLiteral("case"), c, &caseLabel, err))
            return false;
        qint64 originals = 0, copies = 0, certified = 0, photocopies = 0;
        if (!optionalWhole(co, QStringLiteral("originals"), c, 0, &originals, err) ||
            !optionalWhole(co, QStringLiteral("copies"), c, 0, &copies, err) ||
            !optionalWhole(co, QStringLiteral("certified_copies"), c, copies, &certified, err) ||
            !optionalWhole(co, QStringLiteral("photocopies"), c, 0, &photocopies, err))
            return false;
        // Counts are papers in one set; anything above a few is a typing slip, and the
        // bound keeps the int conversion exact.
        for (const auto& [key, n] : {std::pair{"originals", originals}, std::pair{"certified_copies", certified},
                                     std::pair{"photocopies", photocopies}}) {
            if (n > 1000) {
                *err = refuse(
                    c / QString::fromLatin1(key),
                    QCoreApplication::translate("motcua::CatalogueImporter", "%1 papers of one kind is not plausible")
                        .arg(n));
                return false;
            }
        }
        comp.originals = static_cast<int>(originals);
        comp.certifiedCopies = static_cast<int>(certified);
        comp.photocopies = static_cast<int>(photocopies);

        const QJsonValue required = co.value(QStringLiteral("required"));
        if (!required.isUndefined() && !required.isNull() && !required.isBool()) {
            *err = refuse(c / QStringLiteral("required"),
                          QCoreApplication::translate("motcua::CatalogueImporter", "must be true or false"));
            return false;
        }
        stripListGlyphs(&comp.name);
        stripListGlyphs(&caseLabel);
        if (comp.name.isEmpty()) {
            *err = refuse(c / QStringLiteral("name"),
                          QCoreApplication::translate("motcua::CatalogueImporter", "missing or empty"));
            return false;
        }
        // The national pages also label the general case with the procedure's own name:
        // those papers are needed in every case.
        if (!caseLabel.isEmpty() && matchKey(caseLabel) == matchKey(p->name))
            caseLabel.clear();
        comp.required = required.isBool() ? required.toBool() : caseLabel.isEmpty();
        if (!caseLabel.isEmpty())
            comp.name += QStringLiteral(" (") + caseLabel + u')';
        p->components.append(comp);
    }
    return true;
}

} // namespace

Result<CatalogueData> CatalogueImporter::parse(const QByteArray& json, const QDate& today)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error::badInput(QCoreApplication::translate("motcua::CatalogueImporter",
                                                           "The catalogue file is not valid JSON: %1 at byte offset %2")
                                   .arg(parseError.errorString())
                                   .arg(parseError.offset));
    }
    if (!doc.isObject())
        return Error::badInput(QCoreApplication::translate(
            "motcua::CatalogueImporter", "The catalogue file must hold a JSON object with departments and procedures"));
    const QJsonObject root = doc.object();
    Error err;
    CatalogueData data;

    QString effective;
    if (!optionalText(root, QStringLiteral("effective_from"), {}, &effective, &err))
        return err;
    data.effectiveFrom = effective.isEmpty() ? today : QDate::fromString(effective, Qt::ISODate);
    if (!data.effectiveFrom.isValid() || (!effective.isEmpty() && effective.size() != 10)) {
        return refuse(
            {QString(), QStringLiteral("effective_from")},
            QCoreApplication::translate("motcua::CatalogueImporter", "%1 is not a date in the form YYYY-MM-DD")
                .arg(quoted(effective)));
    }

    // Departments: codes and names are both keys, since the national records name their
    // department instead of coding it.
    const QJsonValue deps = root.value(QStringLiteral("departments"));
    if (!deps.isArray())
        return refuse({QString(), QStringLiteral("departments")},
                      QCoreApplication::translate("motcua::CatalogueImporter", "missing or not a list"));
    QHash<QString, qsizetype> depByCode;
    QHash<QString, qsizetype> depByName;
    const QJsonArray depItems = deps.toArray();
    for (qsizetype i = 0; i < depItems.size(); ++i) {
        Place at{QCoreApplication::translate("motcua::CatalogueImporter", "department #%1").arg(i + 1), QString()};
        if (!depItems.at(i).isObject())
            return Error::badInput(
                QCoreApplication::translate("motcua::CatalogueImporter", "%1: must be an object").arg(at.record));
        const QJsonObject o = depItems.at(i).toObject();
        Department d;
        if (!requiredText(o, QStringLiteral("code"), at, &d.code, &err))
            return err;
        at.record =
            QCoreApplication::translate("motcua::CatalogueImporter", "department #%1 (%2)").arg(i + 1).arg(d.code);
        if (!requiredText(o, QStringLiteral("name"), at, &d.name, &err) ||
            !optionalText(o, QStringLiteral("short_name"), at, &d.shortName, &err))
            return err;
        qint64 ordinal = 0;
        if (!optionalWhole(o, QStringLiteral("ordinal"), at, i + 1, &ordinal, &err))
            return err;
        if (ordinal > 100000)
            return refuse(at / QStringLiteral("ordinal"),
                          QCoreApplication::translate("motcua::CatalogueImporter", "%1 is too large").arg(ordinal));
        d.ordinal = static_cast<int>(ordinal);
        if (d.shortName.isEmpty())
            d.shortName = d.name;
        d.effectiveFrom = data.effectiveFrom;
        if (depByCode.contains(d.code)) {
            return refuse(at / QStringLiteral("code"),
                          QCoreApplication::translate("motcua::CatalogueImporter", "duplicate of department #%1")
                              .arg(depByCode.value(d.code) + 1));
        }
        const QString nameKey = matchKey(d.name);
        if (depByName.contains(nameKey)) {
            return refuse(at / QStringLiteral("name"),
                          QCoreApplication::translate("motcua::CatalogueImporter", "duplicate of department #%1")
                              .arg(depByName.value(nameKey) + 1));
        }
        depByCode.insert(d.code, i);
        depByName.insert(nameKey, i);
        data.departments.append(d);
    }

    const QJsonValue procs = root.value(QStringLiteral("procedures"));
    if (!procs.isArray())
        return refuse({QString(), QStringLiteral("procedures")},
                      QCoreApplication::translate("motcua::CatalogueImporter", "missing or not a list"));
    QHash<QString, qsizetype> procByCode;
    const QJsonArray procItems = procs.toArray();
    for (qsizetype i = 0; i < procItems.size(); ++i) {
        Place at{QCoreApplication::translate("motcua::CatalogueImporter", "procedure #%1").arg(i + 1), QString()};
        if (!procItems.at(i).isObject())
            return Error::badInput(
                QCoreApplication::translate("motcua::CatalogueImporter", "%1: must be an object").arg(at.record));
        const QJsonObject o = procItems.at(i).toObject();
        Procedure p;
        if (!requiredText(o, QStringLiteral("code"), at, &p.code, &err))
            return err;
        at.record =
            QCoreApplication::translate("motcua::CatalogueImporter", "procedure #%1 (%2)").arg(i + 1).arg(p.code);
        if (procByCode.contains(p.code))
            return refuse(at / QStringLiteral("code"),
                          QCoreApplication::translate("motcua::CatalogueImporter", "duplicate of procedure #%1")
                              .arg(procByCode.value(p.code) + 1));
        procByCode.insert(p.code, i);

        if (!requiredText(o, QStringLiteral("name"), at, &p.name, &err) ||
            !optionalText(o, QStringLiteral("level"), at, &p.level, &err) ||
            !optionalText(o, QStringLiteral("decision"), at, &p.decision, &err) ||
            !optionalTextList(o, QStringLiteral("results"), at, &p.results, &err) ||
            !optionalTextList(o, QStringLiteral("legal_basis"), at, &p.legalBasis, &err))
            return err;

        // lĩnh vực: the national pages give a name; a coded form {code, name} is accepted too.
        const QJsonValue field = o.value(QStringLiteral("field"));
        if (field.isObject()) {
            if (!optionalText(field.toObject(), QStringLiteral("name"), at / QStringLiteral("field"), &p.field, &err))
                return err;
        } else if (!optionalText(o, QStringLiteral("field"), at, &p.field, &err)) {
            return err;
        }

        QString depCode;
        if (!optionalText(o, QStringLiteral("department_code"), at, &depCode, &err))
            return err;
        if (!depCode.isEmpty()) {
            if (!depByCode.contains(depCode))
                return refuse(at / QStringLiteral("department_code"),
                              QCoreApplication::translate("motcua::CatalogueImporter",
                                                          "no department with code %1 in the file's departments")
                                  .arg(quoted(depCode)));
            p.departmentCode = depCode;
        } else {
            QString depName;
            if (!requiredText(o, QStringLiteral("department"), at, &depName, &err))
                return err;
            const auto found = depByName.constFind(matchKey(depName));
            if (found == depByName.constEnd())
                return refuse(at / QStringLiteral("department"),
                              QCoreApplication::translate("motcua::CatalogueImporter",
                                                          "no department named %1 in the file's departments")
                                  .arg(quoted(depName)));
            p.departmentCode = data.departments.at(found.value()).code;
        }

        QString cutoff;
        if (!optionalText(o, QStringLiteral("receive_cutoff"), at, &cutoff, &err))
            return err;
        if (!cutoff.isEmpty()) {
            const QTime t = QTime::fromString(cutoff, QStringLiteral("HH:mm"));
            if (!t.isValid())
                return refuse(
                    at / QStringLiteral("receive_cutoff"),
                    QCoreApplication::translate("motcua::CatalogueImporter", "%1 is not a time in the form HH:MM")
                        .arg(quoted(cutoff)));
            p.receiveCutoff = t;
        }

        if (!parseChannels(o, at, &p, &data.notes, &err) || !parseComponents(o, at, &p, &err))
            return err;
        p.effectiveFrom = data.effectiveFrom;
        data.procedures.append(p);
    }

    for (const QString& note : std::as_const(data.notes))
        qCInfo(lcCatalogue).noquote() << note;
    return data;
}

} // namespace motcua
