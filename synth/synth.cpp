// The synthetic data generator: realistic, clean by construction, plus a
// chosen share of injected errors, each recorded with every finding it causes.
#include <introcheck/calendar.hpp>
#include <introcheck/code_list.hpp>
#include <introcheck/import.hpp>
#include <introcheck/json.hpp>
#include <introcheck/nir_report.hpp>
#include <introcheck/predict.hpp>
#include <introcheck/rule_ids.hpp>
#include <introcheck/synth.hpp>
#include <introcheck/validate.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <span>
#include <unordered_set>

namespace introcheck {
namespace {

using boost::gregorian::days;

// The act a participation falls under, as IMDi's dates give it: an
// independent copy of the rules 1-3, so the manifest is not the
// library checking itself.
enum class Act { introduksjonsloven, integreringsloven, chapter_6a };
const Date integreringsloven_from(2021, 1, 1), chapter_6a_from(2022, 3, 11), chapter_6a_until(2026, 7, 1);

struct Row {  // one participation, before it becomes CSV text
  std::string case_id, person_id, duf, category, fu, fu_district, res, res_district, end_reason;
  std::string fu_lineage, res_lineage;  // the codes valid on T the municipalities go back to
  bool protected_address = false, extended = false, covid = false;
  Date start, settlement, birth;
  std::optional<Date> end;  // nothing: still in the program
  int leave_days = 0;
  // integreringsloven's fields
  Act act = Act::introduksjonsloven;
  std::string legal_basis, permit_ground, education, end_goal, settled_by_agreement, children;
  Date permit, arrival;
  std::optional<Date> mapping, guidance, plan;
  bool registered_known = false;
  int registered_lag = 0;   // days after the latest event; negative: NIR lags behind (IC119)
  std::map<std::string, std::string> raw;  // injected text that replaces a column
  struct Measure {
    std::string code;
    Date start;
    std::optional<Date> end;
    std::string hours = "15";
    std::string completed;  // courses: ja/nei
  };
  std::vector<Measure> measures;  // written to measures.csv under this case_id
};

// The program's normal and longest length in months (integreringsloven § 13,
// introduksjonsloven § 5, chapter 6A), from the act, the education, the end
// goal and the age at the start: the order the issue gives.
struct Length {
  int normal, max;
};
Length program_length(const Row& r) {
  if (r.act == Act::introduksjonsloven) return {24, 36};
  if (r.act == Act::chapter_6a) return {12, 24};
  if (r.education == "upper_secondary" || r.education == "higher") return {6, 12};
  if (r.education.empty() && r.end_goal == "hoyere_utdanning") return {6, 12};
  bool young = add_years(r.birth, 25) > r.start;
  if (young || r.end_goal == "videregaende") return {36, 48};
  return {24, 36};
}

struct MeasureRow {  // a measure for a case_id no participation has (IC011)
  std::string case_id, code;
  Date start;
  std::optional<Date> end;
  std::string hours = "15";
};

struct Expected {
  std::string rule, case_id, municipality;
  bool operator<(const Expected& o) const {
    return std::tie(rule, case_id, municipality) < std::tie(o.rule, o.case_id, o.municipality);
  }
};

class Generator {
 public:
  Generator(const SynthOptions& o)
      : opt(o),
        m(o.municipality_data ? *o.municipality_data : Municipalities::builtin()),
        rng(o.seed),
        year(o.last_year),
        as_of(static_cast<unsigned short>(o.last_year + 1), 1, 15),
        year_start(static_cast<unsigned short>(o.last_year), 1, 1),
        year_end(static_cast<unsigned short>(o.last_year), 12, 31) {}

  const SynthOptions& opt;
  const Municipalities& m;
  std::mt19937_64 rng;
  int year;
  Date as_of, year_start, year_end;
  std::vector<std::string> current;  // follow-up municipalities by their code valid on T
  std::vector<Row> rows;
  std::vector<MeasureRow> orphans;
  std::vector<Expected> expected;
  std::unordered_set<std::string> used_ids;
  std::uint64_t duf_serial = 100000;

  int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
  bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; }
  Date day_between(Date a, Date b) { return a + days(uniform(0, static_cast<int>((b - a).days()))); }

  // Oslo and the four cities first (by their code valid on T), then others valid on T.
  void choose_municipalities() {
    for (std::vector<std::string> lineage : {std::vector<std::string>{"0301"}, {"4601", "1201"}, {"5001", "1601"}, {"1103"}})
      for (const auto& c : lineage)
        if (m.valid(c, as_of)) {
          current.push_back(c);
          break;
        }
    std::vector<std::string> others;
    for (const auto& v : m.all_municipalities())
      if (v.valid_on(as_of) && v.code != "9999" && std::find(current.begin(), current.end(), v.code) == current.end())
        others.push_back(v.code);
    std::sort(others.begin(), others.end());
    others.erase(std::unique(others.begin(), others.end()), others.end());
    std::shuffle(others.begin(), others.end(), rng);
    while (static_cast<int>(current.size()) < opt.municipalities && !others.empty()) {
      current.push_back(others.back());
      others.pop_back();
    }
    current.resize(std::min<std::size_t>(current.size(), std::max(1, opt.municipalities)));
  }

