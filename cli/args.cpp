#include "args.hpp"

namespace introcheck::cli {

Args::Args(int argc, char** argv, int first, std::set<std::string> flags,
           std::set<std::string> options) {
  for (int i = first; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") {
      for (++i; i < argc; ++i) positional_.push_back(argv[i]);
      break;
    }
    if (arg.size() < 3 || arg.compare(0, 2, "--") != 0) {
      positional_.push_back(arg);
      continue;
    }
    std::string name = arg.substr(2);
    std::optional<std::string> value;
    if (auto eq = name.find('='); eq != std::string::npos) {
      value = name.substr(eq + 1);
      name.resize(eq);
    }
    if (flags.count(name)) {
      if (value) throw UsageError("--" + name + " takes no value");
      flags_.insert(name);
    } else if (options.count(name)) {
      if (!value) {
        if (i + 1 >= argc) throw UsageError("--" + name + " needs a value");
        value = argv[++i];
      }
      options_[name] = *value;
    } else {
      throw UsageError("unknown option --" + name);
    }
  }
}

std::optional<std::string> Args::option(const std::string& name) const {
  auto it = options_.find(name);
  if (it == options_.end()) return std::nullopt;
  return it->second;
}

std::string Args::choice(const std::string& name, std::initializer_list<std::string_view> allowed,
                         std::string fallback) const {
  auto value = option(name);
  if (!value) return fallback;
  for (auto a : allowed)
    if (*value == a) return *value;
  std::string list;
  for (auto a : allowed) {
    if (!list.empty()) list += '|';
    list += a;
  }
  throw UsageError("--" + name + " must be one of " + list + ", not '" + *value + "'");
}

}  // namespace introcheck::cli
