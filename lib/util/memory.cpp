#include "util/memory.hpp"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>

namespace introcheck::detail {

void release_pages(const char* begin, const char* end) {
  const auto page = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
  auto from = (reinterpret_cast<std::uintptr_t>(begin) + page - 1) & ~(page - 1);
  auto to = reinterpret_cast<std::uintptr_t>(end) & ~(page - 1);
  if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_DONTNEED);
}

}  // namespace introcheck::detail
