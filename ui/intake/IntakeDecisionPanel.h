#pragma once

#include "core/IntakeDecision.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;

namespace motcua {

// The two other outcomes at the counter, inline under the form (no dialog, keyboard only):
// a request to supplement (form 02: each missing or incomplete paper with a reason) or a
// refusal (form 03: the reason). The page shows it when the clerk chooses one; Confirm
// emits the clerk's words, Escape or Cancel hides it.
class IntakeDecisionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit IntakeDecisionPanel(QWidget* parent = nullptr);

    // Missing papers get the reason "not provided" ready to confirm; `others` (the rest of
    // the papers) are listed with empty reasons, included only when the clerk writes one.
    void showSupplement(const QStringList& missing, const QStringList& others);
    void showRefusal();
    void showError(const QString& message);
    bool isSupplement() const { return m_supplement; }

    QLineEdit* reasonField(int i) const;
    QLineEdit* refusalField() const { return m_refusal; }
    QPushButton* confirmButton() const { return m_confirm; }

Q_SIGNALS:
    void supplementConfirmed(const QList<SupplementItem>& items);
    void refusalConfirmed(const QString& reason);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void confirm();
    void clearRows();
    void retranslateUi();

    bool m_supplement = true;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QScrollArea* m_scroll = nullptr;
    QFormLayout* m_rows = nullptr;
    QList<QLineEdit*> m_reasons;
    QStringList m_names;
    QLineEdit* m_refusal = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace motcua
