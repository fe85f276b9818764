#pragma once

#include <QLoggingCategory>

// The center server's log (never personal data: codes, station numbers and counts only).
Q_DECLARE_LOGGING_CATEGORY(lcCenter)
