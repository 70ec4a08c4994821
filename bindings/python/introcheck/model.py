"""Value types of the Python binding: enums and findings."""
from __future__ import annotations

import datetime as _dt
import enum
from dataclasses import dataclass, field
from typing import Dict, Iterator, Mapping, Optional, Tuple, Union

from . import _abi


class Severity(enum.IntEnum):
    """The C values; UNKNOWN for one a newer library appends."""
    INFO = _abi.INTROCHECK_SEVERITY_INFO
    WARNING = _abi.INTROCHECK_SEVERITY_WARNING
    ERROR = _abi.INTROCHECK_SEVERITY_ERROR
    UNKNOWN = -1

    @classmethod
    def _missing_(cls, value: object) -> "Severity":
        return cls.UNKNOWN


class IdKind(str, enum.Enum):
    NONE = "none"  # not even the shape of an id
    FNR = "fnr"
    DNR = "dnr"
    DUF = "duf"
    UNKNOWN = "unknown"


class IdSeries(str, enum.Enum):
    NONE = "none"  # DUF numbers, and ids without a shape
    CLASSIC = "classic"
    FROM_2032 = "2032"
    UNKNOWN = "unknown"


class IdReason(str, enum.Enum):
    OK = "ok"
    LENGTH = "length"
    NON_DIGIT = "non_digit"
    DATE = "date"
    K1 = "k1"
    K2 = "k2"
    NOT_NIR_ID = "not_nir_id"
    SYNTHETIC = "synthetic"
    UNKNOWN = "unknown"


class AbsenceReason(str, enum.Enum):
    """Why a participation ended in scope is rightly not in NIR's report (the JSON's values)."""
    PROTECTED_ADDRESS = "protected_address"
    COVID_EXTENSION = "covid_extension"
    OUTSIDE_FILTERS = "outside_filters"
    UNKNOWN = "unknown"


# C value -> member, for each enum the library hands out. A value missing
# here is one a newer library appended: it reads as UNKNOWN.
FROM_C = {
    "introcheck_id_kind": {_abi.INTROCHECK_ID_KIND_NONE: IdKind.NONE, _abi.INTROCHECK_ID_KIND_FNR: IdKind.FNR,
                           _abi.INTROCHECK_ID_KIND_DNR: IdKind.DNR, _abi.INTROCHECK_ID_KIND_DUF: IdKind.DUF},
    "introcheck_id_series": {_abi.INTROCHECK_ID_SERIES_NONE: IdSeries.NONE,
                             _abi.INTROCHECK_ID_SERIES_CLASSIC: IdSeries.CLASSIC,
                             _abi.INTROCHECK_ID_SERIES_2032: IdSeries.FROM_2032},
    "introcheck_id_reason": {_abi.INTROCHECK_ID_REASON_OK: IdReason.OK,
                             _abi.INTROCHECK_ID_REASON_LENGTH: IdReason.LENGTH,
                             _abi.INTROCHECK_ID_REASON_NON_DIGIT: IdReason.NON_DIGIT,
                             _abi.INTROCHECK_ID_REASON_DATE: IdReason.DATE,
                             _abi.INTROCHECK_ID_REASON_K1: IdReason.K1,
                             _abi.INTROCHECK_ID_REASON_K2: IdReason.K2,
                             _abi.INTROCHECK_ID_REASON_NOT_NIR_ID: IdReason.NOT_NIR_ID,
                             _abi.INTROCHECK_ID_REASON_SYNTHETIC: IdReason.SYNTHETIC},
    "introcheck_absence_reason": {
        _abi.INTROCHECK_ABSENCE_REASON_PROTECTED_ADDRESS: AbsenceReason.PROTECTED_ADDRESS,
        _abi.INTROCHECK_ABSENCE_REASON_COVID_EXTENSION: AbsenceReason.COVID_EXTENSION,
        _abi.INTROCHECK_ABSENCE_REASON_OUTSIDE_FILTERS: AbsenceReason.OUTSIDE_FILTERS},
    "introcheck_severity": {_abi.INTROCHECK_SEVERITY_INFO: Severity.INFO,
                            _abi.INTROCHECK_SEVERITY_WARNING: Severity.WARNING,
                            _abi.INTROCHECK_SEVERITY_ERROR: Severity.ERROR},
}


