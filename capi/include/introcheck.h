/*
 * introcheck.h — the stable C interface of introcheck.
 *
 * Checks a municipality's introduction-program data before transfer to NIR
 * and reconciles NIR's report afterwards. Valid C99 and C++.
 *
 * Conventions (as in libgit2, SQLite and zstd), with no exceptions:
 * - Every public name starts with introcheck_ / INTROCHECK_, and every enum
 *   has a prefix of its own (INTROCHECK_SEVERITY_*, INTROCHECK_ID_KIND_*...).
 *   Status codes are INTROCHECK_OK and INTROCHECK_E_*.
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
 *   to sizeof(struct): the _INIT macro or the introcheck_*_init() function
 *   does it and fills in the defaults. The library reads and writes only the
 *   fields that size covers, so programs built against an older header keep
 *   working. A size larger than the library knows (a newer header) is
 *   accepted when the fields it does not know are all zero, and refused with
 *   INTROCHECK_E_INVALID otherwise. Each struct's _VERSION counts the times
 *   fields were appended to it.
 *
 * Lifetimes: a dataset and a NIR report hold a reference on the context they
 * were made from, so the handles may be freed in any order; the context's
 * memory goes when the last of them is freed. A result holds no reference:
 * it keeps the settings its run had.
 *
 * Threads: a context, a dataset, a NIR report or a result may be used from
 * several threads at once as long as none of them calls a function that
 * changes it (the *_set_*, *_load_* and *_add_* functions). In particular a
 * dataset that is no longer being modified may be validated, reconciled and
 * summarised from any number of threads at once, and handles made from one
 * context may be freed on any threads. introcheck_last_error() is per thread.
 *
 * This header grows only by appending: no name, value or field ever changes
 * meaning once released. 0.2 was the one break 0.x allowed (see the
 * changelog); its shared library is libintrocheck.so.0.2 with symbol version
 * INTROCHECK_0.2, so a program built against 0.1 cannot load it by accident.
 */
#ifndef INTROCHECK_H
#define INTROCHECK_H

#include <stddef.h>
#include <stdint.h>

#define INTROCHECK_VERSION_MAJOR 0
#define INTROCHECK_VERSION_MINOR 2
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

/* The loaded library's version as "MAJOR.MINOR.PATCH".
 * Static storage; never fails; any thread. */
INTROCHECK_API const char *introcheck_version(void);

/* INTROCHECK_VERSION_NUMBER of the library actually loaded, to compare with
 * the header a program was built with. Never fails; any thread. */
INTROCHECK_API int introcheck_version_number(void);

/* Status codes. Values are only ever appended. */
typedef enum introcheck_status {
  INTROCHECK_OK = 0,
  INTROCHECK_E_INVALID = -1,  /* bad argument: NULL, bad size, bad value, invalid UTF-8 */
  INTROCHECK_E_IO = -2,       /* a file could not be read or written */
  INTROCHECK_E_PARSE = -3,    /* input is malformed; the message names file, line, field */
  INTROCHECK_E_ENCODING = -4, /* input bytes are not in the expected encoding */
  INTROCHECK_E_LIMIT = -5,    /* input exceeds a configured limit */
  INTROCHECK_E_RANGE = -6,    /* an index past the end */
  INTROCHECK_E_NOMEM = -7,    /* out of memory */
  INTROCHECK_E_INTERNAL = -8  /* a bug in introcheck: please report it */
} introcheck_status;

/* A short English description of a status code ("unknown status" for a code
 * this library does not know). Static storage; never fails; any thread. */
INTROCHECK_API const char *introcheck_status_str(int status);

/* The message of the last failure on the calling thread, or "" when its last
 * call succeeded. Owned by the library: valid until the thread's next call
 * into introcheck. Never fails. */
INTROCHECK_API const char *introcheck_last_error(void);

/* Frees a string the library handed out through `char **`. NULL is fine.
 * Any thread; never fails. */
INTROCHECK_API void introcheck_string_free(char *s);

/* ---- Context: code lists, municipality data, deadlines, settings --------- */

/* Everything a run depends on lives in a context, so one process can serve
 * many municipalities with different settings. */
typedef struct introcheck_context introcheck_context;

/* A new context with the embedded code lists, municipality data, deadlines
 * and default configuration, language nb, in *out (the caller's, freed with
 * introcheck_context_free). Any thread. Errors: E_INVALID (out NULL),
 * E_NOMEM. */
