#!/usr/bin/env python3
"""The year-end checks of introcheck validate, as a vendor's developer would write them in plain Python.

A benchmark peer (benchmarks/peers/run.sh), not part of introcheck: the csv module, dicts and datetime,
no optimisation beyond the obvious. Reads participants.csv and measures.csv (';'-separated, UTF-8) and
prints how many findings each rule gave, as JSON, under introcheck's rule ids:

  per record   IC001 person id (check digits, birth date), IC003 category, IC004 municipality code
               valid during the participation, IC006 required field missing or date not parsed,
               IC007 end before start, IC008 end reason, IC010 duplicate case id,
               IC009 measure code, IC011 measure without participation, IC014 measure ends before start
  per case     (participations in the reporting year) IC101 ended in the year without end reason,
               IC102 no measure in the year, IC104 measure outside the participation,
               IC110 gap of more than 42 days between measures, IC111 open and no measure in the last
               60 days, IC106 longer than 2 years + leave without extension, IC107 longer than 3 years
  per person   IC105 overlapping participations

Usage: peer.py --participants P.csv --measures M.csv --year 2024 --as-of 2025-01-15 [--allow-synthetic]
               [--codes lib/data]
"""
import argparse
import csv
import json
import os
import sys
from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

GAP_DAYS = 42
INACTIVITY_DAYS = 60
FOREVER = date.max


def load_codes(path, column="code"):
    with open(path, encoding="utf-8", newline="") as f:
        return {row[column] for row in csv.DictReader(f)}


def load_municipalities(path):
    """code -> list of (valid_from, valid_to) periods, valid_to exclusive (None: still valid)."""
    periods = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            valid_to = date.fromisoformat(row["valid_to"]) if row["valid_to"] else None
            periods[row["code"]].append((date.fromisoformat(row["valid_from"]), valid_to))
    return periods


def parse_date(text):
    """ISO or dd.mm.yyyy; None when empty; raises ValueError when it is not a date."""
    text = text.strip()
    if not text:
        return None
    if "." in text:
        return datetime.strptime(text, "%d.%m.%Y").date()
    return date.fromisoformat(text)


def add_years(d, years):
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def valid_birth_date(day, month, year2, individual):
    if individual <= 499:
        century = 1900
    elif individual <= 749 and year2 >= 54:
        century = 1800
    elif individual >= 900 and year2 >= 40:
        century = 1900
    else:
        century = 2000
    try:
        date(century + year2, month, day)
        return True
    except ValueError:
        return False


def person_id_ok(pid, allow_synthetic):
    """Fødselsnummer or D-nummer: 11 digits, a birth date, both check digits (mod 11)."""
    if len(pid) != 11 or not pid.isdigit():
        return False
    d = [int(c) for c in pid]
    k1 = 11 - sum(w * x for w, x in zip((3, 7, 6, 1, 8, 9, 4, 5, 2), d)) % 11
    k2 = 11 - sum(w * x for w, x in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), d)) % 11
    if (0 if k1 == 11 else k1) != d[9] or (0 if k2 == 11 else k2) != d[10]:
        return False
    day, month = d[0] * 10 + d[1], d[2] * 10 + d[3]
    if day > 40:  # D-nummer
        day -= 40
    if month > 80 and allow_synthetic:  # synthetic test ids (Skatteetaten)
        month -= 80
    return valid_birth_date(day, month, d[4] * 10 + d[5], int(pid[6:9]))


def duf_ok(duf):
    if len(duf) != 12 or not duf.isdigit():
        return False
    s = sum(w * int(c) for w, c in zip((4, 6, 3, 2, 4, 6, 3, 2, 7, 5), duf))
    return s % 11 == int(duf[10:])


def municipality_valid(periods, code, first, last):
    return any(since <= last and (until is None or until > first) for since, until in periods.get(code, ()))


def overlaps(a_first, a_last, b_first, b_last):
    return a_first <= b_last and a_last >= b_first


