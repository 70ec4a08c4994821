// "Did you mean ...?" for a mistyped command or option.
#pragma once

#include <string_view>
#include <vector>

namespace introcheck::cli {

/// The name in `names` nearest to `typed`: the fewest edits (insert, delete,
/// replace, or swap two neighbours), at most 2 and fewer than `typed` has
/// characters; else the first name that `typed` begins, or that begins with
/// it. Empty when no name is near.
std::string_view nearest(std::string_view typed, const std::vector<std::string_view>& names);

}  // namespace introcheck::cli
