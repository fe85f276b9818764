#pragma once

#include "core/Money.h"
#include "core/Types.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace motcua {

// One fee or charge of a channel. The national catalogue often prints fees as text only,
// so the amount is optional and the source text is kept.
struct Fee
{
    QString name;
    std::optional<Money> amount;
    QString raw;
};

// A way to submit the procedure, with its statutory processing time and fees.
struct ProcedureChannel
{
    Channel channel = Channel::Counter;
    double timeValue = 0;
    TimeUnit timeUnit = TimeUnit::WorkingDays;
    QList<Fee> fees;
    QString description;
};

// A required paper of the procedure (thành phần hồ sơ).
struct Component
{
    qint64 id = 0;
    int ordinal = 0;
    QString name;
    int originals = 0;       // bản chính
    int certifiedCopies = 0; // bản sao chứng thực
    int photocopies = 0;     // bản photo
    QString formTemplate;    // "Mẫu TP-LS-02.docx"
    bool required = true;
};

// The case (trường hợp) an optional paper belongs to. The national catalogue lists papers per
// case ("Trường hợp ủy quyền cho cá nhân ..."): the general case's papers are required, the
// others only when that case applies, and the applicant brings the papers of one of them. The
// importer keeps the case label at the end of the paper's name, "name (case)" (the dossier and
// its receipt name the paper with it); these split it off again. A required paper has no case.
struct ComponentCase
{
    QString label; // empty: required, or optional with no case named
    QString paper; // the name without " (case)"
};
ComponentCase componentCase(const Component& component);

// An administrative procedure (thủ tục hành chính) as the catalogue holds it.
struct Procedure
{
    qint64 id = 0;
    QString code; // "1.002010"
    QString name;
    QString field; // lĩnh vực
    QString departmentCode;
    QString level; // "toàn trình", "một phần" or empty
    QString decision;
    QList<ProcedureChannel> channels;
    QList<Component> components;
    QStringList results;
    QStringList legalBasis;
    QDate effectiveFrom;
    // Some procedures count a dossier received after this time as received the next
    // working day (docs/domain.md#working-time).
    std::optional<QTime> receiveCutoff;

    const ProcedureChannel* channel(Channel c) const
    {
        for (const auto& ch : channels) {
            if (ch.channel == c)
                return &ch;
        }
        return nullptr;
    }
};

} // namespace motcua
