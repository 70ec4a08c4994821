#include "util/mapped_file.hpp"

#include "util/file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace introcheck::detail {

Result<MappedFile> MappedFile::open(const std::string& path, std::size_t max_bytes) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error{ErrorCode::io, "cannot open the file", path, 0, {}};
  struct stat st {};
  bool regular = ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
  MappedFile f;
  if (regular && st.st_size > 0 && static_cast<std::size_t>(st.st_size) <= max_bytes) {
    void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    if (p != MAP_FAILED) {
      ::madvise(p, static_cast<std::size_t>(st.st_size), MADV_SEQUENTIAL);
      f.map_ = static_cast<const char*>(p);
      f.size_ = static_cast<std::size_t>(st.st_size);
    }
  }
  ::close(fd);
  if (f.map_) return f;
  auto bytes = read_file(path, max_bytes);  // its errors: too large, unreadable
  if (!bytes) return bytes.error();
  f.read_ = std::move(bytes).value();
  return f;
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : map_(std::exchange(other.map_, nullptr)), size_(std::exchange(other.size_, 0)),
      read_(std::move(other.read_)) {}

MappedFile::~MappedFile() {
  if (map_) ::munmap(const_cast<char*>(map_), size_);
}

}  // namespace introcheck::detail
