#!/usr/bin/env python3
"""National-shape test data in introcheck's CSV contract (benchmarks only).

Writes participants.csv and measures.csv (';'-separated, UTF-8, the columns of
examples/ up to settlement_date) and manifest.json into DIR:

- per 10^6 participations about 3.9 M measures (1..7 each) and 275 MB (the issue: 3.87 M, 270 MB);
- starts from 2015 to 2024, reporting year 2024, as-of 2025-01-15;
- person ids are synthetic fødselsnumre (month + 80, correct check digits), so
  `introcheck validate --allow-synthetic` is needed, as with `introcheck synth`;
- follow-up municipalities are codes valid through 2024 and on the as-of day
  (lib/data/municipalities.csv), each valid since the participation started;
- clean by construction: measures cover each participation without gaps at
  full time, with the minimum content of integreringsloven § 14;
- about 1.8 % of the participations carry one injected error, in turn:
  IC001 bad check digit, IC101 ended in 2024 without end reason, IC007 end
  before start, IC009 unknown measure code, IC104 measure outside its
  participation, IC105 a second, overlapping participation of the same person,
  IC106 longer than two years without extension, IC107 longer than three years.

manifest.json counts the injected errors by the rule they should cause.
Deterministic for a seed. Python 3 standard library only.

Usage: gen_national.py --participants N --seed S --output DIR [--error-rate 0.018]
"""
import argparse
import bisect
import csv
import datetime as dt
import json
import os
import random
import sys
import time

YEAR = 2024
AS_OF = dt.date(2025, 1, 15)
Y_START = dt.date(YEAR, 1, 1).toordinal()
Y_END = dt.date(YEAR, 12, 31).toordinal()
FIRST_START = dt.date(2015, 1, 1).toordinal()
LAST_START = dt.date(YEAR, 10, 1).toordinal()
INTEGRERINGSLOVEN_FROM = dt.date(2021, 1, 1).toordinal()
OSLO = "0301"

# End reasons a program ends with (not "flyttet", "dodsfall", ...: IC103 and
# the like are not this generator's errors).
REASONS = ["arbeid_heltid", "arbeid_deltid", "videregaende", "hoyere_utdanning", "grunnskole", "nav_tiltak", "kvp",
           "lonnstilskudd", "tiltak_andre", "sosialhjelp", "annen_trygd", "helse", "annet", "ikke_arbeidssoker"]
ANY_TRACK = ["norsk_samfunnskunnskap", "norsk", "sprakpraksis", "arbeidspraksis", "kurs_amo", "arbeidstrening",
             "arbeid", "grunnskole", "videregaende"]
WORK_TRACK = ["sprakpraksis", "arbeidspraksis", "arbeidstrening", "kurs_amo", "arbeid"]
# Tracks per participation (consecutive measures covering it), by weight.
TRACKS = [1, 2, 3, 4, 5, 6, 7]
TRACK_WEIGHTS = [10, 16, 22, 20, 14, 10, 8]

PARTICIPANTS_HEADER = ("case_id;person_id;duf_number;category;follow_up_municipality;follow_up_district;"
                       "residence_municipality;residence_district;protected_address;start_date;end_date;end_reason;"
                       "extended;covid_extension;leave_days;settlement_date\n")
MEASURES_HEADER = "case_id;measure;start_date;end_date;hours_per_week;completed\n"

KINDS = ["IC001", "IC101", "IC007", "IC009", "IC104", "IC105", "IC106", "IC107"]

W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


def add_months(ordinal, months):
    """The day `months` after `ordinal`, clamped to the month's end (as introcheck's add_months)."""
    d = dt.date.fromordinal(ordinal)
    m = d.month - 1 + months
    y, m = d.year + m // 12, m % 12 + 1
    last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last)).toordinal()


def municipalities(path):
    """Codes valid through 2024 and on the as-of day, as (valid_from ordinal, code), sorted."""
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["code"] == "9999" or r["valid_from"] > f"{YEAR}-01-01":
                continue
            if r["valid_to"] and r["valid_to"] <= AS_OF.isoformat():
                continue
            out.append((dt.date.fromisoformat(r["valid_from"]).toordinal(), r["code"]))
    out.sort()
    return out


