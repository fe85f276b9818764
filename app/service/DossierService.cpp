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
    Status settleComponents(Dossier& draft, const Procedure& procedure) const;
    Status settleFees(Dossier& draft, const ProcedureChannel& channel) const;
    Result<Dossier> recordIntakeDecision(const Actor& actor, Dossier draft, DossierState state,
                                         const QList<SupplementItem>& items, const QString& note);
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
    QStringList missing;
    for (const Component& c : procedure.components) {
        if (!c.required)
            continue;
        bool given = false;
        for (DossierComponent& dc : draft.components) {
            if (dc.componentId == c.id || (dc.componentId == 0 && dc.name == c.name)) {
                dc.componentId = c.id;
                if (dc.name.isEmpty())
                    dc.name = c.name;
                given = given || dc.provided;
            }
        }
        if (!given)
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

Result<Dossier> DossierService::receive(const Actor& actor, Dossier draft)
{
    if (Status s =
            requireRole(actor, Role::Clerk, QCoreApplication::translate("motcua::DossierService", "receive dossiers"));
        !s)
        return s.error();
    if (Status s = d->validateApplicant(draft.applicant); !s)
        return s.error();
    if (draft.sets < 1)
        return fieldError(QStringLiteral("sets"),
                          QCoreApplication::translate("motcua::DossierService", "at least one set of papers."));

    auto procedure = d->catalogue.procedure(draft.procedureCode);
    if (!procedure)
        return procedure.error();
    const ProcedureChannel* channel = procedure->channel(draft.channel);
    if (!channel)
        channel = procedure->channel(Channel::Counter);
    if (!channel) {
        return Error::conflict(
            QCoreApplication::translate("motcua::DossierService",
                                        "The procedure %1 has no processing time for this channel in the catalogue.")
                .arg(procedure->code));
    }
    if (Status s = d->settleComponents(draft, *procedure); !s)
        return s.error();
    if (Status s = d->settleFees(draft, *channel); !s)
        return s.error();
    if (Status s = IntakeRules::checkTexts(draft); !s)
        return s.error();

    const QDateTime now = d->clock.now();
    if (!draft.receivedAt.isValid())
        draft.receivedAt = now;
    if (draft.receivedAt > now.addSecs(300))
        return fieldError(
            QStringLiteral("received_at"),
            QCoreApplication::translate("motcua::DossierService", "the time of receipt is in the future."));
    if (Status s = IntakeRules::checkTimeOfReceipt(actor, draft, now); !s)
        return s.error();

    const Appointment appointment =
        d->calendar.due(draft.receivedAt, channel->timeValue, channel->timeUnit, procedure->receiveCutoff);
    draft.procedureId = procedure->id;
    draft.procedureName = procedure->name;
    draft.departmentCode = procedure->departmentCode;
    draft.state = DossierState::Received;
    draft.appointmentAt = appointment.at.toUTC();
    draft.appointmentRule = appointment.rule;
    draft.receivedBy = actor.username;
    draft.updatedAt = now;
    if (draft.summary.isEmpty())
        draft.summary = procedure->name;

    const QString agency = d->settings.string(SettingKey::CenterAgencyCode);
    Transaction tx(d->db);
    if (!tx.begun())
        return tx.begun().error();
    auto code = d->current().mint(agency, draft.receivedAt);
    if (!code)
        return code.error();
    draft.code = *code;
    auto id = d->repo.insert(draft);
    if (!id)
        return id.error();
    auto deptId = d->repo.departmentIdByCode(draft.departmentCode);
    if (!deptId)
        return deptId.error();
    auto event =
        d->repo.addEvent(*id, draft.receivedAt, actor.username, std::nullopt, DossierState::Received, 0, *deptId,
                         QCoreApplication::translate("motcua::DossierService", "Received at the counter"));
    if (!event)
        return event.error();
    QJsonObject details{{QStringLiteral("procedure"), procedure->code},
                        {QStringLiteral("channel"), channelKey(draft.channel)},
                        {QStringLiteral("appointment"), isoVietnam(draft.appointmentAt)},
                        {QStringLiteral("fees_vnd"), draft.totalFees().toVnd()}};
    QJsonArray overrides;
    for (const DossierFee& f : draft.fees) {
        if (!f.overrideReason.isEmpty())
            overrides.append(QJsonObject{{QStringLiteral("fee"), f.name},
                                         {QStringLiteral("amount_vnd"), f.amount.toVnd()},
                                         {QStringLiteral("reason"), f.overrideReason}});
    }
    if (!overrides.isEmpty())
        details.insert(QStringLiteral("fee_overrides"), overrides);
    if (IntakeRules::isBackdated(draft, now)) {
        details.insert(QStringLiteral("backdated"),
                       QJsonObject{{QStringLiteral("received_at"), isoVietnam(draft.receivedAt)},
                                   {QStringLiteral("reason"), draft.receivedAtReason.trimmed()}});
    }
    if (Status s = writeAudit(d->db, now, actor, QStringLiteral("dossier.receive"), QStringLiteral("dossier"),
                              draft.code, details);
        !s)
        return s.error();
    QString departmentName;
    if (auto dept = d->catalogue.department(draft.departmentCode))
        departmentName = dept->name;
    draft.id = *id;
    if (Status s =
            enqueueOutbox(d->db, now, QStringLiteral("dossier"), draft.code, toPortalJson(draft, departmentName));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCore) << "dossier received" << draft.code << "procedure" << procedure->code;
    return d->repo.byCode(draft.code);
}

// Supplement requested or refused at the counter (forms 02 and 03). The same write path as
// receive(): one transaction with the dossier, its event, the items, audit and outbox rows.
Result<Dossier> DossierService::Private::recordIntakeDecision(const Actor& actor, Dossier draft, DossierState state,
                                                              const QList<SupplementItem>& items, const QString& note)
{
    if (Status s = checkInitial(state); !s)
        return s.error();
    if (Status s = validateApplicant(draft.applicant); !s)
        return s.error();
    if (draft.sets < 1)
        return fieldError(QStringLiteral("sets"),
                          QCoreApplication::translate("motcua::DossierService", "at least one set of papers."));
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
    if (!draft.receivedAt.isValid())
        draft.receivedAt = now;
    if (draft.receivedAt > now.addSecs(300))
        return fieldError(
            QStringLiteral("received_at"),
            QCoreApplication::translate("motcua::DossierService", "the time of receipt is in the future."));
    if (Status s = IntakeRules::checkTimeOfReceipt(actor, draft, now); !s)
        return s.error();
    if (state == DossierState::SupplementRequested) {
        const ProcedureChannel* channel = procedure->channel(draft.channel);
        if (!channel)
            channel = procedure->channel(Channel::Counter);
        if (!channel) {
            return Error::conflict(QCoreApplication::translate(
                                       "motcua::DossierService",
                                       "The procedure %1 has no processing time for this channel in the catalogue.")
                                       .arg(procedure->code));
        }
        const Appointment appointment =
            calendar.due(draft.receivedAt, channel->timeValue, channel->timeUnit, procedure->receiveCutoff);
        draft.appointmentAt = appointment.at.toUTC();
        draft.appointmentRule = appointment.rule;
        draft.finishedAt = QDateTime();
    } else {
        // Refused: processing ends at the counter, there is nothing to appoint.
        draft.appointmentAt = draft.receivedAt;
        draft.appointmentRule.clear();
        draft.finishedAt = draft.receivedAt;
    }
    draft.procedureId = procedure->id;
    draft.procedureName = procedure->name;
    draft.departmentCode = procedure->departmentCode;
    draft.state = state;
    draft.receivedBy = actor.username;
    draft.updatedAt = now;
    if (draft.summary.isEmpty())
        draft.summary = procedure->name;

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
    if (auto event = repo.addEvent(*id, draft.receivedAt, actor.username, std::nullopt, state, 0, *deptId, note);
        !event)
        return event.error();
    const bool refused = state == DossierState::Refused;
    if (Status s = intake.addItems(*id, refused ? QStringLiteral("refusal") : QStringLiteral("supplement"), items,
                                   draft.receivedAt);
        !s)
        return s.error();
    // Counts only: reasons are free text and might name people (no personal data in audit).
    QJsonObject details{{QStringLiteral("procedure"), procedure->code},
                        {QStringLiteral("channel"), channelKey(draft.channel)},
                        {QStringLiteral("items"), static_cast<int>(items.size())}};
    // The reason for an earlier time of receipt is the one free text audited: it was asked for.
    if (IntakeRules::isBackdated(draft, now)) {
        details.insert(QStringLiteral("backdated"),
                       QJsonObject{{QStringLiteral("received_at"), isoVietnam(draft.receivedAt)},
                                   {QStringLiteral("reason"), draft.receivedAtReason.trimmed()}});
    }
    if (Status s = writeAudit(db, now, actor,
                              refused ? QStringLiteral("dossier.refuse") : QStringLiteral("dossier.supplement_request"),
                              QStringLiteral("dossier"), draft.code, details);
        !s)
        return s.error();
    QString departmentName;
    if (auto dept = catalogue.department(draft.departmentCode))
        departmentName = dept->name;
    draft.id = *id;
    // The decision travels with the record (MC_ChiTiet), so another counter prints form 02 or 03.
    if (refused)
        draft.intakeRefusal = items.value(0).reason;
    else
        draft.intakeSupplement = items;
    QJsonObject payload = toPortalJson(draft, departmentName);
    if (refused) {
        payload.insert(QStringLiteral("NgayTuChoi"), portalTime(draft.receivedAt));
    } else {
        // docs/domain.md#the-national-portal: one supplement request listing the papers asked for.
        QJsonArray papers;
        QStringList content;
        for (const SupplementItem& item : items) {
            papers.append(QJsonObject{{QStringLiteral("TenGiayTo"), item.componentName}});
            content.append(item.componentName + QStringLiteral(": ") + item.reason);
        }
        payload.insert(QStringLiteral("DanhSachHoSoBoSung"),
                       QJsonArray{QJsonObject{{QStringLiteral("NguoiYeuCauBoSung"), actor.username},
                                              {QStringLiteral("NoiDungBoSung"), content.join(QStringLiteral("; "))},
                                              {QStringLiteral("NgayBoSung"), portalTime(draft.receivedAt)},
                                              {QStringLiteral("TrangThaiBoSung"), QStringLiteral("0")},
                                              {QStringLiteral("NgayHenTraTruoc"), portalTime(draft.appointmentAt)},
                                              {QStringLiteral("DanhSachGiayToBoSung"), papers}}});
    }
    if (Status s = enqueueOutbox(db, now, QStringLiteral("dossier"), draft.code, payload); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    qCInfo(lcCore) << "dossier" << stateKey(state) << "at intake" << draft.code << "procedure" << procedure->code;
    return repo.byCode(draft.code);
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