  // The code of `code`'s lineage valid on `day`: itself, or a predecessor
  // (preferring one of the same name: Trondheim 1601 for 5001).
  std::string code_on(const std::string& code, Date day) {
    if (m.valid(code, day)) return code;
    const AreaVersion* now = m.latest_version(code, as_of);
    std::string fallback;
    for (const auto& c : m.all_changes()) {
      if (c.new_code != code || c.name_only() || c.date <= day) continue;
      std::string older = code_on(c.old_code, day);
      if (!m.valid(older, day)) continue;
      const AreaVersion* v = m.latest_version(older, day);
      if (now && v && v->name == now->name) return older;
      if (fallback.empty()) fallback = older;
    }
    return fallback.empty() ? code : fallback;
  }

  std::string district_on(const std::string& code, Date day) {
    std::vector<std::string> found;
    for (const auto& d : m.all_districts())
      if (d.code.compare(0, 4, code) == 0 && d.valid_on(day) && !Municipalities::is_unknown_district(d.code))
        found.push_back(d.code);
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found.empty() ? std::string() : found[static_cast<std::size_t>(uniform(0, static_cast<int>(found.size()) - 1))];
  }

  // A synthetic fødselsnummer (Skatteetaten/Tenor, month + 80) born on `birth`, never used before.
  std::string fnr(Date birth) {
    static constexpr int w1[] = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    static constexpr int w2[] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int lo = birth.year() >= 2000 ? 500 : 0, hi = birth.year() >= 2000 ? 999 : 499;
    int first = uniform(lo, hi);
    for (int k = 0; k <= hi - lo; ++k) {
      int individual = lo + (first - lo + k) % (hi - lo + 1);
      char nine[32];
      std::snprintf(nine, sizeof nine, "%02d%02d%02d%03d", static_cast<int>(birth.day()),
                    static_cast<int>(birth.month()) + 80, static_cast<int>(birth.year() % 100), individual);
      int s1 = 0, s2 = 0;
      for (int i = 0; i < 9; ++i) s1 += (nine[i] - '0') * w1[i];
      int k1 = (11 - s1 % 11) % 11;
      if (k1 == 10) continue;
      std::string id = std::string(nine) + static_cast<char>('0' + k1);
      for (int i = 0; i < 10; ++i) s2 += (id[static_cast<std::size_t>(i)] - '0') * w2[i];
      int k2 = (11 - s2 % 11) % 11;
      if (k2 == 10) continue;
      id += static_cast<char>('0' + k2);
      if (used_ids.insert(id).second) return id;
    }
    return fnr(birth + days(1));  // every number of the day taken: the next day
  }

  std::string duf(int year_of) {
    static constexpr int w[] = {4, 6, 3, 2, 4, 6, 3, 2, 7, 5};
    char ten[32];
    std::snprintf(ten, sizeof ten, "%04d%06llu", year_of, static_cast<unsigned long long>(duf_serial++ % 1000000));
    int s = 0;
    for (int i = 0; i < 10; ++i) s += (ten[i] - '0') * w[i];
    char out[48];
    std::snprintf(out, sizeof out, "%s%02d", ten, s % 11);
    return out;
  }

  bool took_part(const Row& r) const { return r.start <= year_end && (!r.end || *r.end >= year_start); }
  bool ended_in_year(const Row& r) const { return r.end && r.end->year() == year; }
  bool ordinary(const Row& r) const { return r.act == Act::integreringsloven; }
  bool under_integreringsloven(const Row& r) const { return r.act != Act::introduksjonsloven; }
  // Ended in Y after at least six months: the minimum content applies (IC115).
  bool content_counts(const Row& r) const {
    return under_integreringsloven(r) && ended_in_year(r) && *r.end >= add_months(r.start, 6);
  }

  // Consecutive measures of `codes` covering [start, end], the last open when
  // `end` is, each at `lo`-`hi` hours a week.
  void sequence(Row& r, std::span<const char* const> codes, int lo, int hi, bool work_first = false) {
    Date start = r.start;
    std::optional<Date> end = r.end;
    Date last = end.value_or(as_of);
    long span = (last - start).days() + 1;
    int n = std::clamp(uniform(3, 12), 1, static_cast<int>(std::max(1L, span / 14)));
    Date from = start;
    for (int k = 0; k < n; ++k) {
      const char* code = codes[static_cast<std::size_t>(uniform(0, static_cast<int>(codes.size()) - 1))];
      if (!work_first && k == 0 && ordinary(r)) code = "norsk_samfunnskunnskap";
      if (k == 1 && ordinary(r)) code = "arbeidspraksis";
      Row::Measure mr{code, from, std::nullopt, std::to_string(uniform(lo, hi)), ""};
      if (k + 1 < n) {
        Date to = start + days(span * (k + 1) / n - 1);
        mr.end = to;
        from = to + days(1);
      } else {
        mr.end = end;
      }
      r.measures.push_back(mr);
    }
  }

