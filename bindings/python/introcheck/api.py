"""Contexts, datasets, NIR reports and reports: thin wrappers over the C ABI."""
from __future__ import annotations

import ctypes
import datetime as _dt
import json
import os
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple, Union

from . import _abi, _native
from .errors import IntroCheckValueError, check
from .model import (Absence, AbsenceReason, Category, Finding, Format, IdKind, IdReason, IdSeries, Params,
                    PersonIdCheck, ResultRow, Rule, Severity, SkippedRule, Summary, from_c)

PathLike = Union[str, "os.PathLike[str]"]


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


def _tri(value: Optional[bool]) -> int:
    """A boolean that tells "no" from empty, as an introcheck_answer: None, False or True."""
    if value is None:
        return _abi.INTROCHECK_ANSWER_EMPTY
    if isinstance(value, int) and value in (0, 1):
        return _abi.INTROCHECK_ANSWER_YES if value else _abi.INTROCHECK_ANSWER_NO
    raise TypeError(f"expected bool or None, not {value!r}")


def _date(value: int) -> Optional[_dt.date]:
    return _dt.date(value // 10000, value // 100 % 100, value % 100) if value else None


def _take_string(pointer: ctypes.c_void_p) -> str:
    """A string the library allocated: copied, then freed."""
    try:
        return ctypes.string_at(pointer).decode("utf-8")
    finally:
        _native.lib().introcheck_string_free(pointer)


class _Handle:
    """Owns one C handle; freed by close(), by `with`, or on garbage collection.

    A handle made from a context (dataset, NIR report, result) holds a strong
    reference to its Context and counts as its child: the context's native
    memory is freed only once it is closed and its last child is gone, so
    closing a context first is safe."""
    _free_name = ""

    def __init__(self, context: Optional["Context"] = None) -> None:
        self._ptr = ctypes.c_void_p()
        self._parent: Optional[Context] = None
        if context is not None:
            context._adopt()
            self._parent = context

    def close(self) -> None:
        if self._ptr:
            getattr(_native.lib(), self._free_name)(self._ptr)
            self._ptr = ctypes.c_void_p()
        parent, self._parent = self._parent, None
        if parent is not None:
            parent._release_child()

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
        self._children = 0
        self._closed = False
        super().__init__()
        check(_native.lib().introcheck_context_new(ctypes.byref(self._ptr)))
        self.language = language
        self.allow_synthetic = allow_synthetic
        self.reveal_ids = reveal_ids
        self.suppress_below = suppress_below
        self.threads = threads

    def close(self) -> None:
        """Closes the context for the caller; its native memory goes once no
        dataset, NIR report or result made from it is left."""
        self._closed = True
        if self._children == 0:
            super().close()

    def _handle(self) -> ctypes.c_void_p:
        if self._closed:
            raise ValueError("Context is closed")
        return super()._handle()

    def _adopt(self) -> None:
        # A closed context's children still make children (a dataset's
        # results); the context itself refuses new datasets and reports.
        super()._handle()
        self._children += 1

    def _release_child(self) -> None:
        self._children -= 1
        if self._closed and self._children == 0:
            super().close()

    @property
    def language(self) -> str:
        return self._language

    @language.setter
    def language(self, value: str) -> None:
        check(_native.lib().introcheck_context_set_language(self._handle(), _b(value)))
        self._language = value

    def _option(self, option: int) -> int:
        out = ctypes.c_int64()
        check(_native.lib().introcheck_context_get_option(ctypes.byref(out), self._handle(), option))
        return out.value

    def _set_option(self, option: int, value: int) -> None:
        check(_native.lib().introcheck_context_set_option(self._handle(), option, int(value)))

    allow_synthetic = property(lambda self: bool(self._option(_abi.INTROCHECK_OPT_ALLOW_SYNTHETIC)),
                               lambda self, v: self._set_option(_abi.INTROCHECK_OPT_ALLOW_SYNTHETIC, bool(v)))
    reveal_ids = property(lambda self: bool(self._option(_abi.INTROCHECK_OPT_REVEAL_IDS)),
                          lambda self, v: self._set_option(_abi.INTROCHECK_OPT_REVEAL_IDS, bool(v)))
    suppress_below = property(lambda self: self._option(_abi.INTROCHECK_OPT_SUPPRESS_BELOW),
                              lambda self, v: self._set_option(_abi.INTROCHECK_OPT_SUPPRESS_BELOW, v))
    # Threads for loading and checking large data; 0 = one per core. Same results for any number.
    threads = property(lambda self: self._option(_abi.INTROCHECK_OPT_THREADS),
                       lambda self, v: self._set_option(_abi.INTROCHECK_OPT_THREADS, v))
    max_input_bytes = property(lambda self: self._option(_abi.INTROCHECK_OPT_MAX_INPUT_BYTES),
                               lambda self, v: self._set_option(_abi.INTROCHECK_OPT_MAX_INPUT_BYTES, v))
    max_case_id_bytes = property(lambda self: self._option(_abi.INTROCHECK_OPT_MAX_CASE_ID_BYTES),
                                 lambda self, v: self._set_option(_abi.INTROCHECK_OPT_MAX_CASE_ID_BYTES, v))

    def load_code_list(self, which: str, csv_text: str) -> None:
        """Replaces the "end_reasons", "measures" or "end_goals" list (code,label_nb,label_nn,label_en,group;
        end goals name the group column length_group)."""
        kinds = {"end_reasons": _abi.INTROCHECK_CODE_LIST_END_REASONS, "measures": _abi.INTROCHECK_CODE_LIST_MEASURES,
                 "end_goals": _abi.INTROCHECK_CODE_LIST_END_GOALS}
        if which not in kinds:
            raise IntroCheckValueError(f"code list must be one of {sorted(kinds)}, not {which!r}",
                                       _abi.INTROCHECK_E_INVALID)
        data = csv_text.encode("utf-8")
        check(_native.lib().introcheck_context_load_code_list(self._handle(), kinds[which], data, len(data)))

    def load_config(self, text: str) -> None:
        """Thresholds, severity overrides and acknowledged findings, on top of the defaults."""
        data = text.encode("utf-8")
        check(_native.lib().introcheck_context_load_config(self._handle(), data, len(data)))

    def set_severity(self, rule: str, severity: Severity) -> None:
        check(_native.lib().introcheck_context_set_severity(self._handle(), _b(rule), int(severity)))

    def check_person_id(self, person_id: str, reference_date: Optional[_dt.date] = None) -> PersonIdCheck:
        out = _native.new(_native.PersonIdStruct)
        check(_native.lib().introcheck_check_person_id(ctypes.byref(out), self._handle(), _b(person_id),
                                                        _ymd(reference_date)))
        return PersonIdCheck(bool(out.valid), from_c("introcheck_id_reason", out.reason, IdReason.UNKNOWN),
                             from_c("introcheck_id_kind", out.kind, IdKind.UNKNOWN), bool(out.synthetic),
                             from_c("introcheck_id_series", out.series, IdSeries.UNKNOWN), _date(out.birth_date))

    def municipality_valid(self, code: str, on: _dt.date) -> bool:
        out = ctypes.c_int()
        check(_native.lib().introcheck_municipality_valid(ctypes.byref(out), self._handle(), _b(code), _ymd(on)))
        return bool(out.value)

    def municipality_successors(self, code: str, on: _dt.date) -> List[Dict[str, Any]]:
        out = ctypes.c_void_p()
        check(_native.lib().introcheck_municipality_successors(ctypes.byref(out), self._handle(), _b(code), _ymd(on)))
        return json.loads(_take_string(out))


def _options(year: int, as_of: Optional[_dt.date], deadline: Optional[_dt.date] = None,
             municipality: Optional[str] = None, categories: Optional[Sequence[str]] = None,
             end_reasons: Optional[Sequence[str]] = None) -> _native.RunOptionsStruct:
    o = _native.new(_native.RunOptionsStruct)
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

    def __init__(self, context: Optional[Context] = None) -> None:
        super().__init__(context)

    def __len__(self) -> int:
        return _native.lib().introcheck_result_finding_count(self._handle())

    def __iter__(self) -> Iterator[Finding]:
        for i in range(len(self)):
            yield self[i]

    def __getitem__(self, index: int) -> Finding:
        lib = _native.lib()
        if index < 0:
            index += len(self)
        f = _native.new(_native.FindingStruct)
        check(lib.introcheck_result_finding(ctypes.byref(f), self._handle(), index))
        params: Dict[str, Any] = {}
        for p in range(f.param_count):
            name, value, kind = ctypes.c_char_p(), ctypes.c_char_p(), ctypes.c_int()
            check(lib.introcheck_result_param(ctypes.byref(name), ctypes.byref(value), ctypes.byref(kind),
                                              self._handle(), index, p))
            text = value.value.decode("utf-8")
            params[name.value.decode("utf-8")] = (
                int(text) if kind.value == _abi.INTROCHECK_PARAM_TYPE_NUMBER else
                _dt.date.fromisoformat(text) if kind.value == _abi.INTROCHECK_PARAM_TYPE_DATE else text)
        return Finding(rule=f.rule.decode(), severity=Severity(f.severity), case_id=_s(f.case_id),
                       municipality=_s(f.municipality), file=_s(f.file), line=f.line or None, field=_s(f.field),
                       person=_s(f.person), message=f.message.decode("utf-8"), params=Params(params),
                       acknowledged=bool(f.acknowledged))

    @property
    def summary(self) -> Summary:
        s = _native.new(_native.SummaryStruct)
        check(_native.lib().introcheck_result_summary(ctypes.byref(s), self._handle()))
        values = {name: getattr(s, name) for name, _ in _native.SummaryStruct._fields_ if name != "size"}
        values["measure_rules_ran"] = bool(values["measure_rules_ran"])
        values["deadline"] = _date(values["deadline"])
        if values["deadline"] is None:
            values["days_left"] = None
        values["skipped_rules"] = self._skipped_rules()
        return Summary(**values)

    def _skipped_rules(self) -> Tuple[SkippedRule, ...]:
        lib = _native.lib()
        out = []
        for i in range(lib.introcheck_result_skipped_rule_count(self._handle())):
            rule, reason = ctypes.c_char_p(), ctypes.c_char_p()
            check(lib.introcheck_result_skipped_rule(ctypes.byref(rule), ctypes.byref(reason), self._handle(), i))
            out.append(SkippedRule(rule.value.decode("utf-8"), reason.value.decode("utf-8")))
        return tuple(out)

    @property
    def scope(self) -> List[str]:
        """The follow-up municipalities a reconciliation compared ([] for a validation)."""
        lib = _native.lib()
        out = []
        for i in range(lib.introcheck_result_scope_count(self._handle())):
            code = ctypes.c_char_p()
            check(lib.introcheck_result_scope_municipality(ctypes.byref(code), self._handle(), i))
            out.append(code.value.decode("utf-8"))
        return out

    @property
    def absences(self) -> List[Absence]:
        """Participations ended in scope that are rightly not in NIR's report."""
        lib = _native.lib()
        out = []
        for i in range(lib.introcheck_result_absence_count(self._handle())):
            a = _native.new(_native.AbsenceStruct)
            check(lib.introcheck_result_absence(ctypes.byref(a), self._handle(), i))
            out.append(Absence(a.case_id.decode("utf-8"), a.municipality.decode("utf-8"), a.line or None,
                               from_c("introcheck_absence_reason", a.reason, AbsenceReason.UNKNOWN)))
        return out

    def render(self, format: Format = Format.JSON) -> str:
        out = ctypes.c_void_p()
        check(_native.lib().introcheck_result_render(ctypes.byref(out), None, self._handle(), int(format)))
        return _take_string(out)

    def to_json(self) -> Dict[str, Any]:
        return json.loads(self.render(Format.JSON))


class NirReport(_Handle):
    """NIR's report "Deltakere som har avsluttet introduksjonsprogram"."""
    _free_name = "introcheck_nir_report_free"

    def __init__(self, context: Context) -> None:
        super().__init__(context)
        self.context = context

    @classmethod
    def from_csv(cls, path: PathLike, *, context: Optional[Context] = None,
                 encoding: Optional[str] = None) -> "NirReport":
        report = cls(context or Context())
        check(_native.lib().introcheck_nir_report_load_csv(ctypes.byref(report._ptr), report.context._handle(),
                                                           _b(os.fspath(path)), _b(encoding)))
        return report

    def __len__(self) -> int:
        return _native.lib().introcheck_nir_report_row_count(self._handle())

    def render(self, year: int, format: Format = Format.JSON) -> str:
        """The report in its context's language and masking (JSON, CSV or text)."""
        out = ctypes.c_void_p()
        check(_native.lib().introcheck_nir_report_render(ctypes.byref(out), None, self._handle(), int(format),
                                                         year))
        return _take_string(out)

    def to_json(self, year: int) -> Dict[str, Any]:
        return json.loads(self.render(year, Format.JSON))


class Dataset(_Handle):
    """Participations and measures, built record by record or read from CSV."""
    _free_name = "introcheck_dataset_free"

    def __init__(self, context: Optional[Context] = None) -> None:
        context = context or Context()
        super().__init__(context)
        self.context = context
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
                          line: int = 0, permit_ground: Optional[str] = None,
                          permit_date: Optional[_dt.date] = None, arrival_date: Optional[_dt.date] = None,
                          settled_by_agreement: Optional[bool] = None, education: Optional[str] = None,
                          end_goal: Optional[str] = None, mapping_date: Optional[_dt.date] = None,
                          career_guidance_date: Optional[_dt.date] = None, plan_date: Optional[_dt.date] = None,
                          children_under_18: Optional[bool] = None,
                          registered_date: Optional[_dt.date] = None) -> None:
        """Adds one participation, read exactly as a participants.csv row with
        these columns would be. Text takes codes or labels; None is empty. A
        field becomes a column of the dataset once some record gives it, so the
        rules that need it (IC112 permit dates, IC113 end_goal ...) run."""
        p = _native.new(_native.ParticipationStruct)
        given = locals()
        for name in ("case_id", "person_id", "duf_number", "category", "legal_basis", "follow_up_municipality",
                     "follow_up_district", "residence_municipality", "residence_district", "end_reason",
                     "permit_ground", "education", "end_goal"):
            setattr(p, name, _b(given[name]))
        p.protected_address, p.extended, p.covid_extension = int(protected_address), int(extended), int(covid_extension)
        for name in ("start_date", "end_date", "settlement_date", "permit_date", "arrival_date", "mapping_date",
                     "career_guidance_date", "plan_date", "registered_date"):
            setattr(p, name, _ymd(given[name]))
        p.settled_by_agreement, p.children_under_18 = _tri(settled_by_agreement), _tri(children_under_18)
        if leave_days is not None:
            p.leave_days = int(leave_days)
        p.line = line
        check(_native.lib().introcheck_dataset_add_participation(self._handle(), ctypes.byref(p)))

    def add_measure(self, *, case_id: str, measure: str, start_date: Optional[_dt.date],
                    end_date: Optional[_dt.date] = None, hours_per_week: Optional[float] = None,
                    line: int = 0, completed: Optional[bool] = None) -> None:
        """Adds one measure; `completed` (None: empty) says whether a course was completed."""
        m = _native.new(_native.MeasureStruct)
        m.case_id, m.measure = _b(case_id), _b(measure)
        m.start_date, m.end_date = _ymd(start_date), _ymd(end_date)
        if hours_per_week is not None:
            m.hours_per_week = float(hours_per_week)
        m.line = line
        m.completed = _tri(completed)
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
        report = Report(self.context)
        opts = _options(year, as_of, deadline)
        check(_native.lib().introcheck_validate(ctypes.byref(report._ptr), self._handle(), ctypes.byref(opts)))
        return report

    def reconcile(self, nir_report: NirReport, *, year: int, as_of: Optional[_dt.date] = None,
                  municipality: Optional[str] = None, categories: Optional[Sequence[str]] = None,
                  end_reasons: Optional[Sequence[str]] = None, lang: Optional[str] = None) -> Report:
        self._configure(None, lang)
        report = Report(self.context)
        opts = _options(year, as_of, None, municipality, categories, end_reasons)
        check(_native.lib().introcheck_reconcile(ctypes.byref(report._ptr), self._handle(), nir_report._handle(),
                                                 ctypes.byref(opts)))
        return report

    def predict_report(self, *, year: int, as_of: Optional[_dt.date] = None, municipality: Optional[str] = None,
                       categories: Optional[Sequence[str]] = None,
                       end_reasons: Optional[Sequence[str]] = None) -> NirReport:
        report = NirReport(self.context)
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
                          suppressed_fields=tuple(r["suppressed_fields"]), legal_basis=r["legal_basis"])
                for r in rows]


def rules() -> List[Rule]:
    """The rule catalogue."""
    lib = _native.lib()
    out = []
    for i in range(lib.introcheck_rule_count()):
        r = _native.new(_native.RuleStruct)
        check(lib.introcheck_rule_info(ctypes.byref(r), i))
        out.append(Rule(r.id.decode(), Severity(r.severity), r.title_en.decode(), r.title_nb.decode("utf-8"),
                        r.source.decode("utf-8")))
    return out


def library_version() -> str:
    return _native.lib().introcheck_version().decode()
