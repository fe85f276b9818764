#include "service/DossierService.h"
#include "store/SettingKeys.h"

#include "service/DossierFields.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "core/SupplementItems.h"
#include "core/TextFold.h"
#include "core/TextRules.h"
#include "security/Roles.h"
#include "service/CalendarService.h"
#include "service/CatalogueService.h"
#include "service/IntakeRules.h"
#include "store/Database.h"
#include "store/DossierCodeAllocator.h"
#include "store/DossierRepository.h"
#include "store/IntakeRepository.h"
#include "store/Journal.h"
#include "store/Settings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace motcua {

using namespace dossierfields;

struct DossierService::Private
{
    Database& db;
    const Clock& clock;
    Settings& settings;
    CatalogueService& catalogue;
    CalendarService& calendar;
    DossierRepository repo;
    DossierCodeAllocator codes;
    IntakeRepository intake;

    Private(Database& d, const Clock& c, Settings& s, CatalogueService& cat, CalendarService& cal)
        : db(d)
        , clock(c)
        , settings(s)
        , catalogue(cat)
        , calendar(cal)
        , repo(d)
        , codes(d, allocatorConfig(s, c))
        , intake(d)
    {}

    // The allocator with the settings as they are now: the station number comes from joining a
    // center, and an encrypted database's settings are only readable after the login, so they
    // are read at every use rather than once when the service is made.
    DossierCodeAllocator& current()
    {
        codes.setConfig(allocatorConfig(settings, clock));
        return codes;
    }

    static DossierCodeAllocator::Config allocatorConfig(Settings& s, const Clock& c)
    {
        DossierCodeAllocator::Config config;
        config.clock = &c;
        config.station = s.integer(SettingKey::StationNumber);
        config.numbering.maxStations = s.integer(SettingKey::CodeMaxStations);
        config.numbering.fallbackStart = s.integer(SettingKey::CodeFallbackStart);
        config.numbering.blockSize = s.integer(SettingKey::CodeBlockSize);
        return config;
    }

    Status validateApplicant(const Applicant& a) const;
    // The applicant and the number of sets, as every dossier taken at the counter needs them.
    Status validateDraft(const Dossier& draft) const;
    Status settleComponents(Dossier& draft, const Procedure& procedure) const;
    Status settleFees(Dossier& draft, const ProcedureChannel& channel) const;
    // The time of receipt: now when none is given, never in the future, earlier only as
    // IntakeRules allow.
    Status settleTimeOfReceipt(const Actor& actor, Dossier& draft, const QDateTime& now) const;
    // The catalogue's processing time of `channel` for `procedure`, the counter's when it has none.
    Result<const ProcedureChannel*> channelOf(const Procedure& procedure, Channel channel) const;
    // The appointment `channel` gives from the draft's time of receipt.
    void settleAppointment(Dossier& draft, const Procedure& procedure, const ProcedureChannel& channel) const;
    Result<Dossier> recordIntakeDecision(const Actor& actor, Dossier draft, DossierState state,
                                         const QList<SupplementItem>& items, const QString& note);

    // A dossier taken at the counter (received, supplement asked for, refused), written by
    // commitIntake().
    struct Intake
    {
        QString eventNote;
        QString auditAction;
        QJsonObject auditDetails; // never personal data
        // Rows of the decision's own tables, written after the first event.
        std::function<Status(qint64 dossierId)> extra;
        // Extra fields of the portal's dossier record (supplement list, refusal).
        std::function<void(QJsonObject&)> portalExtra;
    };
    // Writes `draft` (its state and dates settled) of `procedure` in one transaction: its code,
    // the dossier, the first event, the decision's own rows, the audit row (with the procedure,
    // the channel and any earlier time of receipt) and the portal record in the outbox.
    Result<Dossier> commitIntake(const Actor& actor, Dossier& draft, const Procedure& procedure, Intake entry,
                                 const QDateTime& now);
};

DossierService::DossierService(Database& db, const Clock& clock, Settings& settings, CatalogueService& catalogue,
                               CalendarService& calendar)
    : d(std::make_unique<Private>(db, clock, settings, catalogue, calendar))
{}

DossierService::~DossierService() = default;

DossierCodeAllocator& DossierService::codes()
{
    return d->current();
}