  // A short course from `from`, inside the participation.
  void course(Row& r, const char* code, Date from) {
    Date to = from + days(uniform(40, 90));
    if (r.end && to > *r.end) to = *r.end;
    r.measures.push_back({code, from, to, std::to_string(uniform(2, 4)), "ja"});
  }

  // Measures up to full time every week (IC120), with the minimum content
  // of integreringsloven § 14 (IC115): under chapter 6A norsk beside at least
  // 15 hours of work-oriented measures; courses last in the list.
  void cover(Row& r) {
    static const char* const any[] = {"norsk_samfunnskunnskap", "norsk", "sprakpraksis", "arbeidspraksis",
                                      "kurs_amo", "arbeidstrening", "arbeid"};
    static const char* const work[] = {"sprakpraksis", "arbeidspraksis", "arbeidstrening", "kurs_amo"};
    if (r.act == Act::chapter_6a) {
      int norsk = uniform(15, 20);
      r.measures.push_back({"norsk", r.start, r.end, std::to_string(norsk), ""});
      sequence(r, work, std::max(15, 30 - norsk), 22, true);
    } else {
      sequence(r, any, 30, 37);
    }
    if (ordinary(r)) course(r, "livsmestring", r.start);
    if (under_integreringsloven(r) && r.children == "ja") course(r, "foreldreveiledning", r.start + days(uniform(0, 20)));
  }
  // The measures that start with the program (its tracks), as opposed to courses.
  void restart_tracks(Row& r, Date old_start, Date new_start) {
    for (auto& mr : r.measures)
      if (mr.start == old_start) mr.start = new_start;
  }

  template <std::size_t N>
  const char* pick(const char* const (&codes)[N], const int (&weights)[N]) {
    int total = 0;
    for (int w : weights) total += w;
    int x = uniform(1, total);
    for (std::size_t k = 0; k < N; ++k)
      if ((x -= weights[k]) <= 0) return codes[k];
    return codes[N - 1];
  }

  // The residence permit, its ground, the arrival and so the act (rules 1-3
  // of the effective basis); then what the act asks to be registered.
  void permit_and_act(Row& r, bool rett) {
    r.permit = r.settlement - days(uniform(20, 300));
    static const char* const grounds[] = {"utl_28", "utl_35", "utl_38", "family", "utl_53", "other"};
    static const int weights[] = {40, 15, 5, 25, 5, 10};
    bool six_a_time = r.permit >= chapter_6a_from && r.permit < chapter_6a_until;
    r.permit_ground = six_a_time && chance(0.35) ? "utl_34" : pick(grounds, weights);
    r.arrival = r.permit_ground == "utl_35" ? std::min(r.permit + days(uniform(10, 60)), r.settlement)
                                            : r.permit - days(uniform(30, 400));
    if (r.permit_ground == "utl_34" && six_a_time) r.act = Act::chapter_6a;
    else if (r.permit >= integreringsloven_from || r.arrival >= integreringsloven_from) r.act = Act::integreringsloven;
    else r.act = Act::introduksjonsloven;
    if (r.act == Act::chapter_6a) r.category = chance(0.8) ? "rett_6a" : "kan_tilbys";
    static const char* const stated[] = {"introduksjonsloven", "integreringsloven", "integreringsloven_6a"};
    if (chance(0.75)) r.legal_basis = r.act == Act::chapter_6a && chance(0.2) ? "integreringsloven" : stated[static_cast<int>(r.act)];
    if (chance(0.9)) {
      static const char* const levels[] = {"none", "primary", "upper_secondary", "higher"};
      static const int shares[] = {15, 45, 25, 15};
      r.education = pick(levels, shares);
    }
    if (ordinary(r)) {
      static const char* const goals[] = {"arbeid", "videregaende", "grunnskole", "videregaende_del"};
      static const int shares[] = {45, 20, 20, 15};
      r.end_goal = r.education == "upper_secondary" || r.education == "higher"
                       ? (chance(0.5) ? "hoyere_utdanning" : "arbeid")
                       : (r.education.empty() && chance(0.1) ? "hoyere_utdanning" : pick(goals, shares));
    }
    bool needs_agreement = r.permit_ground != "family" && r.permit_ground != "utl_53";
    r.settled_by_agreement = rett && needs_agreement ? "ja" : (chance(0.7) ? "ja" : "nei");
    if (chance(0.95)) r.children = chance(0.4) ? "ja" : "nei";
    if (ordinary(r)) {
      r.mapping = r.start - days(uniform(0, 20));
      r.guidance = *r.mapping + days(uniform(0, 40));
      r.plan = r.start + days(uniform(0, 60));
    }
    r.registered_known = chance(0.6);
    r.registered_lag = uniform(0, 14);
  }

