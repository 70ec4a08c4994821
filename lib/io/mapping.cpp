#include <introcheck/mapping.hpp>

#include "io/column_names.hpp"
#include "io/import_util.hpp"
#include "model/label_key.hpp"
#include "util/text.hpp"

namespace introcheck {
namespace {

using detail::field_count;
using detail::field_index;
using detail::field_name;

// What a [values.FIELD] section maps to: codes of a fixed list, of a
// replaceable list (checked when the list is known), or yes/no.
enum class Kind { none, fixed, replaceable, yes_no };

// Values are kept per slot: a participants field, a measures field, or
// yes_no, which every yes/no field of both tables falls back to.
constexpr std::size_t measures_slot = participation_field_count;
constexpr std::size_t yes_no_slot = participation_field_count + measure_field_count;

Kind kind_of(ExportTable table, std::size_t field) {
  if (table == ExportTable::measures) {
    switch (static_cast<MeasureField>(field)) {
      case MeasureField::measure: return Kind::replaceable;
      case MeasureField::completed: return Kind::yes_no;
      default: return Kind::none;
    }
  }
  using F = ParticipationField;
  switch (static_cast<F>(field)) {
    case F::category:
    case F::legal_basis:
    case F::permit_ground:
    case F::education: return Kind::fixed;
    case F::end_reason:
    case F::end_goal: return Kind::replaceable;
    case F::protected_address:
    case F::extended:
    case F::covid_extension:
    case F::settled_by_agreement:
    case F::children_under_18: return Kind::yes_no;
    default: return Kind::none;
  }
}

struct Target {
  std::optional<ExportTable> table;  // nothing: yes_no, both tables
  std::size_t slot = 0;
  Kind kind = Kind::none;
};

// The field a [values.FIELD] section names; names of fields with values are
// unique across the two tables.
std::optional<Target> value_target(std::string_view name) {
  if (name == "yes_no") return Target{std::nullopt, yes_no_slot, Kind::yes_no};
  for (ExportTable table : {ExportTable::participants, ExportTable::measures}) {
    auto f = field_index(table, name);
    if (!f || kind_of(table, *f) == Kind::none) continue;
    std::size_t slot = table == ExportTable::measures ? measures_slot + *f : *f;
    return Target{table, slot, kind_of(table, *f)};
  }
  return std::nullopt;
}

bool fixed_code(std::string_view field, std::string_view code) {
  if (field == "category") {
    for (Category c : all_categories)
      if (to_string(c) == code) return true;
  } else if (field == "legal_basis") {
    for (LegalBasis b : all_legal_bases)
      if (to_string(b) == code) return true;
  } else if (field == "permit_ground") {
    auto g = parse_permit_ground(code);
    return g && to_string(*g) == code;
  } else if (field == "education") {
    auto e = parse_education(code);
    return e && to_string(*e) == code;
  }
  return false;
}

std::string fixed_codes(std::string_view field) {
  std::string out;
  auto add = [&](std::string_view code) { out += (out.empty() ? "" : ", ") + std::string(code); };
  if (field == "category")
    for (Category c : all_categories) add(to_string(c));
  if (field == "legal_basis")
    for (LegalBasis b : all_legal_bases) add(to_string(b));
  if (field == "permit_ground")
    for (auto g : {PermitGround::utl_28, PermitGround::utl_35, PermitGround::utl_38, PermitGround::utl_34,
                   PermitGround::utl_53, PermitGround::family, PermitGround::other})
      add(to_string(g));
  if (field == "education")
    for (auto e : {Education::none, Education::primary, Education::upper_secondary, Education::higher})
      add(to_string(e));
  return out;
}

std::string field_names(ExportTable table) {
  std::string out;
  for (std::size_t f = 0; f < field_count(table); ++f) out += (f ? ", " : "") + std::string(field_name(table, f));
  return out;
}

bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

Error mapping_error(std::string_view source, std::size_t line, std::string_view key, std::string message) {
  return Error{ErrorCode::parse, std::move(message), std::string(source), line, std::string(key)};
}

}  // namespace

Result<void> Mapping::add_column(ExportTable table, std::string_view column, std::string_view field,
                                 std::string_view source, std::size_t line) {
  column = detail::trim(column);
  field = detail::trim(field);
  const std::string file = std::string(to_string(table)) + ".csv";
  if (column.empty()) return mapping_error(source, line, column, "a column name is needed before '='");
  std::optional<std::size_t> index;
  if (field != "ignore") {
    index = field_index(table, field);
    if (!index)
      return mapping_error(source, line, column,
                           "'" + std::string(field) + "' is not a field of " + file + " (" + field_names(table) +
                               ", or ignore)");
  }
  if (auto own = field_index(table, detail::lower_ascii(column)); own && own != index)
    return mapping_error(source, line, column,
                         "'" + std::string(column) + "' is the name of the field " + std::string(field_name(table, *own)) +
                             ", which a column of that name always holds");
  std::string key = detail::column_key(column);
  if (key.empty()) return mapping_error(source, line, column, "a column name is at most 200 bytes");
  auto [at, fresh] = column_keys_[static_cast<int>(table)].emplace(key, columns_.size());
  if (!fresh)
    return mapping_error(source, line, column,
                         "the column is mapped twice in [columns." + std::string(to_string(table)) + "] (also on line " +
                             std::to_string(columns_[at->second].line) + ")");
  columns_.push_back({table, std::string(column), index, std::string(source), line});
  return outcome::success();
}

Result<void> Mapping::add_value(std::string_view field, std::string_view value, std::string_view code,
                                std::string_view source, std::size_t line) {
  value = detail::trim(value);
  code = detail::trim(code);
  auto target = value_target(field);
  if (!target)
    return mapping_error(source, line, value,
                         "[values." + std::string(field) +
                             "] names no field with codes (category, legal_basis, end_reason, permit_ground, "
                             "education, end_goal, measure, a yes/no field, or yes_no)");
  if (value.empty()) return mapping_error(source, line, value, "a value is needed before '='");
  if (code.empty()) return mapping_error(source, line, value, "a code is needed after '='");
  std::string stored(code);
  if (target->kind == Kind::yes_no) {
    auto b = detail::parse_bool(code);
    if (!b) return mapping_error(source, line, value, "expected ja or nei (true/false, 1/0), not '" + stored + "'");
    stored = *b ? "true" : "false";
  } else if (target->kind == Kind::fixed && !fixed_code(field, code)) {
    return mapping_error(source, line, value,
                         "'" + stored + "' is not a code of " + std::string(field) + " (" + fixed_codes(field) + ")");
  }
  Values& v = by_slot_[target->slot];
  std::string folded = detail::label_key(value);
  if (auto earlier = v.folded.find(folded); earlier != v.folded.end())
    return mapping_error(source, line, value,
                         "the value is mapped twice in [values." + std::string(field) + "] (also on line " +
                             std::to_string(values_[earlier->second].line) + ")");
  v.exact.emplace(std::string(value), values_.size());
  v.lowered.emplace(detail::lower_ascii(value), values_.size());
  v.folded.emplace(std::move(folded), values_.size());
  v.ascii = v.ascii && is_ascii(value);
  values_.push_back({{std::string(field), std::string(value), stored}, std::string(source), line});
  return outcome::success();
}

bool Mapping::maps_values(std::string_view field) { return value_target(field).has_value(); }

const ColumnRule* Mapping::column(ExportTable table, std::string_view header) const {
  const auto& keys = column_keys_[static_cast<int>(table)];
  if (keys.empty()) return nullptr;
  auto it = keys.find(detail::column_key(header));
  return it == keys.end() ? nullptr : &columns_[it->second];
}

bool Mapping::has_columns(ExportTable table) const { return !column_keys_[static_cast<int>(table)].empty(); }

std::string_view Mapping::lookup(std::size_t slot, std::string_view text) const {
  auto values = by_slot_.find(slot);
  std::string_view t = detail::trim(text);
  if (values == by_slot_.end() || t.empty()) return {};
  const Values& v = values->second;
  auto code = [&](std::size_t i) { return std::string_view(values_[i].use.code); };
  if (auto it = v.exact.find(t); it != v.exact.end()) return code(it->second);
  if (v.ascii && is_ascii(t)) {  // case is all collation would ignore in ASCII
    auto it = v.lowered.find(detail::lower_ascii(t));
    return it == v.lowered.end() ? std::string_view() : code(it->second);
  }
  auto it = v.folded.find(detail::label_key(t));
  return it == v.folded.end() ? std::string_view() : code(it->second);
}

std::string_view Mapping::value(ParticipationField f, std::string_view text) const {
  if (by_slot_.empty()) return text;
  auto slot = static_cast<std::size_t>(f);
  if (std::string_view code = lookup(slot, text); !code.empty()) return code;
  if (kind_of(ExportTable::participants, slot) == Kind::yes_no)
    if (std::string_view code = lookup(yes_no_slot, text); !code.empty()) return code;
  return text;
}

std::string_view Mapping::value(MeasureField f, std::string_view text) const {
  if (by_slot_.empty()) return text;
  auto field = static_cast<std::size_t>(f);
  if (std::string_view code = lookup(measures_slot + field, text); !code.empty()) return code;
  if (kind_of(ExportTable::measures, field) == Kind::yes_no)
    if (std::string_view code = lookup(yes_no_slot, text); !code.empty()) return code;
  return text;
}

Result<void> Mapping::check_codes(ExportTable table, const CodeList& end_reasons, const CodeList& end_goals,
                                  const CodeList& measures) const {
  for (const ValueRule& rule : values_) {
    const CodeList* list = nullptr;
    std::string_view name;
    if (table == ExportTable::participants && rule.use.field == "end_reason") list = &end_reasons, name = "end-reason";
    if (table == ExportTable::participants && rule.use.field == "end_goal") list = &end_goals, name = "end-goal";
    if (table == ExportTable::measures && rule.use.field == "measure") list = &measures, name = "measure";
    if (list && !list->find(rule.use.code))
      return mapping_error(rule.source, rule.line, rule.use.value,
                           "'" + rule.use.code + "' is not a code of the " + std::string(name) + " list in use (" +
                               list->version() + ")");
  }
  return outcome::success();
}

std::vector<ValueUse> Mapping::value_uses(ExportTable table, const std::bitset<64>& columns) const {
  bool any_yes_no = false;
  for (std::size_t f = 0; f < field_count(table); ++f)
    any_yes_no = any_yes_no || (columns.test(f) && kind_of(table, f) == Kind::yes_no);
  std::vector<ValueUse> out;
  for (const ValueRule& rule : values_) {
    auto target = value_target(rule.use.field);
    bool used = !target->table ? any_yes_no
                               : *target->table == table &&
                                     columns.test(table == ExportTable::measures ? target->slot - measures_slot
                                                                                 : target->slot);
    if (used) out.push_back(rule.use);
  }
  return out;
}

}  // namespace introcheck
