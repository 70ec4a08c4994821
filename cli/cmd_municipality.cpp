// introcheck municipality: is a code valid on a date, and what replaced it.
#include "args.hpp"
#include "commands.hpp"

#include <introcheck/calendar.hpp>
#include <introcheck/json.hpp>
#include <introcheck/municipality.hpp>

#include <cstdio>
#include <string>

namespace introcheck::cli {

int run_municipality(const Args& args) {
  std::string format = args.choice("format");
  if (args.positional().size() != 1) throw UsageError("give exactly one municipality code");
  const std::string& code = args.positional()[0];
  if (code.size() != 4 || code.find_first_not_of("0123456789") != std::string::npos)
    throw UsageError("a municipality code has 4 digits, not '" + code + "'");
  Date date = today_oslo();
  if (auto text = args.option("date")) {
    auto parsed = parse_iso_date(*text);
    if (!parsed) throw UsageError("--date must be a real date YYYY-MM-DD, not '" + *text + "'");
    date = *parsed;
  }

  const Municipalities& m = Municipalities::builtin();
  bool valid = m.valid(code, date);
  // Name and county as of the date, or as last known before it.
  const AreaVersion* version = m.latest_version(code, date);
  const AreaVersion* county = m.county(code, date);
  auto successors = m.successors(code, date);

  if (format == "json") {
    std::string out = "{\"code\": " + json_quote(code) + ", \"date\": " + json_quote(format_iso(date));
    out += ", \"valid\": " + std::string(valid ? "true" : "false");
    out += ", \"name\": " + (version ? json_quote(version->name) : "null");
    out += ", \"county\": " + (county ? json_quote(county->name) : "null");
    out += ", \"successors\": [";
    for (std::size_t i = 0; i < successors.size(); ++i) {
      const auto& s = successors[i];
      out += (i ? ", " : "") + std::string("{\"code\": ") + json_quote(s.code) +
             ", \"name\": " + json_quote(s.name) + ", \"valid_from\": " +
             json_quote(format_iso(s.valid_from)) + "}";
    }
    out += "]}";
    std::printf("%s\n", out.c_str());
  } else {
    std::string line = code;
    if (version) line += " " + version->name;
    line += valid ? " is valid on " : " is not valid on ";
    line += format_iso(date);
    if (county) line += " (county " + county->code + " " + county->name + ")";
    if (valid && code == "9999") line += "; 9999 means unknown and is never a follow-up municipality";
    if (!version) line += "; the code is unknown on that date";
    else if (!valid && version->valid_to)
      line += "; it ceased on " + format_iso(*version->valid_to);
    std::printf("%s\n", line.c_str());
    for (const auto& s : successors)
      std::printf("  now %s %s (since %s)\n", s.code.c_str(), s.name.c_str(),
                  format_iso(s.valid_from).c_str());
  }
  return valid ? 0 : 1;
}

}  // namespace introcheck::cli
