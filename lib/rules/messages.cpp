// A finding's message, from the language catalogues (lib/text/), with the
// label of each code it names in the message's language: a case worker reads
// «Arbeid 30 timer eller mer per uke», the params and JSON keep arbeid_heltid.
#include <introcheck/environment.hpp>
#include <introcheck/validate.hpp>

#include "text/catalogue.hpp"
#include "util/parallel.hpp"

namespace introcheck {
namespace {

// The lists whose labels a message can show.
struct LabelLists {
  const CodeList& end_reasons;
  const CodeList& measures;
  const CodeList& end_goals;
};

// The label of `code` in a vendor's list, or the code itself when the list
// does not know it (NIR's "none", a case without a reason: "—").
std::string entry_label(const CodeList& list, std::string_view code, Language language) {
  const CodeEntry* e = list.find(code);
  return std::string(e ? e->label(language) : code);
}

template <class E>
std::string closed_label(std::optional<E> (*parse)(std::string_view), std::string_view code, Language language) {
  std::optional<E> e = parse(code);
  return e ? std::string(label(*e, language)) : std::string(code);
}

// "norsk, livsmestring" -> each element's label, in the same order.
std::string content_labels(std::string_view list, Language language) {
  std::string out;
  while (!list.empty()) {
    std::size_t comma = list.find(", ");
    if (!out.empty()) out += ", ";
    out += text::content_label(language, list.substr(0, comma));
    list.remove_prefix(comma == std::string_view::npos ? list.size() : comma + 2);
  }
  return out;
}

std::string label_of(text::CodeKind kind, std::string_view code, Language language, const LabelLists& lists) {
  switch (kind) {
    case text::CodeKind::end_reason: return entry_label(lists.end_reasons, code, language);
    case text::CodeKind::measure: return entry_label(lists.measures, code, language);
    case text::CodeKind::end_goal: return entry_label(lists.end_goals, code, language);
    case text::CodeKind::category: return closed_label<Category>(parse_category, code, language);
    case text::CodeKind::legal_basis: return closed_label<LegalBasis>(parse_legal_basis, code, language);
    case text::CodeKind::permit_ground: return closed_label<PermitGround>(parse_permit_ground, code, language);
    case text::CodeKind::content: return content_labels(code, language);
  }
  return std::string(code);
}

std::string render(const Finding& finding, Language language, const LabelLists& lists) {
  std::vector<Param> labels;
  for (const Param& p : finding.params) {
    const auto* code = std::get_if<std::string>(&p.value);
    if (!code) continue;
    if (auto kind = text::code_kind(p.name)) labels.push_back({p.name + "_label", label_of(*kind, *code, language, lists)});
  }
  auto text = text::message(finding, language, labels);
  // Never another language's text, never a silent fallback: tests/text.cpp
  // renders every message, so this shows only a bug, and shows it plainly.
  return text ? std::move(text).value() : "[" + text.error().message + "]";
}

}  // namespace

std::string render_message(const Finding& finding, Language language) {
  return render(finding, language,
                {CodeList::builtin_end_reasons(), CodeList::builtin_measures(), CodeList::builtin_end_goals()});
}

std::string render_message(const Finding& finding, const Environment& environment) {
  return render(finding, environment.language,
                {*environment.end_reasons, *environment.measures, *environment.end_goals});
}

void render_messages(std::span<Finding> findings, const Environment& environment) {
  // A few findings stay on the calling thread: a thread costs more than they do.
  constexpr std::size_t worth_a_thread = 2000;
  const unsigned threads = findings.size() < worth_a_thread ? 1 : detail::thread_count(environment.threads);
  detail::for_shares(findings.size(), threads, [&](std::size_t, detail::Share share) {
    for (std::size_t i = share.begin; i < share.end; ++i)
      if (findings[i].message.empty()) findings[i].message = render_message(findings[i], environment);
  });
}

}  // namespace introcheck
