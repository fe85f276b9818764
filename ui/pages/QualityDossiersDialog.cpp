#include "pages/QualityDossiersDialog.h"

#include "core/Clock.h"
#include "dossiers/DossierViewDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua {

namespace {

QString when(qint64 secs)
{
    if (secs <= 0)
        return QString();
    return toVietnam(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC)).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

QualityDossiersDialog::QualityDossiersDialog(AppContext& context, const Actor& actor, const QualityReport& report,
                                             const QualityFigure& figure, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(actor)
    , m_counted(figure.countedIds)
{
    setObjectName(QStringLiteral("quality-dossiers"));
    setWindowTitle(tr("Dossiers of indicator %1").arg(figure.def.id));
    for (qint64 id : figure.dossierIds) {
        if (const QualityDossier* d = report.dossier(id))
            m_rows.append(*d);
    }
    auto* heading = new QLabel(this);
    heading->setWordWrap(true);
    heading->setText(tr("%1 %2, %3 – %4: %5 of %6 dossiers counted.")
                         .arg(figure.def.id, figure.def.name, report.from.toString(QStringLiteral("dd/MM/yyyy")),
                              report.to.toString(QStringLiteral("dd/MM/yyyy")))
                         .arg(figure.counted)
                         .arg(figure.population));
    auto* formula = new QLabel(figure.def.formula, this);
    formula->setWordWrap(true);
    formula->setStyleSheet(QStringLiteral("color: #5b6b7b;"));
    m_onlyCounted = new QCheckBox(tr("Only the dossiers counted"), this);
    m_onlyCounted->setObjectName(QStringLiteral("quality-only-counted"));
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("quality-dossiers-table"));
    m_table->setHorizontalHeaderLabels(
        {tr("Dossier code"), tr("Counted"), tr("Channel"), tr("Received"), tr("Appointment"), tr("Ended")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* open = buttons->addButton(tr("&Open dossier"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("quality-open-dossier"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, [this] { openRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openRow(row); });
    connect(m_onlyCounted, &QCheckBox::toggled, this, &QualityDossiersDialog::fill);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(formula);
    layout->addWidget(m_onlyCounted);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(900, 520);
    fill();
}

void QualityDossiersDialog::fill()
{
    const bool only = m_onlyCounted->isChecked();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    for (const QualityDossier& d : std::as_const(m_rows)) {
        const bool counted = m_counted.contains(d.id);
        if (only && !counted)
            continue;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        const QStringList cells{d.code,
                                counted ? tr("yes") : tr("no"),
                                channelName(d.channel),
                                when(d.receivedAt),
                                when(d.appointmentAt),
                                when(qualityEndAt(d))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(r, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->setSortingEnabled(true);
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
}

void QualityDossiersDialog::openRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    const QString code = m_table->item(row, 0)->text();
    DossierViewDialog view(m_context, m_actor, code, nullptr, this);
    view.exec();
}

} // namespace motcua