def from_c(enum_name: str, value: int, unknown: enum.Enum) -> enum.Enum:
    return FROM_C[enum_name].get(value, unknown)


class Category(str, enum.Enum):
    RETT_OG_PLIKT = "rett_og_plikt"
    KAN_TILBYS = "kan_tilbys"
    RETT_6A = "rett_6a"  # "Rett til introduksjonsprogram (kapittel 6A)"


class Format(enum.IntEnum):
    JSON = _abi.INTROCHECK_FORMAT_JSON
    CSV = _abi.INTROCHECK_FORMAT_CSV
    TEXT = _abi.INTROCHECK_FORMAT_TEXT
    HTML = _abi.INTROCHECK_FORMAT_HTML
    JUNIT = _abi.INTROCHECK_FORMAT_JUNIT                # JUnit XML for CI: a case fails on an error
    JUNIT_STRICT = _abi.INTROCHECK_FORMAT_JUNIT_STRICT  # ... or on a warning too, as --strict


ParamValue = Union[str, int, _dt.date]


class Params(Mapping):
    """A finding's parameters: an immutable mapping that compares and hashes
    by value, so findings do too."""
    __slots__ = ("_items",)

    def __init__(self, items: Mapping[str, ParamValue] = ()) -> None:
        self._items: Tuple[Tuple[str, ParamValue], ...] = tuple(dict(items).items())

    def __getitem__(self, key: str) -> ParamValue:
        for k, v in self._items:
            if k == key:
                return v
        raise KeyError(key)

    def __iter__(self) -> Iterator[str]:
        return (k for k, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Mapping) and dict(self._items) == dict(other.items())

    def __hash__(self) -> int:
        return hash(frozenset(self._items))

    def __repr__(self) -> str:
        return f"Params({dict(self._items)!r})"


@dataclass(frozen=True)
class Finding:
    """One finding, the same in every language binding. Empty values are None."""
    rule: str
    severity: Severity
    case_id: Optional[str]
    municipality: Optional[str]
    file: Optional[str]
    line: Optional[int]
    field: Optional[str]
    person: Optional[str]
    message: str
    params: Params = field(default_factory=Params)
    acknowledged: bool = False


@dataclass(frozen=True)
class SkippedRule:
    """A rule that did not run because the participants lack a column it needs."""
    rule: str  # "IC116"
    reason: str  # in English: "the participants have no column mapping_date, and no column career_guidance_date"


@dataclass(frozen=True)
class Summary:
    errors: int
    warnings: int
    infos: int
    acknowledged: int
    participants_read: int
    participants_accepted: int
    participants_rejected: int
    measures_read: int
    measures_accepted: int
    measures_rejected: int
    measure_rules_ran: bool
    deadline: Optional[_dt.date]
    days_left: Optional[int]
    report_rows: int = 0
    matched_equal: int = 0
    matched_with_discrepancies: int = 0
    unmatched_report_rows: int = 0
    ended_in_scope: int = 0
    missing_from_report: int = 0
    explained_absences: int = 0
    report_rows_out_of_scope: int = 0
    skipped_rules: Tuple[SkippedRule, ...] = ()  # in the catalogue's order; () when every rule ran


@dataclass(frozen=True)
class PersonIdCheck:
    valid: bool
    reason: IdReason
    kind: IdKind
    synthetic: bool
    series: IdSeries
    birth_date: Optional[_dt.date]


@dataclass(frozen=True)
class Absence:
    """A participation ended in scope that is rightly not in NIR's report."""
    case_id: str
    municipality: str
    line: Optional[int]
    reason: AbsenceReason


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    title: str
    title_nb: str
    source: str


@dataclass(frozen=True)
class ResultRow:
    """One row of the published results. A suppressed value is None and named in suppressed_fields."""
    municipality: str
    district: Optional[str]
    category: Optional[Category]
    includes_protected: bool
    ended: Optional[int]
    groups: Dict[str, Optional[int]]
    share_work_education: Optional[float]
    suppressed: bool
    suppressed_fields: tuple = ()
    legal_basis: Optional[str] = None  # "ordinary", "integreringsloven_6a"; None: every basis
