#include "pages/PlaceholderPage.h"

#include "pages/PageHeader.h"

#include <QLabel>
#include <QVBoxLayout>

namespace motcua {

PlaceholderPage::PlaceholderPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_title = makePageTitle(this);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("page-description"));
    m_description->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addStretch(1);
}

void PlaceholderPage::setTexts(const QString& title, const QString& description)
{
    m_title->setText(title);
    m_description->setText(description);
}

QString PlaceholderPage::title() const
{
    return m_title->text();
}

} // namespace motcua
