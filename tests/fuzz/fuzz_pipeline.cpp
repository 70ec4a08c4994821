// Fuzz target: the whole pipeline. A case-system export, a measures file and
// a NIR report from the input, then validate, predict, reconcile (with and
// without validation), results and every renderer, under a fuzzed
// environment. No exception may escape (libFuzzer reports one as a crash),
// and what must always hold is checked: every row accounted for, both
// reconciliation identities, no full person id in masked output, and no
// residence of a protected person anywhere.
#include <introcheck/import.hpp>
#include <introcheck/output.hpp>
#include <introcheck/predict.hpp>
#include <introcheck/reconcile.hpp>
#include <introcheck/results.hpp>
#include <introcheck/validate.hpp>

#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <set>
#include <string>
#include <string_view>
#include <vector>

using namespace introcheck;

namespace {

void require(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz_pipeline: %s\n", what);
  std::abort();
}

// The input's parts, split at NUL bytes: participants, measures, NIR report.
std::vector<std::string_view> parts(std::string_view text) {
  std::vector<std::string_view> out;
  while (out.size() < 2) {
    std::size_t nul = text.find('\0');
    if (nul == std::string_view::npos) break;
    out.push_back(text.substr(0, nul));
    text.remove_prefix(nul + 1);
  }
  out.push_back(text);
  return out;
}

bool digit(char c) { return c >= '0' && c <= '9'; }

// `id` as a run of digits of its own in `text` (not inside a longer number).
bool shows(std::string_view text, std::string_view id) {
  for (std::size_t at = text.find(id); at != std::string_view::npos; at = text.find(id, at + 1)) {
    bool before = at > 0 && digit(text[at - 1]);
    bool after = at + id.size() < text.size() && digit(text[at + id.size()]);
    if (!before && !after) return true;
  }
  return false;
}

void accounted(const Summary& s) {
  for (auto [stats, with] : {std::pair{&s.participants, s.participants_with_findings},
                             std::pair{&s.measures, s.measures_with_findings}})
    require(stats->rows_read == stats->accepted + with + stats->rejected, "a row is not accounted for");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::uint8_t mode = data[0];
  Environment env;
  env.reveal_ids = false;
  env.allow_synthetic = mode & 0x01;
  env.language = static_cast<Language>((mode >> 1) % 3);
  env.threads = 1 + ((mode >> 3) & 1);
  env.suppress_below = (mode >> 4) & 7;
  ImportOptions import = env.import_options(Date(2024, 1, 15));
  import.max_bytes = 1 << 20;

  auto files = parts(std::string_view(reinterpret_cast<const char*>(data + 1), size - 1));
  Dataset d;
  if (!import_participants(files[0], "participants.csv", import, d)) return 0;
  if (files.size() > 1) (void)import_measures(files[1], "measures.csv", import, d);
  NirReport nir;
  if (files.size() > 2)
    if (auto read = import_nir_report(files[2], "nir.csv", import)) nir = std::move(read).value();

  const int year = 2023;
  const Date as_of(2024, 1, 15);
  ValidationReport v = validate(d, env, {year, as_of, {}});
  accounted(v.summary);
  NirReport predicted = predict_report(d, env, {year, as_of, {}});
  ReconcileOptions ro;
  ro.year = year;
  ro.as_of = as_of;
  ro.with_validation = mode & 0x80;
  ReconcileReport r = reconcile(d, nir, env, ro);
  const ReconciliationCounts& n = r.counts;
  require(n.report_rows == n.matched_equal + n.matched_with_discrepancies + n.unmatched_report_rows,
          "report_rows identity");
  require(n.ended_in_scope == n.matched_equal + n.matched_with_discrepancies + n.missing_from_report +
                                  n.explained_absences,
          "ended_in_scope identity");
  accounted(r.base.summary);
  PublishedResults from_data = compute_results(d, env, {year, as_of, {}, {}});
  PublishedResults from_nir = compute_results(nir, env, {year, as_of, {}, {}});

  std::vector<std::string> out = {
      render_json(v), render_csv(v), render_text(v, env.language),
      render_json(r), render_csv(r.base), render_text(r, env.language), render_html(r, r.results, env.language),
      render_json(predicted, year, false), render_csv(predicted, false), render_text(predicted, year, false, env.language),
      render_json(from_data, year, as_of), render_csv(from_data), render_text(from_data, year, env.language),
      render_json(from_nir, year, as_of), render_csv(from_nir), render_text(from_nir, year, env.language)};

  // Masked output shows no valid id in full, unless the vendor used it as a
  // case id (which is shown as given: it is the vendor's key).
  std::set<std::string> ids, keys;
  for (ParticipationView view : d.participations) {
    const Participation p = view.value();
    keys.insert(p.case_id);
    for (const Field<PersonId>* id : {&p.person_id, &p.duf_number})
      if (id->parsed()) ids.insert(id->value.digits());
  }
  for (MeasureView m : d.measures) keys.insert(std::string(m.case_id()));
  for (const SourceStats* s : {&d.participants, &d.measures_source, &nir.source}) {
    keys.insert(s->unknown_columns.begin(), s->unknown_columns.end());  // header names are shown as given
    for (const ColumnUse& u : s->column_uses) keys.insert(u.column);
  }
  for (const NirRow& row : nir.rows)
    for (const Field<PersonId>* id : {&row.person_id, &row.duf_number})
      if (id->parsed()) ids.insert(id->value.digits());
  for (const std::string& id : ids) {
    bool is_a_key = false;
    for (const std::string& k : keys) is_a_key = is_a_key || shows(k, id);
    if (is_a_key) continue;
    for (std::size_t k = 0; k < out.size(); ++k) {
      if (!shows(out[k], id)) continue;
      std::size_t at = out[k].find(id);
      std::fprintf(stderr, "fuzz_pipeline: %s in output %zu: ...%s...\n", id.c_str(), k,
                   out[k].substr(at < 120 ? 0 : at - 120, 240).c_str());
      require(false, "a full person id in masked output");
    }
  }

  // Every message is rendered whole: no placeholder left unfilled. (A brace
  // may come from the input, echoed in a param: those messages are skipped.)
  auto echoes_a_brace = [](const Finding& f) {
    for (const Param& p : f.params)
      if (const auto* s = std::get_if<std::string>(&p.value); s && s->find_first_of("{}") != std::string::npos)
        return true;
    return false;
  };
  for (const std::vector<Finding>* findings : {&v.findings, &r.base.findings})
    for (const Finding& f : *findings) {
      if (echoes_a_brace(f)) continue;
      bool whole = f.message.find_first_of("{}") == std::string::npos && !f.message.empty();
      if (!whole) std::fprintf(stderr, "fuzz_pipeline: %s: %s\n", f.rule.c_str(), f.message.c_str());
      require(whole, "a placeholder in a message");
    }

  // A protected person's residence is in no finding and no predicted row.
  std::set<std::string> protected_cases, other_cases;
  for (ParticipationView p : d.participations)
    (p.is_protected() ? protected_cases : other_cases).insert(std::string(p.case_id()));
  for (const NirRow& row : predicted.rows)
    require(!protected_cases.count(row.case_id) || other_cases.count(row.case_id), "a protected person predicted");
  for (const std::vector<Finding>* findings : {&v.findings, &r.base.findings})
    for (const Finding& f : *findings) {
      if (f.table != Finding::Table::participants || !d.participations[f.record].is_protected()) continue;
      require(f.rule != "IC201", "IC201 for a protected person");
      bool residence = f.field == "residence_municipality" || f.field == "residence_district";
      for (const Param& p : f.params)
        require(!(residence && p.name == "value") && p.name != "residence", "a protected residence in a param");
    }
  return 0;
}