INTROCHECK_API int introcheck_context_new(introcheck_context **out);

/* Gives up the caller's reference. The memory goes once no dataset or NIR
 * report made from the context is left, so this may come before their
 * frees. NULL is fine. Not while another thread uses the same handle. */
INTROCHECK_API void introcheck_context_free(introcheck_context *ctx);

/* Sets the language of messages and reports: "nb" (default), "nn" or "en".
 * Changes the context: not while another thread uses it. Datasets and NIR
 * reports made from it see the change; existing results do not.
 * Errors: E_INVALID (NULL, unknown language). */
INTROCHECK_API int introcheck_context_set_language(introcheck_context *ctx, const char *language);

/* Integer options (zstd-style: new ones are appended, never changed). */
typedef enum introcheck_option {
  INTROCHECK_OPT_ALLOW_SYNTHETIC = 1, /* 0/1: accept synthetic test ids (default 0) */
  INTROCHECK_OPT_REVEAL_IDS = 2,      /* 0/1: full person ids and names in output (default 0) */
  INTROCHECK_OPT_SUPPRESS_BELOW = 3,  /* results: counts 1..N-1 suppressed; 0 off (default 5) */
  INTROCHECK_OPT_MAX_INPUT_BYTES = 4, /* larger input files are refused (default 1 GiB) */
  INTROCHECK_OPT_THREADS = 5,         /* threads for loading and checking large data, 1..256; 0 = one per
                                         core (default 0). Results are the same whatever the number; a
                                         server running one check per thread may want 1. */
  INTROCHECK_OPT_MAX_CASE_ID_BYTES = 6 /* a row with a longer case id is rejected (default 256; a limit
                                          above 65535 rejects above 65535, the longest case id stored) */
} introcheck_option;

/* Sets an option (see introcheck_option for each one's range). Changes the
 * context: not while another thread uses it.
 * Errors: E_INVALID (ctx NULL, unknown option, value out of range). */
INTROCHECK_API int introcheck_context_set_option(introcheck_context *ctx, introcheck_option option,
                                                 int64_t value);

/* Writes an option's current value to *out. Any number of threads.
 * Errors: E_INVALID (NULL argument, unknown option). */
INTROCHECK_API int introcheck_context_get_option(int64_t *out, const introcheck_context *ctx,
                                                 introcheck_option option);

/* The code lists a context holds. */
typedef enum introcheck_code_list {
  INTROCHECK_CODE_LIST_END_REASONS = 1,
  INTROCHECK_CODE_LIST_MEASURES = 2,  /* its optional content column: integreringsloven § 14 */
  INTROCHECK_CODE_LIST_END_GOALS = 3  /* sluttmål; its length_group column sets IC106/IC107 */
} introcheck_code_list;

/* Replaces a code list with CSV text of the columns
 * code,label_nb,label_nn,label_en,group (header row first; end goals name
 * the group column length_group, measures may add content). The text is
 * copied. Changes the context: not while another thread uses it; datasets
 * loaded before keep the codes they read.
 * Errors: E_INVALID (NULL, unknown list), E_ENCODING, E_PARSE (names the
 * line and field). On failure the context is unchanged. */
INTROCHECK_API int introcheck_context_load_code_list(introcheck_context *ctx, introcheck_code_list list,
                                                     const char *csv, size_t length);

/* Replaces the municipality, change, district and county tables with CSV
 * text in the shapes of the embedded tables, from Statistics Norway's
 * classifications 131 and 103 (municipalities and counties:
 * code,name,valid_from,valid_to, valid_to exclusive and empty while valid;
 * changes: old_code,new_code,change_date,old_name,new_name; districts:
 * code,name,valid_from,valid_to,source). The text is copied. Changes the
 * context: not while another thread uses it.
 * Errors: E_INVALID, E_ENCODING, E_PARSE; on failure the context is unchanged. */
INTROCHECK_API int introcheck_context_load_municipalities(introcheck_context *ctx, const char *municipalities,
                                                          size_t municipalities_length, const char *changes,
                                                          size_t changes_length, const char *districts,
                                                          size_t districts_length, const char *counties,
                                                          size_t counties_length);

/* Replaces the deadline table (CSV: reporting_year,announced,reopened). The
 * text is copied. Changes the context: not while another thread uses it.
 * Errors: E_INVALID, E_ENCODING, E_PARSE; on failure the context is unchanged. */
