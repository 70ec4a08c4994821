"""ctypes declarations of the C ABI in introcheck.h. Internal to the package."""
from __future__ import annotations

import ctypes
import os
from ctypes import POINTER, Structure, c_char_p, c_double, c_int, c_int32, c_int64, c_size_t, c_uint32, c_void_p
from pathlib import Path

LIBRARY_NAME = "libintrocheck.so.0.2"


def _find_library() -> str:
    """The shared library: INTROCHECK_LIBRARY, else next to this package."""
    explicit = os.environ.get("INTROCHECK_LIBRARY")
    if explicit:
        return explicit
    here = Path(__file__).resolve().parent
    for name in (LIBRARY_NAME, "libintrocheck.so"):
        if (here / name).exists():
            return str(here / name)
    raise OSError(
        f"introcheck: cannot find {LIBRARY_NAME} next to {here}; install the package with its "
        "native library, or set INTROCHECK_LIBRARY to the library's path")


class PersonIdStruct(Structure):
    _fields_ = [("size", c_uint32), ("valid", c_int32), ("reason", c_int32), ("kind", c_int32),
                ("synthetic", c_int32), ("series", c_int32), ("birth_date", c_int32)]


class ParticipationStruct(Structure):
    _fields_ = [("size", c_uint32), ("case_id", c_char_p), ("person_id", c_char_p), ("duf_number", c_char_p),
                ("category", c_char_p), ("legal_basis", c_char_p), ("follow_up_municipality", c_char_p),
                ("follow_up_district", c_char_p), ("residence_municipality", c_char_p),
                ("residence_district", c_char_p), ("protected_address", c_int32), ("start_date", c_int32),
                ("end_date", c_int32), ("end_reason", c_char_p), ("extended", c_int32),
                ("covid_extension", c_int32), ("leave_days", c_int32), ("settlement_date", c_int32),
                ("line", c_int64),
                # Version 2: integreringsloven and its chapter 6A.
                ("permit_ground", c_char_p), ("education", c_char_p), ("end_goal", c_char_p),
                ("permit_date", c_int32), ("arrival_date", c_int32), ("settled_by_agreement", c_int32),
                ("mapping_date", c_int32), ("career_guidance_date", c_int32), ("plan_date", c_int32),
                ("children_under_18", c_int32), ("registered_date", c_int32)]


class MeasureStruct(Structure):
    _fields_ = [("size", c_uint32), ("case_id", c_char_p), ("measure", c_char_p), ("start_date", c_int32),
                ("end_date", c_int32), ("hours_per_week", c_double), ("line", c_int64),
                ("completed", c_int32)]  # version 2


class RunOptionsStruct(Structure):
    _fields_ = [("size", c_uint32), ("year", c_int32), ("as_of", c_int32), ("deadline", c_int32),
                ("municipality", c_char_p), ("categories", c_char_p), ("end_reasons", c_char_p)]


class SummaryStruct(Structure):
    _fields_ = [("size", c_uint32)] + [(name, c_int64) for name in (
        "errors", "warnings", "infos", "acknowledged", "participants_read", "participants_accepted",
        "participants_rejected", "measures_read", "measures_accepted", "measures_rejected")] + [
        ("measure_rules_ran", c_int32), ("deadline", c_int32), ("days_left", c_int64)] + [
        (name, c_int64) for name in ("report_rows", "matched_equal", "matched_with_discrepancies",
                                     "unmatched_report_rows", "ended_in_scope", "missing_from_report",
                                     "explained_absences", "report_rows_out_of_scope")]


class FindingStruct(Structure):
    _fields_ = [("size", c_uint32), ("rule", c_char_p), ("severity", c_int32), ("acknowledged", c_int32),
                ("case_id", c_char_p), ("municipality", c_char_p), ("file", c_char_p), ("line", c_int64),
                ("field", c_char_p), ("person", c_char_p), ("message", c_char_p), ("param_count", c_size_t)]


class AbsenceStruct(Structure):
    _fields_ = [("size", c_uint32), ("case_id", c_char_p), ("municipality", c_char_p), ("line", c_int64),
                ("reason", c_int32)]


class RuleStruct(Structure):
    _fields_ = [("size", c_uint32), ("id", c_char_p), ("severity", c_int32), ("title_en", c_char_p),
                ("title_nb", c_char_p), ("source", c_char_p)]


# Each versioned struct and the name of its introcheck_<name>_init().
_INIT_NAMES = {PersonIdStruct: "person_id", ParticipationStruct: "participation", MeasureStruct: "measure",
               RunOptionsStruct: "run_options", SummaryStruct: "summary", FindingStruct: "finding",
               AbsenceStruct: "absence", RuleStruct: "rule"}


