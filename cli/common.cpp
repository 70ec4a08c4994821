#include "common.hpp"

#include <cstdio>
#include <fstream>

namespace introcheck::cli {

int year_option(const Args& args) {
  const std::string& text = args.value("year");
  int year = 0;
  for (char c : text) year = (c >= '0' && c <= '9' && year < 100000) ? year * 10 + (c - '0') : -1;
  if (text.size() != 4 || year < 2000 || year > 2100)
    throw UsageError("--year must be a year such as 2017, not '" + text + "'");
  return year;
}

Date date_option(const Args& args, const std::string& name, Date fallback) {
  auto text = args.option(name);
  if (!text) return fallback;
  auto d = parse_iso_date(*text);
  if (!d) throw UsageError("--" + name + " must be a real date YYYY-MM-DD, not '" + *text + "'");
  return *d;
}

Language language_option(const Args& args) {
  return *parse_language(args.choice("lang"));
}

Config config_option(const Args& args) {
  auto path = args.option("config");
  if (!path) return Config::defaults();
  auto parsed = Config::load(*path, Config::defaults());
  if (!parsed) throw InputError(parsed.error().describe());
  return std::move(parsed).value();
}

ReportScope scope_options(const Args& args) {
  ReportScope scope;
  auto check = [](const Result<void>& r) {
    if (!r) throw UsageError("--" + r.error().field + ": " + r.error().message);
  };
  if (auto m = args.option("municipality")) check(parse_scope_place(*m, scope));
  if (auto c = args.option("category")) check(parse_scope_categories(*c, scope));
  if (auto e = args.option("end-reason")) check(parse_scope_end_reasons(*e, scope));
  return scope;
}

long long number_option(const Args& args, const std::string& name, long long fallback, long long lo, long long hi) {
  auto text = args.option(name);
  if (!text) return fallback;
  try {
    std::size_t used = 0;
    long long v = std::stoll(*text, &used);
    if (used == text->size() && v >= lo && v <= hi) return v;
  } catch (...) {
  }
  throw UsageError("--" + name + " must be a whole number from " + std::to_string(lo) + " to " +
                   std::to_string(hi) + ", not '" + *text + "'");
}

namespace {

// --max-input-mb: larger input files are refused instead of filling memory.
std::size_t max_input_bytes(const Args& args) {
  if (!args.option("max-input-mb")) return ImportOptions{}.max_bytes;
  return static_cast<std::size_t>(number_option(args, "max-input-mb", 0, 1, 9999999)) * 1000000;
}

}  // namespace

unsigned threads_option(const Args& args) {
  return static_cast<unsigned>(number_option(args, "threads", 0, 0, 256));
}

Environment environment_option(const Args& args) {
  Environment env;
  env.config = config_option(args);
  env.language = language_option(args);
  env.reveal_ids = args.flag("reveal-ids");
  env.allow_synthetic = args.flag("allow-synthetic");
  env.threads = threads_option(args);
  env.max_input_bytes = max_input_bytes(args);
  return env;
}

Dataset load_dataset_options(const Args& args, const Environment& env, Date reference) {
  ImportOptions import = env.import_options(reference);
  import.encoding = args.option("encoding");
  auto dataset = load_dataset(args.value("participants"), args.option("measures"), import);
  if (!dataset) throw InputError(dataset.error().describe());
  return std::move(dataset).value();
}

NirReport load_nir_report_option(const Args& args, const Environment& env, Date reference) {
  ImportOptions import = env.import_options(reference);
  import.encoding = args.option("encoding");
  auto report = load_nir_report(args.value("nir-report"), import);
  if (!report) throw InputError(report.error().describe());
  return std::move(report).value();
}

void note_skipped_rules(const char* command, const Summary& s) {
  if (s.skipped_rules.empty()) return;
  std::string line = std::string("introcheck ") + command + ": not run, a column is missing:";
  for (std::size_t i = 0; i < s.skipped_rules.size(); ++i) {
    const SkippedRule& k = s.skipped_rules[i];
    line += std::string(i ? ", " : " ") + k.rule + " (";
    for (std::size_t j = 0; j < k.columns.size(); ++j) line += (j ? ", " : "") + k.columns[j];
    line += ")";
  }
  std::fprintf(stderr, "%s\n", line.c_str());
}

void write_output(const Args& args, const std::string& text) {
  if (auto path = args.option("output")) {  // rules has no --output: never given there
    std::ofstream file(*path, std::ios::binary);
    if (!file || !file.write(text.data(), static_cast<std::streamsize>(text.size())))
      throw InputError("cannot write " + *path);
  } else {
    std::fwrite(text.data(), 1, text.size(), stdout);
  }
}

}  // namespace introcheck::cli
