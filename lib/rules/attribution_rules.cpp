// Attribution, transfer and special cases (IC201-IC205): how NIR will count,
// and what stands in the way of transfer.
#include "rules/catalogue.hpp"
#include "rules/context.hpp"

#include "model/deadline.hpp"
#include "model/place.hpp"

#include <introcheck/rule_ids.hpp>

#include <map>

namespace introcheck {

const std::string_view rule_ids::IC201 = "IC201";
const std::string_view rule_ids::IC202 = "IC202";
const std::string_view rule_ids::IC203 = "IC203";
const std::string_view rule_ids::IC204 = "IC204";
const std::string_view rule_ids::IC205 = "IC205";

namespace rules {
namespace {

namespace id = rule_ids;
using S = Severity;

// Follow-up municipality code -> participations that took part in Y.
using InYear = std::map<std::string, std::size_t, std::less<>>;

const RuleInfo IC201_entry = {.id = id::IC201,
                              .severity = S::info,
                              .source = "IMDi/SSB: resultatene telles for oppfølgingskommunen",
                              .params = "residence follow_up"};
// IC201: the residence differs from the follow-up place; NIR counts for the
// follow-up one. Never for a protected person, whose residence is not shown.
void residence_differs(Context& c, ParticipationView p) {
  if (p.is_protected() || !p.residence_municipality().parsed() || !p.follow_up_municipality().parsed()) return;
  bool same_muni = p.residence_municipality().value == p.follow_up_municipality().value;
  bool same_district = !p.residence_district().parsed() || !p.follow_up_district().parsed() ||
                       p.residence_district().value == p.follow_up_district().value;
  if (same_muni && same_district) return;
  Finding& f = c.report(id::IC201, p, "residence_municipality");
  param(f, "residence", detail::place(p.residence_municipality(), p.residence_district()));
  param(f, "follow_up", detail::place(p.follow_up_municipality(), p.follow_up_district()));
}

const RuleInfo IC202_entry = {.id = id::IC202,
                              .severity = S::info,
                              .source = "Folkeregisterloven § 10-4 (adressesperre); IMDi: holdes utenfor resultatoversikten",
                              .params = ""};
// IC202: a protected address — left out of the result overview, residence never shown.
void protected_address(Context& c, ParticipationView p) {
  if (p.is_protected()) c.report(id::IC202, p, "protected_address");
}

const RuleInfo IC203_entry = {.id = id::IC203,
                              .severity = S::warning,
                              .source = "IMDi: kommuner i kommunereform kan ikke overføre fra fagsystem i begynnelsen av januar",
                              .params = "municipality reform_date deadline"};
// IC203: the follow-up municipality is changed on 1 January after Y, and T
// falls between that day and Y's deadline: transfer may be closed.
void reform_closes_transfer(Context& c, const InYear& in_year) {
  Date reform_day(static_cast<unsigned short>(c.year + 1), 1, 1);
  std::optional<Date> known = detail::effective_deadline(c.deadlines, c.year, c.as_of, c.options.deadline);
  // Without a known deadline, the end of a fallback month (data).
  Date deadline = known ? *known
                        : boost::gregorian::date(
                              static_cast<unsigned short>(c.year + 1),
                              static_cast<unsigned short>(std::max(1, c.limits.reform_deadline_fallback_month)), 1)
                              .end_of_month();
  if (c.as_of < reform_day || c.as_of > deadline) return;
  for (const auto& [code, count] : in_year) {
    if (!c.municipalities.in_reform(code, c.year + 1)) continue;
    Finding& f = c.report_municipality(id::IC203, code);
    param(f, "municipality", code);
    param(f, "reform_date", reform_day);
    param(f, "deadline", deadline);
  }
}

const RuleInfo IC204_entry = {.id = id::IC204,
                              .severity = S::warning,
                              .source = "SSB KLASS 131 endringer",
                              .params = "municipality count as_of successors"};
// IC204: a code valid during the participations is no longer valid on T.
// Codes that never were valid are IC004's.
void code_no_longer_valid(Context& c, const InYear& in_year) {
  for (const auto& [code, count] : in_year) {
    if (c.municipalities.valid(code, c.as_of)) continue;
    auto successors = c.municipalities.successors(code, c.as_of);
    if (successors.empty()) continue;
    std::string names;
    for (const auto& s : successors) names += (names.empty() ? "" : ", ") + s.code + " " + s.name;
    Finding& f = c.report_municipality(id::IC204, code);
    param(f, "municipality", code);
    param(f, "count", static_cast<long long>(count));
    param(f, "as_of", c.as_of);
    param(f, "successors", names);
  }
}

const RuleInfo IC205_entry = {.id = id::IC205,
                              .severity = S::info,
                              .source = "Midlertidige covid-19-regler; IMDi: NIR avslutter selv, registrer ikke årsak",
                              .params = ""};
// IC205: a covid-19 extension — NIR ends it itself; no end reason wanted.
void covid_extension(Context& c, ParticipationView p) {
  if (p.is_covid_extension()) c.report(id::IC205, p, "covid_extension");
}

}  // namespace

void attribution_rules(Context& c) {
  InYear in_year;
  for (ParticipationView p : c.data.participations) {
    if (!c.took_part(p)) continue;
    if (auto m = p.follow_up_municipality(); m.parsed()) {
      auto it = in_year.find(m.value);
      if (it == in_year.end()) it = in_year.emplace(std::string(m.value), 0).first;
      ++it->second;
    }
    protected_address(c, p);
    residence_differs(c, p);
    covid_extension(c, p);
  }
  reform_closes_transfer(c, in_year);
  code_no_longer_valid(c, in_year);
}

std::span<const RuleInfo* const> attribution_catalogue() {
  static const RuleInfo* const entries[] = {&IC201_entry, &IC202_entry, &IC203_entry, &IC204_entry, &IC205_entry};
  return entries;
}

}  // namespace rules
}  // namespace introcheck
