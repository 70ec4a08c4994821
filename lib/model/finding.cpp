#include <introcheck/finding.hpp>

namespace introcheck {

const ParamValue* Finding::param(std::string_view name) const {
  for (const auto& p : params)
    if (p.name == name) return &p.value;
  return nullptr;
}

std::string_view to_string(Severity s) {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

std::optional<Severity> parse_severity(std::string_view text) {
  if (text == "info") return Severity::info;
  if (text == "warning") return Severity::warning;
  if (text == "error") return Severity::error;
  return std::nullopt;
}

}  // namespace introcheck
