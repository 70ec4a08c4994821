"""The command line from one table: help, usage, the README's table, option
syntax, suggestions and exit statuses."""
import os
import pathlib
import re
import subprocess
import unittest

CLI = os.environ.get("INTROCHECK_CLI", "introcheck")
SOURCE = pathlib.Path(os.environ.get("INTROCHECK_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
EXAMPLES = SOURCE / "examples"
COMMANDS = ["id", "municipality", "validate", "report", "reconcile", "results", "synth", "rules", "version", "help"]


def run(*args, env=None):
    p = subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60,
                       env=None if env is None else {**os.environ, **env})
    return p.returncode, p.stdout, p.stderr


def readme_table():
    text = (SOURCE / "README.md").read_text(encoding="utf-8")
    start = text.index("| command | what it does | exit status |")
    end = text.index("\n\n", start)
    return text[start:end] + "\n"


class Help(unittest.TestCase):
    def test_every_command_answers_help_three_ways(self):
        for command in COMMANDS:
            with self.subTest(command=command):
                code, long_form, err = run(command, "--help")
                self.assertEqual((code, err), (0, ""))
                self.assertIn(f"usage: introcheck {command}", long_form)
                self.assertEqual(run(command, "-h"), (0, long_form, ""))
                self.assertEqual(run("help", command), (0, long_form, ""))

    def test_help_wins_over_bad_usage(self):
        code, out, _ = run("validate", "--no-such-option", "-h")
        self.assertEqual(code, 0)
        self.assertIn("usage: introcheck validate", out)

    def test_the_options_the_old_usage_forgot(self):
        # 0.1's hand-written usage had drifted from the parser: these were missing.
        for command, options in {"report": ["--lang", "--config", "--reveal-ids"], "results": ["--lang"],
                                 "reconcile": ["--threads"]}.items():
            _, out, _ = run(command, "--help")
            for option in options:
                self.assertIn(option, out, f"{command} --help")

    def test_help_lists_each_option_with_its_default(self):
        _, out, _ = run("results", "--help")
        self.assertRegex(out, r"--suppress N\s+[^\[]*\[default: 5\]")
        _, out, _ = run("validate", "--help")
        self.assertRegex(" ".join(out.split()), r"--threads N [^[]*\[default: 0, one per core\]")
        self.assertIn("exit status", out.lower())

    def test_usage_lists_every_command(self):
        code, out, _ = run("help")
        self.assertEqual(code, 0)
        for command in COMMANDS:
            self.assertRegex(out, rf"(?m)^  {command}\b")
        self.assertEqual(run("--help")[1], out)

    def test_readme_table_is_the_generated_one(self):
        code, out, _ = run("help", "--markdown")
        self.assertEqual(code, 0)
        self.assertEqual(readme_table(), out,
                         "regenerate the README's command table with: introcheck help --markdown")
        for command in COMMANDS:
            self.assertIn(f"| `introcheck {command}", out)


class Options(unittest.TestCase):
    ARGS = ["--year", "2023", "--as-of", "2024-01-15", "--participants", str(EXAMPLES / "participants.csv"),
            "--allow-synthetic", "--format", "json"]

    def test_equals_form_is_the_same_as_two_arguments(self):
        spaced = run("validate", *self.ARGS)
        joined = run("validate", "--year=2023", "--as-of=2024-01-15",
                     f"--participants={EXAMPLES / 'participants.csv'}", "--allow-synthetic", "--format=json")
        self.assertEqual(spaced, joined)
        self.assertEqual(spaced[0], 1)

    def test_a_flag_takes_no_value(self):
        code, _, err = run("validate", *self.ARGS, "--strict=yes")
        self.assertEqual(code, 2)
        self.assertIn("--strict", err)

    def test_unknown_option_suggests_the_nearest(self):
        code, out, err = run("validate", "--yaer", "2023")
        self.assertEqual((code, out), (2, ""))
        self.assertIn("unknown option --yaer (did you mean --year?)", err)
        self.assertIn("did you mean --participants?", run("validate", "--participant", "x")[2])

    def test_unknown_command_suggests_the_nearest(self):
        code, _, err = run("valdate")
        self.assertEqual(code, 2)
        self.assertIn("did you mean validate?", err)
        code, _, err = run("frobnicate")
        self.assertEqual(code, 2)
        self.assertNotIn("did you mean", err)

    def test_missing_value_and_missing_required_option(self):
        code, _, err = run("validate", "--year")
        self.assertEqual(code, 2)
        self.assertIn("--year", err)
        code, _, err = run("validate", "--year", "2023")
        self.assertEqual(code, 2)
        self.assertIn("--participants", err)

    def test_a_choice_outside_the_list(self):
        code, _, err = run("validate", *self.ARGS, "--format", "xml")
        self.assertEqual(code, 2)
        self.assertIn("text|json|csv", err)


class ExitStatus(unittest.TestCase):
    def test_internal_error_exits_3_with_its_message(self):
        for command, args in (("rules", []), ("validate", Options.ARGS)):
            code, out, err = run(command, *args, env={"INTROCHECK_TEST_INTERNAL_ERROR": "1"})
            self.assertEqual(code, 3, command)
            self.assertRegex(err, rf"^introcheck {command}: internal error: ")

    def test_unreadable_input_exits_2(self):
        code, _, err = run("validate", "--year", "2023", "--participants", "/nonexistent/p.csv")
        self.assertEqual(code, 2)
        self.assertIn("/nonexistent/p.csv", err)


if __name__ == "__main__":
    unittest.main()
