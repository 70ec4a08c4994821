// Finding: one thing a rule found, in the shape every output and binding uses.
#pragma once

#include <introcheck/date.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace introcheck {

enum class Severity { info, warning, error };

std::string_view to_string(Severity s);  ///< "info", "warning", "error"
std::optional<Severity> parse_severity(std::string_view text);

/// A value a message was built from: text, a whole number or a date.
using ParamValue = std::variant<std::string, long long, Date>;

struct Param {
  std::string name;
  ParamValue value;
};

struct Finding {
  std::string rule;  ///< stable id, "IC101"
  Severity severity = Severity::error;
  std::string case_id;       ///< empty for findings about a whole municipality
  std::string municipality;  ///< follow-up municipality code
  std::string file;
  std::size_t line = 0;  ///< 0 when not tied to a line
  std::string field;     ///< column name, or empty
  std::string person;    ///< masked id unless ids are revealed; empty when unknown
  std::string message;   ///< in the chosen language; empty when the run did not render messages
  std::vector<Param> params;
  bool acknowledged = false;  ///< listed in the configuration: shown, not counted
  /// The rule chose `severity` itself (IC113's warning when the basis came
  /// from the start date alone); a configuration override still wins.
  bool severity_by_rule = false;

  /// The record the finding is about, for counting rows with findings by
  /// record rather than by (file, line): records built in memory have no line
  /// and both tables may have no file name. Not output.
  enum class Table : std::uint8_t { none, participants, measures, nir_report };
  Table table = Table::none;
  std::size_t record = 0;  ///< index into that table

  /// The parameter called `name`, if present.
  const ParamValue* param(std::string_view name) const;
};

}  // namespace introcheck