INTROCHECK_API int introcheck_context_load_deadlines(introcheck_context *ctx, const char *csv, size_t length);

/* Reads configuration text (INI: thresholds, severity overrides,
 * acknowledged findings, and a case system's own column names and codes in
 * [columns.participants], [columns.measures] and [values.FIELD], which the
 * context's dataset loads then read by) on top of the defaults. The text is
 * copied. Changes the context: not while another thread uses it.
 * Errors: E_INVALID, E_ENCODING, E_PARSE (unknown section, key, rule, field
 * or code, a value out of range; names the line); on failure the context is
 * unchanged. */
INTROCHECK_API int introcheck_context_load_config(introcheck_context *ctx, const char *text, size_t length);

/* Severities of findings. */
typedef enum introcheck_severity {
  INTROCHECK_SEVERITY_INFO = 0,
  INTROCHECK_SEVERITY_WARNING = 1,
  INTROCHECK_SEVERITY_ERROR = 2
} introcheck_severity;

/* Overrides the severity of one rule ("IC101"). Changes the context: not
 * while another thread uses it. Errors: E_INVALID (NULL, unknown rule,
 * unknown severity). */
INTROCHECK_API int introcheck_context_set_severity(introcheck_context *ctx, const char *rule,
                                                   introcheck_severity severity);

/* ---- Person ids and municipalities --------------------------------------- */

typedef enum introcheck_id_kind {
  INTROCHECK_ID_KIND_NONE = 0, /* not even the shape of an id */
  INTROCHECK_ID_KIND_FNR = 1,
  INTROCHECK_ID_KIND_DNR = 2,
  INTROCHECK_ID_KIND_DUF = 3
} introcheck_id_kind;

typedef enum introcheck_id_series {
  INTROCHECK_ID_SERIES_NONE = 0, /* DUF numbers, and ids without a shape */
  INTROCHECK_ID_SERIES_CLASSIC = 1,
  INTROCHECK_ID_SERIES_2032 = 2
} introcheck_id_series;

/* Why an id is not valid. */
typedef enum introcheck_id_reason {
  INTROCHECK_ID_REASON_OK = 0,
  INTROCHECK_ID_REASON_LENGTH = 1,
  INTROCHECK_ID_REASON_NON_DIGIT = 2,
  INTROCHECK_ID_REASON_DATE = 3,
  INTROCHECK_ID_REASON_K1 = 4,
  INTROCHECK_ID_REASON_K2 = 5,
  INTROCHECK_ID_REASON_NOT_NIR_ID = 6,
  INTROCHECK_ID_REASON_SYNTHETIC = 7
} introcheck_id_reason;

#define INTROCHECK_PERSON_ID_VERSION 1
typedef struct introcheck_person_id {
  uint32_t size;
  int32_t valid;      /* 1 when NIR accepts it under the context's options */
  int32_t reason;     /* introcheck_id_reason (OK when valid) */
  int32_t kind;       /* introcheck_id_kind */
  int32_t synthetic;  /* 1 for a synthetic test id */
  int32_t series;     /* introcheck_id_series */
  int32_t birth_date; /* YYYYMMDD, 0 when unknown */
} introcheck_person_id;
#define INTROCHECK_PERSON_ID_INIT {sizeof(introcheck_person_id), 0, 0, 0, 0, 0, 0}

/* Sets *s to INTROCHECK_PERSON_ID_INIT as far as `size` covers, for
 * languages without macros. Errors: E_INVALID (NULL, a size that is no
 * version of the struct). The same holds for every *_init below. */
INTROCHECK_API int introcheck_person_id_init(introcheck_person_id *s, size_t size);

/* Checks an id and writes the verdict to *out (whose size the caller set).
 * `reference_date` decides centuries where the individual number does not
 * (0: today in Europe/Oslo). An invalid id is not a failure: the call
 * returns INTROCHECK_OK with valid = 0 and the reason. Any number of threads.
 * Errors: E_INVALID (NULL, invalid UTF-8, bad size, impossible date). */
INTROCHECK_API int introcheck_check_person_id(introcheck_person_id *out, const introcheck_context *ctx,
                                              const char *id, int32_t reference_date);

/* Writes 1 to *out when the municipality code is valid on `date`, else 0.
 * Any number of threads. Errors: E_INVALID (NULL, impossible or no date). */
INTROCHECK_API int introcheck_municipality_valid(int *out, const introcheck_context *ctx, const char *code,
                                                 int32_t date);

