#include "bench/ReceiptBench.h"

#include "bench/BenchStats.h"
#include "forms/DossierForms.h"
#include "forms/FormRenderer.h"
#include "service/AppContext.h"
#include "store/Database.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <vector>

namespace motcua {

namespace {

double msOf(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

// The newest dossiers that have a receipt (not refused or sent back at intake).
QString receiptCode(AppContext& app, DossierForms& forms)
{
    Statement& st = app.db().prepare(QStringLiteral("SELECT code FROM dossiers ORDER BY id DESC LIMIT 50"));
    QStringList codes;
    while (st.next())
        codes.append(st.text(0));
    for (const QString& code : std::as_const(codes)) {
        if (forms.collect(code, FormKind::Receipt))
            return code;
    }
    return {};
}

QByteArray barePdf(const FormData& data)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter(&writer);
    int y = 200;
    auto line = [&](const QString& text) {
        painter.drawText(200, y, text);
        y += 80;
    };
    line(data.unit.name);
    line(data.code);
    line(data.applicant.fullName);
    line(data.applicant.address);
    line(data.procedureName);
    for (const DossierComponent& c : data.components)
        line(c.name);
    line(data.appointmentAt.toString(Qt::ISODate));
    painter.end();
    return bytes;
}

} // namespace

QList<ReceiptFigure> receiptFigures(AppContext& app, int iterations)
{
    QList<ReceiptFigure> figures;
    DossierForms forms(app);
    const QString code = receiptCode(app, forms);
    if (code.isEmpty())
        return figures;
    auto data = forms.collect(code, FormKind::Receipt);
    if (!data)
        return figures;

    QElapsedTimer cold;
    cold.start();
    const bool coldOk = forms.render(code, FormKind::Receipt).ok();
    figures.append({QStringLiteral("receipt.cold"), msOf(cold), QStringLiteral("ms")});
    if (!coldOk)
        return figures;

    std::vector<double> full, renderer, bare;
    qint64 bytes = 0;
    for (int i = 0; i < 5; ++i) // warm-up, not counted
        (void)barePdf(*data);
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer t;
        t.start();
        auto pdf = forms.render(code, FormKind::Receipt);
        full.push_back(msOf(t));
        bytes = pdf ? pdf->size() : 0;
        t.restart();
        (void)renderForm(*data);
        renderer.push_back(msOf(t));
        t.restart();
        (void)barePdf(*data);
        bare.push_back(msOf(t));
    }
    const double bareP50 = bench::percentile(bare, 50);
    figures.append(
        {QStringLiteral("receipt.pdf.p50"), bench::percentile(full, 50), QStringLiteral("ms"), bareP50, 40.0});
    figures.append({QStringLiteral("receipt.pdf.p99"), bench::percentile(full, 99), QStringLiteral("ms"),
                    bench::percentile(bare, 99)});
    figures.append(
        {QStringLiteral("receipt.render.p50"), bench::percentile(renderer, 50), QStringLiteral("ms"), bareP50});
    figures.append({QStringLiteral("receipt.pdf.size"), static_cast<double>(bytes) / 1024.0, QStringLiteral("KB")});
    return figures;
}

} // namespace motcua
