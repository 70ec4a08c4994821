"""Value types of the Python binding: enums and findings."""
from __future__ import annotations

import datetime as _dt
import enum
from dataclasses import dataclass, field
from typing import Dict, Optional, Union


class Severity(enum.IntEnum):
    INFO = 0
    WARNING = 1
    ERROR = 2


class Category(str, enum.Enum):
    RETT_OG_PLIKT = "rett_og_plikt"
    KAN_TILBYS = "kan_tilbys"


class Format(enum.IntEnum):
    JSON = 1
    CSV = 2
    TEXT = 3
    HTML = 4


ParamValue = Union[str, int, _dt.date]


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
    params: Dict[str, ParamValue] = field(default_factory=dict)
    acknowledged: bool = False


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


@dataclass(frozen=True)
class PersonIdCheck:
    valid: bool
    reason: Optional[str]  # None, "length", "non_digit", "date", "k1", "k2", "not_nir_id", "synthetic"
    kind: Optional[str]    # "fnr", "dnr", "duf"
    synthetic: bool
    series: Optional[str]  # "classic", "2032"
    birth_date: Optional[_dt.date]


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