bool DossierService::isValidCitizenId(const QString& id)
{
    static const QRegularExpression re(QStringLiteral("^\\d{12}$"));
    return re.match(id).hasMatch();
}

Status DossierService::Private::validateApplicant(const Applicant& a) const
{
    if (a.fullName.trimmed().isEmpty())
        return fieldError(QStringLiteral("applicant.name"),
                          QCoreApplication::translate("motcua::DossierService", "the applicant's name is required."));
    if (a.type == ApplicantType::Citizen) {
        if (!isValidCitizenId(a.idNumber))
            return fieldError(
                QStringLiteral("applicant.id_number"),
                QCoreApplication::translate("motcua::DossierService", "a citizen ID number has exactly 12 digits."));
    } else if (a.idNumber.trimmed().isEmpty()) {
        return fieldError(QStringLiteral("applicant.id_number"),
                          QCoreApplication::translate("motcua::DossierService",
                                                      "the organisation's tax or registration number is required."));
    }
    if (!a.phone.isEmpty()) {
        static const QRegularExpression phone(QStringLiteral("^(\\+84|0)[0-9 .-]{8,13}$"));
        if (!phone.match(a.phone.trimmed()).hasMatch())
            return fieldError(QStringLiteral("applicant.phone"),
                              QCoreApplication::translate("motcua::DossierService", "not a Vietnamese phone number."));
    }
    if (!a.email.isEmpty()) {
        static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!email.match(a.email.trimmed()).hasMatch())
            return fieldError(QStringLiteral("applicant.email"),
                              QCoreApplication::translate("motcua::DossierService", "not an e-mail address."));
    }
    // Printed on the receipt, the ledger and the portal's record: no invisible control or
    // text-direction characters, and bounded lengths (TextRules).
    const std::pair<const char16_t*, std::pair<const QString*, int>> texts[] = {
        {u"applicant.name", {&a.fullName, TextRules::kNameMax}},
        {u"applicant.id_number", {&a.idNumber, TextRules::kIdMax}},
        {u"applicant.gender", {&a.gender, TextRules::kShortMax}},
        {u"applicant.address", {&a.address, TextRules::kAddressMax}},
        {u"applicant.phone", {&a.phone, TextRules::kShortMax}},
        {u"applicant.email", {&a.email, TextRules::kShortMax}},
        {u"applicant.representative", {&a.representative, TextRules::kNameMax}}};
    for (const auto& [field, text] : texts) {
        if (const QString why = TextRules::problem(*text.first, text.second); !why.isEmpty())
            return fieldError(QString::fromUtf16(field), why);
    }
    if (a.birthDate.isValid() && a.birthDate > toVietnam(clock.now()).date())
        return fieldError(QStringLiteral("applicant.birth_date"),
                          QCoreApplication::translate("motcua::DossierService", "the date of birth is in the future."));
    return {};
}

// Papers: with no list given, the catalogue's required components count as handed in with
// the catalogue's counts; the papers of a case (componentCase: needed only when that case
// applies) are listed only when given, so a receipt never names a paper nobody brought. A
// required component not provided blocks receiving: the clerk requests a supplement (form 02)
// or refuses (form 03) instead.
Status DossierService::Private::settleComponents(Dossier& draft, const Procedure& procedure) const
{
    if (draft.components.isEmpty()) {
        for (const Component& c : procedure.components) {
            if (!c.required)
                continue;
            DossierComponent dc;
            dc.componentId = c.id;
            dc.name = c.name;
            dc.originals = c.originals;
            dc.certifiedCopies = c.certifiedCopies;
            dc.photocopies = c.photocopies;
            dc.provided = true;
            draft.components.append(dc);
        }
        return {};
    }
    // A paper is matched by the catalogue's id, or by its name when the id is not one of this
    // procedure's: an intake page opened before the catalogue was pulled again still holds the
    // papers' former ids (a pull replaces a procedure's papers), and the clerk ticked them all.
    QSet<qint64> known;
    for (const Component& c : procedure.components)
        known.insert(c.id);
    QStringList missing;
    for (const Component& c : procedure.components) {
        bool given = false;
        for (DossierComponent& dc : draft.components) {
            const bool unknownId = dc.componentId == 0 || !known.contains(dc.componentId);
            if (dc.componentId == c.id || (unknownId && dc.name == c.name)) {
                dc.componentId = c.id;
                if (dc.name.isEmpty())
                    dc.name = c.name;
                given = given || dc.provided;
            }
        }
        if (c.required && !given)
            missing.append(c.name);
    }
    for (const DossierComponent& dc : draft.components) {
        if (dc.name.trimmed().isEmpty())
            return fieldError(QStringLiteral("components"),
                              QCoreApplication::translate("motcua::DossierService", "every paper needs a name."));
        if (dc.originals < 0 || dc.certifiedCopies < 0 || dc.photocopies < 0)
            return fieldError(
                QStringLiteral("components"),
                QCoreApplication::translate("motcua::DossierService", "counts of papers cannot be negative."));
    }
    if (!missing.isEmpty()) {
        return Error::conflict(
            QCoreApplication::translate("motcua::DossierService",
                                        "Required papers are missing: %1. Request a supplement or refuse the dossier "
                                        "instead of receiving it.")
                .arg(missing.join(QStringLiteral("; "))));
    }
    return {};
}

