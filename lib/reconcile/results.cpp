#include <introcheck/calendar.hpp>
#include <introcheck/legal_basis.hpp>
#include <introcheck/results.hpp>

#include "model/ended.hpp"
#include "text/catalogue.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <span>

namespace introcheck {
namespace {

constexpr std::string_view group_names[result_group_count] = {
    "arbeid", "utdanning", "grunnskole", "kvalifisering", "sosialhjelp", "trygd", "annet", "ikke_registrert"};

// The table of one municipality as cells and the sums that tie them together,
// for complementary suppression. Hidden cells (protected persons, persons
// without a district) are never published but are part of the sums.
struct Grid {
  struct Cell {
    long long value = 0;
    bool hidden = false;
    bool suppressed = false;  // visible cells only
    bool sensitive = false;   // must not be recoverable
    bool secret = false;      // sensitive whatever its size (protected persons)
  };
  std::vector<Cell> cells;
  // Each sum's cells (the first is the total), as one array with offsets:
  // a municipality with many districts has many small sums.
  std::vector<std::size_t> members;
  std::vector<std::size_t> starts{0};
  // Rows added after guard_from_here() (the legal-basis rows) must not change
  // the cells before them: their sums (from `guarded_sums` on) may suppress,
  // to protect a cell, only cells from `guarded_cells` on.
  std::size_t guarded_sums = static_cast<std::size_t>(-1);
  std::size_t guarded_cells = 0;

  void guard_from_here() {
    guarded_sums = sum_count();
    guarded_cells = cells.size();
  }

  std::size_t sum_count() const { return starts.size() - 1; }
  std::span<const std::size_t> sum(std::size_t s) const {
    return {members.data() + starts[s], starts[s + 1] - starts[s]};
  }

  // A row of 1 + groups cells: ended, then each group. Returns the first index.
  std::size_t add_row(const std::array<long long, result_group_count + 1>& values, bool hidden,
                      bool secret = false) {
    std::size_t first = cells.size();
    for (long long v : values) cells.push_back({v, hidden, false, false, secret});
    for (std::size_t i = 0; i <= result_group_count; ++i) members.push_back(first + i);
    starts.push_back(members.size());  // ended = sum of groups
    return first;
  }

  // For every column: total = sum of parts.
  void add_column_sums(std::size_t total, const std::vector<std::size_t>& parts) {
    for (std::size_t c = 0; c <= result_group_count; ++c) {
      members.push_back(total + c);
      for (std::size_t p : parts) members.push_back(p + c);
      starts.push_back(members.size());
    }
  }

  bool unknown(std::size_t i) const { return cells[i].hidden || cells[i].suppressed; }

  // Whether cell i is one a reader of sum s does not know. A guarded sum
  // holds two hidden cells: the protected persons (secret) and those of no
  // known basis. The latter is nearly always 0, and a reader who takes it for
  // 0 is then right, so a 0 there is known and cannot shield the protected
  // count. (The other sums never hold a secret and another hidden cell.)
  bool open_in(std::size_t s, std::size_t i) const {
    if (!unknown(i)) return false;
    return !(s >= guarded_sums && cells[i].hidden && !cells[i].secret && cells[i].value == 0);
  }

