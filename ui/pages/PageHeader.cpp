#include "pages/PageHeader.h"

#include <QLabel>

namespace motcua {

QLabel* makePageTitle(QWidget* parent)
{
    auto* title = new QLabel(parent);
    title->setObjectName(QStringLiteral("page-title"));
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    title->setWordWrap(true);
    return title;
}

} // namespace motcua
