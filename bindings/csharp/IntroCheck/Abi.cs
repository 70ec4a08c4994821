// Generated from capi/include/introcheck.h by bindings/abi_constants.py --write; do not edit.
// The C names and values of every enum constant in introcheck.h.

namespace IntroCheck;

/// <summary>The C ABI's constants under their C names.</summary>
internal static class Abi
{
    // introcheck_status
    internal const int INTROCHECK_OK = 0;
    internal const int INTROCHECK_E_INVALID = -1;
    internal const int INTROCHECK_E_IO = -2;
    internal const int INTROCHECK_E_PARSE = -3;
    internal const int INTROCHECK_E_ENCODING = -4;
    internal const int INTROCHECK_E_LIMIT = -5;
    internal const int INTROCHECK_E_RANGE = -6;
    internal const int INTROCHECK_E_NOMEM = -7;
    internal const int INTROCHECK_E_INTERNAL = -8;
    // introcheck_option
    internal const int INTROCHECK_OPT_ALLOW_SYNTHETIC = 1;
    internal const int INTROCHECK_OPT_REVEAL_IDS = 2;
    internal const int INTROCHECK_OPT_SUPPRESS_BELOW = 3;
    internal const int INTROCHECK_OPT_MAX_INPUT_BYTES = 4;
    internal const int INTROCHECK_OPT_THREADS = 5;
    internal const int INTROCHECK_OPT_MAX_CASE_ID_BYTES = 6;
    // introcheck_code_list
    internal const int INTROCHECK_CODE_LIST_END_REASONS = 1;
    internal const int INTROCHECK_CODE_LIST_MEASURES = 2;
    internal const int INTROCHECK_CODE_LIST_END_GOALS = 3;
    // introcheck_severity
    internal const int INTROCHECK_SEVERITY_INFO = 0;
    internal const int INTROCHECK_SEVERITY_WARNING = 1;
    internal const int INTROCHECK_SEVERITY_ERROR = 2;
    // introcheck_id_kind
    internal const int INTROCHECK_ID_KIND_NONE = 0;
    internal const int INTROCHECK_ID_KIND_FNR = 1;
    internal const int INTROCHECK_ID_KIND_DNR = 2;
    internal const int INTROCHECK_ID_KIND_DUF = 3;
    // introcheck_id_series
    internal const int INTROCHECK_ID_SERIES_NONE = 0;
    internal const int INTROCHECK_ID_SERIES_CLASSIC = 1;
    internal const int INTROCHECK_ID_SERIES_2032 = 2;
    // introcheck_id_reason
    internal const int INTROCHECK_ID_REASON_OK = 0;
    internal const int INTROCHECK_ID_REASON_LENGTH = 1;
    internal const int INTROCHECK_ID_REASON_NON_DIGIT = 2;
    internal const int INTROCHECK_ID_REASON_DATE = 3;
    internal const int INTROCHECK_ID_REASON_K1 = 4;
    internal const int INTROCHECK_ID_REASON_K2 = 5;
    internal const int INTROCHECK_ID_REASON_NOT_NIR_ID = 6;
    internal const int INTROCHECK_ID_REASON_SYNTHETIC = 7;
    // introcheck_answer
    internal const int INTROCHECK_ANSWER_EMPTY = 0;
    internal const int INTROCHECK_ANSWER_NO = 1;
    internal const int INTROCHECK_ANSWER_YES = 2;
    // introcheck_param_type
    internal const int INTROCHECK_PARAM_TYPE_TEXT = 1;
    internal const int INTROCHECK_PARAM_TYPE_NUMBER = 2;
    internal const int INTROCHECK_PARAM_TYPE_DATE = 3;
    // introcheck_absence_reason
    internal const int INTROCHECK_ABSENCE_REASON_PROTECTED_ADDRESS = 1;
    internal const int INTROCHECK_ABSENCE_REASON_COVID_EXTENSION = 2;
    internal const int INTROCHECK_ABSENCE_REASON_OUTSIDE_FILTERS = 3;
    // introcheck_format
    internal const int INTROCHECK_FORMAT_JSON = 1;
    internal const int INTROCHECK_FORMAT_CSV = 2;
    internal const int INTROCHECK_FORMAT_TEXT = 3;
    internal const int INTROCHECK_FORMAT_HTML = 4;
    internal const int INTROCHECK_FORMAT_JUNIT = 5;
    internal const int INTROCHECK_FORMAT_JUNIT_STRICT = 6;
}
