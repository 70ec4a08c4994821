#include "persons.hpp"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <tuple>
#include <unordered_map>

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

std::vector<std::vector<std::uint32_t>> group_by_person(std::span<const Participation> ps) {
  DisjointSets sets(ps.size());
  std::unordered_map<std::uint64_t, std::uint32_t> by_id;
  by_id.reserve(ps.size() * 2);
  for (std::uint32_t i = 0; i < ps.size(); ++i)
    for (const Field<PersonId>* id : {&ps[i].person_id, &ps[i].duf_number}) {
      if (!id->parsed()) continue;
      auto [it, fresh] = by_id.emplace(id_key(id->value), i);
      if (!fresh) sets.join(i, it->second);
    }

  std::vector<std::vector<std::uint32_t>> persons;
  std::unordered_map<std::uint32_t, std::uint32_t> group_of_root;
  for (std::uint32_t i = 0; i < ps.size(); ++i) {
    if (!ps[i].person_id.parsed() && !ps[i].duf_number.parsed()) continue;
    auto [it, fresh] = group_of_root.emplace(sets.find(i), static_cast<std::uint32_t>(persons.size()));
    if (fresh) persons.emplace_back();
    persons[it->second].push_back(i);
  }
  const Date& earliest = earliest_date();
  for (auto& list : persons)
    std::sort(list.begin(), list.end(), [&](std::uint32_t a, std::uint32_t b) {
      return std::make_tuple(ps[a].start_date.value_or(earliest), ps[a].line, a) <
             std::make_tuple(ps[b].start_date.value_or(earliest), ps[b].line, b);
    });
  return persons;
}

}  // namespace introcheck::detail
