#include "InlineMessage.h"

#include <QBoxLayout>
#include <QDialog>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QWidget>

namespace motcua {

QLabel* makeInlineError(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showInlineError(QLabel* label, const QString& message)
{
    label->setStyleSheet(QStringLiteral("QLabel { color: #b00020; background: #fdecee; border: 1px solid #f3b5bd;"
                                        " border-radius: 4px; padding: 6px; }"));
    label->setProperty("messageKind", QStringLiteral("error"));
    label->setText(message);
    label->show();
}

void showInlineInfo(QLabel* label, const QString& message)
{
    label->setStyleSheet(QStringLiteral("QLabel { color: #1e4620; background: #edf7ed; border: 1px solid #b7dfb9;"
                                        " border-radius: 4px; padding: 6px; }"));
    label->setProperty("messageKind", QStringLiteral("info"));
    label->setText(message);
    label->show();
}

void fitDialogHeight(QWidget* dialog)
{
    QLayout* layout = dialog->layout();
    if (!layout)
        return;
    layout->activate();
    const int needed =
        layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog->width()) : layout->totalSizeHint().height();
    dialog->setMinimumHeight(needed);
    if (dialog->height() < needed)
        dialog->resize(dialog->width(), needed);
}

QPushButton* layOutFormDialog(QDialog* dialog, QWidget* heading, QWidget* intro, QLayout* fields, QLabel* error,
                              QPushButton* accept)
{
    accept->setDefault(true);
    auto* cancel = new QPushButton(dialog);
    cancel->setObjectName(QStringLiteral("cancel-button"));
    cancel->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(cancel);
    buttons->addWidget(accept);

    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(fields);
    layout->addWidget(error);
    layout->addStretch(1);
    layout->addLayout(buttons);

    QObject::connect(cancel, &QPushButton::clicked, dialog, &QDialog::reject);
    return cancel;
}

} // namespace motcua
