#pragma once

#include "core/Department.h"
#include "core/Procedure.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QStringList>

namespace motcua {

// A catalogue file after parsing and validation: ready to store, nothing left to check.
struct CatalogueData
{
    QDate effectiveFrom;
    QList<Department> departments;
    QList<Procedure> procedures; // departmentCode resolved to a code of `departments`
    // Things the importer accepted but changed, for the import summary and the log:
    // channel steps summed, channel entries without a time skipped.
    QStringList notes;
};

// Parses a catalogue in the national catalogue's JSON shape (docs/domain.md#the-procedure-catalogue)
// plus our extensions. Pure: no database, no clock (the caller passes today).
//
// Shape: {effective_from?, departments:[{code, name, short_name?, ordinal?}],
//         procedures:[{code, name, field, department | department_code, level, decision,
//                      receive_cutoff?, channels:[{channel, time:{value, unit}|null,
//                      fees:[{name, amount_vnd|null, raw}]|null, description?}],
//                      components:[{name, originals, copies | certified_copies, photocopies?,
//                                   form?, case?, required?}]|null,
//                      results:[...]|null, legal_basis:[...]|null}]}
// Unknown keys (source, notes, code_full, fields, ...) are ignored.
//
// Rules that are choices, not facts of the format:
// - The national "copies" column is "bản sao" (a certified copy), so it maps to
//   certifiedCopies; "certified_copies" wins when both are given.
// - A channel listed several times is one channel whose time the source split by step
//   (the national page of 1.000028 does this): the times are summed when the units agree
//   and the file is refused when they do not; fees are merged without duplicates and the
//   step descriptions joined line by line.
// - A channel entry whose time is null is skipped with a note: without a time no
//   appointment date can be computed. When another entry of the same channel has a time,
//   that one stands alone.
// - A component that applies only in one case of the procedure ("case" given) is marked
//   not required, and the case is appended to its name so the clerk sees when it applies.
//   A case labelled with the procedure's own name is the general case: required.
// - Null counts, fees, components, results and legal basis mean "not stated": zero or empty.
//
// Anything else wrong refuses the file whole, with a translated message naming the record
// and the field: procedure #12 (1.000656), field "channels[1].time.unit": unknown unit "tuần".
class CatalogueImporter
{
public:
    static Result<CatalogueData> parse(const QByteArray& json, const QDate& today);
};

} // namespace motcua