class Generator:
    def __init__(self, seed, munis):
        self.rnd = random.Random(seed)
        self.munis = munis
        self.muni_from = [m[0] for m in munis]
        self.since = {c: since for since, c in munis}
        self.used_ids = set()
        lo = dt.date(1930, 1, 1).toordinal()
        hi = dt.date(2026, 12, 31).toordinal()
        self.base = lo
        self.iso = [dt.date.fromordinal(o).isoformat() for o in range(lo, hi + 1)]

    def day(self, ordinal):
        return self.iso[ordinal - self.base]

    def fnr(self, birth_ordinal):
        """A synthetic fødselsnummer (month + 80) born on the day, never used before."""
        b = dt.date.fromordinal(birth_ordinal)
        head = f"{b.day:02d}{b.month + 80:02d}{b.year % 100:02d}"
        lo, hi = (500, 999) if b.year >= 2000 else (0, 499)
        first = self.rnd.randint(lo, hi)
        span = hi - lo + 1
        for k in range(span):
            nine = head + f"{lo + (first - lo + k) % span:03d}"
            s1 = sum(int(c) * w for c, w in zip(nine, W1))
            k1 = (11 - s1 % 11) % 11
            if k1 == 10:
                continue
            ten = nine + str(k1)
            s2 = sum(int(c) * w for c, w in zip(ten, W2))
            k2 = (11 - s2 % 11) % 11
            if k2 == 10:
                continue
            pid = ten + str(k2)
            if pid not in self.used_ids:
                self.used_ids.add(pid)
                return pid
        return self.fnr(birth_ordinal + 1)

    def municipality(self, start):
        """Oslo for three in ten, else any code valid since `start`."""
        if self.rnd.random() < 0.3:
            return OSLO
        n = bisect.bisect_right(self.muni_from, start)
        return self.munis[self.rnd.randrange(n)][1]

    def participation(self, case_id):
        rnd = self.rnd
        rett = rnd.random() < 0.7
        start = rnd.randint(FIRST_START, LAST_START)
        settlement = start - (rnd.randint(0, 88) if rett else rnd.randint(0, 2000))
        age = rnd.randint(29, 54) if rett else rnd.randint(29, 62)
        birth = start - int(age * 365.25) - rnd.randint(0, 300)
        p = {
            "case_id": case_id, "person_id": self.fnr(birth), "category": "rett_og_plikt" if rett else "kan_tilbys",
            "start": start, "end": None, "reason": "", "extended": False, "leave": 0, "settlement": settlement,
        }
        shape = rnd.random()
        length = rnd.randint(90, 725)  # within two years
        if shape < 0.10:  # extended: past two years, within three
            p["extended"] = True
            length = rnd.randint(760, 1050)
        elif shape < 0.20:  # approved leave lengthens the program
            p["leave"] = rnd.randint(10, 60)
            length += p["leave"]
        end = start + length
        if end <= Y_END:
            p["end"] = end
            p["reason"] = REASONS[rnd.randrange(len(REASONS))]
        p["fu"] = self.municipality(start)
        p["measures"] = self.measures(p)
        return p

    def measures(self, p):
        """Consecutive tracks at full time covering the participation, the last open when it is;
        under integreringsloven norsk og samfunnskunnskap, then a work track, and livsmestring."""
        rnd = self.rnd
        start, end = p["start"], p["end"]
        integ = start >= INTEGRERINGSLOVEN_FROM
        last = end if end is not None else AS_OF.toordinal()
        span = last - start + 1
        n = rnd.choices(TRACKS, TRACK_WEIGHTS)[0]
        if integ:
            n = max(2, n - 1)
        n = max(1, min(n, span // 14))
        out = []
        first = start
        for k in range(n):
            if integ and k == 0:
                code = "norsk_samfunnskunnskap"
            elif integ and k == 1:
                code = WORK_TRACK[rnd.randrange(len(WORK_TRACK))]
            else:
                code = ANY_TRACK[rnd.randrange(len(ANY_TRACK))]
            to = start + span * (k + 1) // n - 1 if k + 1 < n else end
            out.append([code, first, to, rnd.randint(30, 37), ""])
            if to is not None:
                first = to + 1
        if integ:
            to = start + rnd.randint(40, 90)
            if end is not None and to > end:
                to = end
            out.append(["livsmestring", start, to, rnd.randint(2, 4), "ja"])
        return out

    @staticmethod
    def took_part(p):
        return p["start"] <= Y_END and (p["end"] is None or p["end"] >= Y_START)

    @staticmethod
    def ended_in_year(p):
        return p["end"] is not None and Y_START <= p["end"] <= Y_END

    def inject(self, kind, p, anchor):
        """One error of `kind` into p, if its shape allows; p may be replaced (IC105)."""
        rnd = self.rnd
        if kind == "IC001":  # a wrong last check digit
            pid = p["person_id"]
            p["person_id"] = pid[:-1] + ("0" if pid[-1] == "9" else chr(ord(pid[-1]) + 1))
            return True
        if kind == "IC101":  # ended in the year without an end reason
            if not self.ended_in_year(p):
                return False
            p["reason"] = ""
            return True
        if kind == "IC007":  # ended, before the year, the day before it started
            if p["end"] is None or p["end"] >= Y_START:
                return False
            p["end"] = p["start"] - 1
            return True
        if kind == "IC009":  # a measure code not in NIR's list
            m = p["measures"][0]
            p["measures"].append(["yoga", m[1], m[2], m[3], ""])
            return True
        if kind == "IC104":  # a measure that starts before its participation
            if not self.took_part(p):
                return False
            p["measures"].append(["arbeidspraksis", p["start"] - 20, p["start"] + 5, 30, ""])
            return True
        if kind == "IC105":  # the same person starts again while still in the program
            if anchor is None:
                return False
            a_last = min(anchor["end"] if anchor["end"] is not None else Y_END, Y_END)
            if a_last - anchor["start"] < 60:
                return False
            start = anchor["start"] + (a_last - anchor["start"]) // 2
            length = rnd.randint(90, 400)
            q = {
                "case_id": p["case_id"], "person_id": anchor["person_id"], "category": "kan_tilbys",
                "start": start, "end": None, "reason": "", "extended": False, "leave": 0,
                "settlement": anchor["settlement"], "fu": anchor["fu"],
            }
            if start + length <= Y_END:
                q["end"] = start + length
                q["reason"] = REASONS[rnd.randrange(len(REASONS))]
            q["measures"] = self.measures(q)
            p.clear()
            p.update(q)
            return True
        if kind in ("IC106", "IC107"):  # longer than two (three) years
            if not self.ended_in_year(p) or p["leave"] or p["extended"]:
                return False
            years = 2 if kind == "IC106" else 3
            start = add_months(p["end"], -12 * years) - 40
            if start >= p["start"]:
                return False
            old = p["start"]
            p["start"] = start
            p["extended"] = kind == "IC107"
            p["category"] = "kan_tilbys"  # rett og plikt's start limits are not this error
            p["settlement"] = start - 10
            if self.since[p["fu"]] > start:
                p["fu"] = OSLO
            for m in p["measures"]:
                if m[1] == old:
                    m[1] = start
            return True
        raise ValueError(kind)

    def participant_row(self, p):
        end = p["end"]
        return (f"{p['case_id']};{p['person_id']};;{p['category']};{p['fu']};;{p['fu']};;;{self.day(p['start'])};"
                f"{self.day(end) if end is not None else ''};{p['reason']};{'ja' if p['extended'] else 'nei'};;"
                f"{p['leave'] or ''};{self.day(p['settlement'])}\n")

    def measure_rows(self, p):
        cid = p["case_id"]
        day = self.day
        return [f"{cid};{code};{day(a)};{day(b) if b is not None else ''};{h};{done}\n"
                for code, a, b, h, done in p["measures"]]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--participants", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--output", required=True)
    ap.add_argument("--error-rate", type=float, default=0.018)
    ap.add_argument("--municipalities", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib",
                                                             "data", "municipalities.csv"))
    args = ap.parse_args()
    t0 = time.time()
    os.makedirs(args.output, exist_ok=True)
    g = Generator(args.seed, municipalities(args.municipalities))
    rnd = g.rnd
    injected = {k: 0 for k in KINDS}
    owed, next_kind, anchor, measures = [], 0, None, 0
    pbytes = mbytes = 0
    with open(os.path.join(args.output, "participants.csv"), "w", encoding="utf-8", newline="") as pf, \
         open(os.path.join(args.output, "measures.csv"), "w", encoding="utf-8", newline="") as mf:
        pf.write(PARTICIPANTS_HEADER)
        mf.write(MEASURES_HEADER)
        pbuf, mbuf = [], []
        for i in range(args.participants):
            p = g.participation(str(100001 + i))
            if rnd.random() < args.error_rate:  # an error is owed; the kinds in turn
                owed.append(KINDS[next_kind])
                next_kind = (next_kind + 1) % len(KINDS)
            clean = True
            for k, kind in enumerate(owed):  # the oldest owed error this participation's shape allows
                if g.inject(kind, p, anchor):
                    injected[kind] += 1
                    del owed[k]
                    clean = False
                    break
            if clean and g.took_part(p):
                anchor = p
            pbuf.append(g.participant_row(p))
            rows = g.measure_rows(p)
            measures += len(rows)
            mbuf.extend(rows)
            if len(pbuf) >= 20000:
                text = "".join(pbuf)
                pf.write(text)
                pbytes += len(text)
                text = "".join(mbuf)
                mf.write(text)
                mbytes += len(text)
                pbuf, mbuf = [], []
        text = "".join(pbuf)
        pf.write(text)
        pbytes += len(text) + len(PARTICIPANTS_HEADER)
        text = "".join(mbuf)
        mf.write(text)
        mbytes += len(text) + len(MEASURES_HEADER)
    manifest = {
        "tool": "benchmarks/gen_national.py", "seed": args.seed, "participants": args.participants,
        "measures": measures, "bytes": pbytes + mbytes, "error_rate": args.error_rate, "year": YEAR,
        "as_of": AS_OF.isoformat(), "allow_synthetic": True, "injected": sum(injected.values()),
        "injected_by_rule": injected,
    }
    with open(os.path.join(args.output, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1)
        f.write("\n")
    print(f"gen_national: {args.participants} participations, {measures} measures, {(pbytes + mbytes) / 1e6:.0f} MB, "
          f"{manifest['injected']} injected errors, {time.time() - t0:.1f} s -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
