#!/usr/bin/env python3
"""Writes cases/*/expected.json from the introcheck CLI's JSON output.

Run after an intended change of behaviour, review the diff, commit it:
    python3 tests/conformance/regenerate.py build/ci/cli/introcheck
Every language's conformance runner then demands exactly these findings.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def canonical(finding):
    return {"rule": finding["rule"], "case_id": finding["case_id"] or "",
            "file": os.path.basename(finding["file"] or ""), "line": finding["line"] or 0,
            "field": finding["field"] or "", "params": finding["params"]}


def main(cli):
    for case in sorted((HERE / "cases").iterdir()):
        spec = json.loads((case / "case.json").read_text())
        args = [cli, spec["run"], "--year", str(spec["year"]), "--as-of", spec["as_of"], "--format", "json",
                "--participants", "participants.csv"]
        if (case / "measures.csv").exists():
            args += ["--measures", "measures.csv"]
        if spec["run"] == "reconcile":
            args += ["--nir-report", "nir_report.csv"]
        elif spec.get("allow_synthetic"):
            args += ["--allow-synthetic"]
        out = subprocess.run(args, cwd=case, capture_output=True, text=True)
        if out.returncode not in (0, 1):
            sys.exit(f"{case.name}: {out.stderr.strip()}")
        findings = sorted((canonical(f) for f in json.loads(out.stdout)["findings"]),
                          key=lambda f: (f["file"], f["line"], f["rule"], f["field"], f["case_id"],
                                         json.dumps(f["params"], sort_keys=True)))
        lines = ",\n".join("  " + json.dumps(f, ensure_ascii=False, sort_keys=True) for f in findings)
        (case / "expected.json").write_text("[\n" + lines + "\n]\n", encoding="utf-8")
        print(f"{case.name}: {len(findings)} findings")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "introcheck")
