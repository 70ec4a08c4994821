// Internal: a file's bytes mapped read-only into memory. Reading a national
// export into a string costs a copy and as much fresh memory as the file;
// a mapping costs neither, and its pages go back to the page cache when it
// is dropped. Falls back to reading for what cannot be mapped (pipes).
#pragma once

#include <introcheck/result.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace introcheck::detail {

class MappedFile {
 public:
  /// Maps `path`, refusing a file larger than `max_bytes`.
  static Result<MappedFile> open(const std::string& path, std::size_t max_bytes);

  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&&) = delete;
  MappedFile(const MappedFile&) = delete;
  ~MappedFile();

  std::string_view bytes() const { return map_ ? std::string_view(map_, size_) : std::string_view(read_); }
  /// The bytes are a private mapping of the file: pages already read may be
  /// given back (release_pages) and would be read again from the file.
  bool mapped() const { return map_ != nullptr; }

 private:
  MappedFile() = default;
  const char* map_ = nullptr;
  std::size_t size_ = 0;
  std::string read_;  // when the file could not be mapped
};

}  // namespace introcheck::detail
