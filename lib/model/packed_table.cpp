#include <introcheck/packed_table.hpp>

#include <limits>
#include <stdexcept>

namespace introcheck::detail {

std::uint32_t narrow(std::size_t n, const char* table, const char* what) {
  if (n > std::numeric_limits<std::uint32_t>::max())
    throw std::length_error(std::string(table) + ": more " + what + " than 2^32");
  return static_cast<std::uint32_t>(n);
}

std::uint32_t CodeNumbers::number(std::string_view code, const char* table) {
  if (auto it = numbers_.find(code); it != numbers_.end()) return it->second;
  std::uint32_t n = narrow(codes_.size(), table, "distinct codes");
  codes_.emplace_back(code);
  numbers_.emplace(std::string(code), n);
  return n;
}

std::vector<std::uint32_t> CodeNumbers::numbers_of(const CodeNumbers& other, const char* table) {
  std::vector<std::uint32_t> numbers(other.codes_.size());
  for (std::size_t c = 0; c < other.codes_.size(); ++c) numbers[c] = number(other.codes_[c], table);
  return numbers;
}

std::size_t CodeNumbers::memory_bytes() const {
  std::size_t n = 0;
  for (const auto& c : codes_) n += sizeof(c) + c.capacity();
  return n;
}

}  // namespace introcheck::detail
