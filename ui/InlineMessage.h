#pragma once

#include <QString>

class QDialog;
class QLabel;
class QLayout;
class QPushButton;
class QWidget;

namespace motcua {

// A hidden, word-wrapped label for an error shown beside a form: errors are inline, modal
// boxes are kept for real decisions (docs/architecture.md#ui).
QLabel* makeInlineError(QWidget* parent, const QString& objectName);
void showInlineError(QLabel* label, const QString& message);

// The same label used for a success note (an import summary). The label's property
// "messageKind" says which ("error" or "info").
void showInlineInfo(QLabel* label, const QString& message);

// Grows a dialog so wrapped messages get the height they need at its current width. Qt does
// not re-run height-for-width for top-level windows when a label's text changes, so without
// this a long message would overlap the fields below it.
void fitDialogHeight(QWidget* dialog);

// Lays out a form dialog from the top: heading, intro, the fields, the inline error, then a
// row with Cancel and `accept` (made the default button) at the right. Returns Cancel
// ("cancel-button"), which rejects the dialog and does not take Enter.
QPushButton* layOutFormDialog(QDialog* dialog, QWidget* heading, QWidget* intro, QLayout* fields, QLabel* error,
                              QPushButton* accept);

} // namespace motcua
