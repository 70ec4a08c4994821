// Fuzz target: the person-id parser and masking.
#include <introcheck/person_id.hpp>

#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto id = introcheck::parse_person_id(text, introcheck::Date(2026, 11, 28));
  if (id) introcheck::policy_problem(id.value(), introcheck::IdOptions{});
  introcheck::mask_person_id(text);
  return 0;
}
