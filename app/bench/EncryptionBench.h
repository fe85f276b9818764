#pragma once

#include <QString>

#include <cstdint>

namespace motcua {

class AppContext;

namespace bench {

// --encrypted-vs-plain: the default run's figures measured on the database encrypted at rest
// (SQLCipher) beside the same work on the plain database it was copied from, in one call.
// `plain` is the seeded plain database at `path`; its encrypted copy is "<path>.encrypted"
// (made on the first run by the app's own upgrade, an administrator's first login, and reused
// after). Each figure alternates the two, so load on the machine falls on both alike, and is
// printed as "name encrypted unit plain ratio": every ratio must stay within 1.3, and a
// dossier's commit p99 on the encrypted database within 10 ms. Returns the targets missed, or
// -1 when the encrypted copy cannot be made or opened; writes the figures as JSON to `jsonPath`.
// `cacheMb` > 0 sets both connections' page cache to that size (the app's is Database::kPageCacheKiB).
int runEncryptionBench(AppContext& plain, const QString& path, std::uint64_t seed, bool quick, int cacheMb,
                       const QString& jsonPath);

} // namespace bench

} // namespace motcua
