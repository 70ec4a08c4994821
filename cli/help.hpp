// The texts made from the table (table.hpp): a command's synopsis and
// --help, the usage, and the README's command table.
#pragma once

#include "table.hpp"

#include <string>

namespace introcheck::cli {

/// "introcheck NAME OPERANDS --required ARG [--optional ARG] [--flag]",
/// every option the command takes but the hidden ones, on one line.
std::string synopsis(const Command& command);
/// What `introcheck NAME --help` prints: synopsis, summary, description,
/// each option with its argument, help line and default, the exit statuses.
std::string command_help(const Command& command);
/// What `introcheck help` prints: every command with its synopsis and summary.
std::string usage();
/// "unknown command 'NAME'", with the nearest command's name when one is near.
std::string unknown_command(std::string_view name);
/// The README's command table, header included: `introcheck help --markdown`.
std::string markdown_table();

}  // namespace introcheck::cli