/* Writes to *out the name of the code on `date` (or as last known before
 * it), borrowed from the context and valid until its municipality data is
 * replaced or it is freed; NULL when the code is unknown then. Any number of
 * threads. Errors: E_INVALID (NULL, impossible or no date). */
INTROCHECK_API int introcheck_municipality_name(const char **out, const introcheck_context *ctx,
                                                const char *code, int32_t date);

/* The codes valid on `date` that the area of `code` went to (chains of
 * reforms followed), as JSON [{"code": ..., "name": ..., "valid_from": ...}]
 * in *out_json (the caller's; introcheck_string_free). Any number of threads.
 * Errors: E_INVALID (NULL, impossible or no date), E_NOMEM. */
INTROCHECK_API int introcheck_municipality_successors(char **out_json, const introcheck_context *ctx,
                                                      const char *code, int32_t date);

/* ---- Dataset: participations and measures -------------------------------- */

typedef struct introcheck_dataset introcheck_dataset;

/* A new, empty dataset in *out that reads with `ctx`'s code lists and
 * municipality data, and holds a reference on `ctx` until it is freed. The
 * caller frees it with introcheck_dataset_free. Any number of threads.
 * Errors: E_INVALID (NULL), E_NOMEM. */
INTROCHECK_API int introcheck_dataset_new(introcheck_dataset **out, const introcheck_context *ctx);

/* Frees a dataset and drops its reference on the context. NULL is fine. Not
 * while another thread uses it. */
INTROCHECK_API void introcheck_dataset_free(introcheck_dataset *ds);

/* A yes/no answer that tells "no" from empty, for the booleans of version 2
 * whose rules need the difference (IC115, IC118). Zero is empty, so a zeroed
 * struct, and the zero tail of a newer caller's larger struct, say nothing. */
typedef enum introcheck_answer {
  INTROCHECK_ANSWER_EMPTY = 0,
  INTROCHECK_ANSWER_NO = 1,
  INTROCHECK_ANSWER_YES = 2
} introcheck_answer;

/* One participation, as text like a CSV row (NULL or "" = empty), with
 * dates as YYYYMMDD (0 = empty; an impossible date marks the field invalid)
 * and booleans 0/1 (other values mark the field invalid). Each member means
 * what the participants.csv column of its name means. The booleans of
 * version 2 are introcheck_answer values (other values mark the field
 * invalid). */
#define INTROCHECK_PARTICIPATION_VERSION 2 /* 2: permit_ground ... registered_date */
typedef struct introcheck_participation {
  uint32_t size;
  const char *case_id;
  const char *person_id;
  const char *duf_number;
  const char *category;    /* code or NIR label */
  const char *legal_basis; /* introduksjonsloven / integreringsloven / integreringsloven_6a, or empty */
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
  /* Version 2: integreringsloven and its chapter 6A. */
  const char *permit_ground;    /* utl_28, utl_35, utl_38, utl_34, utl_53, family, other, or a label */
  const char *education;        /* highest completed: none, primary, upper_secondary, higher, or a label */
  const char *end_goal;         /* sluttmål: code or label of the end-goal list */
  int32_t permit_date;          /* residence permit granted (vedtaksdato) */
  int32_t arrival_date;         /* arrival in Norway */
  int32_t settled_by_agreement; /* settled by agreement with the authorities: an introcheck_answer */
  int32_t mapping_date;         /* competence mapping done */
  int32_t career_guidance_date; /* career guidance done */
  int32_t plan_date;            /* integration plan made */
  int32_t children_under_18;    /* an introcheck_answer */
  int32_t registered_date;      /* the participation's latest change registered in NIR */
} introcheck_participation;
#define INTROCHECK_PARTICIPATION_INIT                                                                              \
  {sizeof(introcheck_participation), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0, 0, NULL, 0, 0, -1, \
   0, 0, NULL, NULL, NULL, 0, 0, 0, 0, 0, 0, 0, 0}

/* Sets *s to INTROCHECK_PARTICIPATION_INIT as far as `size` covers. Errors: E_INVALID (NULL, a
 * size that is no version of the struct). */
INTROCHECK_API int introcheck_participation_init(introcheck_participation *s, size_t size);

/* One measure, as text like a measures.csv row, with dates and booleans as
 * in introcheck_participation. */
