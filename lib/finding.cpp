#include <introcheck/finding.hpp>

namespace introcheck {

const ParamValue* Finding::param(std::string_view name) const {
  for (const auto& p : params)
    if (p.name == name) return &p.value;
  return nullptr;
}

}  // namespace introcheck
