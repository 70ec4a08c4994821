#include <introcheck/environment.hpp>

namespace introcheck {
namespace {

// The embedded tables live for the whole program: share them without owning.
template <class T>
std::shared_ptr<const T> borrowed(const T& table) {
  return std::shared_ptr<const T>(std::shared_ptr<const T>{}, &table);
}

}  // namespace

Environment::Environment()
    : end_reasons(borrowed(CodeList::builtin_end_reasons())),
      measures(borrowed(CodeList::builtin_measures())),
      end_goals(borrowed(CodeList::builtin_end_goals())),
      municipalities(borrowed(Municipalities::builtin())),
      deadlines(borrowed(DeadlineTable::builtin())),
      config(Config::defaults()) {}

ImportOptions Environment::import_options(Date reference) const {
  ImportOptions o;
  o.end_reasons = end_reasons.get();
  o.measures = measures.get();
  o.end_goals = end_goals.get();
  o.municipalities = municipalities.get();
  o.mapping = config.mapping.empty() ? nullptr : &config.mapping;  // borrowed: lives as long as this environment
  o.reference_date = reference;
  o.max_bytes = max_input_bytes;
  o.threads = threads;
  o.max_case_id_bytes = max_case_id_bytes;
  return o;
}

}  // namespace introcheck
