#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "motcua.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "motcua.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecurity, "motcua.security", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalogue, "motcua.catalogue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "motcua.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "motcua.ui", QtInfoMsg)
