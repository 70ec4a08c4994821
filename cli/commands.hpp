// The introcheck subcommands, each run with its arguments parsed by the
// table (table.hpp). Each returns the process exit status: 0 success,
// 1 findings (invalid ids, invalid code, errors); bad usage and unreadable
// input throw UsageError (status 2).
#pragma once

namespace introcheck::cli {

class Args;

int run_id(const Args& args);
int run_municipality(const Args& args);
int run_validate(const Args& args);
int run_rules(const Args& args);
int run_report(const Args& args);
int run_reconcile(const Args& args);
int run_results(const Args& args);
int run_synth(const Args& args);
int run_help(const Args& args);
int run_version(const Args& args);

}  // namespace introcheck::cli
