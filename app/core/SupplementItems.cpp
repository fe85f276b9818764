#include "core/SupplementItems.h"

#include "core/TextRules.h"

#include <QCoreApplication>
#include <QStringList>

namespace motcua {

namespace {

Error supplementError(const QString& why)
{
    return Error::badInput(QCoreApplication::translate("motcua::SupplementItems", "Field \"%1\": %2")
                               .arg(QStringLiteral("supplement"), why));
}

} // namespace

Result<QList<SupplementItem>> cleanSupplementItems(const QList<SupplementItem>& items)
{
    if (items.isEmpty())
        return supplementError(
            QCoreApplication::translate("motcua::SupplementItems", "name at least one paper to add or complete."));
    QList<SupplementItem> clean;
    for (const SupplementItem& item : items) {
        const SupplementItem c{item.componentName.simplified(), item.reason.trimmed()};
        if (c.componentName.isEmpty() || c.reason.isEmpty())
            return supplementError(QCoreApplication::translate("motcua::SupplementItems",
                                                               "every paper asked for needs a name and a reason."));
        // Printed on the supplement form: no control or text-direction character.
        for (const QString& text : {c.componentName, c.reason}) {
            if (const QString why = TextRules::problem(text, TextRules::kLineMax); !why.isEmpty())
                return supplementError(QCoreApplication::translate("motcua::SupplementItems", "the paper \"%1\": %2")
                                           .arg(c.componentName.left(60), why));
        }
        clean.append(c);
    }
    return clean;
}

QString supplementItemsText(const QList<SupplementItem>& items)
{
    QStringList lines;
    for (const SupplementItem& item : items)
        lines.append(item.componentName + QStringLiteral(" (") + item.reason + QLatin1Char(')'));
    return lines.join(QStringLiteral("; "));
}

} // namespace motcua
