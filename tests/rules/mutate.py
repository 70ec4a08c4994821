"""Checks the rule tables the hard way: disables each rule's check in turn
(a `return;` as its function's first statement), rebuilds test_rules and
demands that it fails. Not part of CI (it rebuilds 49 times); run by hand:

    cmake --preset ci && python3 tests/rules/mutate.py build/ci

and it prints one line per rule and 'N passed, N failed'. The tree is
restored after each rule, also on interruption.
"""
import pathlib
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parents[2]
build = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else root / "build" / "ci")
families = {
    "lib/rules/record_rules.cpp": {
        "IC001": "invalid_person_id", "IC002": "synthetic_person_id", "IC003": "category_missing_or_unknown",
        "IC004": "municipality_not_valid", "IC005": "district_not_valid", "IC006": "required_or_invalid",
        "IC007": "end_before_start", "IC008": "unknown_end_reason", "IC009": "unknown_measure",
        "IC010": "duplicate_case_id", "IC011": "measure_without_participation",
        "IC012": "end_reason_without_end_date", "IC013": "date_after_as_of", "IC014": "measure_ends_before_start",
        "IC015": "leading_zero_restored"},
    "lib/rules/year_end_rules.cpp": {
        "IC101": "ended_without_reason", "IC102": "no_measure_in_year", "IC103": "moved_while_in_program",
        "IC104": "measures_outside", "IC105": "overlapping_participations", "IC106": "longer_than_normal",
        "IC107": "longer_than_maximum", "IC108": "age_at_start", "IC109": "late_start", "IC110": "gaps",
        "IC111": "inactive"},
    "lib/rules/integration_rules.cpp": {
        "IC112": "basis_contradicts_permit", "IC113": "end_goal_missing_or_foreign",
        "IC114": "started_late_after_settlement", "IC115": "minimum_content_missing",
        "IC116": "mapping_guidance_plan_missing", "IC117": "chapter_6a_with_duty",
        "IC118": "duty_without_settlement_agreement", "IC119": "registration_lags", "IC120": "below_full_time"},
    "lib/rules/attribution_rules.cpp": {
        "IC201": "residence_differs", "IC202": "protected_address", "IC203": "reform_closes_transfer",
        "IC204": "code_no_longer_valid", "IC205": "covid_extension"},
    "lib/rules/reconciliation_rules.cpp": {
        "IC401": "ended_only_in_nir", "IC402": "missing_from_report", "IC403": "end_reason_differs",
        "IC404": "end_date_differs", "IC405": "category_differs", "IC406": "reason_not_in_nir",
        "IC407": "person_unknown", "IC408": "residence_differs", "IC409": "protected_in_report"},
}


def disabled(text, function):
    """`text` with every definition of `function` returning at once."""
    lines, out, inside, hits = text.split("\n"), [], False, 0
    for line in lines:
        out.append(line)
        if line.startswith("void " + function + "("):
            inside = True
        if inside and line.rstrip().endswith("{"):
            out.append("  return;  // mutation")
            inside, hits = False, hits + 1
    assert hits, function
    return "\n".join(out)


passed = failed = 0
for file, rules in families.items():
    path = root / file
    original = path.read_text()
    for rule, function in rules.items():
        try:
            path.write_text(disabled(original, function))
            built = subprocess.run(["cmake", "--build", str(build), "--target", "test_rules", "-j2"],
                                   capture_output=True, text=True)
            if built.returncode != 0:
                print(f"? {rule} {function}: does not build\n{built.stdout[-2000:]}")
                failed += 1
                continue
            run = subprocess.run([str(build / "tests" / "test_rules")], capture_output=True, text=True)
        finally:
            path.write_text(original)
        caught = run.returncode != 0
        passed += caught
        failed += not caught
        print(f"{'caught' if caught else 'MISSED'} {rule} ({function} disabled)", flush=True)
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