// Fees come from the channel of the procedure. A fee the clerk changed or added must carry
// a reason, which goes to the audit trail.
Status DossierService::Private::settleFees(Dossier& draft, const ProcedureChannel& channel) const
{
    if (draft.fees.isEmpty()) {
        for (const Fee& f : channel.fees) {
            if (f.amount)
                draft.fees.append({f.name, *f.amount, QString()});
        }
        return {};
    }
    for (const DossierFee& fee : draft.fees) {
        if (fee.amount.toVnd() < 0)
            return fieldError(QStringLiteral("fees"),
                              QCoreApplication::translate("motcua::DossierService", "a fee cannot be negative."));
        bool matchesCatalogue = false;
        for (const Fee& f : channel.fees) {
            if (f.name == fee.name && f.amount && *f.amount == fee.amount)
                matchesCatalogue = true;
        }
        if (!matchesCatalogue && fee.overrideReason.trimmed().isEmpty()) {
            return fieldError(QStringLiteral("fees"),
                              QCoreApplication::translate("motcua::DossierService",
                                                          "the fee \"%1\" differs from the catalogue: give a reason.")
                                  .arg(fee.name));
        }
    }
    return {};
}

Status DossierService::Private::validateDraft(const Dossier& draft) const
{
    if (Status s = validateApplicant(draft.applicant); !s)
        return s;
    if (draft.sets < 1)
        return fieldError(QStringLiteral("sets"),
                          QCoreApplication::translate("motcua::DossierService", "at least one set of papers."));
    return {};
}

Status DossierService::Private::settleTimeOfReceipt(const Actor& actor, Dossier& draft, const QDateTime& now) const
{
    if (!draft.receivedAt.isValid())
        draft.receivedAt = now;
    if (draft.receivedAt > now.addSecs(300))
        return fieldError(
            QStringLiteral("received_at"),
            QCoreApplication::translate("motcua::DossierService", "the time of receipt is in the future."));
    return IntakeRules::checkTimeOfReceipt(actor, draft, now);
}

Result<const ProcedureChannel*> DossierService::Private::channelOf(const Procedure& procedure, Channel channel) const
{
    const ProcedureChannel* found = procedure.channel(channel);
    if (!found)
        found = procedure.channel(Channel::Counter);
    if (!found) {
        return Error::conflict(
            QCoreApplication::translate("motcua::DossierService",
                                        "The procedure %1 has no processing time for this channel in the catalogue.")
                .arg(procedure.code));
    }
    return found;
}

void DossierService::Private::settleAppointment(Dossier& draft, const Procedure& procedure,
                                                const ProcedureChannel& channel) const
{
    const Appointment appointment =
        calendar.due(draft.receivedAt, channel.timeValue, channel.timeUnit, procedure.receiveCutoff);
    draft.appointmentAt = appointment.at.toUTC();
    draft.appointmentRule = appointment.rule;
}

