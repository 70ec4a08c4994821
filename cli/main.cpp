// introcheck — checks introduction-program data before and after transfer to NIR.
#include "args.hpp"
#include "commands.hpp"

#include <introcheck/version.hpp>

#include <cstdio>
#include <cstring>
#include <exception>
#include <string_view>

namespace {

constexpr const char* usage =
    "usage: introcheck <command> [options]\n"
    "\n"
    "commands:\n"
    "  id [--allow-synthetic] [--format text|json] ID...\n"
    "      check fødselsnummer, D-nummer and DUF numbers\n"
    "  municipality CODE [--date YYYY-MM-DD] [--format text|json]\n"
    "      is the municipality code valid on the date, and what replaced it\n"
    "  validate --year Y --participants FILE [--measures FILE] [--as-of DATE]\n"
    "           [--deadline DATE] [--allow-synthetic] [--encoding NAME] [--config FILE]\n"
    "           [--lang nb|nn|en] [--format text|json|csv] [--reveal-ids] [--strict]\n"
    "           [--output FILE] [--max-input-mb N] [--threads N]\n"
    "      the year-end check of a case-system export before transfer to NIR\n"
    "  report --year Y --participants FILE [--measures FILE] [--municipality CODE[/DISTRICT]]\n"
    "         [--category rett_og_plikt,kan_tilbys] [--end-reason registered,unregistered]\n"
    "         [--as-of DATE] [--format text|json|csv] [--output FILE]\n"
    "      NIR's report 'Deltakere som har avsluttet introduksjonsprogram' as NIR will show it\n"
    "  reconcile --year Y --participants FILE [--measures FILE] --nir-report FILE\n"
    "         [--municipality ...] [--category ...] [--end-reason ...] [--with-validation]\n"
    "         [--as-of DATE] [--allow-synthetic] [--encoding NAME] [--config FILE]\n"
    "         [--lang nb|nn|en] [--reveal-ids] [--strict] [--format text|json|csv|html]\n"
    "         [--output FILE]\n"
    "      NIR's report checked line by line against the case system\n"
    "  results --year Y --participants FILE [--measures FILE] [--nir-report FILE]\n"
    "         [--municipality ...] [--suppress N] [--as-of DATE] [--format text|json|csv]\n"
    "         [--output FILE]\n"
    "      the results IMDi and Statistics Norway will publish, small counts suppressed\n"
    "  synth --participants N [--municipalities K] [--years 2015-2018] [--error-rate R]\n"
    "         [--seed S] --output DIR\n"
    "      synthetic data (synthetic test ids only) with known errors and their manifest\n"
    "  rules [--format text|json|markdown]\n"
    "      the rule catalogue\n"
    "  version\n";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fputs("introcheck: missing command (try 'introcheck help')\n", stderr);
    return 2;
  }
  std::string_view command = argv[1];
  try {
    if (command == "id") return introcheck::cli::run_id(argc, argv);
    if (command == "municipality") return introcheck::cli::run_municipality(argc, argv);
    if (command == "validate") return introcheck::cli::run_validate(argc, argv);
    if (command == "rules") return introcheck::cli::run_rules(argc, argv);
    if (command == "report") return introcheck::cli::run_report(argc, argv);
    if (command == "reconcile") return introcheck::cli::run_reconcile(argc, argv);
    if (command == "results") return introcheck::cli::run_results(argc, argv);
    if (command == "synth") return introcheck::cli::run_synth(argc, argv);
    if (command == "version" || command == "--version") {
      std::printf("introcheck %s\n", introcheck::version_string);
      return 0;
    }
    if (command == "help" || command == "--help" || command == "-h") {
      std::fputs(usage, stdout);
      return 0;
    }
    std::fprintf(stderr, "introcheck: unknown command '%s' (try 'introcheck help')\n", argv[1]);
    return 2;
  } catch (const introcheck::cli::UsageError& e) {
    std::fprintf(stderr, "introcheck %s: %s\n", argv[1], e.what());
    return 2;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "introcheck %s: %s\n", argv[1], e.what());
    return 2;
  }
}
