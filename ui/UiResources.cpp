#include "UiResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initUiQrc()
{
    Q_INIT_RESOURCE(ui);
}

namespace motcua {

void initUiResources()
{
    static bool done = false;
    if (!done) {
        initUiQrc();
        done = true;
    }
}

QIcon uiIcon(const QString& name)
{
    initUiResources();
    return QIcon(QStringLiteral(":/motcua/ui/icons/") + name + QStringLiteral(".svg"));
}

} // namespace motcua
