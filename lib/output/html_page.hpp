// Internal: the frame both HTML pages share, validate's and reconcile's (one
// self-contained file: a CSP that allows nothing from outside, the styles,
// the filters and their script), and a table of findings in it. Implemented
// in output_html.cpp, beside validate's page.
#pragma once

#include <introcheck/finding.hpp>
#include <introcheck/language.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace introcheck::detail {

std::string html_escape(std::string_view s);

/// From the doctype to the opening <main>: the head, a <header> with `title`
/// and `subtitle_html` (already escaped), and the filters' <nav> over every
/// finding of the page, `findings`.
std::string html_open(Language language, std::string_view title, std::string_view subtitle_html,
                      const std::vector<Finding>& findings);

/// One <section class="findings"> that the filters hide when none of its rows
/// shows: `heading`, then `rows` as a table, one <tr class="finding"> each.
/// `with_case` adds the case column, for a page not grouped by case.
std::string html_findings(Language language, std::string_view heading, const std::vector<const Finding*>& rows,
                          bool with_case);

/// A <th scope="row">label</th><td>count</td> row, for the summaries.
std::string html_count_row(std::string_view label, std::size_t count);

/// From </main> to the end: the filters' script, and nothing after it.
std::string html_close();

}  // namespace introcheck::detail
