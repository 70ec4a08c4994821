/*
 * introcheck.h — the stable C interface of introcheck.
 *
 * Checks a municipality's introduction-program data before transfer to NIR
 * and reconciles NIR's report afterwards. Valid C99 and C++.
 *
 * Conventions (as in libgit2, SQLite and zstd):
 * - Every public name starts with introcheck_ / INTROCHECK_.
 * - Functions that can fail return an int status: INTROCHECK_OK (0) or a
 *   negative INTROCHECK_E_* code. Decide by the code; the message from
 *   introcheck_last_error() is for people. Nothing aborts or throws.
 * - Out-parameters come first. What the library allocates, the library frees
 *   with the matching introcheck_*_free(), which accepts NULL. Strings handed
 *   out as `const char *` are borrowed: valid as long as the object they came
 *   from. Strings handed out as `char **` are the caller's, freed with
 *   introcheck_string_free().
 * - Strings are UTF-8; invalid UTF-8 is refused with INTROCHECK_E_INVALID.
 *   Dates are int32_t YYYYMMDD; 0 means "no date".
 * - Structs that cross the interface begin with `size`, which the caller sets
 *   to sizeof(struct) (the _INIT macros do); the library reads and writes only
 *   the fields that size covers, so programs built against an older header
 *   keep working.
 *
 * Threads: a context, a dataset, a NIR report or a result may be used from
 * several threads at once as long as none of them calls a function that
 * changes it (the *_set_*, *_load_* and *_add_* functions). In particular a
 * dataset that is no longer being modified may be validated, reconciled and
 * summarised from any number of threads at once. introcheck_last_error() is
 * per thread.
 *
 * This header grows only by appending: no name, value or field ever changes
 * meaning once released.
 */
#ifndef INTROCHECK_H
#define INTROCHECK_H

#include <stddef.h>
#include <stdint.h>

#define INTROCHECK_VERSION_MAJOR 0
#define INTROCHECK_VERSION_MINOR 1
#define INTROCHECK_VERSION_PATCH 0
#define INTROCHECK_VERSION_NUMBER \
  (INTROCHECK_VERSION_MAJOR * 10000 + INTROCHECK_VERSION_MINOR * 100 + INTROCHECK_VERSION_PATCH)

#if defined(INTROCHECK_BUILDING) && defined(__GNUC__)
#define INTROCHECK_API __attribute__((visibility("default")))
#else
#define INTROCHECK_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Versions, status codes, errors -------------------------------------- */

/* The library's version as "MAJOR.MINOR.PATCH"; static storage. */
INTROCHECK_API const char *introcheck_version(void);

/* INTROCHECK_VERSION_NUMBER of the library actually loaded. */
INTROCHECK_API int introcheck_version_number(void);

/* Status codes. Values are only ever appended. */
enum {
  INTROCHECK_OK = 0,
  INTROCHECK_E_INVALID = -1,  /* bad argument: NULL, bad size, bad value, invalid UTF-8 */
  INTROCHECK_E_IO = -2,       /* a file could not be read or written */
  INTROCHECK_E_PARSE = -3,    /* input is malformed; the message names file, line, field */
  INTROCHECK_E_ENCODING = -4, /* input bytes are not in the expected encoding */
  INTROCHECK_E_LIMIT = -5,    /* input exceeds a configured limit */
  INTROCHECK_E_RANGE = -6,    /* an index past the end */
  INTROCHECK_E_NOMEM = -7,    /* out of memory */
  INTROCHECK_E_INTERNAL = -8  /* a bug in introcheck: please report it */
};

/* A short English description of a status code; static storage. */
INTROCHECK_API const char *introcheck_status_str(int status);

/* The message of the last failure on this thread, or "" when the last call
 * succeeded. Owned by the library; valid until the next call on this thread. */
INTROCHECK_API const char *introcheck_last_error(void);

/* Frees a string the library handed out through `char **`. NULL is fine. */
INTROCHECK_API void introcheck_string_free(char *s);

