#include "persons.hpp"
#include "flat_hash.hpp"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <tuple>

namespace introcheck::detail {
namespace {

// Union-find with path halving.
struct DisjointSets {
  std::vector<std::uint32_t> parent;
  explicit DisjointSets(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  std::uint32_t find(std::uint32_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  }
  void join(std::uint32_t a, std::uint32_t b) { parent[find(a)] = find(b); }
};

// An id as a number: faster to hash than its text. Fødselsnumre (11 digits,
// below 7.2e10) and DUF numbers (12 digits, from 1.9e11) never collide, and
// the low bit keeps the kinds apart anyway.
std::uint64_t id_key(const PersonId& id) {
  std::uint64_t v = 0;
  for (char c : id.digits) v = v * 10 + static_cast<std::uint64_t>(c - '0');
  return v * 2 + (id.kind == IdKind::duf ? 1 : 0);
}

}  // namespace

Groups group_by_person(std::span<const Participation> ps) {
  DisjointSets sets(ps.size());
  // Each distinct id once: its key and the first participation that has it.
  HashIndex by_id(ps.size() * 2);
  std::vector<std::uint64_t> keys;
  std::vector<std::uint32_t> first_with;
  for (std::uint32_t i = 0; i < ps.size(); ++i)
    for (const Field<PersonId>* id : {&ps[i].person_id, &ps[i].duf_number}) {
      if (!id->parsed()) continue;
      std::uint64_t key = id_key(id->value);
      auto fresh = static_cast<std::uint32_t>(keys.size());
      std::uint32_t k = by_id.find_or_insert(hash_number(key), fresh,
                                             [&](std::uint32_t seen) { return keys[seen] == key; });
      if (k == fresh) {
        keys.push_back(key);
        first_with.push_back(i);
      } else {
        sets.join(i, first_with[k]);
      }
    }

  // Groups numbered in the order of their first participation.
  std::vector<std::uint32_t> group_of(ps.size(), UINT32_MAX), group_of_root(ps.size(), UINT32_MAX);
  std::uint32_t groups = 0;
  for (std::uint32_t i = 0; i < ps.size(); ++i) {
    if (!ps[i].person_id.parsed() && !ps[i].duf_number.parsed()) continue;
    std::uint32_t& g = group_of_root[sets.find(i)];
    if (g == UINT32_MAX) g = groups++;
    group_of[i] = g;
  }
  Groups persons = Groups::from_keys(group_of, groups);
  const Date& earliest = earliest_date();
  for (std::size_t k = 0; k < persons.size(); ++k) {
    auto list = persons.mutable_group(k);
    if (list.size() < 2) continue;
    std::sort(list.begin(), list.end(), [&](std::uint32_t a, std::uint32_t b) {
      return std::make_tuple(ps[a].start_date.value_or(earliest), ps[a].line, a) <
             std::make_tuple(ps[b].start_date.value_or(earliest), ps[b].line, b);
    });
  }
  return persons;
}

}  // namespace introcheck::detail
