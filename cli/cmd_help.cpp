// introcheck help and version: about the tool itself.
#include "args.hpp"
#include "commands.hpp"
#include "help.hpp"

#include <introcheck/version.hpp>

#include <cstdio>

namespace introcheck::cli {

int run_help(const Args& args) {
  const auto& names = args.positional();
  if (args.flag("markdown")) {
    if (!names.empty()) throw UsageError("--markdown prints the whole table; give no command");
    std::fputs(markdown_table().c_str(), stdout);
    return 0;
  }
  if (names.size() > 1) throw UsageError("give at most one command");
  if (names.empty()) {
    std::fputs(usage().c_str(), stdout);
    return 0;
  }
  const Command* command = find_command(names[0]);
  if (!command) throw UsageError(unknown_command(names[0]));
  std::fputs(command_help(*command).c_str(), stdout);
  return 0;
}

int run_version(const Args& args) {
  if (!args.positional().empty()) throw UsageError("unexpected argument '" + args.positional()[0] + "'");
  std::printf("introcheck %s\n", version_string);
  return 0;
}

}  // namespace introcheck::cli
