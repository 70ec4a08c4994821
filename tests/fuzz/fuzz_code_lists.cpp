// Fuzz target: the loaders of replaceable data — code lists, municipality
// tables, deadlines and configuration.
#include <introcheck/calendar.hpp>
#include <introcheck/code_list.hpp>
#include <introcheck/config.hpp>
#include <introcheck/municipality.hpp>

#include <cstdint>
#include <string_view>

using namespace introcheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto list = CodeList::from_csv(text, "list.csv")) list.value().resolve(text.substr(0, 40));
  DeadlineTable::from_csv(text, "deadlines.csv");
  Config::parse(text, "config", Config::defaults());
  // The same text as every municipality table, split at NUL bytes.
  std::string_view parts[4];
  std::size_t part = 0, from = 0;
  for (std::size_t i = 0; i <= text.size() && part < 4; ++i)
    if (i == text.size() || text[i] == '\0') {
      parts[part++] = text.substr(from, i - from);
      from = i + 1;
    }
  MunicipalitySources s;
  s.municipalities = parts[0];
  s.changes = parts[1];
  s.districts = parts[2];
  s.counties = parts[3];
  if (auto m = Municipalities::from_csv(s)) {
    m.value().successors("0101", Date(2025, 1, 1));
    m.value().in_reform("0101", 2020);
  }
  return 0;
}