  Row participant(std::size_t i) {
    Row r;
    char id[32];
    std::snprintf(id, sizeof id, "S%07zu", i);
    r.case_id = id;
    bool rett = chance(0.7);
    r.category = rett ? "rett_og_plikt" : "kan_tilbys";
    Date first(static_cast<unsigned short>(opt.first_year), 1, 1);
    r.start = day_between(first, Date(static_cast<unsigned short>(year), 10, 1));
    // Rett og plikt starts within three months of settlement (IC114).
    r.settlement = r.start - days(rett ? uniform(0, 88) : uniform(0, 2000));
    permit_and_act(r, rett);
    if (r.act == Act::chapter_6a) rett = true;  // the right, if not the duty: the same ages
    int age = rett ? uniform(22, 54) : uniform(18, 66);
    r.birth = add_years(r.start, -age) - days(uniform(0, 300));
    r.person_id = fnr(r.birth);

    // The length: within the normal one, or past it with an extension up to the longest.
    Length limit = program_length(r);
    int normal = static_cast<int>((add_months(r.start, limit.normal) - r.start).days());
    int longest = static_cast<int>((add_months(r.start, limit.max) - r.start).days());
    int length = uniform(std::min(90, normal / 2), normal - 5);
    double shape = std::uniform_real_distribution<double>(0, 1)(rng);
    if (shape < 0.10) {
      r.extended = true;
      length = uniform(normal + 30, longest - 45);
    } else if (shape < 0.20) {
      r.leave_days = uniform(10, 60);
      length += r.leave_days;
    } else if (shape < 0.22 && r.start < integreringsloven_from) {
      r.covid = true;  // the temporary covid-19 rules of 2020-2021
    }
    Date end = r.start + days(length);
    if (end <= year_end) r.end = end;
    static const char* reasons[] = {"arbeid_heltid", "arbeid_deltid", "videregaende", "hoyere_utdanning",
                                    "grunnskole", "nav_tiltak", "kvp", "lonnstilskudd", "tiltak_andre",
                                    "sosialhjelp", "annen_trygd", "helse", "annet", "ikke_arbeidssoker"};
    if (r.end && !r.covid) r.end_reason = reasons[uniform(0, 13)];
    if (chance(0.4)) r.duf = duf(r.settlement.year());
    Date last = r.end.value_or(as_of);
    const std::string& c = chance(0.3) ? current.front() : current[static_cast<std::size_t>(uniform(0, static_cast<int>(current.size()) - 1))];
    r.fu_lineage = c;
    r.fu = code_on(c, last);
    r.fu_district = district_on(r.fu, last);
    r.protected_address = chance(0.03);
    if (chance(0.10) && current.size() > 1) {
      std::string other;
      do other = current[static_cast<std::size_t>(uniform(0, static_cast<int>(current.size()) - 1))];
      while (other == c);
      r.res_lineage = other;
      r.res = code_on(other, last);
    } else {
      r.res = r.fu;
      r.res_district = r.fu_district;
    }
    return r;
  }

  void expect(std::string_view rule, const std::string& case_id) { expected.push_back({std::string(rule), case_id, ""}); }