def _declare(lib: ctypes.CDLL) -> None:
    P = POINTER
    handle = c_void_p
    out_handle = P(c_void_p)
    out_string = P(c_void_p)  # char**, freed with introcheck_string_free
    signatures = {
        "introcheck_version": (c_char_p, []),
        "introcheck_version_number": (c_int, []),
        "introcheck_status_str": (c_char_p, [c_int]),
        "introcheck_last_error": (c_char_p, []),
        "introcheck_string_free": (None, [c_void_p]),
        "introcheck_context_new": (c_int, [out_handle]),
        "introcheck_context_free": (None, [handle]),
        "introcheck_context_set_language": (c_int, [handle, c_char_p]),
        "introcheck_context_set_option": (c_int, [handle, c_int, c_int64]),
        "introcheck_context_get_option": (c_int, [P(c_int64), handle, c_int]),
        "introcheck_context_load_code_list": (c_int, [handle, c_int, c_char_p, c_size_t]),
        "introcheck_context_load_municipalities": (c_int, [handle, c_char_p, c_size_t, c_char_p, c_size_t,
                                                           c_char_p, c_size_t, c_char_p, c_size_t]),
        "introcheck_context_load_deadlines": (c_int, [handle, c_char_p, c_size_t]),
        "introcheck_context_load_config": (c_int, [handle, c_char_p, c_size_t]),
        "introcheck_context_set_severity": (c_int, [handle, c_char_p, c_int]),
        "introcheck_check_person_id": (c_int, [P(PersonIdStruct), handle, c_char_p, c_int32]),
        "introcheck_municipality_valid": (c_int, [P(c_int), handle, c_char_p, c_int32]),
        "introcheck_municipality_name": (c_int, [P(c_char_p), handle, c_char_p, c_int32]),
        "introcheck_municipality_successors": (c_int, [out_string, handle, c_char_p, c_int32]),
        "introcheck_dataset_new": (c_int, [out_handle, handle]),
        "introcheck_dataset_free": (None, [handle]),
        "introcheck_dataset_add_participation": (c_int, [handle, P(ParticipationStruct)]),
        "introcheck_dataset_add_measure": (c_int, [handle, P(MeasureStruct)]),
        "introcheck_dataset_load_csv": (c_int, [handle, c_char_p, c_char_p, c_char_p]),
        "introcheck_dataset_load_buffers": (c_int, [handle, c_char_p, c_size_t, c_char_p, c_char_p, c_size_t,
                                                    c_char_p, c_char_p]),
        "introcheck_dataset_participation_count": (c_size_t, [handle]),
        "introcheck_dataset_measure_count": (c_size_t, [handle]),
        "introcheck_nir_report_load_csv": (c_int, [out_handle, handle, c_char_p, c_char_p]),
        "introcheck_nir_report_load_buffer": (c_int, [out_handle, handle, c_char_p, c_size_t, c_char_p, c_char_p]),
        "introcheck_nir_report_free": (None, [handle]),
        "introcheck_nir_report_row_count": (c_size_t, [handle]),
        "introcheck_predict_report": (c_int, [out_handle, handle, P(RunOptionsStruct)]),
        "introcheck_validate": (c_int, [out_handle, handle, P(RunOptionsStruct)]),
        "introcheck_reconcile": (c_int, [out_handle, handle, handle, P(RunOptionsStruct)]),
        "introcheck_result_free": (None, [handle]),
        "introcheck_result_summary": (c_int, [P(SummaryStruct), handle]),
        "introcheck_result_finding_count": (c_size_t, [handle]),
        "introcheck_result_finding": (c_int, [P(FindingStruct), handle, c_size_t]),
        "introcheck_result_param": (c_int, [P(c_char_p), P(c_char_p), P(c_int), handle, c_size_t, c_size_t]),
        "introcheck_result_scope_count": (c_size_t, [handle]),
        "introcheck_result_scope_municipality": (c_int, [P(c_char_p), handle, c_size_t]),
        "introcheck_result_absence_count": (c_size_t, [handle]),
        "introcheck_result_absence": (c_int, [P(AbsenceStruct), handle, c_size_t]),
        "introcheck_result_skipped_rule_count": (c_size_t, [handle]),
        "introcheck_result_skipped_rule": (c_int, [P(c_char_p), P(c_char_p), handle, c_size_t]),
        "introcheck_result_render": (c_int, [out_string, P(c_size_t), handle, c_int]),
        "introcheck_nir_report_render": (c_int, [out_string, P(c_size_t), handle, c_int, c_int32]),
        "introcheck_results_render": (c_int, [out_string, P(c_size_t), handle, handle, P(RunOptionsStruct), c_int]),
        "introcheck_rule_count": (c_size_t, []),
        "introcheck_rule_info": (c_int, [P(RuleStruct), c_size_t]),
    }
    for struct, name in _INIT_NAMES.items():
        signatures[f"introcheck_{name}_init"] = (c_int, [P(struct), c_size_t])
    for name, (restype, argtypes) in signatures.items():
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = argtypes


_lib: ctypes.CDLL | None = None


def new(struct: type) -> Structure:
    """A struct filled with its defaults by the library's introcheck_*_init,
    so the binding copies no default by hand."""
    name = _INIT_NAMES[struct]
    value = struct()
    status = getattr(lib(), f"introcheck_{name}_init")(ctypes.byref(value), ctypes.sizeof(struct))
    if status != 0:
        raise RuntimeError(f"introcheck_{name}_init refused sizeof {struct.__name__}: the binding and the "
                           "library disagree on its layout")
    return value


def _preload_bundled_icu(directory: Path) -> None:
    """Loads the ICU libraries a wheel carries, data first, so libintrocheck
    finds them by soname even where the system has another ICU or none."""
    for prefix in ("libicudata.so.", "libicuuc.so.", "libicui18n.so."):
        for path in sorted(directory.glob(prefix + "*")):
            ctypes.CDLL(str(path), mode=ctypes.RTLD_GLOBAL)


def lib() -> ctypes.CDLL:
    """The loaded library, loaded on first use."""
    global _lib
    if _lib is None:
        path = _find_library()
        _preload_bundled_icu(Path(path).resolve().parent)
        loaded = ctypes.CDLL(path)
        _declare(loaded)
        _lib = loaded
    return _lib
