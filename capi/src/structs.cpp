// introcheck_*_init(): each versioned struct's _INIT macro as a function, for
// languages that cannot use macros (C# and Python call these with their size).
#include "internal.hpp"

using namespace introcheck::capi;

// The defaults are static so that their padding is zero too: a caller that
// compares or hashes the bytes of a struct sees the same bytes as from _INIT
// in static storage.
#define INTROCHECK_INIT_FUNCTION(type, macro)                                         \
  extern "C" int type##_init(type* s, size_t size) {                                  \
    static const type defaults = macro;                                               \
    return guard([&] { return init_struct<type>(s, size, defaults, #type "_init"); }); \
  }

INTROCHECK_INIT_FUNCTION(introcheck_person_id, INTROCHECK_PERSON_ID_INIT)
INTROCHECK_INIT_FUNCTION(introcheck_participation, INTROCHECK_PARTICIPATION_INIT)
INTROCHECK_INIT_FUNCTION(introcheck_measure, INTROCHECK_MEASURE_INIT)
INTROCHECK_INIT_FUNCTION(introcheck_run_options, INTROCHECK_RUN_OPTIONS_INIT)
INTROCHECK_INIT_FUNCTION(introcheck_summary, INTROCHECK_SUMMARY_INIT)
INTROCHECK_INIT_FUNCTION(introcheck_finding, INTROCHECK_FINDING_INIT)
INTROCHECK_INIT_FUNCTION(introcheck_absence, INTROCHECK_ABSENCE_INIT)
INTROCHECK_INIT_FUNCTION(introcheck_rule, INTROCHECK_RULE_INIT)
