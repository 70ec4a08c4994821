// Internal: memory asked for before it is written.
#pragma once

#include <cstddef>

namespace introcheck::detail {

/// Asks the kernel to back the whole pages inside [start, start + bytes) with
/// memory now, in one call, instead of a page fault per 4 KiB as they are
/// first written: a national import writes 1.5 GB of records. Advice only;
/// kernels before 5.14 ignore it.
void prefault(void* start, std::size_t bytes);

}  // namespace introcheck::detail
