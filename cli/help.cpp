#include "help.hpp"

#include "suggest.hpp"

#include <algorithm>
#include <vector>

namespace introcheck::cli {
namespace {

constexpr std::size_t width = 79;

// The synopsis in words that are never broken: required options first, then
// the optional ones in brackets, each in the table's order.
std::vector<std::string> synopsis_words(const Command& command) {
  std::vector<std::string> words = {"introcheck", std::string(command.name)};
  if (!command.operands.empty()) words.emplace_back(command.operands);
  for (bool required : {true, false}) {
    for (const Option& o : command.options) {
      if (o.hidden || o.required != required) continue;
      std::string word = "--" + std::string(o.name);
      if (!o.flag()) word += " " + std::string(o.arg);
      words.push_back(required ? word : "[" + word + "]");
    }
  }
  return words;
}

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> words;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = std::min(text.find(' ', start), text.size());
    if (end > start) words.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// The README writes names as `code`; a terminal shows them plain.
std::string plain(std::string_view text) {
  std::string out(text);
  out.erase(std::remove(out.begin(), out.end(), '`'), out.end());
  return out;
}

/// `words` filled into lines of at most `width` characters: the first line
/// after `lead` (and a space, unless it ends in one), the others after
/// `indent` spaces.
std::string fill(const std::vector<std::string>& words, const std::string& lead, std::size_t indent) {
  std::string out, line = lead;
  bool fresh = lead.empty() || lead.back() == ' ';
  for (const std::string& w : words) {
    if (!fresh && line.size() + 1 + w.size() > width) {
      out += line + "\n";
      line = std::string(indent, ' ');
      fresh = true;
    }
    if (!fresh) line += ' ';
    line += w;
    fresh = false;
  }
  return out + line + "\n";
}

std::string option_label(const Option& o) {
  return "--" + std::string(o.name) + (o.flag() ? "" : " " + std::string(o.arg));
}

std::string options_help(const Command& command) {
  std::size_t column = 0;
  for (const Option& o : command.options)
    if (!o.hidden) column = std::max(column, option_label(o).size());
  column = std::min<std::size_t>(column, 26) + 4;
  std::string out;
  for (const Option& o : command.options) {
    if (o.hidden) continue;
    std::string text(o.help);
    if (o.required) text += " (required)";
    if (!o.default_text.empty()) text += " [default: " + std::string(o.default_text) + "]";
    std::string lead = "  " + option_label(o);
    if (lead.size() + 2 > column) {
      out += lead + "\n";
      lead.clear();
    }
    lead.resize(column, ' ');
    out += fill(split(text), lead, column);
  }
  return out;
}

std::string exit_statuses(const Command& command) {
  return plain(command.exit_status) + ", " + std::string(common_exit_status);
}

std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::string synopsis(const Command& command) {
  std::string out;
  for (const std::string& w : synopsis_words(command)) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string command_help(const Command& command) {
  std::vector<std::string> words = synopsis_words(command);
  words.erase(words.begin());
  std::string out = "introcheck " + std::string(command.name) + " - " + std::string(command.summary) + "\n\n";
  out += fill(words, "usage: introcheck", 8);
  out += "\n" + fill(split(plain(command.description)), "", 0);
  out += "\noptions:\n" + options_help(command);
  out += "\n" + fill(split(exit_statuses(command)), "exit status:", 2);
  return out;
}

std::string usage() {
  std::string out = "usage: introcheck COMMAND [options]\n\ncommands:\n";
  for (const Command& c : commands()) {
    std::vector<std::string> words = synopsis_words(c);
    words.erase(words.begin(), words.begin() + 2);
    out += fill(words, "  " + std::string(c.name), 3 + c.name.size());
    out += "      " + std::string(c.summary) + "\n";
  }
  out += "\n" + fill(split("'introcheck COMMAND --help' or 'introcheck help COMMAND' shows a command's options, "
                           "their defaults and its exit statuses."), "", 0);
  out += fill(split("exit status: 0 success, 1 findings (as each command says), " + std::string(common_exit_status)),
              "", 2);
  return out;
}

std::string unknown_command(std::string_view name) {
  std::vector<std::string_view> names;
  for (const Command& c : commands()) names.push_back(c.name);
  std::string message = "unknown command '" + std::string(name) + "'";
  if (auto near = nearest(name, names); !near.empty()) return message + " (did you mean " + std::string(near) + "?)";
  return message + " (try 'introcheck help')";
}

std::string markdown_table() {
  std::string out = "| command | what it does | exit status |\n|---|---|---|\n";
  for (const Command& c : commands())
    out += "| `" + cell(synopsis(c)) + "` | " + cell(c.description) + " | " + cell(c.exit_status) + " |\n";
  return out;
}

}  // namespace introcheck::cli
