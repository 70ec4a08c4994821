// The introcheck subcommands. Each returns the process exit status:
// 0 success, 1 findings (invalid ids, invalid code, errors), 2 bad usage.
#pragma once

namespace introcheck::cli {

int run_id(int argc, char** argv);
int run_municipality(int argc, char** argv);
int run_validate(int argc, char** argv);
int run_rules(int argc, char** argv);
int run_report(int argc, char** argv);
int run_reconcile(int argc, char** argv);
int run_results(int argc, char** argv);
int run_synth(int argc, char** argv);

}  // namespace introcheck::cli
