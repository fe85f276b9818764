#pragma once

#include <QLoggingCategory>

// The reference portal's log (never personal data: codes and counts only).
Q_DECLARE_LOGGING_CATEGORY(lcPortal)
