#pragma once

#include <QString>

namespace motcua {

// `motcua-bench --sync`: starts `portalBinary` on 127.0.0.1 over HTTPS, syncs `dossiers` seeded
// dossiers with their history and uploads one attachment of `attachmentMb` MiB; prints one line
// per figure beside a raw HTTPS baseline. Returns the process exit code.
int runSyncBench(const QString& portalBinary, int dossiers, int attachmentMb, bool delayedAcks = false);

} // namespace motcua