/* ---- Context: code lists, municipality data, deadlines, settings --------- */

/* Everything a run depends on lives in a context, so one process can serve
 * many municipalities with different settings. A new context has the
 * embedded code lists and the default configuration, language nb. */
typedef struct introcheck_context introcheck_context;

INTROCHECK_API int introcheck_context_new(introcheck_context **out);
INTROCHECK_API void introcheck_context_free(introcheck_context *ctx);

/* "nb" (default), "nn" or "en": the language of messages and reports. */
INTROCHECK_API int introcheck_context_set_language(introcheck_context *ctx, const char *language);

/* Integer options (zstd-style: new ones are appended, never changed). */
enum {
  INTROCHECK_OPT_ALLOW_SYNTHETIC = 1, /* 0/1: accept synthetic test ids (default 0) */
  INTROCHECK_OPT_REVEAL_IDS = 2,      /* 0/1: full person ids and names in output (default 0) */
  INTROCHECK_OPT_SUPPRESS_BELOW = 3,  /* results: counts 1..N-1 suppressed; 0 off (default 5) */
  INTROCHECK_OPT_MAX_INPUT_BYTES = 4, /* larger input files are refused (default 1 GiB) */
  INTROCHECK_OPT_THREADS = 5          /* threads for loading and checking large data, 1..256; 0 = one per
                                         core (default 0). Results are the same whatever the number; a
                                         server running one check per thread may want 1. */
};
INTROCHECK_API int introcheck_context_set_option(introcheck_context *ctx, int option, int64_t value);
INTROCHECK_API int introcheck_context_get_option(const introcheck_context *ctx, int option, int64_t *out);

/* Replaces a code list from CSV text (code,label_nb,label_nn,label_en,group). */
enum { INTROCHECK_LIST_END_REASONS = 1, INTROCHECK_LIST_MEASURES = 2 };
INTROCHECK_API int introcheck_context_load_code_list(introcheck_context *ctx, int list, const char *csv,
                                                     size_t length);

/* Replaces the municipality, change, district and county tables (CSV text of
 * the shapes in lib/data/README.md). */
INTROCHECK_API int introcheck_context_load_municipalities(introcheck_context *ctx, const char *municipalities,
                                                          size_t municipalities_length, const char *changes,
                                                          size_t changes_length, const char *districts,
                                                          size_t districts_length, const char *counties,
                                                          size_t counties_length);

/* Replaces the deadline table (reporting_year,announced,reopened). */
INTROCHECK_API int introcheck_context_load_deadlines(introcheck_context *ctx, const char *csv, size_t length);

/* Reads configuration text (thresholds, severity overrides, acknowledged
 * findings) on top of the defaults; see README "Configuration". */
INTROCHECK_API int introcheck_context_load_config(introcheck_context *ctx, const char *text, size_t length);

/* Severities. */
enum { INTROCHECK_INFO = 0, INTROCHECK_WARNING = 1, INTROCHECK_ERROR = 2 };
INTROCHECK_API int introcheck_context_set_severity(introcheck_context *ctx, const char *rule, int severity);

/* ---- Person ids and municipalities --------------------------------------- */

enum { INTROCHECK_ID_FNR = 1, INTROCHECK_ID_DNR = 2, INTROCHECK_ID_DUF = 3 };
enum { INTROCHECK_SERIES_CLASSIC = 1, INTROCHECK_SERIES_2032 = 2 };
enum {
  INTROCHECK_ID_OK = 0,
  INTROCHECK_ID_LENGTH = 1,
  INTROCHECK_ID_NON_DIGIT = 2,
  INTROCHECK_ID_DATE = 3,
  INTROCHECK_ID_K1 = 4,
  INTROCHECK_ID_K2 = 5,
  INTROCHECK_ID_NOT_NIR_ID = 6,
  INTROCHECK_ID_SYNTHETIC = 7
};