  // One injected error of kind `kind` into rows[i], if its shape allows; the
  // findings it must cause are recorded.
  bool inject(int kind, std::size_t i) {
    Row& r = rows[i];  // not used after rows grows
    const std::string case_id = r.case_id;
    auto& ms = r.measures;  // not used after rows grows either
    switch (kind) {
      case 0: {  // IC001: a wrong check digit
        std::string bad = r.person_id;
        bad.back() = bad.back() == '9' ? '0' : static_cast<char>(bad.back() + 1);
        r.raw["person_id"] = bad;
        expect(rule_ids::IC001, r.case_id);
        return true;
      }
      case 1: r.raw["category"] = ""; expect(rule_ids::IC003, r.case_id); return true;
      case 2:  // IC004: a residence municipality that ceased in 1992
        r.res = "0102";
        r.res_district.clear();
        expect(rule_ids::IC004, r.case_id);
        return true;
      case 3:
        r.fu_district = r.fu + "96";
        r.res_district = r.fu_district;
        r.res = r.fu;
        expect(rule_ids::IC005, r.case_id);
        return true;
      case 4: r.raw["leave_days"] = "mange"; expect(rule_ids::IC006, r.case_id); return true;
      case 5:  // IC007: ended before Y, so no year-end rule looks at it
        if (!r.end || *r.end >= year_start) return false;
        r.end = r.start - days(1);
        // The participation is now its start day alone: codes valid on that day.
        r.fu = code_on(r.fu_lineage, r.start);
        if (!r.fu_district.empty()) r.fu_district = district_on(r.fu, r.start);
        if (r.res_lineage.empty()) {
          r.res = r.fu;
          r.res_district = r.fu_district;
        } else {
          r.res = code_on(r.res_lineage, r.start);
        }
        expect(rule_ids::IC007, r.case_id);
        return true;
      case 6:
        if (!r.end || r.covid) return false;
        r.raw["end_reason"] = "ferie";
        expect(rule_ids::IC008, r.case_id);
        return true;
      case 7: {
        if (ms.empty()) return false;
        Row::Measure unknown = ms.front();
        unknown.code = "yoga";
        ms.push_back(unknown);
        expect(rule_ids::IC009, case_id);
        return true;
      }
      case 8: {  // IC010: a second row with the same case_id, ended long before Y
        Row d = r;
        d.raw.clear();
        d.start = Date(static_cast<unsigned short>(opt.first_year - 1), 1, 10);  // before Y, whatever the years
        d.end = d.start + days(100);
        d.covid = d.extended = d.protected_address = false;
        d.leave_days = 0;
        d.end_reason = "arbeid_heltid";
        d.category = "kan_tilbys";
        d.person_id = fnr(add_years(d.start, -30));
        d.duf.clear();
        d.fu = code_on(current.front(), *d.end);
        d.fu_district = district_on(d.fu, *d.end);
        d.res = d.fu;
        d.res_district = d.fu_district;
        d.settlement = d.start - days(10);
        d.measures.clear();
        rows.push_back(d);
        expect(rule_ids::IC010, case_id);
        return true;
      }
      case 9: {
        if (ms.empty()) return false;
        orphans.push_back({"X" + case_id, ms.front().code, ms.front().start, ms.front().end, "15"});
        expect(rule_ids::IC011, orphans.back().case_id);
        return true;
      }
      case 10:
        if (r.end) return false;
        r.end_reason = "annet";
        expect(rule_ids::IC012, r.case_id);
        return true;
      case 11: r.settlement = as_of + days(30); expect(rule_ids::IC013, r.case_id); return true;
      case 12: {
        if (ms.empty()) return false;
        Row::Measure bad = ms.front();
        bad.start = bad.start + days(10);
        bad.end = bad.start - days(5);
        ms.push_back(bad);
        expect(rule_ids::IC014, r.case_id);
        return true;
      }
      case 13:  // IC015: a leading zero lost in a spreadsheet
        if (r.fu[0] != '0' || r.res != r.fu) return false;
        r.raw["follow_up_municipality"] = r.fu.substr(1);
        r.raw["residence_municipality"] = r.fu.substr(1);
        expect(rule_ids::IC015, r.case_id);
        return true;
      case 14:
        if (!ended_in_year(r) || r.covid) return false;
        r.end_reason.clear();
        expect(rule_ids::IC101, r.case_id);
        return true;
      case 15:
        if (!ended_in_year(r)) return false;
        ms.clear();
        expect(rule_ids::IC102, r.case_id);
        return true;
      case 16:
        if (!ended_in_year(r) || r.covid || ms.empty()) return false;
        r.end_reason = "flyttet";
        ms.back().end = *r.end + days(20);
        expect(rule_ids::IC103, r.case_id);
        expect(rule_ids::IC104, r.case_id);
        return true;
      case 17: {
        if (!took_part(r) || ms.empty()) return false;
        Row::Measure early = ms.front();
        early.start = r.start - days(20);
        early.end = r.start + days(5);
        ms.push_back(early);
        expect(rule_ids::IC104, r.case_id);
        return true;
      }
      case 18: {  // IC105: the same person starts again while still in the program
        if (r.end || !r.raw.empty()) return false;
        Row again = r;
        again.case_id = r.case_id + "B";
        again.start = Date(static_cast<unsigned short>(year), 12, 1);
        again.category = "kan_tilbys";
        again.covid = again.extended = false;
        again.leave_days = 0;
        again.end_reason.clear();
        if (again.start <= r.start) return false;
        again.measures = {{"arbeidspraksis", again.start, std::nullopt, "30", ""}};
        rows.push_back(again);
        expect(rule_ids::IC105, again.case_id);
        return true;
      }
      case 19: case 20: {  // IC106 / IC107: longer than the normal (longest) length plus leave
        if (!ended_in_year(r) || r.covid || r.leave_days || ms.empty()) return false;
        bool max = kind == 20;
        if (max && r.act == Act::chapter_6a) return false;  // chapter 6A: IC106 only
        Row longer = r;
        longer.extended = max;
        for (int again = 0; again < 2; ++again) {  // the group may follow the age at the new start
          Length limit = program_length(longer);
          longer.start = add_months(*r.end, -(max ? limit.max : limit.normal)) - days(40);
        }
        Length before = program_length(longer);
        if (longer.start >= r.start || before.normal != program_length(r).normal) return false;  // only ever lengthen
        Date old_start = r.start;
        r.extended = max;
        r.category = r.act == Act::chapter_6a ? "rett_6a" : "kan_tilbys";
        r.start = longer.start;
        r.settlement = r.start - days(10);
        if (r.mapping) {
          r.mapping = r.start;
          r.guidance = r.start + days(10);
          r.plan = r.start + days(20);
        }
        restart_tracks(r, old_start, r.start);
        expect(max ? rule_ids::IC107 : rule_ids::IC106, r.case_id);
        return true;
      }
      case 21: {
        if (!took_part(r) || r.category != "rett_og_plikt" || !r.raw.empty()) return false;
        Row older = r;
        older.birth = add_years(r.start, -60) - days(10);
        if (program_length(older).normal != program_length(r).normal) return false;
        r.birth = older.birth;
        r.person_id = fnr(r.birth);
        expect(rule_ids::IC108, r.case_id);
        return true;
      }
      case 22:
        if (!took_part(r) || r.category != "rett_og_plikt") return false;
        r.settlement = add_years(r.start, -3);
        expect(rule_ids::IC109, r.case_id);
        if (starts_in_year(r)) expect(rule_ids::IC114, r.case_id);
        return true;
      case 23: {  // IC110: a gap of 60 days inside Y before measures resume
        if (!took_part(r)) return false;
        Date first = std::max(r.start, year_start);
        Date last = std::min(r.end.value_or(year_end), year_end);
        Date gap_from = first + days(20);
        if (gap_from + days(61 + 20) > last) return false;
        // The tracks stop for the gap; the courses come after it.
        std::vector<Row::Measure> courses;
        for (auto& mr : ms)
          if (!mr.completed.empty()) {
            mr.start = gap_from + days(60);
            mr.end = mr.start + days(20);
            courses.push_back(mr);
          }
        ms = {{"norsk_samfunnskunnskap", r.start, gap_from - days(1), "30", ""},
              {"arbeidspraksis", gap_from + days(60), r.end, "30", ""}};
        ms.insert(ms.end(), courses.begin(), courses.end());
        expect(rule_ids::IC110, r.case_id);
        return true;
      }
      case 24: {  // IC111: open, but no measure in the last 60 days of Y
        if (r.end || r.start > year_end - days(150)) return false;
        ms = {{"arbeidspraksis", r.start, year_end - days(100), "30", ""}};
        expect(rule_ids::IC111, r.case_id);
        return true;
      }
      case 25:  // IC112: the stated act contradicts the permit
        if (!took_part(r)) return false;
        r.legal_basis = r.act == Act::introduksjonsloven ? "integreringsloven" : "introduksjonsloven";
        expect(rule_ids::IC112, r.case_id);
        return true;
      case 26: {  // IC113: no end goal under integreringsloven
        if (!ordinary(r) || !took_part(r)) return false;
        Row without = r;
        without.end_goal.clear();
        if (program_length(without).normal != program_length(r).normal) return false;
        r.end_goal.clear();
        expect(rule_ids::IC113, r.case_id);
        return true;
      }
      case 27:  // IC114: rett og plikt started in Y four months after settlement
        if (r.category != "rett_og_plikt" || !starts_in_year(r)) return false;
        r.settlement = add_months(r.start, -4) - days(5);
        expect(rule_ids::IC114, r.case_id);
        return true;
      case 28:  // IC115: the livsmestring course not completed
        if (!ordinary(r) || !content_counts(r)) return false;
        for (auto& mr : ms)
          if (mr.code == "livsmestring") mr.completed = "nei";
        expect(rule_ids::IC115, r.case_id);
        return true;
      case 29:  // IC116: no competence mapping
        if (!ordinary(r) || !took_part(r)) return false;
        r.mapping.reset();
        expect(rule_ids::IC116, r.case_id);
        return true;
      case 30:  // IC117: chapter 6A registered as rett og plikt
        if (r.act != Act::chapter_6a || !took_part(r) || r.settlement + days(88) < r.start) return false;
        r.category = "rett_og_plikt";
        expect(rule_ids::IC117, r.case_id);
        return true;
      case 31:  // IC118: rett og plikt without settlement by agreement
        if (!ordinary(r) || r.category != "rett_og_plikt" || !took_part(r) || r.permit_ground == "family" ||
            r.permit_ground == "utl_53")
          return false;
        r.settled_by_agreement = "nei";
        expect(rule_ids::IC118, r.case_id);
        return true;
      case 32: {  // IC119: NIR last updated before the latest event, which is over two months old
        auto latest = latest_event(r);
        if (!took_part(r) || !latest || !(*latest < add_months(as_of, -2)) || *latest - days(30) < r.start) return false;
        r.registered_known = true;
        r.registered_lag = -uniform(1, 30);
        expect(rule_ids::IC119, r.case_id);
        return true;
      }
      case 33: {  // IC120: below full time for more than four weeks of Y
        Date first = std::max(r.start, year_start);
        Date last = std::min({r.end.value_or(year_end), year_end, as_of});
        if (!took_part(r) || ms.empty() || last < first + days(60)) return false;
        for (auto& mr : ms) mr.hours = "7";
        expect(rule_ids::IC120, r.case_id);
        return true;
      }
    }
    return false;
  }
  static constexpr int kinds = 34;

