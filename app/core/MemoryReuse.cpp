#include "core/MemoryReuse.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace motcua {

void reuseFreedMemory()
{
#if defined(__GLIBC__)
    // Setting either turns off glibc's own adjustment of both, which only rises after a
    // mapped buffer has been freed (and then trims at twice that).
    mallopt(M_MMAP_THRESHOLD, static_cast<int>(kMappedAbove));
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(kKeptFree));
#endif
}

} // namespace motcua
