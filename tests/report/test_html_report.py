"""The review page: highlighting that nests right, escaped article text, and a real browser check."""
import os
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from quotes.export import RunInfo
from quotes.export.html_report import highlight, write_html_report
from quotes.speakers import SpeakerRegistry
from quotes.types import Article, ArticleResult, Claim

RUN = RunInfo("0.1.0", "test annotator", "m", "quotes extract", "2026-01-01")
TEXT = ('Elkhan Velizade, a political analyst, said that talks failed. <script>document.title="pwned"</script>\n\n'
        '"We will win," Anna Smith said.')


def claim(n, speaker, content, cue, source):
    return Claim("a1", f"a1:{n}", speaker, "person", "political analyst" if n == 1 else None, None,
                 TEXT[source[0]:source[1]], TEXT[cue[0]:cue[1]], "say", None, "indirect", TEXT[content[0]:content[1]],
                 "s", (content,), (cue,), source, 0.9, "verb:speech")


def span(s):
    a = TEXT.index(s)
    return (a, a + len(s))


CLAIMS = (claim(1, "Elkhan Velizade", span("that talks failed"), span("said"), span("Elkhan Velizade, a political analyst")),
          claim(2, "Anna Smith", span("We will win,"), span("said."), span("Anna Smith")))


def write(tmp_path):
    article = Article("a1", TEXT, "/tmp/a1.txt", {"title": "Talks"})
    results = [ArticleResult(article, "ok", CLAIMS)]
    registry = SpeakerRegistry()
    registry.add(article, CLAIMS)
    path = tmp_path / "report.html"
    write_html_report(path, results, registry.resolve(), RUN)
    return path


class Marks(HTMLParser):
    """The text inside each <mark class=...>, by class."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.found, self.text = [], {}, ""

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self.stack.append(dict(attrs)["class"])

    def handle_endtag(self, tag):
        if tag == "mark":
            self.stack.pop()

    def handle_data(self, data):
        self.text += data
        for cls in self.stack:
            self.found.setdefault(cls, []).append(data)


@pytest.mark.parametrize("marks", [
    [((0, 5), "content", "t"), ((2, 4), "cue", "t")],          # nested
    [((0, 4), "content", "t"), ((2, 8), "source", "t")],       # crossing
    [((0, 3), "cue", "t"), ((3, 6), "source", "t")],           # adjacent
    [((0, 10), "content", "t")],                               # whole text
    [],
])
def test_highlight_is_well_formed_and_keeps_the_text(marks):
    text = "Ab<é>🎉 xyz"
    out = highlight(text, marks)
    assert out.count("<mark") == out.count("</mark>")
    assert "<é" not in out.replace("<mark", "").replace("</mark", "")
    parser = Marks()
    parser.feed(out)
    parser.close()
    assert parser.text == text
    assert not parser.stack  # every mark closed, in order
    for (a, b), cls, _ in marks:
        assert "".join(parser.found[cls]) == text[a:b]


def test_page_escapes_the_article_and_lists_speakers(tmp_path):
    page = write(tmp_path).read_text(encoding="utf-8")
    assert "<script>document.title" not in page and "&lt;script&gt;" in page
    assert 'data-speaker="elkhan-velizade"' in page and 'data-speaker="anna-smith"' in page
    parser = Marks()
    parser.feed(page)
    assert "".join(parser.found["cue"]).startswith("said")
    assert any("that talks failed" in t for t in ["".join(parser.found["content"])])


def chromium():
    """The installed Chromium (.ci/run installs it; a test installs nothing), or None."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path and os.environ.get("CI"):
        pytest.fail("Chromium is missing: .ci/run installs it before make test")
    return path


def browse(url, tmp_path):
    """Chromium's run of ``url``: the DOM after the scripts on stdout, the console on stderr."""
    browser = chromium()
    if not browser:
        pytest.skip("Chromium is not installed and cannot be installed here")
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=3000",
           "--enable-logging=stderr", "--v=0", "--dump-dom", url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def dump_dom(url, tmp_path):
    return browse(url, tmp_path).stdout


def shown_and_hidden(dom):
    """The claim items of the page, as (shown, hidden) lists of their opening tags."""
    items = re.findall(r"<li [^>]*data-speaker=[^>]*>", dom)
    return [i for i in items if "hidden" not in i], [i for i in items if "hidden" in i]


@pytest.mark.browser
def test_page_in_a_real_browser(tmp_path):
    path = write(tmp_path)
    dom = dump_dom(path.as_uri(), tmp_path)
    assert "<title>quotes: review</title>" in dom  # the article's script never ran
    assert "Elkhan Velizade" in dom and 'class="cue"' in dom and 'class="source"' in dom


@pytest.mark.browser
def test_speaker_filter_in_a_real_browser(tmp_path):
    path = write(tmp_path)
    dom = dump_dom(path.as_uri() + "#speaker=anna-smith", tmp_path)
    items = [line for line in dom.split("<li") if "data-speaker=" in line]
    shown = [i for i in items if "hidden" not in i.split(">")[0]]
    assert shown and all('data-speaker="anna-smith"' in i for i in shown)
    assert any('data-speaker="elkhan-velizade"' in i and "hidden" in i.split(">")[0] for i in items)


@pytest.mark.browser
@pytest.mark.parametrize("fragment", ["%E0%A4%A", "%", "anna-smith%E0%A4%A", "%ZZ&x=1"])
def test_malformed_speaker_fragment_shows_everyone_and_no_script_error(tmp_path, fragment):
    path = write(tmp_path)
    run = browse(f"{path.as_uri()}#speaker={fragment}", tmp_path)
    errors = [line for line in run.stderr.splitlines() if "CONSOLE" in line and "Uncaught" in line]
    assert not errors
    shown, hidden = shown_and_hidden(run.stdout)
    assert len(shown) == 2 and not hidden


@pytest.mark.browser
def test_percent_encoded_speaker_fragment_still_filters(tmp_path):
    path = write(tmp_path)
    shown, hidden = shown_and_hidden(dump_dom(path.as_uri() + "#speaker=anna%2Dsmith", tmp_path))
    assert shown and all('data-speaker="anna-smith"' in i for i in shown)
    assert any('data-speaker="elkhan-velizade"' in i for i in hidden)
