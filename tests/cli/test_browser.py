"""The HTML pages in a real browser (headless Chromium): the filters' script
runs under the page's CSP, a URL fragment (#severity=error, #rule=IC101)
opens the page filtered, the count says how many rows show, and the page
draws something. Registered only where Chromium is installed."""
import os
import re
import shutil
import struct
import subprocess
import tempfile
import unittest
import zlib

import html_dom
from test_cli import NIR, SAMPLE, run

CHROMIUM = os.environ.get("INTROCHECK_CHROMIUM", "/usr/bin/chromium")


def browse(url, *flags, tmp):
    """Chromium's headless run on `url`; stdout. 60 s each, one retry: it can stall on start."""
    profile = tempfile.mkdtemp(dir=tmp)
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}", *flags, url]
    for attempt in range(2):
        try:
            p = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
            if p.returncode == 0:
                return p.stdout
            error = p.stderr  # Chromium's noise on stderr is not a failure; its exit status is
        except subprocess.TimeoutExpired as e:
            error = f"timed out: {e}"
    raise AssertionError(f"chromium failed twice on {url}: {error[-2000:]}")


def png_pixels(path):
    """(width, height, rows of pixel tuples) of an 8-bit, non-interlaced RGB or RGBA PNG."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    at, idat = 8, b""
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):  # undo the row's filter (PNG spec, 9.2)
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + b) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, channels)])
        previous = line
    return width, height, rows


def finding_rows(dom):
    return [tr for tr in dom.iter("tr") if tr.attrs.get("class") == "finding"]


class Browser(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # CTest registers this test only where Chromium is: missing, it fails rather than skip.
        assert os.access(CHROMIUM, os.X_OK), f"no Chromium at {CHROMIUM}"
        cls.tmp = tempfile.mkdtemp()
        cls.pages = {}
        for name, args in (("validate", ["validate", *SAMPLE, "--allow-synthetic"]),
                           ("reconcile", ["reconcile", *SAMPLE, *NIR])):
            code, out, err = run(*args, "--format", "html")
            assert code in (0, 1), err
            path = os.path.join(cls.tmp, name + ".html")
            with open(path, "w", encoding="utf-8") as f:
                f.write(out)
            cls.pages[name] = (path, html_dom.parse(out))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def dom(self, name, fragment=""):
        """The page's DOM after its script ran, opened with `fragment`."""
        path, _ = self.pages[name]
        return html_dom.parse(browse("file://" + path + fragment, "--dump-dom", tmp=self.tmp))

    def shown(self, dom):
        return int(dom.find("span", id="shown-count").text())

    def test_unfiltered_everything_shows(self):
        _, served = self.pages["validate"]
        dom = self.dom("validate")
        rows = finding_rows(dom)
        self.assertEqual(len(rows), len(finding_rows(served)))
        self.assertGreater(len(rows), 10)
        self.assertEqual([tr for tr in rows if "hidden" in tr.attrs], [])
        self.assertEqual(self.shown(dom), len(rows))
        self.assertIn(f"{len(rows)} av {len(rows)} funn vises", dom.find("output", id="shown").text())

    def test_severity_from_the_fragment(self):
        dom = self.dom("validate", "#severity=error")
        rows = finding_rows(dom)
        errors = [tr for tr in rows if tr.attrs["data-severity"] == "error"]
        self.assertTrue(0 < len(errors) < len(rows))
        for tr in rows:
            self.assertEqual("hidden" in tr.attrs, tr.attrs["data-severity"] != "error", tr.attrs)
        self.assertEqual(self.shown(dom), len(errors))
        self.assertIn(f"{len(errors)} av {len(rows)} funn vises", dom.find("output", id="shown").text())
        # A case with no error is hidden as a whole; one with an error shows.
        for section in dom.iter("section"):
            if section.attrs.get("class") != "findings":
                continue
            has_error = any(tr.attrs["data-severity"] == "error" for tr in finding_rows(section))
            self.assertEqual("hidden" in section.attrs, not has_error, section.find("h2").text())
        # Labels, not codes, in what shows.
        self.assertIn("Feil", [tr.children[0].text() for tr in errors])

    def test_rule_from_the_fragment_and_both_together(self):
        dom = self.dom("reconcile", "#rule=IC403")
        rows = finding_rows(dom)
        visible = [tr for tr in rows if "hidden" not in tr.attrs]
        self.assertTrue(visible)
        self.assertEqual({tr.attrs["data-rule"] for tr in visible}, {"IC403"})
        self.assertEqual(len(visible), sum(tr.attrs["data-rule"] == "IC403" for tr in rows))
        self.assertEqual(self.shown(dom), len(visible))
        self.assertIn("«Arbeid 30 timer eller mer per uke»", "".join(tr.text() for tr in visible))
        # A filter that matches nothing shows nothing, and says so.
        dom = self.dom("reconcile", "#severity=info&rule=IC403")
        self.assertEqual([tr for tr in finding_rows(dom) if "hidden" not in tr.attrs], [])
        self.assertEqual(self.shown(dom), 0)

    def test_the_page_draws(self):
        shot = os.path.join(self.tmp, "shot.png")
        path, _ = self.pages["reconcile"]
        browse("file://" + path, f"--screenshot={shot}", "--window-size=1200,900", tmp=self.tmp)
        width, height, rows = png_pixels(shot)
        self.assertEqual((width, height), (1200, 900))
        pixels = [p for row in rows for p in row]
        self.assertGreater(len(set(pixels)), 2)
        ink = sum(p != (255, 255, 255) for p in pixels) / len(pixels)
        self.assertGreater(ink, 0.02)
        self.assertLess(ink, 0.9)  # a page, not a black or error screen


if __name__ == "__main__":
    unittest.main()
