#include <introcheck/municipality.hpp>
#include <introcheck/person_id.hpp>
#include <introcheck/version.hpp>

#include <cstdio>

int main() {
  using namespace introcheck;
  IdOptions options;
  options.reference_date = Date(2026, 1, 1);
  bool id_ok = check_person_id("20036914700", options).has_value();
  bool halden = Municipalities::builtin().valid("3101", Date(2024, 6, 1));
  std::printf("introcheck %s: id %d, 3101 %d\n", version_string, id_ok, halden);
  return id_ok && halden ? 0 : 1;
}
