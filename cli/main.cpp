// introcheck — checks introduction-program data before and after transfer to NIR.
#include "args.hpp"
#include "help.hpp"
#include "table.hpp"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <stdexcept>
#include <string_view>

namespace {

// A test hook, not a feature: with INTROCHECK_TEST_INTERNAL_ERROR=1 a command
// fails as a bug would, so that tests/cli can see exit status 3 without one.
void fail_if_asked() {
  const char* asked = std::getenv("INTROCHECK_TEST_INTERNAL_ERROR");
  if (asked && std::string_view(asked) == "1")
    throw std::logic_error("INTROCHECK_TEST_INTERNAL_ERROR is set");
}

}  // namespace

// Exit status: 0 success, 1 findings (each command says which), 2 bad usage
// or unreadable input, 3 internal error.
int main(int argc, char** argv) {
  using namespace introcheck::cli;
  if (argc < 2) {
    std::fputs("introcheck: missing command (try 'introcheck help')\n", stderr);
    return 2;
  }
  std::string_view name = argv[1];
  if (name == "--version") name = "version";
  if (name == "--help" || name == "-h") name = "help";
  const Command* command = find_command(name);
  if (!command) {
    std::fprintf(stderr, "introcheck: %s\n", unknown_command(argv[1]).c_str());
    return 2;
  }
  try {
    Args args(*command, argc, argv, 2);
    if (args.help()) {
      std::fputs(command_help(*command).c_str(), stdout);
      return 0;
    }
    fail_if_asked();
    return command->run(args);
  } catch (const UsageError& e) {
    std::fprintf(stderr, "introcheck %s: %s\n", argv[1], e.what());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "introcheck %s: internal error: %s\n", argv[1], e.what());
    return 3;
  } catch (...) {
    std::fprintf(stderr, "introcheck %s: internal error: unknown exception\n", argv[1]);
    return 3;
  }
}
