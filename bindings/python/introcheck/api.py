"""Contexts, datasets, NIR reports and reports: thin wrappers over the C ABI."""
from __future__ import annotations

import ctypes
import datetime as _dt
import json
import os
from typing import Any, Dict, Iterator, List, Optional, Sequence, Union

from . import _native
from .errors import IntroCheckValueError, check
from .model import Category, Finding, Format, PersonIdCheck, ResultRow, Rule, Severity, Summary

PathLike = Union[str, "os.PathLike[str]"]

_REASONS = {0: None, 1: "length", 2: "non_digit", 3: "date", 4: "k1", 5: "k2", 6: "not_nir_id", 7: "synthetic"}
_KINDS = {0: None, 1: "fnr", 2: "dnr", 3: "duf"}
_SERIES = {0: None, 1: "classic", 2: "2032"}
_OPT_ALLOW_SYNTHETIC, _OPT_REVEAL_IDS, _OPT_SUPPRESS_BELOW, _OPT_MAX_INPUT_BYTES, _OPT_THREADS = 1, 2, 3, 4, 5


def _b(text: Optional[str]) -> Optional[bytes]:
    return None if text is None else text.encode("utf-8")


def _s(raw: Optional[bytes]) -> Optional[str]:
    """C string to str; empty becomes None."""
    return raw.decode("utf-8") if raw else None


def _ymd(value: Optional[_dt.date]) -> int:
    if value is None:
        return 0
    if not isinstance(value, _dt.date):
        raise TypeError(f"expected datetime.date, not {type(value).__name__}")
    return value.year * 10000 + value.month * 100 + value.day


