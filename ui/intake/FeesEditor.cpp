#include "intake/FeesEditor.h"

#include "ElidedLabel.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace motcua {

FeesEditor::FeesEditor(QWidget* parent)
    : QWidget(parent)
{
    m_grid = new QGridLayout;
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(0, 3);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 2);
    m_none = new QLabel(this);
    m_none->setObjectName(QStringLiteral("fees-none"));
    m_none->setStyleSheet(QStringLiteral("QLabel { color: #6b6b6b; }"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("fees-total"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_none);
    layout->addLayout(m_grid);
    layout->addWidget(m_total);
    retranslateUi();
}

void FeesEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FeesEditor::retranslateUi()
{
    m_none->setText(tr("No fee in the catalogue for this channel."));
    for (Row& row : m_rows)
        row.reason->setPlaceholderText(tr("Reason, required when the amount is changed"));
    updateTotal();
}

void FeesEditor::setChannel(const ProcedureChannel* channel)
{
    setFocusProxy(nullptr); // the page points it at the first amount, deleted below
    for (Row& row : m_rows) {
        delete row.name;
        delete row.amount;
        delete row.reason;
        delete row.error;
    }
    m_rows.clear();
    const QList<Fee> fees = channel ? channel->fees : QList<Fee>();
    for (int i = 0; i < fees.size(); ++i) {
        Row row;
        row.fee = fees[i];
        const QString title = fees[i].name.isEmpty() ? fees[i].raw.simplified() : fees[i].name.simplified();
        // Long catalogue wording would push the fields off screen: one line ending in "…", the
        // whole wording in the tooltip.
        row.name = new ElidedLabel(title, this);
        row.name->setToolTip(fees[i].raw.isEmpty() ? title : fees[i].raw);
        row.amount = new QLineEdit(this);
        row.amount->setObjectName(QStringLiteral("fee-amount-%1").arg(i));
        row.amount->setAlignment(Qt::AlignRight);
        row.amount->setText(fees[i].amount ? fees[i].amount->format() : QString());
        row.reason = new QLineEdit(this);
        row.reason->setObjectName(QStringLiteral("fee-reason-%1").arg(i));
        row.error = new QLabel(this);
        row.error->setObjectName(QStringLiteral("fee-error-%1").arg(i));
        row.error->setWordWrap(true);
        row.error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
        row.error->hide();
        m_grid->addWidget(row.name, 2 * i, 0);
        m_grid->addWidget(row.amount, 2 * i, 1);
        m_grid->addWidget(row.reason, 2 * i, 2);
        m_grid->addWidget(row.error, 2 * i + 1, 0, 1, 3);
        // Shown now, not when the layout gets to it, so the fields can take the focus at once.
        row.name->show();
        row.amount->show();
        row.reason->show();
        connect(row.amount, &QLineEdit::textChanged, this, [this, i] {
            m_rows[i].error->hide();
            updateTotal();
            Q_EMIT changed();
        });
        connect(row.reason, &QLineEdit::textChanged, this, [this, i] {
            m_rows[i].error->hide();
            Q_EMIT changed();
        });
        m_rows.append(row);
    }
    m_none->setVisible(m_rows.isEmpty());
    retranslateUi();
}

void FeesEditor::applyFees(const QList<DossierFee>& fees)
{
    for (Row& row : m_rows) {
        for (const DossierFee& f : fees) {
            if (f.name == row.fee.name) {
                row.amount->setText(f.amount.format());
                row.reason->setText(f.overrideReason);
                break;
            }
        }
    }
}

bool FeesEditor::parseAmount(const QString& text, Money* out)
{
    // Money::format adds the currency sign; the clerk may type it or not.
    QString t = text;
    t.remove(QChar(0x20AB)).remove(QChar(0x00A0));
    return Money::parse(t.trimmed(), out) && out->toVnd() >= 0;
}

QList<DossierFee> FeesEditor::fees() const
{
    QList<DossierFee> list;
    for (const Row& row : m_rows) {
        Money amount;
        if (row.amount->text().trimmed().isEmpty() || !parseAmount(row.amount->text(), &amount))
            continue;
        const bool changed = !row.fee.amount || *row.fee.amount != amount;
        list.append({row.fee.name, amount, changed ? row.reason->text().simplified() : QString()});
    }
    return list;
}

Money FeesEditor::total() const
{
    Money sum;
    for (const DossierFee& f : fees())
        sum += f.amount;
    return sum;
}

QString FeesEditor::rowError(const Row& row) const
{
    const QString text = row.amount->text().trimmed();
    if (text.isEmpty())
        return {};
    Money amount;
    if (!parseAmount(text, &amount))
        return tr("Not an amount in đồng: type a whole number such as 25.000.");
    const bool changed = !row.fee.amount || *row.fee.amount != amount;
    if (changed && row.reason->text().trimmed().isEmpty()) {
        return row.fee.amount
                   ? tr("The catalogue says %1: give a reason for changing it.").arg(row.fee.amount->format())
                   : tr("The catalogue states no amount: give a reason for charging one.");
    }
    return {};
}

bool FeesEditor::validate()
{
    bool valid = true;
    for (Row& row : m_rows) {
        const QString error = rowError(row);
        row.error->setText(error);
        row.error->setVisible(!error.isEmpty());
        valid = valid && error.isEmpty();
    }
    return valid;
}

void FeesEditor::updateTotal()
{
    m_total->setText(tr("Total: %1").arg(total().format()));
    m_total->setVisible(!m_rows.isEmpty());
}

QList<QWidget*> FeesEditor::focusWidgets() const
{
    QList<QWidget*> list;
    for (const Row& row : m_rows)
        list << row.amount << row.reason;
    return list;
}

QLineEdit* FeesEditor::amountField(int i) const
{
    return i >= 0 && i < m_rows.size() ? m_rows[i].amount : nullptr;
}

QLineEdit* FeesEditor::reasonField(int i) const
{
    return i >= 0 && i < m_rows.size() ? m_rows[i].reason : nullptr;
}

QLabel* FeesEditor::errorLabel(int i) const
{
    return i >= 0 && i < m_rows.size() ? m_rows[i].error : nullptr;
}

} // namespace motcua