typedef struct introcheck_person_id {
  uint32_t size;
  int32_t valid;      /* 1 when NIR accepts it under the context's options */
  int32_t reason;     /* INTROCHECK_ID_* (OK when valid) */
  int32_t kind;       /* INTROCHECK_ID_FNR/DNR/DUF, 0 when not even the shape is right */
  int32_t synthetic;  /* 1 for a synthetic test id */
  int32_t series;     /* INTROCHECK_SERIES_*, 0 for DUF numbers */
  int32_t birth_date; /* YYYYMMDD, 0 when unknown */
} introcheck_person_id;
#define INTROCHECK_PERSON_ID_INIT {sizeof(introcheck_person_id), 0, 0, 0, 0, 0, 0}

/* Checks an id. `reference_date` decides centuries where the individual
 * number does not (0: today in Europe/Oslo). An invalid id is not a failure:
 * the call returns INTROCHECK_OK with valid = 0 and the reason. */
INTROCHECK_API int introcheck_check_person_id(const introcheck_context *ctx, const char *id,
                                              int32_t reference_date, introcheck_person_id *out);

/* Writes 1 to *out when the municipality code is valid on `date`, else 0. */
INTROCHECK_API int introcheck_municipality_valid(const introcheck_context *ctx, const char *code, int32_t date,
                                                 int *out);

/* The name of the code on `date` (or as last known before it), borrowed from
 * the context; NULL when the code is unknown then. */
INTROCHECK_API int introcheck_municipality_name(const introcheck_context *ctx, const char *code, int32_t date,
                                                const char **out);

/* The codes valid on `date` that the area of `code` went to (chains of
 * reforms followed), as JSON: [{"code": ..., "name": ..., "valid_from": ...}]. */
INTROCHECK_API int introcheck_municipality_successors(char **out_json, const introcheck_context *ctx,
                                                      const char *code, int32_t date);

/* ---- Dataset: participations and measures -------------------------------- */

typedef struct introcheck_dataset introcheck_dataset;

/* A new, empty dataset that reads with `ctx`'s code lists and municipality
 * data. `ctx` must outlive it. */
INTROCHECK_API int introcheck_dataset_new(introcheck_dataset **out, const introcheck_context *ctx);
INTROCHECK_API void introcheck_dataset_free(introcheck_dataset *ds);

/* One participation, as text like a CSV row (NULL or "" = empty), with
 * dates as YYYYMMDD (0 = empty; an impossible date marks the field invalid)
 * and booleans 0/1 (other values mark the field invalid). */
typedef struct introcheck_participation {
  uint32_t size;
  const char *case_id;
  const char *person_id;
  const char *duf_number;
  const char *category;    /* code or NIR label */
  const char *legal_basis; /* introduksjonsloven / integreringsloven, or empty */
  const char *follow_up_municipality;
  const char *follow_up_district;
  const char *residence_municipality;
  const char *residence_district;
  int32_t protected_address;
  int32_t start_date;
  int32_t end_date;
  const char *end_reason; /* code or label */
  int32_t extended;
  int32_t covid_extension;
  int32_t leave_days; /* -1 = empty */
  int32_t settlement_date;
  int64_t line; /* where it came from, for messages; 0 = none */
} introcheck_participation;
#define INTROCHECK_PARTICIPATION_INIT \
  {sizeof(introcheck_participation), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL, 0, 0, -1, 0, 0}

typedef struct introcheck_measure {
  uint32_t size;
  const char *case_id;
  const char *measure; /* code or label */
  int32_t start_date;
  int32_t end_date;      /* 0 = ongoing */
  double hours_per_week; /* negative = empty */
  int64_t line;
} introcheck_measure;
#define INTROCHECK_MEASURE_INIT {sizeof(introcheck_measure), NULL, NULL, 0, 0, -1.0, 0}

INTROCHECK_API int introcheck_dataset_add_participation(introcheck_dataset *ds, const introcheck_participation *p);

