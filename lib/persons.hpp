// Internal: grouping participations by person. A person is the union of
// their ids: a DUF number in one record and a fødselsnummer plus the same DUF
// number in another make one person.
#pragma once

#include <introcheck/participation.hpp>

#include "groups.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace introcheck::detail {

/// Groups of participation indices, one per person, each ordered by start
/// date (then line). Participations without any valid id form no group.
Groups group_by_person(std::span<const Participation> participations);

}  // namespace introcheck::detail