def _date(value: int) -> Optional[_dt.date]:
    return _dt.date(value // 10000, value // 100 % 100, value % 100) if value else None


def _take_string(pointer: ctypes.c_void_p) -> str:
    """A string the library allocated: copied, then freed."""
    try:
        return ctypes.string_at(pointer).decode("utf-8")
    finally:
        _native.lib().introcheck_string_free(pointer)


class _Handle:
    """Owns one C handle; freed by close(), by `with`, or on garbage collection."""
    _free_name = ""

    def __init__(self) -> None:
        self._ptr = ctypes.c_void_p()

    def close(self) -> None:
        if self._ptr:
            getattr(_native.lib(), self._free_name)(self._ptr)
            self._ptr = ctypes.c_void_p()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:
            pass

    def _handle(self) -> ctypes.c_void_p:
        if not self._ptr:
            raise ValueError(f"{type(self).__name__} is closed")
        return self._ptr


class Context(_Handle):
    """Code lists, municipality data, deadlines, configuration and language.

    One per municipality or tenant; nothing is shared between contexts."""
    _free_name = "introcheck_context_free"

    def __init__(self, *, language: str = "nb", allow_synthetic: bool = False, reveal_ids: bool = False,
                 suppress_below: int = 5, threads: int = 0) -> None:
        super().__init__()
        check(_native.lib().introcheck_context_new(ctypes.byref(self._ptr)))
        self.language = language
        self.allow_synthetic = allow_synthetic
        self.reveal_ids = reveal_ids
        self.suppress_below = suppress_below
        self.threads = threads

    @property
    def language(self) -> str:
        return self._language

    @language.setter
    def language(self, value: str) -> None:
        check(_native.lib().introcheck_context_set_language(self._handle(), _b(value)))
        self._language = value

    def _option(self, option: int) -> int:
        out = ctypes.c_int64()
        check(_native.lib().introcheck_context_get_option(self._handle(), option, ctypes.byref(out)))
        return out.value

    def _set_option(self, option: int, value: int) -> None:
        check(_native.lib().introcheck_context_set_option(self._handle(), option, int(value)))

    allow_synthetic = property(lambda self: bool(self._option(_OPT_ALLOW_SYNTHETIC)),
                               lambda self, v: self._set_option(_OPT_ALLOW_SYNTHETIC, bool(v)))
    reveal_ids = property(lambda self: bool(self._option(_OPT_REVEAL_IDS)),
                          lambda self, v: self._set_option(_OPT_REVEAL_IDS, bool(v)))
    suppress_below = property(lambda self: self._option(_OPT_SUPPRESS_BELOW),
                              lambda self, v: self._set_option(_OPT_SUPPRESS_BELOW, v))
    # Threads for loading and checking large data; 0 = one per core. Same results for any number.
    threads = property(lambda self: self._option(_OPT_THREADS),
                       lambda self, v: self._set_option(_OPT_THREADS, v))

    def load_code_list(self, which: str, csv_text: str) -> None:
        """Replaces the "end_reasons" or "measures" list (code,label_nb,label_nn,label_en,group)."""
        kinds = {"end_reasons": 1, "measures": 2}
        if which not in kinds:
            raise IntroCheckValueError(f"code list must be one of {sorted(kinds)}, not {which!r}", -1)
        data = csv_text.encode("utf-8")
        check(_native.lib().introcheck_context_load_code_list(self._handle(), kinds[which], data, len(data)))

    def load_config(self, text: str) -> None:
        """Thresholds, severity overrides and acknowledged findings, on top of the defaults."""
        data = text.encode("utf-8")
        check(_native.lib().introcheck_context_load_config(self._handle(), data, len(data)))

    def set_severity(self, rule: str, severity: Severity) -> None:
        check(_native.lib().introcheck_context_set_severity(self._handle(), _b(rule), int(severity)))

    def check_person_id(self, person_id: str, reference_date: Optional[_dt.date] = None) -> PersonIdCheck:
        out = _native.PersonIdStruct(size=ctypes.sizeof(_native.PersonIdStruct))
        check(_native.lib().introcheck_check_person_id(self._handle(), _b(person_id), _ymd(reference_date),
                                                        ctypes.byref(out)))
        return PersonIdCheck(bool(out.valid), _REASONS.get(out.reason), _KINDS.get(out.kind), bool(out.synthetic),
                             _SERIES.get(out.series), _date(out.birth_date))

    def municipality_valid(self, code: str, on: _dt.date) -> bool:
        out = ctypes.c_int()
        check(_native.lib().introcheck_municipality_valid(self._handle(), _b(code), _ymd(on), ctypes.byref(out)))
        return bool(out.value)

    def municipality_successors(self, code: str, on: _dt.date) -> List[Dict[str, Any]]:
        out = ctypes.c_void_p()
        check(_native.lib().introcheck_municipality_successors(ctypes.byref(out), self._handle(), _b(code), _ymd(on)))
        return json.loads(_take_string(out))


def _options(year: int, as_of: Optional[_dt.date], deadline: Optional[_dt.date] = None,
             municipality: Optional[str] = None, categories: Optional[Sequence[str]] = None,
             end_reasons: Optional[Sequence[str]] = None) -> _native.RunOptionsStruct:
    o = _native.RunOptionsStruct(size=ctypes.sizeof(_native.RunOptionsStruct))
    o.year = int(year)
    o.as_of = _ymd(as_of)
    o.deadline = _ymd(deadline)
    o.municipality = _b(municipality)
    o.categories = _b(",".join(categories)) if categories is not None else None
    o.end_reasons = _b(",".join(end_reasons)) if end_reasons is not None else None
    return o


class Report(_Handle):
    """The findings of a validation or reconciliation. Iterating yields Finding."""
    _free_name = "introcheck_result_free"

    def __init__(self) -> None:
        super().__init__()

    def __len__(self) -> int:
        return _native.lib().introcheck_result_finding_count(self._handle())

    def __iter__(self) -> Iterator[Finding]:
        for i in range(len(self)):
            yield self[i]

    def __getitem__(self, index: int) -> Finding:
        lib = _native.lib()
        if index < 0:
            index += len(self)
        f = _native.FindingStruct(size=ctypes.sizeof(_native.FindingStruct))
        check(lib.introcheck_result_finding(self._handle(), index, ctypes.byref(f)))
        params: Dict[str, Any] = {}
        for p in range(f.param_count):
            name, value, kind = ctypes.c_char_p(), ctypes.c_char_p(), ctypes.c_int()
            check(lib.introcheck_result_param(self._handle(), index, p, ctypes.byref(name), ctypes.byref(value),
                                              ctypes.byref(kind)))
            text = value.value.decode("utf-8")
            params[name.value.decode("utf-8")] = (int(text) if kind.value == 2 else
                                                 _dt.date.fromisoformat(text) if kind.value == 3 else text)
        return Finding(rule=f.rule.decode(), severity=Severity(f.severity), case_id=_s(f.case_id),
                       municipality=_s(f.municipality), file=_s(f.file), line=f.line or None, field=_s(f.field),
                       person=_s(f.person), message=f.message.decode("utf-8"), params=params,
                       acknowledged=bool(f.acknowledged))

    @property
    def summary(self) -> Summary:
        s = _native.SummaryStruct(size=ctypes.sizeof(_native.SummaryStruct))
        check(_native.lib().introcheck_result_summary(self._handle(), ctypes.byref(s)))
        values = {name: getattr(s, name) for name, _ in _native.SummaryStruct._fields_ if name != "size"}
        values["measure_rules_ran"] = bool(values["measure_rules_ran"])
        values["deadline"] = _date(values["deadline"])
        if values["deadline"] is None:
            values["days_left"] = None
        return Summary(**values)

    def render(self, format: Format = Format.JSON) -> str:
        out = ctypes.c_void_p()
        check(_native.lib().introcheck_result_render(ctypes.byref(out), None, self._handle(), int(format)))
        return _take_string(out)

    def to_json(self) -> Dict[str, Any]:
        return json.loads(self.render(Format.JSON))


class NirReport(_Handle):
    """NIR's report "Deltakere som har avsluttet introduksjonsprogram"."""
    _free_name = "introcheck_nir_report_free"

    def __init__(self) -> None:
        super().__init__()

    @classmethod
    def from_csv(cls, path: PathLike, *, context: Optional[Context] = None,
                 encoding: Optional[str] = None) -> "NirReport":
        report = cls()
        report._context = context or Context()
        check(_native.lib().introcheck_nir_report_load_csv(ctypes.byref(report._ptr), report._context._handle(),
                                                           _b(os.fspath(path)), _b(encoding)))
        return report

    def __len__(self) -> int:
        return _native.lib().introcheck_nir_report_row_count(self._handle())

    def to_json(self, year: int) -> Dict[str, Any]:
        out = ctypes.c_void_p()
        check(_native.lib().introcheck_nir_report_render(ctypes.byref(out), None, self._handle(), 1, year))
        return json.loads(_take_string(out))


class Dataset(_Handle):
    """Participations and measures, built record by record or read from CSV."""
    _free_name = "introcheck_dataset_free"

    def __init__(self, context: Optional[Context] = None) -> None:
        super().__init__()
        self.context = context or Context()
        check(_native.lib().introcheck_dataset_new(ctypes.byref(self._ptr), self.context._handle()))

    @classmethod
    def from_csv(cls, participants: PathLike, measures: Optional[PathLike] = None, *,
                 context: Optional[Context] = None, encoding: Optional[str] = None) -> "Dataset":
        ds = cls(context)
        check(_native.lib().introcheck_dataset_load_csv(
            ds._handle(), _b(os.fspath(participants)), _b(os.fspath(measures)) if measures is not None else None,
            _b(encoding)))
        return ds

    def add_participation(self, *, case_id: str, category: Optional[str] = None,
                          follow_up_municipality: Optional[str] = None, start_date: Optional[_dt.date] = None,
                          person_id: Optional[str] = None, duf_number: Optional[str] = None,
                          legal_basis: Optional[str] = None, follow_up_district: Optional[str] = None,
                          residence_municipality: Optional[str] = None, residence_district: Optional[str] = None,
                          protected_address: bool = False, end_date: Optional[_dt.date] = None,
                          end_reason: Optional[str] = None, extended: bool = False, covid_extension: bool = False,
                          leave_days: Optional[int] = None, settlement_date: Optional[_dt.date] = None,
                          line: int = 0) -> None:
        p = _native.ParticipationStruct(size=ctypes.sizeof(_native.ParticipationStruct))
        for name in ("case_id", "person_id", "duf_number", "category", "legal_basis", "follow_up_municipality",
                     "follow_up_district", "residence_municipality", "residence_district", "end_reason"):
            setattr(p, name, _b(locals()[name]))
        p.protected_address, p.extended, p.covid_extension = int(protected_address), int(extended), int(covid_extension)
        p.start_date, p.end_date, p.settlement_date = _ymd(start_date), _ymd(end_date), _ymd(settlement_date)
        p.leave_days = -1 if leave_days is None else int(leave_days)
        p.line = line
        check(_native.lib().introcheck_dataset_add_participation(self._handle(), ctypes.byref(p)))

    def add_measure(self, *, case_id: str, measure: str, start_date: Optional[_dt.date],
                    end_date: Optional[_dt.date] = None, hours_per_week: Optional[float] = None,
                    line: int = 0) -> None:
        m = _native.MeasureStruct(size=ctypes.sizeof(_native.MeasureStruct))
        m.case_id, m.measure = _b(case_id), _b(measure)
        m.start_date, m.end_date = _ymd(start_date), _ymd(end_date)
        m.hours_per_week = -1.0 if hours_per_week is None else float(hours_per_week)
        m.line = line
        check(_native.lib().introcheck_dataset_add_measure(self._handle(), ctypes.byref(m)))

    def __len__(self) -> int:
        return _native.lib().introcheck_dataset_participation_count(self._handle())

    def _configure(self, allow_synthetic: Optional[bool], lang: Optional[str]) -> None:
        if allow_synthetic is not None:
            self.context.allow_synthetic = allow_synthetic
        if lang is not None:
            self.context.language = lang

    def validate(self, *, year: int, as_of: Optional[_dt.date] = None, deadline: Optional[_dt.date] = None,
                 allow_synthetic: Optional[bool] = None, lang: Optional[str] = None) -> Report:
        """Runs every rule. allow_synthetic and lang, when given, set the dataset's context."""
        self._configure(allow_synthetic, lang)
        report = Report()
        opts = _options(year, as_of, deadline)
        check(_native.lib().introcheck_validate(ctypes.byref(report._ptr), self._handle(), ctypes.byref(opts)))
        return report

    def reconcile(self, nir_report: NirReport, *, year: int, as_of: Optional[_dt.date] = None,
                  municipality: Optional[str] = None, categories: Optional[Sequence[str]] = None,
                  end_reasons: Optional[Sequence[str]] = None, lang: Optional[str] = None) -> Report:
        self._configure(None, lang)
        report = Report()
        opts = _options(year, as_of, None, municipality, categories, end_reasons)
        check(_native.lib().introcheck_reconcile(ctypes.byref(report._ptr), self._handle(), nir_report._handle(),
                                                 ctypes.byref(opts)))
        return report

    def predict_report(self, *, year: int, as_of: Optional[_dt.date] = None, municipality: Optional[str] = None,
                       categories: Optional[Sequence[str]] = None,
                       end_reasons: Optional[Sequence[str]] = None) -> NirReport:
        report = NirReport()
        report._context = self.context
        opts = _options(year, as_of, None, municipality, categories, end_reasons)
        check(_native.lib().introcheck_predict_report(ctypes.byref(report._ptr), self._handle(), ctypes.byref(opts)))
        return report

    def results(self, *, year: int, as_of: Optional[_dt.date] = None, municipality: Optional[str] = None,
                nir_report: Optional[NirReport] = None) -> List[ResultRow]:
        """The published figures, suppressed as the context says (rows of docs/results.schema.json)."""
        out = ctypes.c_void_p()
        opts = _options(year, as_of, None, municipality)
        check(_native.lib().introcheck_results_render(ctypes.byref(out), None, self._handle(),
                                                      nir_report._handle() if nir_report else None,
                                                      ctypes.byref(opts), int(Format.JSON)))
        rows = json.loads(_take_string(out))["rows"]
        return [ResultRow(municipality=r["municipality"], district=r["district"],
                          category=Category(r["category"]) if r["category"] else None,
                          includes_protected=r["includes_protected"], ended=r["ended"], groups=r["groups"],
                          share_work_education=r["share_work_education"], suppressed=r["suppressed"],
                          suppressed_fields=tuple(r["suppressed_fields"])) for r in rows]


def rules() -> List[Rule]:
    """The rule catalogue."""
    lib = _native.lib()
    out = []
    for i in range(lib.introcheck_rule_count()):
        r = _native.RuleStruct(size=ctypes.sizeof(_native.RuleStruct))
        check(lib.introcheck_rule_info(i, ctypes.byref(r)))
        out.append(Rule(r.id.decode(), Severity(r.severity), r.title_en.decode(), r.title_nb.decode("utf-8"),
                        r.source.decode("utf-8")))
    return out


def library_version() -> str:
    return _native.lib().introcheck_version().decode()