#define INTROCHECK_MEASURE_VERSION 2 /* 2: completed */
typedef struct introcheck_measure {
  uint32_t size;
  const char *case_id;
  const char *measure; /* code or label */
  int32_t start_date;
  int32_t end_date;      /* 0 = ongoing */
  double hours_per_week; /* negative = empty */
  int64_t line;
  /* Version 2. */
  int32_t completed; /* a course (livsmestring, foreldreveiledning) completed: an introcheck_answer */
} introcheck_measure;
#define INTROCHECK_MEASURE_INIT {sizeof(introcheck_measure), NULL, NULL, 0, 0, -1.0, 0, 0}

/* Sets *s to INTROCHECK_MEASURE_INIT as far as `size` covers. Errors: E_INVALID (NULL, a
 * size that is no version of the struct). */
INTROCHECK_API int introcheck_measure_init(introcheck_measure *s, size_t size);

/* Adds a participation; its strings are copied and read as codes or labels
 * (the configuration's [values.FIELD] is for loaded files). A value the record check
 * finds wrong is not a failure: the rules report it. A member becomes a
 * column of the dataset once a record gives it a value (not empty): a rule
 * that needs a column no record gave is skipped, as for a CSV file without
 * that column, and the rendered summary names it. Changes the dataset: not
 * while another thread uses it.
 * Errors: E_INVALID (NULL, bad size, invalid UTF-8, a line past
 * 4294967295), E_LIMIT (a case id longer than INTROCHECK_OPT_MAX_CASE_ID_BYTES
 * or 65535 bytes: the row is counted as rejected), E_NOMEM. */
INTROCHECK_API int introcheck_dataset_add_participation(introcheck_dataset *ds, const introcheck_participation *p);

/* Adds a measure; its strings are copied. The dataset then has measures, so
 * the measure rules run; its members become columns as a participation's
 * do. Changes the dataset: not while another thread uses it.
 * Errors: E_INVALID (NULL, bad size, invalid UTF-8, a line past
 * 4294967295), E_LIMIT (case id too long: counted as rejected), E_NOMEM. */
INTROCHECK_API int introcheck_dataset_add_measure(introcheck_dataset *ds, const introcheck_measure *m);

/* Replaces the dataset's records with participants.csv and, unless NULL,
 * measures.csv read from files. `encoding` NULL detects it (BOM, strict
 * UTF-8, else Windows-1252). Columns are found by field name, built-in
 * Norwegian name or the context's configuration, values mapped by it.
 * Changes the dataset: not while another thread uses it. Errors: E_INVALID,
 * E_IO (names the file), E_LIMIT (larger than
 * INTROCHECK_OPT_MAX_INPUT_BYTES), E_ENCODING, E_PARSE (file, line, field;
 * two columns for one field; a mapped code the context's lists lack, naming
 * the configuration's line). On failure the dataset is unchanged. */
INTROCHECK_API int introcheck_dataset_load_csv(introcheck_dataset *ds, const char *participants_path,
                                               const char *measures_path, const char *encoding);

/* introcheck_dataset_load_csv from memory: the buffers are copied and the
 * caller keeps them. `*_name` names the data in messages (NULL:
 * "participants.csv", "measures.csv"). `measures` may be NULL. Not while
 * another thread uses the dataset. Errors: E_INVALID, E_LIMIT, E_ENCODING,
 * E_PARSE (name, line, field); on failure the dataset is unchanged. */
INTROCHECK_API int introcheck_dataset_load_buffers(introcheck_dataset *ds, const char *participants,
                                                   size_t participants_length, const char *participants_name,
                                                   const char *measures, size_t measures_length,
                                                   const char *measures_name, const char *encoding);

/* The number of participations (accepted rows). 0 for NULL. Never fails. */
INTROCHECK_API size_t introcheck_dataset_participation_count(const introcheck_dataset *ds);

/* The number of measures (accepted rows). 0 for NULL. Never fails. */
INTROCHECK_API size_t introcheck_dataset_measure_count(const introcheck_dataset *ds);

/* ---- NIR's report -------------------------------------------------------- */

typedef struct introcheck_nir_report introcheck_nir_report;

/* Reads NIR's report "Deltakere som har avsluttet introduksjonsprogram" as
 * saved to CSV (title lines, Norwegian headers and labels are fine) into
 * *out (the caller's; introcheck_nir_report_free). The report holds a
 * reference on `ctx` and renders with its language and masking. Any number
 * of threads (it only reads the context). Errors: E_INVALID, E_IO, E_LIMIT, E_ENCODING, E_PARSE (file, line, field). */
