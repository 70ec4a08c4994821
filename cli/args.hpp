// Command-line parsing for the introcheck subcommands: --flag, --option VALUE,
// --option=VALUE and positional arguments. Anything else is a usage error.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace introcheck::cli {

/// Thrown for bad usage; main() prints it on one line and exits with 2.
struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Args {
 public:
  /// `flags` take no value, `options` take one.
  Args(int argc, char** argv, int first, std::set<std::string> flags,
       std::set<std::string> options);

  bool flag(const std::string& name) const { return flags_.count(name) > 0; }
  std::optional<std::string> option(const std::string& name) const;
  /// The option's value, which must be one of `allowed`; `fallback` when absent.
  std::string choice(const std::string& name, std::initializer_list<std::string_view> allowed,
                     std::string fallback) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::set<std::string> flags_;
  std::map<std::string, std::string> options_;
  std::vector<std::string> positional_;
};

}  // namespace introcheck::cli
