#include "forms/ProcessingFormRenderer.h"
#include "core/CsvField.h"

#include "core/Clock.h"
#include "forms/FormCanvas.h"
#include "forms/FormRenderer.h"

#include <QCoreApplication>

#include <functional>

namespace motcua {

namespace {

QString time(const QDateTime& t)
{
    return FormRenderer::formatTime(t);
}

QString timelinessText(const ProcessingWording& w, Timeliness t)
{
    switch (t) {
    case Timeliness::Early:
        return w.early;
    case Timeliness::OnTime:
        return w.onTime;
    case Timeliness::Late:
        return w.late;
    }
    return {};
}

// One PDF document under the national header (the form's label, the unit's place and `date`);
// `draw` lays out the rest.
Result<QByteArray> renderPdf(const QString& title, bool landscape, const ProcessingWording& w, const IssuingUnit& unit,
                             const QString& label, const QDate& date, const std::function<void(FormCanvas&)>& draw)
{
    const auto orientation = landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    return FormCanvas::pdf(title, orientation, {}, [&](FormCanvas& c) {
        c.header(unit, label, w.nation, w.motto, FormCanvas::placeDate(w.placeDate, unit.place, date));
        draw(c);
    });
}

// A form about one dossier (portrait): refused without the dossier's code, which follows the
// title in the document's properties.
Result<QByteArray> dossierPdf(const QString& title, const QString& code, const ProcessingWording& w,
                              const IssuingUnit& unit, const QString& label, const QDate& date,
                              const std::function<void(FormCanvas&)>& draw)
{
    if (code.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("motcua::ProcessingFormRenderer", "The form has no dossier code."));
    return renderPdf(title + QStringLiteral(" — ") + code, false, w, unit, label, date, draw);
}

FormCanvas::TableStyle tableStyle(qreal points)
{
    FormCanvas::TableStyle style;
    style.points = points;
    return style;
}

} // namespace

Result<QByteArray> ProcessingFormRenderer::apology(const ApologyFormData& d, const ProcessingWording& w)
{
    return dossierPdf(w.apologyTitle, d.code, w, d.unit, w.apologyLabel, d.date, [&](FormCanvas& c) {
        const QFont body = FormCanvas::font(12.5);
        c.title(w.apologyTitle);
        c.paragraph(w.apologyAddressee.arg(d.applicant.fullName), FormCanvas::font(12.5, true), Qt::AlignHCenter, 3);
        const int justify = Qt::AlignLeft | Qt::AlignJustify;
        c.paragraph(w.apologyOpening.arg(d.unit.name), body, justify, 1.5);
        c.paragraph(w.apologyReceived.arg(toVietnam(d.receivedAt).toString(QStringLiteral("dd/MM/yyyy")), d.unit.name,
                                          d.procedureName, d.code),
                    body, justify, 1.5);
        c.paragraph(w.apologyOld.arg(time(d.appointmentBefore)), body, justify, 1.5);
        c.paragraph(w.apologyNotYet.arg(d.unit.name), body, justify, 1.5);
        c.paragraph(w.apologyReason.arg(d.reason), body, justify, 1.5);
        c.paragraph(w.apologyRegret.arg(d.unit.name), body, justify, 1.5);
        c.paragraph(w.apologyNew.arg(time(d.appointmentAfter)), FormCanvas::font(13, true), Qt::AlignHCenter, 2);
        c.paragraph(w.apologyClosing, FormCanvas::font(12.5, false, true), Qt::AlignLeft, 2);
        c.signatures(QString(), QString(), w.apologySignature, d.signerName, w.signatureHint);
    });
}

Result<QByteArray> ProcessingFormRenderer::controlSlip(const ControlSlipFormData& d, const ProcessingWording& w)
{
    return dossierPdf(w.slipTitle, d.code, w, d.unit, w.slipLabel, d.date, [&](FormCanvas& c) {
        const QFont body = FormCanvas::font(11.5);
        c.paragraph(w.slipTitle, FormCanvas::font(14, true), Qt::AlignHCenter, 0.5);
        c.paragraph(w.slipAttached.arg(d.code), FormCanvas::font(11, false, true), Qt::AlignHCenter, 3);
        c.field(w.slipApplicant, d.applicant.fullName);
        c.paragraph(w.slipProcedure.arg(d.procedureName, d.procedureCode), body, Qt::AlignLeft | Qt::AlignJustify);
        c.paragraph(w.slipReceived.arg(time(d.receivedAt)), body);
        c.paragraph(w.slipAppointment.arg(time(d.appointmentAt)), FormCanvas::font(11.5, true), Qt::AlignLeft, 2);

        QList<QStringList> rows;
        auto party = [&w](const QString& name) { return name.isEmpty() ? w.counterName : name; };
        for (const Handover& h : d.handovers) {
            const QString agency = w.slipHanded.arg(party(h.fromDepartmentName)) + QLatin1Char('\n') +
                                   w.slipTaken.arg(party(h.toDepartmentName));
            QString times =
                w.slipHandedAt.arg(time(h.handedAt), h.handedByName.isEmpty() ? h.handedBy : h.handedByName);
            times += QLatin1Char('\n');
            times += h.isPending() ? w.slipNotTaken
                                   : w.slipTakenAt.arg(time(h.receivedAt),
                                                       h.receivedByName.isEmpty() ? h.receivedBy : h.receivedByName);
            // A department's part ends when it hands the dossier on: early / on time / late
            // against the appointment (Timeliness.h), as the slip's third column asks.
            const QString result = h.fromDepartmentName.isEmpty()
                                       ? QString()
                                       : timelinessText(w, classifyProcessed(h.handedAt, d.appointmentAt));
            rows.append({agency, times, result, h.note});
        }
        c.table({{w.slipColumnAgency, 55, Qt::AlignLeft},
                 {w.slipColumnTimes, 60, Qt::AlignLeft},
                 {w.slipColumnResult, 32, Qt::AlignHCenter},
                 {w.slipColumnNotes, 0, Qt::AlignLeft}},
                rows, tableStyle(10));
        if (d.finishedAt.isValid()) {
            c.paragraph(w.slipFinished.arg(time(d.finishedAt),
                                           timelinessText(w, classifyProcessed(d.finishedAt, d.appointmentAt))),
                        body);
        }
        if (d.returnedAt.isValid())
            c.paragraph(w.slipReturned.arg(time(d.returnedAt), d.collectorName), body);
    });
}

QStringList ProcessingFormRenderer::ledgerCells(const LedgerRow& r, const ProcessingWording& w)
{
    const int code = nationalCode(r.state);
    QStringList notes;
    if (code > 0 && code < 11)
        notes.append(w.statusNames[code]);
    if (r.timeliness)
        notes.append(timelinessText(w, *r.timeliness));
    if (!r.dossierNotes.isEmpty())
        notes.append(r.dossierNotes);
    return {QString::number(r.number),
            r.code,
            r.content,
            QString::number(r.sets),
            r.applicantName,
            r.address,
            r.phone,
            time(r.receivedAt),
            time(r.appointmentAt),
            time(r.returnedAt),
            r.collectorName,
            r.receivedBy,
            notes.join(QStringLiteral("; "))};
}

Result<QByteArray> ProcessingFormRenderer::ledger(const LedgerFormData& d, const ProcessingWording& w)
{
    if (!d.from.isValid() || !d.to.isValid())
        return Error::badInput(
            QCoreApplication::translate("motcua::ProcessingFormRenderer", "The ledger needs a date range."));
    return renderPdf(w.ledgerTitle, true, w, d.unit, w.ledgerLabel, d.date, [&](FormCanvas& c) {
        c.paragraph(w.ledgerTitle, FormCanvas::font(14, true), Qt::AlignHCenter, 0.5);
        c.paragraph(w.ledgerRange.arg(d.from.toString(QStringLiteral("dd/MM/yyyy")),
                                      d.to.toString(QStringLiteral("dd/MM/yyyy"))),
                    FormCanvas::font(11, false, true), Qt::AlignHCenter, 3);
        QList<QStringList> rows;
        rows.reserve(d.rows.size());
        for (const LedgerRow& r : d.rows) {
            QStringList cells = ledgerCells(r, w);
            // Narrow columns: the code's date and number on their own line, times as two lines.
            cells[1].replace(QLatin1Char('-'), QStringLiteral("-\u200B"));
            for (int i : {7, 8, 9})
                cells[i].replace(QLatin1Char(' '), QLatin1Char('\n'));
            rows.append(cells);
        }
        const int center = Qt::AlignHCenter;
        c.table({{w.ledgerColumns[0], 9, center},
                 {w.ledgerColumns[1], 27, Qt::AlignLeft},
                 {w.ledgerColumns[2], 0, Qt::AlignLeft},
                 {w.ledgerColumns[3], 13, center},
                 {w.ledgerColumns[4], 27, Qt::AlignLeft},
                 {w.ledgerColumns[5], 30, Qt::AlignLeft},
                 {w.ledgerColumns[6], 20, Qt::AlignLeft},
                 {w.ledgerColumns[7], 17, center},
                 {w.ledgerColumns[8], 17, center},
                 {w.ledgerColumns[9], 17, center},
                 {w.ledgerColumns[10], 20, Qt::AlignLeft},
                 {w.ledgerColumns[11], 20, Qt::AlignLeft},
                 {w.ledgerColumns[12], 22, Qt::AlignLeft}},
                rows, tableStyle(7));
        c.paragraph(w.ledgerTotal.arg(d.rows.size()), FormCanvas::font(10, true));
    });
}

QByteArray ProcessingFormRenderer::ledgerCsv(const LedgerFormData& d, const ProcessingWording& w)
{
    QByteArray out("\xEF\xBB\xBF"); // UTF-8 byte order mark
    QStringList header;
    for (const QString& c : w.ledgerColumns)
        header.append(csvField(c));
    out += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (const LedgerRow& r : d.rows) {
        QStringList cells;
        for (const QString& c : ledgerCells(r, w))
            cells.append(csvField(c));
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

} // namespace motcua
