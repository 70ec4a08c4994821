// Internal: a whole file read into memory, within a size limit.
#pragma once

#include <introcheck/result.hpp>

#include <cstddef>
#include <string>

namespace introcheck::detail {

/// Reads a whole file, refusing one larger than `max_bytes`.
Result<std::string> read_file(const std::string& path, std::size_t max_bytes);

}  // namespace introcheck::detail
