"""The workbook as LibreOffice draws it: rendered to PDF once, read back with poppler's pdftotext.

A long claim's text appears whole, no row's text runs into the next row, and the Claims
sheet's first page shows speaker, role and claim. `.ci/run` installs LibreOffice and poppler.
"""
import os
import re
import shutil
import subprocess
from html import unescape

import pytest

from quotes.export import RunInfo
from quotes.pipeline import write_outputs
from quotes.types import Article, ArticleResult, Claim

pytestmark = pytest.mark.render
RUN = RunInfo("0.1.0", "test annotator", "test models", "quotes extract x", "2026-01-01T00:00:00+00:00")
LONG = " ".join(f"lw{k}" for k in range(160))  # about 900 characters: many lines, under the height cap
NAMES = ["Alpha Quinn", "Bravo Quinn", "Charlie Quinn", "Delta Quinn", "Echo Quinn", "Foxtrot Quinn"]
CLAIMS_TEXT = ["short one zend0", LONG + " zend1", "a claim of two or three lines that wraps at the width of its "
               "column, as a paraphrase does zend2", "x zend3", ("words " * 60) + "zend4", "tail zend5"]


def claim(n, speaker, text):
    return Claim("a1", f"a1:{n}", speaker, "person", "a role that is long enough to wrap in its column", None,
                 speaker, "said", "say", None, "indirect", text, "sentence", ((0, 1),), ((0, 1),), None, 0.9,
                 "verb:speech")


def tool(*names):
    found = [shutil.which(n) for n in names]
    found = [f for f in found if f]
    if not found:
        if os.environ.get("CI"):
            pytest.fail(f"{names[0]} is not installed: .ci/run installs it before make test")
        pytest.skip(f"{names[0]} is not installed (.ci/run installs it)")
    return found[0]


@pytest.fixture(scope="session")
def rendered(tmp_path_factory):
    """(words by page, plain layout text) of the workbook drawn by LibreOffice."""
    soffice, pdftotext = tool("soffice", "libreoffice"), tool("pdftotext")
    folder = tmp_path_factory.mktemp("render")
    claims = tuple(claim(k + 1, name, text) for k, (name, text) in enumerate(zip(NAMES, CLAIMS_TEXT)))
    out = folder / "claims.xlsx"
    write_outputs([ArticleResult(Article("a1", "text", None, {"title": "Talks"}), "ok", claims)], out, run_info=RUN)
    subprocess.run([soffice, "--headless", f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                    "--convert-to", "pdf", "--outdir", str(folder), str(out)],
                   check=True, capture_output=True, timeout=240)
    pdf = folder / "claims.pdf"
    subprocess.run([pdftotext, "-bbox", str(pdf), str(folder / "words.html")], check=True, timeout=60)
    layout = subprocess.run([pdftotext, "-layout", "-f", "1", "-l", "1", str(pdf), "-"], check=True,
                            capture_output=True, text=True, timeout=60).stdout
    pages = []
    for page in (folder / "words.html").read_text(encoding="utf-8").split("<page")[1:]:
        pages.append([(unescape(w), float(y0), float(y1), float(x0)) for x0, y0, y1, w in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', page)])
    return pages, layout


def where(pages, word):
    return [(p, y0, y1) for p, words in enumerate(pages) for w, y0, y1, _ in words if w == word]


def test_the_first_page_shows_speaker_role_and_claim(rendered):
    pages, layout = rendered
    header = layout.splitlines()[0].split()
    assert header[:3] == ["speaker_label", "role", "claim"]
    assert "Alpha Quinn" in layout and "zend0" in layout


def test_a_long_claim_appears_whole_in_order(rendered):
    pages, _ = rendered
    spots = [where(pages, f"lw{k}") for k in range(160)]
    assert all(len(s) == 1 for s in spots), [k for k, s in enumerate(spots) if len(s) != 1]
    tops = [s[0][:2] for s in spots]
    assert tops == sorted(tops)  # line after line, never cut off by the row below


def test_no_row_runs_into_the_next(rendered):
    pages, _ = rendered
    for k in range(len(NAMES) - 1):
        ends = where(pages, f"zend{k}")
        assert len(ends) == 1, f"the end of claim {k} is not drawn"
        (page_end, _, bottom), = ends
        nxt = [(p, y0) for p, y0, _ in where(pages, NAMES[k + 1].split()[0])]
        assert nxt, NAMES[k + 1]
        page_next, top_next = nxt[0]
        if page_next == page_end:  # rows never split across pages: the same page unless this one is full
            assert bottom <= top_next, (k, bottom, top_next)
        else:
            assert page_next == page_end + 1
