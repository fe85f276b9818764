#pragma once

#include <QLabel>

namespace motcua {

// A one-line label that ends its text with "…" when it is wider than the space it gets, so a
// long catalogue wording never runs off the edge unmarked. The whole text stays in text() (tests,
// accessibility) and in the tooltip.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(const QString& text, QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
};

} // namespace motcua
