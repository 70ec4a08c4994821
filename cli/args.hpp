// Command-line parsing for the introcheck subcommands, driven by the table
// (table.hpp): --flag, --option VALUE, --option=VALUE and positional
// arguments. Anything else is a usage error.
#pragma once

#include "table.hpp"

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace introcheck::cli {

/// Thrown for bad usage; main() prints it on one line and exits with 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Args {
 public:
  /// Parses argv[first..] by the options of `command`. Throws UsageError for
  /// an unknown option, a missing value or a missing required option, unless
  /// --help or -h is among the arguments: then help() is true, whatever else.
  Args(const Command& command, int argc, char** argv, int first);

  const Command& command() const { return *command_; }
  bool help() const { return flag("help"); }
  bool flag(const std::string& name) const { return flags_.count(name) > 0; }
  std::optional<std::string> option(const std::string& name) const;
  /// The value of an option that must be there: required by the table (the
  /// parser saw to it) or seen by the caller. Absent, an internal error.
  const std::string& value(const std::string& name) const;
  /// The option's value, which must be one of the choices of its placeholder
  /// ("text|json|csv"); its default when absent.
  std::string choice(const std::string& name) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  const Command* command_;
  std::set<std::string> flags_;
  std::map<std::string, std::string> options_;
  std::vector<std::string> positional_;
};

}  // namespace introcheck::cli
