#include "args.hpp"

#include "suggest.hpp"

#include <algorithm>

namespace introcheck::cli {
namespace {

bool is_help(std::string_view arg) { return arg == "--help" || arg == "-h"; }

std::string unknown_option(const Command& command, const std::string& name) {
  std::vector<std::string_view> names;
  for (const Option& o : command.options)
    if (!o.hidden) names.push_back(o.name);
  std::string message = "unknown option --" + name;
  if (auto near = nearest(name, names); !near.empty())
    return message + " (did you mean --" + std::string(near) + "?)";
  return message + " (try 'introcheck " + std::string(command.name) + " --help')";
}

}  // namespace

Args::Args(const Command& command, int argc, char** argv, int first) : command_(&command) {
  // The first problem is kept, not thrown at once: a --help further on wins.
  std::optional<std::string> problem;
  auto note = [&](std::string text) {
    if (!problem) problem = std::move(text);
  };
  for (int i = first; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") {
      for (++i; i < argc; ++i) positional_.push_back(argv[i]);
      break;
    }
    if (arg == "-h") {
      flags_.insert("help");
      continue;
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
    const Option* spec = command.option(name);
    if (!spec) {
      note(unknown_option(command, name));
    } else if (spec->flag()) {
      if (value) note("--" + name + " takes no value");
      else flags_.insert(name);
    } else if (value) {
      options_[name] = *value;
    } else if (i + 1 >= argc || is_help(argv[i + 1])) {
      note("--" + name + " needs a value");
    } else {
      options_[name] = argv[++i];
    }
  }
  if (help()) return;
  if (problem) throw UsageError(*problem);
  for (const Option& o : command.options)
    if (o.required && !options_.count(std::string(o.name)))
      throw UsageError("--" + std::string(o.name) + " " + std::string(o.arg) + " is required");
}

std::optional<std::string> Args::option(const std::string& name) const {
  auto it = options_.find(name);
  if (it == options_.end()) return std::nullopt;
  return it->second;
}

const std::string& Args::value(const std::string& name) const {
  auto it = options_.find(name);
  // Only a required option may be read so; anything else is the table and
  // the code disagreeing, an internal error.
  if (it == options_.end()) throw std::logic_error("--" + name + " read as required, but not given");
  return it->second;
}

std::string Args::choice(const std::string& name) const {
  const Option* spec = command_->option(name);
  if (!spec || spec->flag()) throw std::logic_error("--" + name + " is no option with choices");
  auto value = option(name);
  if (!value) return std::string(spec->default_text);
  std::string_view list = spec->arg;
  for (std::size_t start = 0; start <= list.size();) {
    std::size_t end = std::min(list.find('|', start), list.size());
    if (list.substr(start, end - start) == *value) return *value;
    start = end + 1;
  }
  throw UsageError("--" + name + " must be one of " + std::string(list) + ", not '" + *value + "'");
}

}  // namespace introcheck::cli
