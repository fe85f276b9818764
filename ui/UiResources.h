#pragma once

#include <QIcon>
#include <QString>

namespace motcua {

// Registers the widgets' resources (icons). They are compiled into the static motcua_ui
// library, whose resource initialiser the linker would otherwise drop; call once before
// the first window. Safe to call more than once.
void initUiResources();

// An icon from resources/icons by base name: uiIcon("intake") → :/motcua/ui/icons/intake.svg
QIcon uiIcon(const QString& name);

} // namespace motcua