  bool starts_in_year(const Row& r) const { return r.start >= year_start && r.start <= std::min(year_end, as_of); }

  // The participation's latest event on or before T: its start, its end, a measure's start or end.
  std::optional<Date> latest_event(const Row& r) const {
    std::optional<Date> latest;
    auto consider = [&](const std::optional<Date>& d) {
      if (d && *d <= as_of && (!latest || *d > *latest)) latest = d;
    };
    consider(r.start);
    consider(r.end);
    for (const auto& mr : r.measures) {
      consider(mr.start);
      consider(mr.end);
    }
    return latest;
  }

  // What the realistic shapes cause: infos per participation, and the
  // municipality-wide warnings, by the definitions every rule uses.
  void expect_shapes() {
    std::set<std::string> codes_in_year;
    std::set<std::string> duplicate_cases;
    std::set<std::string> seen;
    for (const Row& r : rows) {
      if (!seen.insert(r.case_id).second) continue;  // a duplicate row: reported as IC010 only
      if (!took_part(r)) continue;
      std::string fu = r.raw.count("follow_up_municipality") ? "0" + r.raw.at("follow_up_municipality") : r.fu;
      codes_in_year.insert(fu);
      if (r.protected_address) expect(rule_ids::IC202, r.case_id);
      else if (r.res != r.fu || (!r.res_district.empty() && !r.fu_district.empty() && r.res_district != r.fu_district))
        expect(rule_ids::IC201, r.case_id);
      if (r.covid) expect(rule_ids::IC205, r.case_id);
    }
    std::optional<Deadline> known = DeadlineTable::builtin().find(year);
    Date deadline = known ? known->effective()
                          : Date(static_cast<unsigned short>(year + 1), 1, 31);
    for (const auto& code : codes_in_year) {
      if (as_of >= Date(static_cast<unsigned short>(year + 1), 1, 1) && as_of <= deadline && m.in_reform(code, year + 1))
        expected.push_back({std::string(rule_ids::IC203), "", code});
      if (!m.valid(code, as_of) && !m.successors(code, as_of).empty()) expected.push_back({std::string(rule_ids::IC204), "", code});
    }
  }
};

std::string iso(const std::optional<Date>& d) { return d ? format_iso(*d) : std::string(); }

}  // namespace

