// What the packed tables (MeasureTable, ParticipationTable) share: a
// random-access iterator over their rows, each read as a light view, and the
// hash their code numbers are looked up by.
#pragma once

#include <cstddef>
#include <functional>
#include <iterator>
#include <string_view>

namespace introcheck {

template <class Table, class View>
class RowIterator {
 public:
  using iterator_category = std::random_access_iterator_tag;
  using value_type = View;
  using difference_type = std::ptrdiff_t;
  using pointer = void;
  using reference = View;

  RowIterator() = default;
  RowIterator(const Table* table, std::size_t index) : table_(table), index_(index) {}

  View operator*() const { return (*table_)[index_]; }
  View operator[](difference_type n) const { return (*table_)[index_ + static_cast<std::size_t>(n)]; }
  RowIterator& operator++() { ++index_; return *this; }
  RowIterator operator++(int) { RowIterator t = *this; ++index_; return t; }
  RowIterator& operator--() { --index_; return *this; }
  RowIterator operator--(int) { RowIterator t = *this; --index_; return t; }
  RowIterator& operator+=(difference_type n) { index_ += static_cast<std::size_t>(n); return *this; }
  RowIterator& operator-=(difference_type n) { index_ -= static_cast<std::size_t>(n); return *this; }
  friend RowIterator operator+(RowIterator i, difference_type n) { return i += n; }
  friend RowIterator operator+(difference_type n, RowIterator i) { return i += n; }
  friend RowIterator operator-(RowIterator i, difference_type n) { return i -= n; }
  friend difference_type operator-(RowIterator a, RowIterator b) {
    return static_cast<difference_type>(a.index_) - static_cast<difference_type>(b.index_);
  }
  friend bool operator==(RowIterator a, RowIterator b) { return a.index_ == b.index_; }
  friend auto operator<=>(RowIterator a, RowIterator b) { return a.index_ <=> b.index_; }

 private:
  const Table* table_ = nullptr;
  std::size_t index_ = 0;
};

/// The longest case id a table stores. A row with a longer one is rejected,
/// whatever the configured limit (ImportOptions::max_case_id_bytes).
inline constexpr std::size_t max_stored_case_id_bytes = 65535;

namespace detail {
// Hashes a code as its text, so a lookup needs no std::string.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
}  // namespace detail

}  // namespace introcheck
