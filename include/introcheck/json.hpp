// Small helpers for writing JSON text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace introcheck {

/// `text` as a JSON string literal, quotes included. Control characters are
/// escaped; bytes that are not valid UTF-8 become U+FFFD, so the output is
/// always valid JSON.
std::string json_quote(std::string_view text);

/// json_quote(*text), or `null` when there is nothing.
std::string json_quote_or_null(const std::optional<std::string_view>& text);

}  // namespace introcheck
