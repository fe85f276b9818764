#pragma once

#include <QString>

namespace motcua {

// Folds Vietnamese text for search: NFD, combining marks dropped, đ/Đ → d, lower case,
// runs of whitespace collapsed. "Đặng Văn Đức" → "dang van duc".
QString foldText(const QString& text);

} // namespace motcua