Result<SynthSummary> synthesize(const SynthOptions& options, const std::string& directory) {
  if (options.participants == 0 || options.first_year > options.last_year || options.first_year < 2000 ||
      options.last_year > 2100 || options.error_rate < 0 || options.error_rate > 1)
    return Error{ErrorCode::invalid_argument, "synth: participants > 0, 2000 <= first_year <= last_year, 0 <= error_rate <= 1", {}, 0, {}};
  Generator g(options);
  g.choose_municipalities();
  g.rows.reserve(options.participants);
  for (std::size_t i = 0; i < options.participants; ++i) {
    g.rows.push_back(g.participant(i));
    g.cover(g.rows.back());
  }

  // Injected errors: a share of participants, the kinds in turn, each where its shape allows.
  std::vector<std::size_t> order(options.participants);
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), g.rng);
  std::size_t wanted = static_cast<std::size_t>(options.error_rate * static_cast<double>(options.participants) + 0.5);
  // Each kind in turn, on the next untouched participant whose shape allows it.
  SynthSummary summary;
  std::vector<bool> touched(order.size(), false);
  std::vector<std::size_t> cursor(Generator::kinds, 0);
  std::vector<bool> exhausted(Generator::kinds, false);
  for (int kind = 0; summary.injected < wanted; kind = (kind + 1) % Generator::kinds) {
    if (std::all_of(exhausted.begin(), exhausted.end(), [](bool e) { return e; })) break;
    if (exhausted[static_cast<std::size_t>(kind)]) continue;
    std::size_t& k = cursor[static_cast<std::size_t>(kind)];
    for (; k < order.size(); ++k) {
      std::size_t i = order[k];
      if (touched[i] || !g.inject(kind, i)) continue;
      touched[i] = true;
      ++summary.injected;
      break;
    }
    if (k >= order.size()) exhausted[static_cast<std::size_t>(kind)] = true;
  }
  g.expect_shapes();

  // participants.csv and measures.csv
  std::string base = directory + "/";
  {
    std::ofstream out(base + "participants.csv", std::ios::binary);
    if (!out) return Error{ErrorCode::io, "cannot write", base + "participants.csv", 0, {}};
    out << "case_id;person_id;duf_number;category;follow_up_municipality;follow_up_district;"
           "residence_municipality;residence_district;protected_address;start_date;end_date;end_reason;"
           "extended;covid_extension;leave_days;settlement_date;legal_basis;permit_ground;permit_date;arrival_date;"
           "settled_by_agreement;education;end_goal;mapping_date;career_guidance_date;plan_date;children_under_18;"
           "registered_date\n";
    for (const Row& r : g.rows) {
      auto col = [&](const char* name, const std::string& value) {
        auto it = r.raw.find(name);
        return it != r.raw.end() ? it->second : value;
      };
      out << r.case_id << ';' << col("person_id", r.person_id) << ';' << r.duf << ';' << col("category", r.category)
          << ';' << col("follow_up_municipality", r.fu) << ';' << r.fu_district << ';'
          << col("residence_municipality", r.res) << ';' << r.res_district << ';'
          << (r.protected_address ? "ja" : "nei") << ';' << format_iso(r.start) << ';' << iso(r.end) << ';'
          << col("end_reason", r.end_reason) << ';' << (r.extended ? "ja" : "nei") << ';'
          << (r.covid ? "ja" : "nei") << ';' << col("leave_days", r.leave_days ? std::to_string(r.leave_days) : "")
          << ';' << format_iso(r.settlement) << ';' << r.legal_basis << ';' << r.permit_ground << ';'
          << format_iso(r.permit) << ';' << format_iso(r.arrival) << ';' << r.settled_by_agreement << ';'
          << r.education << ';' << r.end_goal << ';' << iso(r.mapping) << ';' << iso(r.guidance) << ';'
          << iso(r.plan) << ';' << r.children << ';';
      if (auto latest = g.latest_event(r); latest && r.registered_known)
        out << format_iso(std::min(*latest + days(r.registered_lag), g.as_of));
      out << '\n';
    }
  }
  {
    std::ofstream out(base + "measures.csv", std::ios::binary);
    if (!out) return Error{ErrorCode::io, "cannot write", base + "measures.csv", 0, {}};
    out << "case_id;measure;start_date;end_date;hours_per_week;completed\n";
    for (const Row& r : g.rows)
      for (const Row::Measure& mr : r.measures) {
        out << r.case_id << ';' << mr.code << ';' << format_iso(mr.start) << ';' << iso(mr.end) << ';' << mr.hours
            << ';' << mr.completed << '\n';
        ++summary.measures;
      }
    for (const MeasureRow& mr : g.orphans) {
      out << mr.case_id << ';' << mr.code << ';' << format_iso(mr.start) << ';' << iso(mr.end) << ';' << mr.hours
          << ";\n";
      ++summary.measures;
    }
  }

  // nir_report.csv: what NIR will show for the data, as its export looks.
  {
    ImportOptions import;
    import.reference_date = g.as_of;
    auto data = load_dataset(base + "participants.csv", std::nullopt, import);
    if (!data) return data.error();
    PredictOptions predict;
    predict.year = g.year;
    predict.as_of = g.as_of;
    NirReport report = predict_report(data.value(), Environment{}, predict);
    std::ofstream out(base + "nir_report.csv", std::ios::binary);
    out << "Deltakere som har avsluttet introduksjonsprogram\n\n"
           "Fødselsnummer;DUF-nummer;Navn;Kategori;Bostedskommune;Bydel;Oppfølgingskommune;Startdato;"
           "Avslutningsdato;Avslutningsårsak\n";
    const CodeList& reasons = CodeList::builtin_end_reasons();
    std::size_t n = 0;
    for (const NirRow& r : report.rows) {
      auto text = [](const Field<std::string>& f) { return f.parsed() ? f.value : std::string(); };
      const CodeEntry* reason = r.end_reason.parsed() ? reasons.find(r.end_reason.value) : nullptr;
      out << (r.person_id.parsed() ? r.person_id.value.digits() : "") << ';'
          << (r.duf_number.parsed() ? r.duf_number.value.digits() : "") << ";Syntetisk " << ++n << ';'
          << label_nb(r.category.value) << ';' << text(r.residence_municipality) << ';' << text(r.residence_district)
          << ';' << text(r.follow_up_municipality) << ';' << format_iso(r.start_date.value) << ';'
          << format_iso(r.end_date.value) << ';' << (reason ? reason->label_nb : "Ikke registrert") << '\n';
    }
  }

  // manifest.json
  std::sort(g.expected.begin(), g.expected.end());
  g.expected.erase(std::unique(g.expected.begin(), g.expected.end(),
                               [](const Expected& a, const Expected& b) { return !(a < b) && !(b < a); }),
                   g.expected.end());
  {
    std::ofstream out(base + "manifest.json", std::ios::binary);
    out << "{\"tool\": \"introcheck synth\", \"seed\": " << options.seed << ", \"participants\": "
        << options.participants << ", \"error_rate\": " << options.error_rate << ", \"year\": " << g.year
        << ", \"as_of\": " << json_quote(format_iso(g.as_of)) << ", \"allow_synthetic\": true"
        << ", \"injected\": " << summary.injected << ", \"municipalities\": [";
    for (std::size_t i = 0; i < g.current.size(); ++i) out << (i ? ", " : "") << json_quote(g.current[i]);
    out << "],\n \"findings\": [";
    for (std::size_t i = 0; i < g.expected.size(); ++i) {
      const Expected& e = g.expected[i];
      out << (i ? ",\n  " : "\n  ") << "{\"rule\": " << json_quote(e.rule);
      if (e.case_id.empty()) out << ", \"municipality\": " << json_quote(e.municipality) << "}";
      else out << ", \"case_id\": " << json_quote(e.case_id) << "}";
    }
    out << "\n]}\n";
  }
  summary.participations = g.rows.size();
  summary.expected_findings = g.expected.size();
  summary.as_of = g.as_of;
  return summary;
}

}  // namespace introcheck
