"""introcheck: checks introduction-program data before and after transfer to NIR.

A thin, typed binding over libintrocheck's C ABI (standard library only)::

    from datetime import date
    import introcheck

    ds = introcheck.Dataset.from_csv(participants="participants.csv", measures="measures.csv")
    report = ds.validate(year=2017, as_of=date(2018, 1, 10), allow_synthetic=False, lang="nb")
    for finding in report:
        print(finding.rule, finding.case_id, finding.message)
"""
from .api import Context, Dataset, NirReport, Report, library_version, rules
from .errors import (IntroCheckDataError, IntroCheckError, IntroCheckIndexError, IntroCheckInternalError,
                     IntroCheckIOError, IntroCheckLimitError, IntroCheckMemoryError, IntroCheckValueError)
from .model import (Absence, AbsenceReason, Category, Finding, Format, IdKind, IdReason, IdSeries, Params,
                    PersonIdCheck, ResultRow, Rule, Severity, SkippedRule, Summary)

__version__ = "0.2.0"

__all__ = [
    "Absence", "AbsenceReason", "Category", "Context", "Dataset", "Finding", "Format", "IdKind", "IdReason",
    "IdSeries", "IntroCheckDataError", "IntroCheckError", "IntroCheckIOError", "IntroCheckIndexError",
    "IntroCheckInternalError", "IntroCheckLimitError", "IntroCheckMemoryError", "IntroCheckValueError",
    "NirReport", "Params", "PersonIdCheck", "Report", "ResultRow", "Rule", "Severity", "SkippedRule", "Summary",
    "library_version", "rules",
]