/* Adds a measure; the dataset then has measures, so measure rules run. */
INTROCHECK_API int introcheck_dataset_add_measure(introcheck_dataset *ds, const introcheck_measure *m);

/* Reads participants.csv and, unless NULL, measures.csv from files.
 * `encoding` NULL detects it (BOM, strict UTF-8, else Windows-1252). */
INTROCHECK_API int introcheck_dataset_load_csv(introcheck_dataset *ds, const char *participants_path,
                                               const char *measures_path, const char *encoding);

/* The same from memory; `*_name` names the data in messages (may be NULL).
 * `measures` may be NULL. */
INTROCHECK_API int introcheck_dataset_load_buffers(introcheck_dataset *ds, const char *participants,
                                                   size_t participants_length, const char *participants_name,
                                                   const char *measures, size_t measures_length,
                                                   const char *measures_name, const char *encoding);

INTROCHECK_API size_t introcheck_dataset_participation_count(const introcheck_dataset *ds);
INTROCHECK_API size_t introcheck_dataset_measure_count(const introcheck_dataset *ds);

/* ---- NIR's report -------------------------------------------------------- */

typedef struct introcheck_nir_report introcheck_nir_report;

/* Reads NIR's report "Deltakere som har avsluttet introduksjonsprogram" as
 * saved to CSV (title lines, Norwegian headers and labels are fine). */
INTROCHECK_API int introcheck_nir_report_load_csv(introcheck_nir_report **out, const introcheck_context *ctx,
                                                  const char *path, const char *encoding);
INTROCHECK_API int introcheck_nir_report_load_buffer(introcheck_nir_report **out, const introcheck_context *ctx,
                                                     const char *data, size_t length, const char *name,
                                                     const char *encoding);
INTROCHECK_API void introcheck_nir_report_free(introcheck_nir_report *report);
INTROCHECK_API size_t introcheck_nir_report_row_count(const introcheck_nir_report *report);

/* NIR's filters and scope. Municipality NULL: the report's municipalities
 * (reconcile) or all (report, results). Categories and end reasons as the
 * CLI takes them ("rett_og_plikt,kan_tilbys", "registered,unregistered"),
 * NULL for both. */
typedef struct introcheck_run_options {
  uint32_t size;
  int32_t year;     /* the reporting year Y */
  int32_t as_of;    /* T, YYYYMMDD; 0 = today in Europe/Oslo */
  int32_t deadline; /* overrides the deadline table; 0 = use it */
  const char *municipality; /* "CODE" or "CODE/DISTRICT" */
  const char *categories;
  const char *end_reasons;
} introcheck_run_options;
#define INTROCHECK_RUN_OPTIONS_INIT {sizeof(introcheck_run_options), 0, 0, 0, NULL, NULL, NULL}

/* The report as NIR will show it for the options' year and scope. */
INTROCHECK_API int introcheck_predict_report(introcheck_nir_report **out, const introcheck_dataset *ds,
                                             const introcheck_run_options *options);

/* ---- Results of a run: validation, reconciliation ------------------------ */

typedef struct introcheck_result introcheck_result;

/* Runs every rule of the catalogue on the dataset. */
INTROCHECK_API int introcheck_validate(introcheck_result **out, const introcheck_dataset *ds,
                                       const introcheck_run_options *options);

/* Reconciles NIR's report against the dataset (IC401-IC409). */
INTROCHECK_API int introcheck_reconcile(introcheck_result **out, const introcheck_dataset *ds,
                                        const introcheck_nir_report *report, const introcheck_run_options *options);

INTROCHECK_API void introcheck_result_free(introcheck_result *result);

