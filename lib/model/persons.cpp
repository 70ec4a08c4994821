#include "model/persons.hpp"
#include "util/parallel.hpp"

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

}  // namespace

// An id as a number: faster to hash than its text. Fødselsnumre (11 digits,
// below 7.2e10) and DUF numbers (12 digits, from 1.9e11) never collide, and
// the low bit keeps the kinds apart anyway.
std::uint64_t id_key(const PersonId& id) {
  return id.number * 2 + (id.kind == IdKind::duf ? 1 : 0);
}

PersonIndex index_persons(const ParticipationTable& ps, unsigned threads) {
  // The ids as numbers, read from the records in parts; 0 stands for no valid
  // id (no valid id is all zeros).
  std::vector<std::array<std::uint64_t, 2>> keys(ps.size());
  const std::size_t parts = std::max(1u, threads);
  for_shares(ps.size(), parts, [&](std::size_t, Share share) {
    for (std::size_t i = share.begin; i < share.end; ++i) {
      keys[i][0] = ps[i].person_id().parsed() ? id_key(ps[i].person_id().value) : 0;
      keys[i][1] = ps[i].duf_number().parsed() ? id_key(ps[i].duf_number().value) : 0;
    }
  });

  PersonIndex x;
  DisjointSets sets(ps.size());
  x.ids = IdNumbers(ps.size() * 2);
  x.id_numbers.assign(ps.size(), {IdNumbers::none, IdNumbers::none});
  std::vector<std::uint32_t> first_with;  // by id number: the first participation that has it
  for (std::uint32_t i = 0; i < ps.size(); ++i) {
    for (int k = 0; k < 2; ++k) {
      if (keys[i][k] == 0) continue;
      std::uint32_t n = x.id_numbers[i][k] = x.ids.insert_key(keys[i][k]);
      if (n == first_with.size()) first_with.push_back(i);
      else sets.join(i, first_with[n]);
    }
  }

  // Persons numbered in the order of their first participation.
  x.person_of.assign(ps.size(), UINT32_MAX);
  std::vector<std::uint32_t> person_of_root(ps.size(), UINT32_MAX);
  std::uint32_t count = 0;
  for (std::uint32_t i = 0; i < ps.size(); ++i) {
    if (!ps[i].person_id().parsed() && !ps[i].duf_number().parsed()) continue;
    std::uint32_t& g = person_of_root[sets.find(i)];
    if (g == UINT32_MAX) g = count++;
    x.person_of[i] = g;
  }
  x.persons = Groups::from_keys(x.person_of, count);
  const Date& earliest = earliest_date();
  for_shares(x.persons.size(), parts, [&](std::size_t, Share share) {
    for (std::size_t k = share.begin; k < share.end; ++k) {
      auto list = x.persons.mutable_group(k);
      if (list.size() < 2) continue;
      std::sort(list.begin(), list.end(), [&](std::uint32_t a, std::uint32_t b) {
        return std::make_tuple(ps[a].start_date().value_or(earliest), ps[a].line(), a) <
               std::make_tuple(ps[b].start_date().value_or(earliest), ps[b].line(), b);
      });
    }
  });
  return x;
}

}  // namespace introcheck::detail