Result<Dossier> DossierService::Private::commitIntake(const Actor& actor, Dossier& draft, const Procedure& procedure,
                                                      Intake entry, const QDateTime& now)
{
    draft.procedureId = procedure.id;
    draft.procedureName = procedure.name;
    draft.departmentCode = procedure.departmentCode;
    draft.receivedBy = actor.username;
    draft.updatedAt = now;
    if (draft.summary.isEmpty())
        draft.summary = procedure.name;

    const QString agency = settings.string(SettingKey::CenterAgencyCode);
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun().error();
    auto code = current().mint(agency, draft.receivedAt);
    if (!code)
        return code.error();
    draft.code = *code;
    auto id = repo.insert(draft);
    if (!id)
        return id.error();
    auto deptId = repo.departmentIdByCode(draft.departmentCode);
    if (!deptId)
        return deptId.error();
    if (auto event = repo.addEvent(*id, draft.receivedAt, actor.username, std::nullopt, draft.state, 0, *deptId,
                                   entry.eventNote);
        !event)
        return event.error();
    if (entry.extra) {
        if (Status s = entry.extra(*id); !s)
            return s.error();
    }
    QJsonObject& details = entry.auditDetails;
    details.insert(QStringLiteral("procedure"), procedure.code);
    details.insert(QStringLiteral("channel"), channelKey(draft.channel));
    // The reason for an earlier time of receipt is the one free text audited: it was asked for.
    if (IntakeRules::isBackdated(draft, now)) {
        details.insert(QStringLiteral("backdated"),
                       QJsonObject{{QStringLiteral("received_at"), isoVietnam(draft.receivedAt)},
                                   {QStringLiteral("reason"), draft.receivedAtReason.trimmed()}});
    }
    if (Status s = writeAudit(db, now, actor, entry.auditAction, QStringLiteral("dossier"), draft.code, details); !s)
        return s.error();
    QString departmentName;
    if (auto dept = catalogue.department(draft.departmentCode))
        departmentName = dept->name;
    draft.id = *id;
    QJsonObject payload = dossierjson::portalRecord(draft, departmentName);
    if (entry.portalExtra)
        entry.portalExtra(payload);
    if (Status s = enqueueOutbox(db, now, SyncKind::Dossier, draft.code, payload); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return repo.byCode(draft.code);
}

Result<Dossier> DossierService::receive(const Actor& actor, Dossier draft)
{
    if (Status s =
            requireRole(actor, Role::Clerk, QCoreApplication::translate("motcua::DossierService", "receive dossiers"));
        !s)
        return s.error();
    if (Status s = d->validateDraft(draft); !s)
        return s.error();

    auto procedure = d->catalogue.procedure(draft.procedureCode);
    if (!procedure)
        return procedure.error();
    auto channel = d->channelOf(*procedure, draft.channel);
    if (!channel)
        return channel.error();
    if (Status s = d->settleComponents(draft, *procedure); !s)
        return s.error();
    if (Status s = d->settleFees(draft, **channel); !s)
        return s.error();
    if (Status s = IntakeRules::checkTexts(draft); !s)
        return s.error();

    const QDateTime now = d->clock.now();
    if (Status s = d->settleTimeOfReceipt(actor, draft, now); !s)
        return s.error();
    d->settleAppointment(draft, *procedure, **channel);
    draft.state = DossierState::Received;

    Private::Intake entry;
    entry.eventNote = QCoreApplication::translate("motcua::DossierService", "Received at the counter");
    entry.auditAction = QStringLiteral("dossier.receive");
    entry.auditDetails = {{QStringLiteral("appointment"), isoVietnam(draft.appointmentAt)},
                          {QStringLiteral("fees_vnd"), draft.totalFees().toVnd()}};
    QJsonArray overrides;
    for (const DossierFee& f : draft.fees) {
        if (!f.overrideReason.isEmpty())
            overrides.append(QJsonObject{{QStringLiteral("fee"), f.name},
                                         {QStringLiteral("amount_vnd"), f.amount.toVnd()},
                                         {QStringLiteral("reason"), f.overrideReason}});
    }
    if (!overrides.isEmpty())
        entry.auditDetails.insert(QStringLiteral("fee_overrides"), overrides);
    auto received = d->commitIntake(actor, draft, *procedure, std::move(entry), now);
    if (received)
        qCInfo(lcCore) << "dossier received" << draft.code << "procedure" << procedure->code;
    return received;
}

// Supplement requested or refused at the counter (forms 02 and 03). The same write path as
// receive(): one transaction with the dossier, its event, the items, audit and outbox rows.
Result<Dossier> DossierService::Private::recordIntakeDecision(const Actor& actor, Dossier draft, DossierState state,
                                                              const QList<SupplementItem>& items, const QString& note)
{
    if (Status s = checkInitial(state); !s)
        return s.error();
    if (Status s = validateDraft(draft); !s)
        return s.error();
    auto procedure = catalogue.procedure(draft.procedureCode);
    if (!procedure)
        return procedure.error();
    for (const DossierComponent& dc : draft.components) {
        if (dc.name.trimmed().isEmpty())
            return fieldError(QStringLiteral("components"),
                              QCoreApplication::translate("motcua::DossierService", "every paper needs a name."));
        if (dc.originals < 0 || dc.certifiedCopies < 0 || dc.photocopies < 0)
            return fieldError(
                QStringLiteral("components"),
                QCoreApplication::translate("motcua::DossierService", "counts of papers cannot be negative."));
    }
    // No fee is taken for a dossier that is not received.
    draft.fees.clear();

    if (Status s = IntakeRules::checkTexts(draft); !s)
        return s.error();
    const QDateTime now = clock.now();
    if (Status s = settleTimeOfReceipt(actor, draft, now); !s)
        return s.error();
    const bool refused = state == DossierState::Refused;
    if (!refused) {
        auto channel = channelOf(*procedure, draft.channel);
        if (!channel)
            return channel.error();
        settleAppointment(draft, *procedure, **channel);
        draft.finishedAt = QDateTime();
    } else {
        // Refused: processing ends at the counter, there is nothing to appoint.
        draft.appointmentAt = draft.receivedAt;
        draft.appointmentRule.clear();
        draft.finishedAt = draft.receivedAt;
    }
    draft.state = state;

    // The decision travels with the record (MC_ChiTiet), so another counter prints form 02 or 03.
    if (refused)
        draft.intakeRefusal = items.value(0).reason;
    else
        draft.intakeSupplement = items;
    Intake entry;
    entry.eventNote = note;
    entry.auditAction = refused ? QStringLiteral("dossier.refuse") : QStringLiteral("dossier.supplement_request");
    // Counts only: reasons are free text and might name people (no personal data in audit).
    entry.auditDetails = {{QStringLiteral("items"), static_cast<int>(items.size())}};
    entry.extra = [this, refused, &items, &draft](qint64 dossierId) {
        return intake.addItems(dossierId, refused ? QStringLiteral("refusal") : QStringLiteral("supplement"), items,
                               draft.receivedAt);
    };
    entry.portalExtra = [refused, &actor, &items, &draft](QJsonObject& payload) {
        if (refused)
            payload.insert(QStringLiteral("NgayTuChoi"), portalTime(draft.receivedAt));
        else
            payload.insert(
                QStringLiteral("DanhSachHoSoBoSung"),
                dossierjson::supplementRequest(actor.username, items, draft.receivedAt, draft.appointmentAt));
    };
    auto recorded = commitIntake(actor, draft, *procedure, std::move(entry), now);
    if (recorded)
        qCInfo(lcCore) << "dossier" << stateKey(state) << "at intake" << draft.code << "procedure" << procedure->code;
    return recorded;
}

Result<Dossier> DossierService::requestSupplementAtIntake(const Actor& actor, Dossier draft,
                                                          const QList<SupplementItem>& items)
{
    if (Status s = requireRole(actor, Role::Clerk,
                               QCoreApplication::translate("motcua::DossierService", "request supplements at intake"));
        !s)
        return s.error();
    auto clean = cleanSupplementItems(items);
    if (!clean)
        return clean.error();
    const QString note = QCoreApplication::translate("motcua::DossierService", "Supplement requested at intake: %1")
                             .arg(supplementItemsText(*clean));
    return d->recordIntakeDecision(actor, std::move(draft), DossierState::SupplementRequested, *clean, note);
}

Result<Dossier> DossierService::refuseAtIntake(const Actor& actor, Dossier draft, const QString& reason)
{
    if (Status s =
            requireRole(actor, Role::Clerk, QCoreApplication::translate("motcua::DossierService", "refuse dossiers"));
        !s)
        return s.error();
    const QString why = reason.trimmed();
    if (why.isEmpty()) {
        return fieldError(
            QStringLiteral("reason"),
            QCoreApplication::translate("motcua::DossierService", "a refusal needs its reason (form 03)."));
    }
    const QString note = QCoreApplication::translate("motcua::DossierService", "Refused at intake: %1").arg(why);
    return d->recordIntakeDecision(actor, std::move(draft), DossierState::Refused, {{QString(), why}}, note);
}

Result<IntakeDecision> DossierService::intakeDecision(const QString& code)
{
    auto dossier = d->repo.byCode(code.trimmed());
    if (!dossier)
        return dossier.error();
    IntakeDecision decision;
    decision.state = dossier->state;
    decision.at = dossier->receivedAt;
    auto supplement = d->intake.items(dossier->id, QStringLiteral("supplement"));
    if (!supplement)
        return supplement.error();
    auto refusal = d->intake.items(dossier->id, QStringLiteral("refusal"));
    if (!refusal)
        return refusal.error();
    if (supplement->isEmpty() && refusal->isEmpty()) {
        return Error::notFound(
            QCoreApplication::translate("motcua::DossierService",
                                        "The dossier %1 was neither refused nor sent back for a supplement "
                                        "at intake.")
                .arg(dossier->code));
    }
    decision.items = *supplement;
    if (!refusal->isEmpty())
        decision.reason = refusal->first().reason;
    return decision;
}

Status DossierService::attachDocument(const Actor& actor, const QString& code, const QString& form,
                                      const QByteArray& pdf)
{
    if (Status s = requireRole(actor, Role::Clerk,
                               QCoreApplication::translate("motcua::DossierService", "keep printed forms"));
        !s)
        return s;
    static const QRegularExpression formRe(QStringLiteral("^0[1-6]$"));
    if (!formRe.match(form).hasMatch())
        return fieldError(QStringLiteral("form"),
                          QCoreApplication::translate("motcua::DossierService", "a form is 01 to 06."));
    if (!pdf.startsWith("%PDF-"))
        return fieldError(QStringLiteral("pdf"),
                          QCoreApplication::translate("motcua::DossierService", "the document is not a PDF."));
    auto dossier = d->repo.byCode(code.trimmed());
    if (!dossier)
        return dossier.error();
    const QDateTime now = d->clock.now();
    Transaction tx(d->db);
    if (!tx.begun())
        return tx.begun();
    if (auto id = d->intake.addDocument(dossier->id, form, now, actor.username, pdf); !id)
        return id.error();
    const QJsonObject details{{QStringLiteral("form"), form},
                              {QStringLiteral("sha256"), IntakeRepository::sha256Hex(pdf)},
                              {QStringLiteral("bytes"), static_cast<qint64>(pdf.size())}};
    if (Status s = writeAudit(d->db, now, actor, QStringLiteral("dossier.document"), QStringLiteral("dossier"),
                              dossier->code, details);
        !s)
        return s;
    return tx.commit();
}

Result<QList<DossierDocument>> DossierService::documents(const QString& code)
{
    auto dossier = d->repo.byCode(code.trimmed());
    if (!dossier)
        return dossier.error();
    return d->intake.documents(dossier->id);
}

Result<DossierDocument> DossierService::document(const QString& code, const QString& form)
{
    auto dossier = d->repo.byCode(code.trimmed());
    if (!dossier)
        return dossier.error();
    return d->intake.latestDocument(dossier->id, form);
}

Result<Dossier> DossierService::byCode(const QString& code)
{
    return d->repo.byCode(code.trimmed());
}

Status DossierService::recordRead(const Actor& by, const QString& code)
{
    Transaction tx(d->db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = writeAudit(d->db, d->clock.now(), by, QStringLiteral("dossier.read"), QStringLiteral("dossier"),
                              code.trimmed());
        !s)
        return s;
    return tx.commit();
}

Result<QList<DossierListRow>> DossierService::search(const QString& text, int limit)
{
    return d->repo.search(text, limit);
}

Result<DossierPage> DossierService::page(const DossierFilter& filter, const PageCursor& after, int pageSize)
{
    return d->repo.page(filter, after, pageSize);
}

} // namespace motcua