typedef struct introcheck_summary {
  uint32_t size;
  int64_t errors;  /* not counting acknowledged findings */
  int64_t warnings;
  int64_t infos;
  int64_t acknowledged;
  int64_t participants_read;
  int64_t participants_accepted;
  int64_t participants_rejected;
  int64_t measures_read;
  int64_t measures_accepted;
  int64_t measures_rejected;
  int32_t measure_rules_ran;
  int32_t deadline; /* effective, YYYYMMDD; 0 when none is known */
  int64_t days_left;
  /* Reconciliation only (0 for validation). */
  int64_t report_rows;
  int64_t matched_equal;
  int64_t matched_with_discrepancies;
  int64_t unmatched_report_rows;
  int64_t ended_in_scope;
  int64_t missing_from_report;
  int64_t explained_absences;
} introcheck_summary;
#define INTROCHECK_SUMMARY_INIT \
  {sizeof(introcheck_summary), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}

INTROCHECK_API int introcheck_result_summary(const introcheck_result *result, introcheck_summary *out);

INTROCHECK_API size_t introcheck_result_finding_count(const introcheck_result *result);

/* One finding. Strings are borrowed from the result ("" when empty). */
typedef struct introcheck_finding {
  uint32_t size;
  const char *rule;
  int32_t severity; /* INTROCHECK_INFO/WARNING/ERROR */
  int32_t acknowledged;
  const char *case_id;
  const char *municipality;
  const char *file;
  int64_t line; /* 0 when not tied to a line */
  const char *field;
  const char *person; /* masked unless INTROCHECK_OPT_REVEAL_IDS */
  const char *message;
  size_t param_count;
} introcheck_finding;
#define INTROCHECK_FINDING_INIT \
  {sizeof(introcheck_finding), NULL, 0, 0, NULL, NULL, NULL, 0, NULL, NULL, NULL, 0}

INTROCHECK_API int introcheck_result_finding(const introcheck_result *result, size_t index, introcheck_finding *out);

/* Parameter `param` of finding `index`: its name, its value as text (dates
 * YYYY-MM-DD, numbers in decimal) and its type. Borrowed from the result. */
enum { INTROCHECK_PARAM_TEXT = 1, INTROCHECK_PARAM_NUMBER = 2, INTROCHECK_PARAM_DATE = 3 };
INTROCHECK_API int introcheck_result_param(const introcheck_result *result, size_t index, size_t param,
                                           const char **name, const char **value, int *type);

/* Renders the result: JSON (docs/findings.schema.json), CSV (;-separated,
 * UTF-8 with BOM), text for people, or HTML (reconciliation). */
enum { INTROCHECK_FORMAT_JSON = 1, INTROCHECK_FORMAT_CSV = 2, INTROCHECK_FORMAT_TEXT = 3, INTROCHECK_FORMAT_HTML = 4 };
INTROCHECK_API int introcheck_result_render(char **out, size_t *out_length, const introcheck_result *result,
                                            int format);

/* The predicted or loaded NIR report as JSON, CSV or text. */
INTROCHECK_API int introcheck_nir_report_render(char **out, size_t *out_length, const introcheck_nir_report *report,
                                                int format, int32_t year);

/* Results as IMDi and Statistics Norway publish them (from the dataset, or
 * from `report` when not NULL), suppressed as the context says; JSON
 * (docs/results.schema.json), CSV or text. */
INTROCHECK_API int introcheck_results_render(char **out, size_t *out_length, const introcheck_dataset *ds,
                                             const introcheck_nir_report *report,
                                             const introcheck_run_options *options, int format);

/* ---- The rule catalogue -------------------------------------------------- */

typedef struct introcheck_rule {
  uint32_t size;
  const char *id;
  int32_t severity; /* the default */
  const char *title_en;
  const char *title_nb;
  const char *source;
} introcheck_rule;
#define INTROCHECK_RULE_INIT {sizeof(introcheck_rule), NULL, 0, NULL, NULL, NULL}

INTROCHECK_API size_t introcheck_rule_count(void);
/* Rule `index` (0-based); strings have static storage. */
INTROCHECK_API int introcheck_rule_info(size_t index, introcheck_rule *out);

#ifdef __cplusplus
}
#endif

#endif /* INTROCHECK_H */