def main():
    ap = argparse.ArgumentParser(description="introcheck's year-end rules in plain Python (a benchmark peer)")
    ap.add_argument("--participants", required=True)
    ap.add_argument("--measures", required=True)
    ap.add_argument("--year", type=int, required=True)
    ap.add_argument("--as-of", required=True)
    ap.add_argument("--allow-synthetic", action="store_true")
    ap.add_argument("--codes", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
                                                    "lib", "data"))
    args = ap.parse_args()

    as_of = date.fromisoformat(args.as_of)
    year_start, year_end = date(args.year, 1, 1), date(args.year, 12, 31)
    categories = load_codes(os.path.join(args.codes, "categories.csv"))
    end_reasons = load_codes(os.path.join(args.codes, "end_reasons.csv"))
    measure_codes = load_codes(os.path.join(args.codes, "measures.csv"))
    municipalities = load_municipalities(os.path.join(args.codes, "municipalities.csv"))

    findings = Counter()

    # Participations: per-record checks, then kept by case id.
    cases = {}
    by_person = defaultdict(list)
    with open(args.participants, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f, delimiter=";"):
            case_id = row["case_id"].strip()
            person_id = row.get("person_id", "").strip()
            duf = row.get("duf_number", "").strip()
            if not case_id:
                findings["IC006"] += 1
            if not person_id and not duf:
                findings["IC006"] += 1
            person_ok = bool(person_id) and person_id_ok(person_id, args.allow_synthetic)
            if person_id and not person_ok:
                findings["IC001"] += 1
            if duf and not duf_ok(duf):
                findings["IC001"] += 1
            if row["category"].strip() not in categories:
                findings["IC003"] += 1

            dates = {}
            for field in ("start_date", "end_date", "settlement_date"):
                try:
                    dates[field] = parse_date(row.get(field, ""))
                except ValueError:
                    findings["IC006"] += 1
                    dates[field] = "invalid"
            start, end = dates["start_date"], dates["end_date"]
            if start is None:
                findings["IC006"] += 1
            usable = start not in (None, "invalid") and end != "invalid"
            if usable and end is not None and end < start:
                findings["IC007"] += 1

            follow_up = row["follow_up_municipality"].strip()
            if not follow_up:
                findings["IC006"] += 1
            if start not in (None, "invalid"):
                last = end if end not in (None, "invalid") else max(start, as_of)
                last = max(last, start)
                for code in (follow_up, row.get("residence_municipality", "").strip()):
                    if code and not municipality_valid(municipalities, code, start, last):
                        findings["IC004"] += 1

            reason = row.get("end_reason", "").strip()
            if reason and reason not in end_reasons:
                findings["IC008"] += 1

            if case_id in cases:
                findings["IC010"] += 1
                continue
            leave = row.get("leave_days", "").strip()
            participation = {
                "case_id": case_id,
                "start": start if usable else None,
                "end": end if usable else None,
                "reason": reason,
                "extended": row.get("extended", "").strip().lower() in ("ja", "yes", "true", "1"),
                "leave": int(leave) if leave.isdigit() else 0,
                "measures": [],
            }
            cases[case_id] = participation
            if person_ok:
                by_person[person_id].append(participation)

    # Measures: per-record checks, then grouped under their case.
    with open(args.measures, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f, delimiter=";"):
            case_id = row["case_id"].strip()
            code = row["measure"].strip()
            if not case_id or not code:
                findings["IC006"] += 1
            participation = cases.get(case_id)
            if case_id and participation is None:
                findings["IC011"] += 1
            if code and code not in measure_codes:
                findings["IC009"] += 1
            try:
                start = parse_date(row["start_date"])
                end = parse_date(row.get("end_date", ""))
            except ValueError:
                findings["IC006"] += 1
                continue
            if start is None:
                findings["IC006"] += 1
                continue
            if end is not None and end < start:
                findings["IC014"] += 1
                continue
            if participation is not None:
                participation["measures"].append((start, end if end is not None else FOREVER))

    # Per case: the participations that took part in the year.
    cutoff = min(as_of, year_end)
    window_start = cutoff - timedelta(days=INACTIVITY_DAYS - 1)
    for p in cases.values():
        start, end = p["start"], p["end"]
        if start is None or start > year_end or (end is not None and end < year_start):
            continue
        last = end if end is not None else FOREVER
        measures = sorted(p["measures"])

        if end is not None and end <= min(as_of, year_end) and not p["reason"]:
            findings["IC101"] += 1
        if not any(overlaps(a, b, year_start, year_end) for a, b in measures):
            findings["IC102"] += 1
        findings["IC104"] += sum(1 for a, b in measures if a < start or b > last)

        # Gaps between measures within the participation's time in the year.
        first_day, last_day = max(start, year_start), min(end or year_end, year_end)
        covered_until = None
        for a, b in measures:
            if not overlaps(a, b, first_day, last_day):
                continue
            a, b = max(a, first_day), min(b, last_day)
            if covered_until is not None and (a - covered_until).days - 1 > GAP_DAYS:
                findings["IC110"] += 1
            if covered_until is None or b > covered_until:
                covered_until = b

        # Open, and no measure in the last 60 days of the year.
        if end is None and start < window_start and \
                not any(overlaps(a, b, window_start, cutoff) for a, b in measures):
            findings["IC111"] += 1

        # Program length: two years plus leave, three with an extension.
        until = end if end is not None else cutoff
        if until > add_years(start, 3) + timedelta(days=p["leave"]):
            findings["IC107"] += 1
        elif not p["extended"] and until > add_years(start, 2) + timedelta(days=p["leave"]):
            findings["IC106"] += 1

    # Per person: a participation that overlaps an earlier one, either in the year.
    def in_year(p):
        return p["start"] <= year_end and (p["end"] is None or p["end"] >= year_start)

    for participations in by_person.values():
        if len(participations) < 2:
            continue
        ps = sorted((p for p in participations if p["start"] is not None), key=lambda p: p["start"])
        for j, q in enumerate(ps):
            for p in ps[:j]:
                if (p["end"] is None or p["end"] > q["start"]) and (in_year(p) or in_year(q)):
                    findings["IC105"] += 1
                    break

    json.dump({"program": "python peer", "participations": len(cases),
               "by_rule": dict(sorted(findings.items()))}, sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
