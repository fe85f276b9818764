#include "intake/IntakeDecisionPanel.h"

#include "InlineMessage.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace motcua {

IntakeDecisionPanel::IntakeDecisionPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("intake-decision"));
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    // Procedures list up to ~40 papers: the reasons scroll inside a bounded area so the
    // panel never pushes the page past a 1366×768 screen.
    auto* rowsWidget = new QWidget(this);
    m_rows = new QFormLayout(rowsWidget);
    m_rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(rowsWidget);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setMaximumHeight(150);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_refusal = new QLineEdit(this);
    m_refusal->setObjectName(QStringLiteral("refusal-reason"));
    m_error = makeInlineError(this, QStringLiteral("decision-error"));
    m_confirm = new QPushButton(this);
    m_confirm->setObjectName(QStringLiteral("decision-confirm"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("decision-cancel"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_confirm);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addWidget(m_scroll);
    layout->addWidget(m_refusal);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    setAutoFillBackground(true);
    setStyleSheet(QStringLiteral("QWidget#intake-decision { background: #fff8e1; border: 1px solid #f0c36d; }"));
    connect(m_confirm, &QPushButton::clicked, this, &IntakeDecisionPanel::confirm);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT cancelled();
    });
    connect(m_refusal, &QLineEdit::returnPressed, this, &IntakeDecisionPanel::confirm);
    retranslateUi();
    hide();
}

void IntakeDecisionPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IntakeDecisionPanel::retranslateUi()
{
    m_cancel->setText(tr("Cancel (Esc)"));
    if (m_supplement) {
        m_title->setText(tr("Request to supplement the dossier (form 02)"));
        m_hint->setText(tr("Say for each paper why it must be added or completed. Papers left without a reason are "
                           "not listed on the form."));
        m_confirm->setText(tr("Record and print form 02"));
    } else {
        m_title->setText(tr("Refuse the dossier (form 03)"));
        m_hint->setText(tr("The reason is printed on the refusal slip handed to the applicant."));
        m_confirm->setText(tr("Record and print form 03"));
    }
    m_refusal->setPlaceholderText(tr("Reason for refusing"));
}

void IntakeDecisionPanel::clearRows()
{
    while (m_rows->rowCount() > 0)
        m_rows->removeRow(0);
    m_reasons.clear();
    m_names.clear();
    m_error->hide();
}

void IntakeDecisionPanel::showSupplement(const QStringList& missing, const QStringList& others)
{
    m_supplement = true;
    clearRows();
    int i = 0;
    auto add = [&](const QString& name, const QString& reason) {
        // Catalogue names are long legal titles: one line each, the whole name in the tooltip.
        auto* label = new QLabel(fontMetrics().elidedText(name, Qt::ElideRight, 320), m_scroll->widget());
        label->setToolTip(name);
        auto* edit = new QLineEdit(reason, m_scroll->widget());
        edit->setObjectName(QStringLiteral("supplement-reason-%1").arg(i++));
        label->setBuddy(edit);
        m_rows->addRow(label, edit);
        connect(edit, &QLineEdit::returnPressed, this, &IntakeDecisionPanel::confirm);
        m_reasons.append(edit);
        m_names.append(name);
    };
    for (const QString& name : missing)
        add(name, tr("Not provided"));
    for (const QString& name : others)
        add(name, QString());
    m_refusal->hide();
    m_scroll->show();
    retranslateUi();
    show();
    if (!m_reasons.isEmpty()) {
        m_reasons.first()->setFocus(Qt::OtherFocusReason);
        m_reasons.first()->selectAll();
    }
}

void IntakeDecisionPanel::showRefusal()
{
    m_supplement = false;
    clearRows();
    m_refusal->clear();
    m_refusal->show();
    m_scroll->hide();
    retranslateUi();
    show();
    m_refusal->setFocus(Qt::OtherFocusReason);
}

void IntakeDecisionPanel::showError(const QString& message)
{
    showInlineError(m_error, message);
}

QLineEdit* IntakeDecisionPanel::reasonField(int i) const
{
    return i >= 0 && i < m_reasons.size() ? m_reasons[i] : nullptr;
}

void IntakeDecisionPanel::confirm()
{
    if (m_supplement) {
        QList<SupplementItem> items;
        for (int i = 0; i < m_reasons.size(); ++i) {
            const QString reason = m_reasons[i]->text().simplified();
            if (!reason.isEmpty())
                items.append({m_names[i], reason});
        }
        if (items.isEmpty()) {
            showInlineError(m_error, tr("Give a reason for at least one paper."));
            return;
        }
        Q_EMIT supplementConfirmed(items);
    } else {
        const QString reason = m_refusal->text().simplified();
        if (reason.isEmpty()) {
            showInlineError(m_error, tr("The reason for refusing is required: it is printed on form 03."));
            m_refusal->setFocus();
            return;
        }
        Q_EMIT refusalConfirmed(reason);
    }
}

void IntakeDecisionPanel::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT cancelled();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace motcua
