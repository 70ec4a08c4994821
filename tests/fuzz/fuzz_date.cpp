// Fuzz target: the date parsers.
#include <introcheck/date.hpp>

#include <cstdint>
#include <cstring>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (auto d = introcheck::parse_date(text)) introcheck::format_iso(*d);
  introcheck::parse_iso_date(text);
  if (size >= sizeof(long)) {
    long value;
    std::memcpy(&value, data, sizeof value);
    introcheck::from_yyyymmdd(value);
  }
  return 0;
}
