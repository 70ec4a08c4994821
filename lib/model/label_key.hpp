// Internal: the key labels are matched by — ICU collation, Norwegian,
// primary strength: case and accents ignored, but "å" != "a".
#pragma once

#include <string>
#include <string_view>

namespace introcheck::detail {

std::string label_key(std::string_view text);

}  // namespace introcheck::detail
