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
from .errors import IntroCheckError, IntroCheckIOError, IntroCheckValueError
from .model import Category, Finding, Format, PersonIdCheck, ResultRow, Rule, Severity, Summary

__version__ = "0.2.0"

__all__ = [
    "Category", "Context", "Dataset", "Finding", "Format", "IntroCheckError", "IntroCheckIOError",
    "IntroCheckValueError", "NirReport", "PersonIdCheck", "Report", "ResultRow", "Rule", "Severity", "Summary",
    "library_version", "rules",
]
