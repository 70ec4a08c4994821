// What the packed tables (MeasureTable, ParticipationTable) share: a
// random-access iterator over their rows, each read as a light view, the
// numbers their codes are stored as, and the texts they keep aside.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

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
inline constexpr std::size_t max_stored_case_id_bytes = 65535;  // a record keeps its length in 16 bits

namespace detail {

// Hashes a code as its text, so a lookup needs no std::string.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// `n` as a record's 32-bit number; throws std::length_error("TABLE: more
// WHAT than 2^32") past that, which no export comes near.
std::uint32_t narrow(std::size_t n, const char* table, const char* what);

// The distinct codes of a table, numbered in the order they were met.
class CodeNumbers {
 public:
  std::uint32_t number(std::string_view code, const char* table);
  std::string_view text(std::uint32_t number) const { return codes_[number]; }
  /// The number here of each of `other`'s codes, new ones added.
  std::vector<std::uint32_t> numbers_of(const CodeNumbers& other, const char* table);
  std::size_t memory_bytes() const;

 private:
  std::vector<std::string> codes_;
  std::unordered_map<std::string, std::uint32_t, TextHash, std::equal_to<>> numbers_;
};

// The texts of invalid fields, kept aside for the few records that have
// them, in record order (records are only ever added at the end).
template <class FieldName>
class TextsAside {
 public:
  void add(std::uint32_t record, FieldName field, std::string text) {
    texts_.push_back({record, field, std::move(text)});
  }
  /// The first text of `record`'s `field`, or "".
  std::string_view find(std::size_t record, FieldName field) const {
    auto it = std::lower_bound(texts_.begin(), texts_.end(), record,
                               [](const Text& t, std::size_t r) { return t.record < r; });
    for (; it != texts_.end() && it->record == record; ++it)
      if (it->field == field) return it->text;
    return {};
  }
  /// Moves `other`'s texts after these, its records numbered from `base`.
  void append(TextsAside&& other, std::uint32_t base) {
    for (Text& t : other.texts_) texts_.push_back({t.record + base, t.field, std::move(t.text)});
  }
  std::size_t memory_bytes() const {
    std::size_t n = 0;
    for (const Text& t : texts_) n += sizeof(t) + t.text.capacity();
    return n;
  }

 private:
  struct Text {
    std::uint32_t record;
    FieldName field;
    std::string text;
  };
  std::vector<Text> texts_;
};

}  // namespace detail

}  // namespace introcheck
