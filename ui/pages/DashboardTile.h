#pragma once

#include <QPushButton>

#include <optional>

class QLabel;

namespace motcua {

// One figure of the dashboard: a large number over its caption, on a button, because a click
// opens the dossiers behind the number. `tone` colours the number (overdue in red).
class DashboardTile : public QPushButton
{
    Q_OBJECT
public:
    enum Tone { Neutral, Good, Warning, Bad };

    explicit DashboardTile(Tone tone, QWidget* parent = nullptr);

    void setValue(qint64 value);
    qint64 value() const { return m_value; }
    void setCaption(const QString& caption);
    // A second, smaller figure beside the number: this workstation's share of a center-wide
    // figure. Hidden when empty.
    void setShare(std::optional<qint64> share);
    QString shareText() const;
    QString caption() const;

    QSize sizeHint() const override;

private:
    QLabel* m_number = nullptr;
    QLabel* m_caption = nullptr;
    QLabel* m_share = nullptr;
    qint64 m_value = 0;
};

} // namespace motcua
