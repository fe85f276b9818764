#pragma once

#include <QString>

class QFileDevice;

namespace motcua {

// Why a file could not be read or written, as a clause in the interface language that says
// what to do ("the disk is full: free some space ..."), for messages such as
// "Cannot write %1: %2". The system's own English text only when nothing better is known.
QString fileErrorText(const QFileDevice& file);
QString fileErrorText(int errnoValue);

} // namespace motcua
