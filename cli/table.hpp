// The command line as data: every command and each of its options declared
// once. Parsing (args.cpp), --help, the usage and the README's command table
// (help.cpp) are all made from it, so they cannot drift apart.
#pragma once

#include <string_view>
#include <vector>

namespace introcheck::cli {

class Args;

/// One --option of a command.
struct Option {
  std::string_view name;          ///< without the leading "--"
  std::string_view arg = {};      ///< the value's placeholder ("a|b|c" lists the choices); empty for a flag
  std::string_view help = {};     ///< one line
  std::string_view default_text = {};  ///< what applies when it is not given; empty when nothing does
  bool required = false;
  bool hidden = false;            ///< accepted, but in neither the help nor the synopsis (internal use)

  bool flag() const { return arg.empty(); }
};

struct Command {
  std::string_view name;
  std::string_view operands = {};     ///< the positional arguments, such as "ID..."; empty when none
  std::string_view summary = {};      ///< one line, for the usage
  std::string_view description = {};  ///< what it does in full: the README's table and --help
  std::string_view exit_status = {};  ///< the statuses of this command's own outcomes (0, 1)
  std::vector<Option> options = {};   ///< in the order of the help; --help is the last
  int (*run)(const Args&) = nullptr;

  /// The option called `name`, hidden or not; nullptr when it has none.
  const Option* option(std::string_view name) const;
};

/// Every command, in the order of the usage and the README.
const std::vector<Command>& commands();
/// The command called `name`, or nullptr.
const Command* find_command(std::string_view name);

/// The statuses every command shares, after its own.
inline constexpr std::string_view common_exit_status =
    "2 bad usage or unreadable input, 3 internal error";

}  // namespace introcheck::cli
