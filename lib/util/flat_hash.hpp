// Internal: an open-addressing hash index from 64-bit hashes to record
// indices. The records stay where they are; the caller says when two records
// with the same hash are equal. One flat array, no node per entry: a million
// keys cost 16 MB and no allocations after construction.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace introcheck::detail {

/// 64-bit FNV-1a.
inline std::uint64_t fnv1a(std::string_view s) {
  std::uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

/// FNV-1a finished with a multiply-xorshift so that the low bits (the slot)
/// depend on every byte of a short key.
inline std::uint64_t hash_text(std::string_view s) {
  std::uint64_t h = fnv1a(s);
  h ^= h >> 32;
  h *= 0xd6e8feb86659fd93ull;
  return h ^ (h >> 32);
}

/// Mixes an integer key (splitmix64's finaliser).
inline std::uint64_t hash_number(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

class HashIndex {
 public:
  static constexpr std::uint32_t none = UINT32_MAX;

  /// Room for `n` keys at a load of at most one half.
  explicit HashIndex(std::size_t n) {
    std::size_t cap = 16;
    while (cap < 2 * n) cap *= 2;
    slots_.assign(cap, Slot{0, none});
    mask_ = cap - 1;
  }

  /// The value stored for a key equal to the one hashed, or `value` after
  /// storing it. `same(v)` says whether the key of stored value v is equal.
  template <class Same>
  std::uint32_t find_or_insert(std::uint64_t hash, std::uint32_t value, Same&& same) {
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.value == none) {
        s = Slot{hash, value};
        return value;
      }
      if (s.hash == hash && same(s.value)) return s.value;
    }
  }

  /// The value stored for the key, or `none`.
  template <class Same>
  std::uint32_t find(std::uint64_t hash, Same&& same) const {
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.value == none) return none;
      if (s.hash == hash && same(s.value)) return s.value;
    }
  }

 private:
  struct Slot {
    std::uint64_t hash;
    std::uint32_t value;
  };
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

}  // namespace introcheck::detail