INTROCHECK_API int introcheck_nir_report_load_csv(introcheck_nir_report **out, const introcheck_context *ctx,
                                                  const char *path, const char *encoding);

/* introcheck_nir_report_load_csv from memory: the buffer is copied and the
 * caller keeps it; the report in *out is the caller's
 * (introcheck_nir_report_free) and holds a reference on `ctx`. `name` names
 * the data in messages (NULL: "nir_report.csv"). Any number of threads.
 * Errors: E_INVALID, E_LIMIT, E_ENCODING, E_PARSE (name, line, field). */
INTROCHECK_API int introcheck_nir_report_load_buffer(introcheck_nir_report **out, const introcheck_context *ctx,
                                                     const char *data, size_t length, const char *name,
                                                     const char *encoding);

/* Frees a report and drops its reference on the context. NULL is fine. Not
 * while another thread uses it. */
INTROCHECK_API void introcheck_nir_report_free(introcheck_nir_report *report);

/* The number of rows in the report. 0 for NULL. Never fails. */
INTROCHECK_API size_t introcheck_nir_report_row_count(const introcheck_nir_report *report);

/* NIR's filters and scope. Municipality NULL: the report's municipalities
 * (reconcile) or all (report, results). Categories and end reasons as the
 * command line takes them ("rett_og_plikt,kan_tilbys,rett_6a",
 * "registered,unregistered"), NULL for all. */
#define INTROCHECK_RUN_OPTIONS_VERSION 1
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

/* Sets *s to INTROCHECK_RUN_OPTIONS_INIT as far as `size` covers. Errors: E_INVALID (NULL, a
 * size that is no version of the struct). */
INTROCHECK_API int introcheck_run_options_init(introcheck_run_options *s, size_t size);

/* The report as NIR will show it for the options' year and scope, in *out
 * (the caller's; introcheck_nir_report_free); it holds a reference on the
 * dataset's context, not on the dataset. Any number of threads.
 * Errors: E_INVALID (NULL, bad size, year, date or scope), E_NOMEM. */
INTROCHECK_API int introcheck_predict_report(introcheck_nir_report **out, const introcheck_dataset *ds,
                                             const introcheck_run_options *options);

/* ---- Results of a run: validation, reconciliation ------------------------ */

typedef struct introcheck_result introcheck_result;

/* Runs every rule of the catalogue on the dataset; the result in *out (the
 * caller's; introcheck_result_free) keeps the context's settings as they
 * were, and needs neither the dataset nor the context afterwards. Any
 * number of threads. Errors: E_INVALID (NULL, bad size, year, date or
 * scope), E_NOMEM. */
INTROCHECK_API int introcheck_validate(introcheck_result **out, const introcheck_dataset *ds,
                                       const introcheck_run_options *options);

/* Reconciles NIR's report against the dataset (IC401-IC409). The result in
 * *out is the caller's (introcheck_result_free), keeps the context's
 * settings as they were and needs neither input afterwards. Any number of
 * threads. Errors: E_INVALID (NULL, bad size, year, date or scope), E_NOMEM. */
INTROCHECK_API int introcheck_reconcile(introcheck_result **out, const introcheck_dataset *ds,
                                        const introcheck_nir_report *report, const introcheck_run_options *options);

/* Frees a result and the strings borrowed from it. NULL is fine. Not while
 * another thread uses it. */
INTROCHECK_API void introcheck_result_free(introcheck_result *result);

#define INTROCHECK_SUMMARY_VERSION 2 /* 2: report_rows_out_of_scope */
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
  int32_t deadline; /* in force on as_of (announced until passed, then reopened), YYYYMMDD; 0 when none is known */
  int64_t days_left;
  /* Reconciliation only (0 for validation). */
  int64_t report_rows;
  int64_t matched_equal;
  int64_t matched_with_discrepancies;
  int64_t unmatched_report_rows;
  int64_t ended_in_scope;
  int64_t missing_from_report;
  int64_t explained_absences;
  int64_t report_rows_out_of_scope; /* rows read but outside the scope */
} introcheck_summary;
#define INTROCHECK_SUMMARY_INIT \
  {sizeof(introcheck_summary), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}

/* Sets *s to INTROCHECK_SUMMARY_INIT as far as `size` covers. Errors: E_INVALID (NULL, a
 * size that is no version of the struct). */
