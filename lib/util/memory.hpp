// Internal: memory asked for before it is written.
#pragma once

#include <cstddef>

namespace introcheck::detail {

/// Asks the kernel to back the whole pages inside [start, start + bytes) with
/// memory now, in one call, instead of a page fault per 4 KiB as they are
/// first written: a national import writes 1.5 GB of records. Advice only;
/// kernels before 5.14 ignore it.
void prefault(void* start, std::size_t bytes);

/// Gives back the whole pages inside [begin, end) of a read-only file mapping
/// that will not be read again: a national import then holds the records,
/// not the records and the file. Never for memory that is not such a mapping.
void release_pages(const char* begin, const char* end);

}  // namespace introcheck::detail
