// Internal: every sentence a person reads, one catalogue per language
// (lib/data/text/nb.txt, nn.txt, en.txt, embedded), and rendering a
// finding's message from it with ICU MessageFormat.
#pragma once

#include <introcheck/finding.hpp>
#include <introcheck/language.hpp>
#include <introcheck/result.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace introcheck::text {

/// The text under `key` in `language`'s catalogue, or nullptr.
const std::string* find(Language language, std::string_view key);

/// A heading or label. Every catalogue has every key (tests/text.cpp); a
/// missing one would show as the key itself, never as another language.
std::string_view word(Language language, std::string_view key);

/// Every key of `language`'s catalogue, in file order (for the tests).
std::vector<std::string_view> keys(Language language);

/// The kinds of code a param can hold, whose label a message shows.
enum class CodeKind { end_reason, measure, end_goal, category, legal_basis, permit_ground, content };

/// The kind of code the param `name` holds ("measure", "nir_reason",
/// "stated", ...), or nothing. A message shows such a param's label as
/// `<name>_label` and keeps the code in the param itself.
std::optional<CodeKind> code_kind(std::string_view name);

/// The label of a minimum-content element ("norsk", "livsmestring", ...),
/// or the code itself when there is none.
std::string_view content_label(Language language, std::string_view element);

/// The message of `finding` in `language`: the pattern `rule.<id>.message`
/// over its params and `labels` (the `<name>_label` of its coded params),
/// plus `field` and `field_label`. A missing pattern, or one ICU cannot
/// compile or format with these params, is an error.
Result<std::string> message(const Finding& finding, Language language, std::span<const Param> labels = {});

}  // namespace introcheck::text
