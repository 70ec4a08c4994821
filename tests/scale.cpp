// Growth from n to 4n for each input shape that was quadratic once (issue
// "Hostile input, second round"): `scale CASE N` builds the input and runs
// the operation with callgrind's instrumentation on around the call alone,
// then prints the number of findings (or rows). tests/scale.py runs it under
// `valgrind --tool=callgrind --instr-atstart=no` at n and 4n and demands
// at most 6x the instructions (quadratic work would be 16x) and linear output.
// Instructions, not seconds: the same count on a busy machine as on an idle one.
#include <introcheck/results.hpp>
#include <introcheck/validate.hpp>

#include <valgrind/callgrind.h>

#include <cstdio>
#include <cstdlib>
#include <string>

using namespace introcheck;

namespace {

const Date as_of(2024, 1, 15);

Participation of_one_person(std::size_t i, Date start) {
  Participation p;
  p.case_id = "K" + std::to_string(i);
  p.person_id = Field<PersonId>::of(parse_person_id("12839010182", as_of).value());
  p.category = Field<Category>::of(Category::kan_tilbys);
  p.follow_up_municipality = Field<std::string>::of("0301");
  p.start_date = Field<Date>::of(start);
  p.line = i + 2;
  return p;
}

std::size_t findings_of(const Dataset& d, const char* rule) {
  Environment env;
  env.allow_synthetic = true;
  env.threads = 1;
  CALLGRIND_START_INSTRUMENTATION;
  ValidationReport r = validate(d, env, {2023, as_of, {}});
  CALLGRIND_STOP_INSTRUMENTATION;
  return r.summary.by_rule.count(rule) ? r.summary.by_rule.at(rule) : 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fputs("usage: scale overlaps|moved|districts N\n", stderr);
    return 2;
  }
  std::string shape = argv[1];
  std::size_t n = std::strtoul(argv[2], nullptr, 10);
  std::size_t out = 0;
  if (shape == "overlaps") {  // IC105: one person, every participation overlapping others
    Dataset d;
    for (std::size_t i = 0; i < n; ++i)
      d.participations.push_back(of_one_person(i, Date(2020, 1, 1) + boost::gregorian::days(static_cast<long>(i % 1000))));
    out = findings_of(d, "IC105");
  } else if (shape == "moved") {  // IC103: one person ended as moved, again and again, in one place
    Dataset d;
    for (std::size_t i = 0; i < n; ++i) {
      Participation p = of_one_person(i, Date(2023, 1, 1));
      p.end_date = Field<Date>::of(Date(2023, 1, 1));
      p.end_reason = Field<std::string>::of("flyttet");
      d.participations.push_back(p);
    }
    out = findings_of(d, "IC103");
  } else if (shape == "districts") {  // results: every person in a district of their own
    std::vector<EndedPerson> persons;
    for (std::size_t i = 0; i < n; ++i)
      persons.push_back({"0301", "03" + std::to_string(1000 + i % 9000) + std::to_string(i / 9000), Category::kan_tilbys,
                         ResultGroup::arbeid, false, LegalBasis::integreringsloven});
    CALLGRIND_START_INSTRUMENTATION;
    PublishedResults r = compute_results(persons, ResultsOptions{});
    CALLGRIND_STOP_INSTRUMENTATION;
    out = r.rows.size();
  } else {
    std::fprintf(stderr, "scale: unknown shape '%s'\n", shape.c_str());
    return 2;
  }
  std::printf("%zu\n", out);
  return 0;
}
