// Both cores, same answer: import and validation on several threads give the
// dataset and the report that one thread gives, byte for byte, whatever the
// line ends, blank lines and quoting of the input.
#include <doctest/doctest.h>
#include "util/file.hpp"
#include <introcheck/import.hpp>
#include <introcheck/output.hpp>
#include <introcheck/synth.hpp>
#include <introcheck/validate.hpp>

#include <unistd.h>

#include <cstdint>
#include <cstdlib>

#include <filesystem>
#include <sstream>
#include <string>

using namespace introcheck;
namespace fs = std::filesystem;

namespace {

// A field as text, without a stream per field (a stream's locale costs more
// than the rest of the test under the sanitizers).
template <class T>
std::string show(const Field<T>& f) {
  std::string o = std::to_string(static_cast<int>(f.state)) + ':';
  if constexpr (std::is_same_v<T, Date>) o += std::to_string(to_yyyymmdd(f.value));
  else if constexpr (std::is_same_v<T, PersonId>) o += f.value.digits();
  else if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, std::string_view>) o += f.value;
  else if constexpr (std::is_enum_v<T> || std::is_same_v<T, bool> || std::is_integral_v<T>)
    o += std::to_string(static_cast<long long>(f.value));
  else o += std::to_string(f.value);
  return o;
}

// Every field of every record, with its line: two datasets that print the
// same are the same to every rule.
std::string dump(const Dataset& d) {
  std::ostringstream o;
  for (ParticipationView view : d.participations) {
    const Participation p = view.value();
    o << p.line << '|' << p.case_id << '|' << show(p.person_id) << '|' << show(p.duf_number) << '|'
      << show(p.category) << '|' << show(p.legal_basis) << '|' << show(p.follow_up_municipality) << '|'
      << show(p.follow_up_district) << '|' << show(p.residence_municipality) << '|' << show(p.residence_district)
      << '|' << show(p.protected_address) << '|' << show(p.start_date) << '|' << show(p.end_date) << '|'
      << show(p.end_reason) << '|' << show(p.extended) << '|' << show(p.covid_extension) << '|'
      << show(p.leave_days) << '|' << show(p.settlement_date) << '|' << show(p.permit_ground) << '|'
      << show(p.permit_date) << '|' << show(p.arrival_date) << '|' << show(p.settled_by_agreement) << '|'
      << show(p.education) << '|' << show(p.end_goal) << '|' << show(p.mapping_date) << '|'
      << show(p.career_guidance_date) << '|' << show(p.plan_date) << '|' << show(p.children_under_18) << '|'
      << show(p.registered_date);
    for (const auto& r : p.raw) o << "|raw " << static_cast<int>(r.field) << '=' << r.text;
    for (const auto& r : p.repairs) o << "|repair " << static_cast<int>(r.field) << '=' << r.original;
    o << '\n';
  }
  for (MeasureView view : d.measures) {
    const Measure m = view.value();
    o << m.line << '|' << m.case_id << '|' << show(m.code) << '|' << show(m.start_date) << '|'
      << show(m.end_date) << '|' << show(m.hours_per_week) << '|' << show(m.completed);
    for (const auto& r : m.raw) o << "|raw " << static_cast<int>(r.field) << '=' << r.text;
    o << '\n';
  }
  const SourceStats* stats[] = {&d.participants, &d.measures_source};
  for (const SourceStats* s : stats)
    o << s->file << ' ' << s->rows_read << ' ' << s->accepted << ' ' << s->rejected << '\n';
  return o.str();
}

struct Run {
  std::string dataset, report;
};

// The year the generated data is for (synth's last year), as of 15 January after it.
const int year = SynthOptions{}.last_year;
const Date as_of(static_cast<unsigned short>(year + 1), 1, 15);

Run run(const std::string& participants, const std::string& measures, unsigned threads) {
  ImportOptions io;
  io.reference_date = as_of;
  io.threads = threads;
  Dataset d;
  REQUIRE(import_participants(participants, "participants.csv", io, d));
  REQUIRE(import_measures(measures, "measures.csv", io, d));
  ValidationOptions vo;
  vo.year = year;
  vo.as_of = as_of;
  Environment env;
  env.allow_synthetic = true;
  env.threads = threads;
  return {dump(d), render_json(validate(d, env, vo))};
}

// The same rows with CRLF line ends.
std::string crlf(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

// Blank lines after every 997th line, so that the threads' stretches have
// slots to close up and later lines move down.
std::string with_blank_lines(const std::string& text) {
  std::string out;
  std::size_t line = 0;
  for (char c : text) {
    out += c;
    if (c == '\n' && ++line % 997 == 0) out += ";;\n\n";
  }
  return out;
}

}  // namespace

TEST_CASE("several threads read and check a year exactly as one does") {
  fs::path dir = fs::temp_directory_path() / ("introcheck-parallel-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  SynthOptions so;
  // Files of megabytes, so that they are split into stretches; smaller under
  // ThreadSanitizer (INTROCHECK_TEST_PARTICIPANTS), which runs 10-50x slower.
  const char* size = std::getenv("INTROCHECK_TEST_PARTICIPANTS");
  so.participants = size ? std::strtoul(size, nullptr, 10) : 25000;
  so.seed = 7;
  REQUIRE(synthesize(so, dir.string()));
  auto participants_file = detail::read_file((dir / "participants.csv").string(), SIZE_MAX);
  auto measures_file = detail::read_file((dir / "measures.csv").string(), SIZE_MAX);
  REQUIRE(participants_file);
  REQUIRE(measures_file);
  std::string participants = participants_file.value(), measures = measures_file.value();
  fs::remove_all(dir);
  REQUIRE(measures.size() > (std::size_t{2} << 20));

  Run one = run(participants, measures, 1);
  CHECK(one.report.find("\"rule\"") != std::string::npos);

  SUBCASE("LF") {
    for (unsigned threads : {2u, 3u, 8u}) {
      Run many = run(participants, measures, threads);
      CHECK(many.dataset == one.dataset);
      CHECK(many.report == one.report);
    }
  }
  SUBCASE("CRLF and blank lines") {
    std::string p = with_blank_lines(crlf(participants)), m = with_blank_lines(crlf(measures));
    Run single = run(p, m, 1);
    CHECK(single.dataset != one.dataset);  // the blank lines moved the lines down
    Run many = run(p, m, 2);
    CHECK(many.dataset == single.dataset);
    CHECK(many.report == single.report);
  }
  SUBCASE("a quoted field anywhere: read in one stretch, same result") {
    std::string m = measures;
    m.insert(m.find('\n', m.size() / 2) + 1, "\"S9999999\";norsk;2018-01-01;2018-02-01;\"6\"\n");
    Run single = run(participants, m, 1);
    Run many = run(participants, m, 2);
    CHECK(many.dataset == single.dataset);
    CHECK(many.report == single.report);
  }
}
