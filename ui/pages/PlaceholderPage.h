#pragma once

#include <QWidget>

class QLabel;

namespace motcua {

// A page that is not built yet: its title and one line saying what it will do. The main
// window sets the (translated) texts and sets them again on a language change.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    explicit PlaceholderPage(QWidget* parent = nullptr);

    void setTexts(const QString& title, const QString& description);
    QString title() const;

private:
    QLabel* m_title = nullptr;
    QLabel* m_description = nullptr;
};

} // namespace motcua
