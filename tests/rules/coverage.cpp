// Every rule of the catalogue has a row where it fires and a near miss in
// the tables of tests/rules/, or this fails.
#include "table.hpp"

TEST_CASE("every rule has a fires row and a near-miss row") {
  for (const std::string& id : rule_ids()) {
    CAPTURE(id);
    const auto& kinds = row_registry()[id];
    CHECK(kinds.count(Kind::fires) == 1);
    CHECK(kinds.count(Kind::near_miss) == 1);
  }
}
