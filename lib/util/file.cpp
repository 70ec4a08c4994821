#include "util/file.hpp"

#include <fstream>

namespace introcheck::detail {

Result<std::string> read_file(const std::string& path, std::size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{ErrorCode::io, "cannot open the file", path, 0, {}};
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) return Error{ErrorCode::io, "cannot read the file", path, 0, {}};
  if (static_cast<std::size_t>(size) > max_bytes)
    return Error{ErrorCode::limit,
                 "file is " + std::to_string(size) + " bytes, larger than the limit of " +
                     std::to_string(max_bytes),
                 path, 0, {}};
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  in.read(bytes.data(), size);
  if (!in) return Error{ErrorCode::io, "cannot read the file", path, 0, {}};
  return bytes;
}

}  // namespace introcheck::detail