INTROCHECK_API int introcheck_summary_init(introcheck_summary *s, size_t size);

/* Writes the result's counts to *out (whose size the caller set). Any
 * number of threads. Errors: E_INVALID (NULL, bad size). */
INTROCHECK_API int introcheck_result_summary(introcheck_summary *out, const introcheck_result *result);

/* The number of findings. 0 for NULL. Never fails. */
INTROCHECK_API size_t introcheck_result_finding_count(const introcheck_result *result);

/* One finding. Strings are borrowed from the result ("" when empty). */
#define INTROCHECK_FINDING_VERSION 1
typedef struct introcheck_finding {
  uint32_t size;
  const char *rule;
  int32_t severity; /* introcheck_severity */
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

/* Sets *s to INTROCHECK_FINDING_INIT as far as `size` covers. Errors: E_INVALID (NULL, a
 * size that is no version of the struct). */
INTROCHECK_API int introcheck_finding_init(introcheck_finding *s, size_t size);

/* Writes finding `index` (0-based) to *out; its strings are borrowed from
 * the result. Any number of threads.
 * Errors: E_INVALID (NULL, bad size), E_RANGE (index past the end). */
INTROCHECK_API int introcheck_result_finding(introcheck_finding *out, const introcheck_result *result,
                                             size_t index);

typedef enum introcheck_param_type {
  INTROCHECK_PARAM_TYPE_TEXT = 1,
  INTROCHECK_PARAM_TYPE_NUMBER = 2,
  INTROCHECK_PARAM_TYPE_DATE = 3
} introcheck_param_type;

/* Parameter `param` of finding `index`: its name, its value as text (dates
 * YYYY-MM-DD, numbers in decimal) and its type, each written where the
 * pointer is not NULL. The strings are borrowed: valid until
 * introcheck_result_free. Any number of threads.
 * Errors: E_INVALID (result NULL), E_RANGE (an index past the end). */
INTROCHECK_API int introcheck_result_param(const char **name, const char **value, introcheck_param_type *type,
                                           const introcheck_result *result, size_t index, size_t param);

/* What the reconciliation compared: the follow-up municipalities in scope.
 * 0 for a validation result or NULL. Never fails. */
INTROCHECK_API size_t introcheck_result_scope_count(const introcheck_result *result);

/* Writes municipality `index` of the scope to *out, borrowed: valid until
 * introcheck_result_free. Any number of threads.
 * Errors: E_INVALID (NULL), E_RANGE. */
INTROCHECK_API int introcheck_result_scope_municipality(const char **out, const introcheck_result *result,
                                                        size_t index);

/* Why a participation ended in scope is rightly not in NIR's report. */
typedef enum introcheck_absence_reason {
  INTROCHECK_ABSENCE_REASON_PROTECTED_ADDRESS = 1, /* left out of the municipality's overview */
  INTROCHECK_ABSENCE_REASON_COVID_EXTENSION = 2,   /* ended by NIR in another year */
  INTROCHECK_ABSENCE_REASON_OUTSIDE_FILTERS = 3    /* category or end-reason filter */
} introcheck_absence_reason;

/* One explained absence. Strings are borrowed from the result. */
#define INTROCHECK_ABSENCE_VERSION 1
typedef struct introcheck_absence {
  uint32_t size;
  const char *case_id;
  const char *municipality; /* follow-up municipality */
  int64_t line;             /* in the participants file; 0 = none */
  int32_t reason;           /* introcheck_absence_reason */
} introcheck_absence;
#define INTROCHECK_ABSENCE_INIT {sizeof(introcheck_absence), NULL, NULL, 0, 0}

/* Sets *s to INTROCHECK_ABSENCE_INIT as far as `size` covers. Errors: E_INVALID (NULL, a
 * size that is no version of the struct). */
INTROCHECK_API int introcheck_absence_init(introcheck_absence *s, size_t size);

/* The number of explained absences of a reconciliation (the summary's
 * explained_absences). 0 for a validation result or NULL. Never fails. */
INTROCHECK_API size_t introcheck_result_absence_count(const introcheck_result *result);

/* Writes explained absence `index` to *out. Any number of threads.
 * Errors: E_INVALID (NULL, bad size), E_RANGE. */
INTROCHECK_API int introcheck_result_absence(introcheck_absence *out, const introcheck_result *result,
                                             size_t index);

/* The number of rules the run skipped because the participants lack a
 * column they need (the same for a validation and a reconciliation of the
 * same data). 0 for NULL. Never fails. */
INTROCHECK_API size_t introcheck_result_skipped_rule_count(const introcheck_result *result);

/* Skipped rule `index` (0-based, in the catalogue's order): its id ("IC116")
 * and why it did not run, in English ("the participants have no column
 * mapping_date"), each written where the pointer is not NULL. The strings
 * are borrowed: valid until introcheck_result_free. Any number of threads.
 * Errors: E_INVALID (result NULL), E_RANGE (index past the end). */
INTROCHECK_API int introcheck_result_skipped_rule(const char **rule, const char **reason,
                                                  const introcheck_result *result, size_t index);

/* Output formats. */
typedef enum introcheck_format {
  INTROCHECK_FORMAT_JSON = 1, /* the findings, report and results JSON schemas */
  INTROCHECK_FORMAT_CSV = 2,  /* ;-separated, UTF-8 with BOM */
  INTROCHECK_FORMAT_TEXT = 3, /* for people */
  INTROCHECK_FORMAT_HTML = 4, /* one self-contained page with filters (results only) */
  INTROCHECK_FORMAT_JUNIT = 5, /* JUnit XML for CI (Jenkins, GitLab, Azure DevOps): a rule a
                                  suite, a case a test, failing on an error (results only) */
  INTROCHECK_FORMAT_JUNIT_STRICT = 6 /* the same, failing on a warning too, as --strict (results only) */
} introcheck_format;

/* Renders the result in the language and with the masking its run had, into
 * *out (the caller's; introcheck_string_free) and, unless NULL, its length
 * into *out_length. Any number of threads.
 * HTML renders a validation's page as well as a reconciliation's (0.2.0
 * refused a validation's with E_INVALID).
 * Errors: E_INVALID (NULL, unknown format), E_NOMEM. */
INTROCHECK_API int introcheck_result_render(char **out, size_t *out_length, const introcheck_result *result,
                                            introcheck_format format);

/* Renders the predicted or loaded NIR report for reporting year `year` in
 * its context's language and masking as they are now (JSON, CSV or text),
 * into *out (the caller's; introcheck_string_free) and, unless NULL, its
 * length into *out_length. Any number of threads, while no one changes the
 * context. Errors: E_INVALID (NULL, unknown format, HTML, JUnit), E_NOMEM. */
INTROCHECK_API int introcheck_nir_report_render(char **out, size_t *out_length, const introcheck_nir_report *report,
                                                introcheck_format format, int32_t year);

/* Results as IMDi and Statistics Norway publish them (from the dataset, or
 * from `report` when not NULL), suppressed as the dataset's context says, in
 * its language (JSON, CSV or text), into *out (the caller's;
 * introcheck_string_free) and, unless NULL, its length into *out_length.
 * Any number of threads. Errors: E_INVALID (NULL, bad options, unknown
 * format, HTML, JUnit), E_NOMEM. */
INTROCHECK_API int introcheck_results_render(char **out, size_t *out_length, const introcheck_dataset *ds,
                                             const introcheck_nir_report *report,
                                             const introcheck_run_options *options, introcheck_format format);

/* ---- The rule catalogue -------------------------------------------------- */

#define INTROCHECK_RULE_VERSION 1
typedef struct introcheck_rule {
  uint32_t size;
  const char *id;
  int32_t severity; /* introcheck_severity: the default */
  const char *title_en;
  const char *title_nb;
  const char *source;
} introcheck_rule;
#define INTROCHECK_RULE_INIT {sizeof(introcheck_rule), NULL, 0, NULL, NULL, NULL}

/* Sets *s to INTROCHECK_RULE_INIT as far as `size` covers. Errors: E_INVALID (NULL, a
 * size that is no version of the struct). */
INTROCHECK_API int introcheck_rule_init(introcheck_rule *s, size_t size);

/* The number of rules in the catalogue. Never fails; any thread. */
INTROCHECK_API size_t introcheck_rule_count(void);

/* Writes rule `index` (0-based) to *out; its strings have static storage.
 * Any thread. Errors: E_INVALID (NULL, bad size), E_RANGE. */
INTROCHECK_API int introcheck_rule_info(introcheck_rule *out, size_t index);

#ifdef __cplusplus
}
#endif

#endif /* INTROCHECK_H */
