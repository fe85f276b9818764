#pragma once

class QLabel;
class QWidget;

namespace motcua {

// The large title every page starts with, styled the same everywhere.
QLabel* makePageTitle(QWidget* parent);

} // namespace motcua
