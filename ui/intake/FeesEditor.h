#pragma once

#include "core/Dossier.h"
#include "core/Procedure.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;

namespace motcua {

// The fees of the chosen channel, from the catalogue. An amount may be changed only with a
// reason (it goes to the audit trail, DossierService::receive); amounts are whole đồng,
// shown with Money::format. A fee the catalogue states as text only starts empty.
class FeesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FeesEditor(QWidget* parent = nullptr);

    // Rebuilds the rows from the channel's fees; null clears them.
    void setChannel(const ProcedureChannel* channel);
    // Restores amounts and reasons of a saved draft onto the rows of the same name.
    void applyFees(const QList<DossierFee>& fees);
    // The fees to charge: rows with an amount. Unparsable rows are left out (validate()
    // reports them).
    QList<DossierFee> fees() const;
    Money total() const;
    // Shows the errors beside the rows; true when none.
    bool validate();
    // The amount and reason fields in order, for the page's tab order.
    QList<QWidget*> focusWidgets() const;

    // Test access: the amount and reason fields of row `i`.
    QLineEdit* amountField(int i) const;
    QLineEdit* reasonField(int i) const;
    QLabel* errorLabel(int i) const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        Fee fee;
        QLabel* name = nullptr;
        QLineEdit* amount = nullptr;
        QLineEdit* reason = nullptr;
        QLabel* error = nullptr;
    };
    void retranslateUi();
    void updateTotal();
    // Parsed amount of a row; false when the text is not an amount.
    static bool parseAmount(const QString& text, Money* out);
    QString rowError(const Row& row) const;

    QGridLayout* m_grid = nullptr;
    QLabel* m_none = nullptr;
    QLabel* m_total = nullptr;
    QList<Row> m_rows;
};

} // namespace motcua
