// Internal: grouping participations by person. A person is the union of
// their ids: a DUF number in one record and a fødselsnummer plus the same DUF
// number in another make one person.
#pragma once

#include <introcheck/participation_table.hpp>

#include "util/flat_hash.hpp"
#include "util/groups.hpp"

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace introcheck::detail {

/// A person id as a number: faster to hash and compare than its text.
std::uint64_t id_key(const PersonId& id);

/// Distinct person ids numbered 0, 1, 2, ... in the order first seen, found
/// by the id's number: per-id facts then live in plain vectors.
class IdNumbers {
 public:
  static constexpr std::uint32_t none = HashIndex::none;
  explicit IdNumbers(std::size_t ids) : index_(ids) { keys_.reserve(ids); }

  /// The id's number; a new id gets the next one.
  std::uint32_t insert(const PersonId& id) { return insert_key(id_key(id)); }
  /// The same for an id already made a number with id_key().
  std::uint32_t insert_key(std::uint64_t key) {
    auto fresh = static_cast<std::uint32_t>(keys_.size());
    std::uint32_t n = index_.find_or_insert(hash_number(key), fresh, [&](std::uint32_t s) { return keys_[s] == key; });
    if (n == fresh) keys_.push_back(key);
    return n;
  }
  /// The id's number, or `none`.
  std::uint32_t find(const PersonId& id) const {
    std::uint64_t key = id_key(id);
    return index_.find(hash_number(key), [&](std::uint32_t s) { return keys_[s] == key; });
  }
  std::size_t size() const { return keys_.size(); }

 private:
  HashIndex index_;
  std::vector<std::uint64_t> keys_;
};

struct PersonIndex {
  /// Participation indices, one group per person in the order of each
  /// person's first participation, each ordered by start date (then line).
  Groups persons;
  /// Participation -> its person, or UINT32_MAX when it has no valid id.
  std::vector<std::uint32_t> person_of;
  /// Every valid id of every participation, numbered.
  IdNumbers ids{0};
  /// Participation -> the numbers of its person_id and duf_number (or `none`).
  std::vector<std::array<std::uint32_t, 2>> id_numbers;
};

/// `threads` read the ids and order the groups; the index is the same for any number.
PersonIndex index_persons(const ParticipationTable& participations, unsigned threads = 1);

/// The persons' groups alone. Participations without any valid id form none.
inline Groups group_by_person(const ParticipationTable& participations) {
  return index_persons(participations).persons;
}

}  // namespace introcheck::detail
