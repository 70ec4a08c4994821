// introcheck id: checks person ids one by one. This command echoes the ids it
// is given (it exists to check them), unlike every other output.
#include "args.hpp"
#include "commands.hpp"

#include <introcheck/calendar.hpp>
#include <introcheck/json.hpp>
#include <introcheck/person_id.hpp>

#include <cstdio>
#include <string>

namespace introcheck::cli {
namespace {

const char* explain(IdProblem p) {
  switch (p) {
    case IdProblem::length: return "must have 11 digits (fødselsnummer, D-nummer) or 12 (DUF)";
    case IdProblem::non_digit: return "contains a character that is not a digit";
    case IdProblem::date: return "the birth date is impossible";
    case IdProblem::k1: return "the first check digit is wrong";
    case IdProblem::k2: return "the second check digit is wrong";
    case IdProblem::not_nir_id: return "an H-nummer, which NIR does not use";
    case IdProblem::synthetic: return "a synthetic test id (use --allow-synthetic to accept)";
  }
  return "";
}

struct Outcome {
  std::optional<PersonId> id;  // parsed, even when policy rejects it
  std::optional<IdProblem> problem;
};

Outcome check(const std::string& input, const IdOptions& options) {
  Outcome o;
  auto parsed = parse_person_id(input, options.reference_date);
  if (!parsed) {
    o.problem = parsed.error();
    return o;
  }
  o.id = parsed.value();
  o.problem = policy_problem(*o.id, options);
  return o;
}

void print_json(const std::string& input, const Outcome& o) {
  std::string line = "{\"input\": " + json_quote(input);
  line += ", \"valid\": " + std::string(o.problem ? "false" : "true");
  line += ", \"kind\": " + (o.id ? json_quote(to_string(o.id->kind)) : "null");
  line += ", \"synthetic\": " + std::string(o.id && o.id->is_synthetic() ? "true" : "false");
  bool has_series = o.id && o.id->kind != IdKind::duf;
  line += ", \"series\": " + (has_series ? json_quote(to_string(o.id->series)) : "null");
  line += ", \"birth_date\": " +
          (o.id && o.id->birth_date ? json_quote(format_iso(*o.id->birth_date)) : "null");
  line += ", \"reason\": " + (o.problem ? json_quote(to_string(*o.problem)) : "null") + "}";
  std::printf("%s\n", line.c_str());
}

void print_text(const std::string& input, const Outcome& o) {
  std::string line = input + ": ";
  line += o.problem ? "invalid" : "valid";
  if (o.id) {
    line += " ";
    line += o.id->kind == IdKind::fnr ? "fødselsnummer"
            : o.id->kind == IdKind::dnr ? "D-nummer" : "DUF number";
    if (o.id->kind != IdKind::duf && o.id->series == IdSeries::y2032) line += " (2032 series)";
    if (o.id->is_synthetic()) line += ", synthetic (" + std::string(to_string(o.id->synthetic)) + ")";
    if (o.id->birth_date) line += ", born " + format_iso(*o.id->birth_date);
  }
  if (o.problem) line += std::string(" — ") + explain(*o.problem);
  std::printf("%s\n", line.c_str());
}

}  // namespace

int run_id(const Args& args) {
  std::string format = args.choice("format");
  if (args.positional().empty()) throw UsageError("give at least one id");
  IdOptions options;
  options.allow_synthetic = args.flag("allow-synthetic");
  options.reference_date = today_oslo();
  bool all_valid = true;
  for (const auto& input : args.positional()) {
    Outcome o = check(input, options);
    all_valid = all_valid && !o.problem;
    if (format == "json") print_json(input, o);
    else print_text(input, o);
  }
  return all_valid ? 0 : 1;
}

}  // namespace introcheck::cli