  void suppress(int threshold) {
    if (threshold <= 0) return;
    for (Cell& c : cells) {
      bool small = c.value >= 1 && c.value < threshold;
      if (!c.hidden && small) c.suppressed = c.sensitive = true;
      if (c.hidden && (small || (c.secret && c.value > 0))) c.sensitive = true;
    }
    // A sum with exactly one unknown cell gives it away: hide one more, the
    // smallest visible cell of the sum, until no sum gives anything away.
    // Sums are visited in passes in their order, as a plain rescan of every
    // sum would, but a pass visits only the sums whose unknowns have just
    // become one: each sum is looked at a bounded number of times, however
    // many districts share the municipality's column sums.
    // Which sums each cell is in, as one array with offsets too.
    std::vector<std::size_t> in_count(cells.size() + 1, 0), sums_of(members.size());
    for (std::size_t i : members) ++in_count[i + 1];
    for (std::size_t i = 0; i < cells.size(); ++i) in_count[i + 1] += in_count[i];
    std::vector<std::size_t> fill(in_count.begin(), in_count.end() - 1);
    std::vector<std::size_t> unknowns(sum_count(), 0);
    std::set<std::size_t> this_pass, next_pass;
    for (std::size_t s = 0; s < sum_count(); ++s) {
      for (std::size_t i : sum(s)) {
        sums_of[fill[i]++] = s;
        unknowns[s] += open_in(s, i);
      }
      if (unknowns[s] == 1) this_pass.insert(s);
    }
    while (!this_pass.empty()) {
      std::size_t s = *this_pass.begin();
      this_pass.erase(this_pass.begin());
      std::span<const std::size_t> cells_of_sum = sum(s);
      std::size_t which = 0;
      for (std::size_t i : cells_of_sum)
        if (open_in(s, i)) which = i;
      if (unknowns[s] == 1 && cells[which].sensitive) {
        std::optional<std::size_t> pick;
        for (std::size_t i : cells_of_sum) {
          if (unknown(i) || (s >= guarded_sums && i < guarded_cells)) continue;
          auto key = [&](std::size_t k) { return std::make_pair(cells[k].value == 0, cells[k].value); };
          if (!pick || key(i) < key(*pick)) pick = i;
        }
        if (pick) {
          cells[*pick].suppressed = cells[*pick].sensitive = true;
          for (std::size_t k = in_count[*pick]; k < in_count[*pick + 1]; ++k) {
            std::size_t t = sums_of[k];
            if (++unknowns[t] == 1) (t > s ? this_pass : next_pass).insert(t);
          }
        }
      }
      if (this_pass.empty()) std::swap(this_pass, next_pass);
    }
  }
};

using Values = std::array<long long, result_group_count + 1>;

Values tally(const std::vector<const EndedPerson*>& people) {
  Values v{};
  for (const EndedPerson* p : people) {
    ++v[0];
    ++v[1 + static_cast<std::size_t>(p->group)];
  }
  return v;
}

}  // namespace

std::string_view to_string(ResultGroup g) { return group_names[static_cast<std::size_t>(g)]; }

std::string_view to_string(BasisGroup g) { return g == BasisGroup::ordinary ? "ordinary" : "integreringsloven_6a"; }

std::string_view label(ResultGroup g, Language language) {
  return text::word(language, "group." + std::string(to_string(g)));
}

std::string_view label(BasisGroup g, Language language) {
  return text::word(language, g == BasisGroup::ordinary ? "results.basis_ordinary" : "results.basis_6a");
}

BasisGroup basis_group(LegalBasis b) {
  return b == LegalBasis::integreringsloven_6a ? BasisGroup::chapter_6a : BasisGroup::ordinary;
}

bool ResultRow::any_suppressed() const {
  if (ended.suppressed || share_suppressed) return true;
  for (const Count& c : groups)
    if (c.suppressed) return true;
  return false;
}

ResultGroup result_group(const std::optional<std::string>& end_reason, const CodeList& reasons) {
  if (!end_reason) return ResultGroup::ikke_registrert;
  const CodeEntry* e = reasons.find(*end_reason);
  if (!e) return ResultGroup::ikke_registrert;
  for (std::size_t i = 0; i + 1 < result_group_count; ++i)
    if (e->group == group_names[i]) return static_cast<ResultGroup>(i);
  return ResultGroup::annet;
}

std::vector<EndedPerson> ended_persons(const Dataset& dataset, int year, Date as_of,
                                       const Thresholds& limits, const CodeList& reasons) {
  std::vector<EndedPerson> out;
  for (std::size_t i : detail::ended_in_year(dataset.participations, year, as_of, limits)) {
    ParticipationView p = dataset.participations[i];
    if (!p.follow_up_municipality().parsed() || !p.category().parsed()) continue;
    auto end = detail::nir_end(p, limits);
    std::optional<std::string> reason;
    if (p.end_reason().parsed() && !end->by_nir) reason = std::string(p.end_reason().value);
    std::optional<LegalBasis> basis;
    if (auto b = effective_basis(p, limits.basis_dates)) basis = b->basis;
    out.push_back({std::string(p.follow_up_municipality().value),
                   std::string(p.follow_up_district().parsed() ? p.follow_up_district().value : std::string_view()),
                   p.category().value, result_group(reason, reasons), p.is_protected(), basis});
  }
  return out;
}

std::vector<EndedPerson> ended_persons(const NirReport& report, const CodeList& reasons) {
  std::vector<EndedPerson> out;
  for (const NirRow& r : report.rows) {
    if (!r.follow_up_municipality.parsed() || !r.category.parsed()) continue;
    std::optional<std::string> reason;
    if (r.end_reason.parsed()) reason = r.end_reason.value;
    out.push_back({r.follow_up_municipality.value,
                   r.follow_up_district.parsed() ? r.follow_up_district.value : std::string(),
                   r.category.value, result_group(reason, reasons), false, r.legal_basis});
  }
  return out;
}

PublishedResults compute_results(std::span<const EndedPerson> persons, const ResultsOptions& options) {
  PublishedResults results;
  results.suppress_below = options.suppress_below;
  results.by_legal_basis = options.by_legal_basis;
  std::map<std::string, std::vector<const EndedPerson*>> by_municipality;
  for (const EndedPerson& p : persons) {
    if (options.municipality && p.municipality != *options.municipality) continue;
    if (options.district && p.district != *options.district) continue;
    by_municipality[p.municipality].push_back(&p);
  }
  // Every category has its rows (rett_6a's too, or the categories would not
  // add up to the total); the order is that of the enum.
  constexpr std::size_t category_count = std::size(all_categories);
  const auto& categories = all_categories;

  for (const auto& entry : by_municipality) {
    // Named, not structured bindings: lambdas below capture them (clang 14).
    const std::string& code = entry.first;
    const std::vector<const EndedPerson*>& people = entry.second;
    Grid grid;
    std::vector<ResultRow> rows;
    std::vector<std::size_t> starts;  // first cell of each row in `rows`
    auto add = [&](std::optional<std::string> district, std::optional<Category> category, bool total,
                   const std::vector<const EndedPerson*>& who, std::optional<BasisGroup> basis = std::nullopt) {
      ResultRow row;
      row.municipality = code;
      row.district = std::move(district);
      row.category = category;
      row.legal_basis = basis;
      row.includes_protected = total;
      rows.push_back(std::move(row));
      starts.push_back(grid.add_row(tally(who), false));
      return starts.back();
    };
    auto select = [&](auto&& keep) {
      std::vector<const EndedPerson*> out;
      for (const EndedPerson* p : people)
        if (keep(*p)) out.push_back(p);
      return out;
    };

    std::size_t total = add(std::nullopt, std::nullopt, true, people);
    std::size_t per_category[category_count];
    for (std::size_t c = 0; c < category_count; ++c)
      per_category[c] = add(std::nullopt, categories[c], false, select([&](const EndedPerson& p) {
                              return !p.protected_address && p.category == categories[c];
                            }));
    std::size_t hidden_protected =
        grid.add_row(tally(select([](const EndedPerson& p) { return p.protected_address; })), true, true);
    std::vector<std::size_t> parts(std::begin(per_category), std::end(per_category));
    parts.push_back(hidden_protected);
    grid.add_column_sums(total, parts);

    // The persons with a district, sorted by it once: each district is then
    // one run of the list, and grouping stays n log n however many there are.
    std::vector<const EndedPerson*> with_district;
    for (const EndedPerson* p : people)
      if (!p->protected_address && !p->district.empty()) with_district.push_back(p);
    std::stable_sort(with_district.begin(), with_district.end(),
                     [](const EndedPerson* a, const EndedPerson* b) { return a->district < b->district; });
    if (!with_district.empty()) {
      std::vector<std::size_t> parts_of_category[category_count];
      for (auto run = with_district.begin(); run != with_district.end();) {
        auto run_end = std::find_if(run, with_district.end(),
                                    [&](const EndedPerson* p) { return p->district != (*run)->district; });
        const std::vector<const EndedPerson*> in_district(run, run_end);
        const std::string& d = (*run)->district;
        std::size_t dt = add(d, std::nullopt, false, in_district);
        std::vector<std::size_t> dc(category_count);
        for (std::size_t c = 0; c < category_count; ++c) {
          std::vector<const EndedPerson*> of_category;
          for (const EndedPerson* p : in_district)
            if (p->category == categories[c]) of_category.push_back(p);
          dc[c] = add(d, categories[c], false, of_category);
          parts_of_category[c].push_back(dc[c]);
        }
        grid.add_column_sums(dt, dc);
        run = run_end;
      }
      for (std::size_t c = 0; c < category_count; ++c) {
        std::size_t no_district = grid.add_row(tally(select([&](const EndedPerson& p) {
                                                 return !p.protected_address && p.district.empty() &&
                                                        p.category == categories[c];
                                               })),
                                               true);
        parts_of_category[c].push_back(no_district);
        grid.add_column_sums(per_category[c], parts_of_category[c]);
      }
    }

    // The totals per legal basis, last in the grid (guarded: they may only
    // suppress cells of their own), published after the categories. Total =
    // the groups + those of no known basis (never published, only when there
    // are any) + the protected persons.
    if (options.by_legal_basis) {
      grid.guard_from_here();
      std::vector<std::size_t> basis_parts;
      for (BasisGroup b : all_basis_groups)
        basis_parts.push_back(add(std::nullopt, std::nullopt, false, select([&](const EndedPerson& p) {
                              return !p.protected_address && p.legal_basis && basis_group(*p.legal_basis) == b;
                            }), b));
      auto unknown_basis = select([](const EndedPerson& p) { return !p.protected_address && !p.legal_basis; });
      if (!unknown_basis.empty()) basis_parts.push_back(grid.add_row(tally(unknown_basis), true));
      basis_parts.push_back(hidden_protected);
      grid.add_column_sums(total, basis_parts);
    }
    // Published in this order: the basis rows (added last) after the total
    // and the categories.
    std::vector<std::size_t> order(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) order[r] = r;
    if (options.by_legal_basis)
      std::rotate(order.begin() + static_cast<std::ptrdiff_t>(1 + category_count),
                  order.end() - static_cast<std::ptrdiff_t>(std::size(all_basis_groups)), order.end());

    grid.suppress(options.suppress_below);
    for (std::size_t r : order) {
      ResultRow& row = rows[r];
      auto cell = [&](std::size_t k) {
        const Grid::Cell& c = grid.cells[starts[r] + k];
        return Count{c.value, c.suppressed};
      };
      row.ended = cell(0);
      for (std::size_t g = 0; g < result_group_count; ++g) row.groups[g] = cell(1 + g);
      const Count& work = row.groups[static_cast<std::size_t>(ResultGroup::arbeid)];
      const Count& education = row.groups[static_cast<std::size_t>(ResultGroup::utdanning)];
      row.share_suppressed = row.ended.suppressed || work.suppressed || education.suppressed;
      if (row.ended.value > 0)
        row.share_work_education = static_cast<double>(work.value + education.value) /
                                   static_cast<double>(row.ended.value);
      results.rows.push_back(std::move(row));
    }
  }
  return results;
}

namespace {

ResultsOptions tabulation(const Environment& env, const PublishOptions& o, bool by_legal_basis) {
  return ResultsOptions{o.municipality, o.district, env.suppress_below, by_legal_basis};
}

// A district not valid for its municipality in Y counts under the
// municipality's "uoppgitt" (MMMM99), as Statistics Norway counts it, instead
// of becoming a district of its own. Returns how many were moved.
std::size_t unknown_districts_as_uoppgitt(std::vector<EndedPerson>& persons, const Municipalities& m, int year) {
  Date first(static_cast<unsigned short>(year), 1, 1), last(static_cast<unsigned short>(year), 12, 31);
  std::size_t moved = 0;
  for (EndedPerson& p : persons) {
    if (p.district.empty() || m.district_valid_during(p.district, p.municipality, first, last)) continue;
    p.district = p.municipality + "99";
    ++moved;
  }
  return moved;
}

PublishedResults tabulate(std::vector<EndedPerson> persons, const Environment& env, const PublishOptions& o,
                          bool by_legal_basis) {
  std::size_t moved = unknown_districts_as_uoppgitt(persons, *env.municipalities, o.year);
  PublishedResults results = compute_results(persons, tabulation(env, o, by_legal_basis));
  results.unknown_districts = moved;
  return results;
}

}  // namespace

PublishedResults compute_results(const Dataset& dataset, const Environment& env, const PublishOptions& o) {
  Date as_of = o.as_of.is_special() ? today_oslo() : o.as_of;
  return tabulate(ended_persons(dataset, o.year, as_of, env.config.thresholds, *env.end_reasons), env, o, true);
}

PublishedResults compute_results(const NirReport& report, const Environment& env, const PublishOptions& o) {
  return tabulate(ended_persons(report, *env.end_reasons), env, o, false);
}

}  // namespace introcheck
