// Internal: lists of record indices, one list per group (a participation's
// measures, a person's participations), stored as one flat array with
// offsets instead of a vector per group: two allocations for a million groups.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

namespace introcheck::detail {

class Groups {
 public:
  using Index = std::uint32_t;

  /// Groups from each item's group number (`group_of[i]` < `count`, or
  /// UINT32_MAX for none). Items keep their order within a group.
  static Groups from_keys(std::span<const Index> group_of, std::size_t count) {
    Groups g;
    g.offsets_.assign(count + 1, 0);
    for (Index k : group_of)
      if (k != UINT32_MAX) ++g.offsets_[k + 1];
    for (std::size_t k = 0; k < count; ++k) g.offsets_[k + 1] += g.offsets_[k];
    g.items_.resize(g.offsets_[count]);
    std::vector<Index> next(g.offsets_.begin(), g.offsets_.end() - 1);
    for (Index i = 0; i < group_of.size(); ++i)
      if (group_of[i] != UINT32_MAX) g.items_[next[group_of[i]]++] = i;
    return g;
  }

  std::size_t size() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
  std::span<const Index> operator[](std::size_t k) const {
    return {items_.data() + offsets_[k], items_.data() + offsets_[k + 1]};
  }
  /// The group's items, to reorder them in place.
  std::span<Index> mutable_group(std::size_t k) {
    return {items_.data() + offsets_[k], items_.data() + offsets_[k + 1]};
  }

  class iterator {
   public:
    iterator(const Groups* g, std::size_t k) : g_(g), k_(k) {}
    std::span<const Index> operator*() const { return (*g_)[k_]; }
    iterator& operator++() {
      ++k_;
      return *this;
    }
    bool operator!=(const iterator& o) const { return k_ != o.k_; }

   private:
    const Groups* g_;
    std::size_t k_;
  };
  iterator begin() const { return {this, 0}; }
  iterator end() const { return {this, size()}; }

 private:
  std::vector<std::uint32_t> offsets_;
  std::vector<Index> items_;
};

}  // namespace introcheck::detail
