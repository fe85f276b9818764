#pragma once

#include <cstddef>

namespace motcua {

// Buffers of a few megabytes (an upload chunk, its request body, the copies on its way to the
// database) are freed and allocated again for every chunk. By default glibc maps each one
// afresh above 128 KiB, or gives the freed end of its heap back to the kernel, and every page
// of the next buffer then faults in again: at a few hundred megabytes a second that costs more
// CPU than the copies themselves. Called once at the start of a program that moves files
// (motcua-center, the desktop app's sync): buffers up to kMappedAbove come from the heap, and
// up to kKeptFree bytes freed at its end stay for the next one. Nothing on other C libraries.
inline constexpr std::size_t kMappedAbove = 32u * 1024 * 1024;
inline constexpr std::size_t kKeptFree = 64u * 1024 * 1024;
void reuseFreedMemory();

} // namespace motcua
