"""The review page: highlighting that nests right, escaped article text, and a real browser check."""
import html
import json
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


def shifted(c, by):
    move = lambda s: [s[0] + by, s[1] + by]  # noqa: E731
    return Claim.from_record(c.to_record(), content_spans=[move(s) for s in c.content_spans],
                             cue_spans=[move(s) for s in c.cue_spans], source_span=move(c.source_span))


def write(tmp_path, filler=0, results=None):
    """The review page of TEXT (``filler`` paragraphs between its two claims), or of ``results``."""
    claims, text = CLAIMS, TEXT
    if filler:
        cut = TEXT.index('"We will win')
        pad = "Filler paragraph.\n\n" * filler
        text = TEXT[:cut] + pad + TEXT[cut:]
        claims = (CLAIMS[0], shifted(CLAIMS[1], len(pad)))
    results = results or [ArticleResult(Article("a1", text, "/tmp/a1.txt", {"title": "Talks"}), "ok", claims)]
    registry = SpeakerRegistry()
    for r in results:
        registry.add(r.article, r.claims)
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
    """The Chromium binary; `.ci/run` installs it, tests never install anything."""
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path and os.environ.get("CI"):
        pytest.fail("Chromium is not installed: .ci/run installs it before make test")
    return path


def browse(url, tmp_path, window="1000,700"):
    """Chromium's run of ``url``: the DOM after the scripts on stdout, the console on stderr."""
    browser = chromium()
    if not browser:
        pytest.skip("Chromium is not installed (.ci/run installs it)")
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--window-size={window}", f"--user-data-dir={tmp_path / 'profile'}",
           "--run-all-compositor-stages-before-draw", "--virtual-time-budget=5000",
           "--enable-logging=stderr", "--v=0", "--dump-dom", url]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


def dump_dom(url, tmp_path, window="1000,700"):
    return browse(url, tmp_path, window).stdout


def shown_and_hidden(dom):
    """The claim items of the page, as (shown, hidden) lists of their opening tags."""
    items = re.findall(r"<li [^>]*data-speaker=[^>]*>", dom)
    return [i for i in items if "hidden" not in i], [i for i in items if "hidden" in i]


def probe(path, script, tmp_path, fragment="", window="1000,400"):
    """Run ``script`` in the page after its own script; what it stores with ``done(value)`` comes back."""
    page = path.read_text(encoding="utf-8")
    helper = ("function done(v){document.body.setAttribute('data-probe',JSON.stringify(v));}"
              "function later(f){setTimeout(f,50);}")
    probe_path = path.with_name("probe.html")
    probe_path.write_text(page.replace("</body>", f"<script>{helper}{script}</script></body>"), encoding="utf-8")
    dom = dump_dom(probe_path.as_uri() + fragment, tmp_path, window)
    found = re.search(r'data-probe="([^"]*)"', dom)
    assert found, dom[-2000:]
    return json.loads(html.unescape(found.group(1)))


@pytest.mark.browser
def test_page_in_a_real_browser(tmp_path):
    path = write(tmp_path)
    dom = dump_dom(path.as_uri(), tmp_path)
    assert "<title>quotes: review</title>" in dom  # the article's script never ran
    assert "Elkhan Velizade" in dom and 'class="cue"' in dom and 'class="source"' in dom


@pytest.mark.browser
def test_a_claim_and_its_highlight_link_both_ways(tmp_path):
    path = write(tmp_path, filler=60)
    got = probe(path, """
      var out={}, bar=document.querySelector('.tools');
      var view=function(el){var r=el.getBoundingClientRect(); return r.top>=bar.getBoundingClientRect().bottom-1 && r.bottom<=innerHeight;};
      var num=document.getElementById('mark-a1:2');
      out.number=num.textContent; out.numberLinks=num.getAttribute('href');
      out.numberBefore=num.nextElementSibling.getAttribute('data-claim');
      out.before=view(num);
      document.getElementById('claim-a1:2').querySelector('b').click();
      later(function(){
        out.hash1=location.hash; out.after=view(num);
        out.current=[].map.call(document.querySelectorAll('mark.current'),function(m){return m.getAttribute('data-claim');});
        document.querySelector('mark.content[data-claim="a1:1"]').click();
        later(function(){
          var li=document.getElementById('claim-a1:1');
          out.hash2=location.hash; out.liCurrent=li.classList.contains('current'); out.liInView=view(li);
          done(out);});});""", tmp_path)
    assert got["number"] == "2" and got["numberLinks"] == "#claim-a1:2" and got["numberBefore"] == "a1:2"
    assert not got["before"] and got["after"], got  # clicking the claim scrolled its highlight into view
    assert got["hash1"] == "#mark-a1:2" and set(got["current"]) == {"a1:2"}
    assert got["hash2"] == "#claim-a1:1" and got["liCurrent"] and got["liInView"]


@pytest.mark.browser
def test_speaker_filter_fades_the_text_keeps_numbers_and_filters_the_table(tmp_path):
    path = write(tmp_path)
    got = probe(path, """
      var cls=function(sel){return [].map.call(document.querySelectorAll(sel),function(e){
        return [e.getAttribute('data-speaker'), e.classList.contains('faded'), e.hidden, e.textContent];});};
      done({marks:cls('mark[data-speaker]'), nums:cls('.text a.num'), items:cls('li[data-claim]'),
            rows:cls('tr.speaker'), select:document.getElementById('speaker-filter').value});""",
                tmp_path, "#speaker=anna-smith")
    assert got["select"] == "anna-smith"
    assert all(faded == (sid != "anna-smith") for sid, faded, _, _ in got["marks"])
    assert [(sid, text) for sid, _, _, text in got["nums"]] == [("elkhan-velizade", "1"), ("anna-smith", "2")]
    shown = [(sid, text) for sid, _, hidden, text in got["items"] if not hidden]
    assert len(shown) == 1 and shown[0][0] == "anna-smith" and shown[0][1].startswith("2 ")  # its own number
    assert [(sid, hidden) for sid, _, hidden, _ in got["rows"]] == [("anna-smith", False), ("elkhan-velizade", True)]


@pytest.mark.browser
def test_a_malformed_speaker_address_leaves_the_filter_working(tmp_path):
    path = write(tmp_path)
    got = probe(path, """
      var first=[].map.call(document.querySelectorAll('li[data-claim]'),function(l){return l.hidden;});
      var sel=document.getElementById('speaker-filter'); sel.value='anna-smith';
      sel.dispatchEvent(new Event('change'));
      done({first:first, hash:location.hash, hidden:[].map.call(document.querySelectorAll('li[data-claim]'),function(l){return l.hidden;})});""",
                tmp_path, "#speaker=%E0%A4%A")
    assert got == {"first": [False, False], "hash": "#speaker=anna-smith", "hidden": [True, False]}


@pytest.mark.browser
def test_a_thousand_articles_collapsed_and_searchable(tmp_path):
    results = [ArticleResult(Article(f"n{k}", f"Plain text {k}.", None, {"title": f"Story {k}"}), "ok", ())
               for k in range(999)]
    article = Article("a1", TEXT, "/tmp/a1.txt", {"title": "Talks", "date": "2022-05-28", "author": "Kyamal Ali",
                                                   "url": "https://example.org/talks", "source": "Example News"})
    results.append(ArticleResult(article, "ok", CLAIMS))
    path = write(tmp_path, results=results)
    got = probe(path, """
      var arts=document.querySelectorAll('details.article'), open0=[].filter.call(arts,function(d){return d.open;}).length;
      var box=document.getElementById('search'); box.value='talks failed'; box.dispatchEvent(new Event('input'));
      var shown=[].filter.call(arts,function(d){return !d.hidden;});
      var items=[].filter.call(document.querySelectorAll('li[data-claim]'),function(l){return !l.hidden;});
      box.value='anna'; box.dispatchEvent(new Event('input'));
      var rows=[].filter.call(document.querySelectorAll('tr.speaker'),function(r){return !r.hidden;});
      done({n:arts.length, open0:open0, shown:shown.map(function(d){return [d.id, d.open];}),
            items:items.map(function(l){return l.id;}), rows:rows.map(function(r){return r.getAttribute('data-speaker');}),
            byline:document.querySelector('#article-a1 summary').textContent});""", tmp_path)
    assert got["n"] == 1000 and got["open0"] == 0  # collapsed under their titles
    assert got["shown"] == [["article-a1", True]] and got["items"] == ["claim-a1:1"]
    assert got["rows"] == ["anna-smith"]
    assert "2022-05-28" in got["byline"] and "Kyamal Ali" in got["byline"] and "Example News" in got["byline"]


@pytest.mark.browser
def test_the_workbook_link_opens_its_collapsed_article_at_the_claim(tmp_path):
    others = [ArticleResult(Article(f"n{k}", f"Plain text {k}.", None, {"title": f"Story {k}"}), "ok", ())
              for k in range(5)]
    path = write(tmp_path, results=others + [ArticleResult(Article("a1", TEXT, "/tmp/a1.txt"), "ok", CLAIMS)])
    got = probe(path, """
      done({open:[].filter.call(document.querySelectorAll('details.article'),function(d){return d.open;}).map(function(d){return d.id;}),
            current:document.getElementById('claim-a1:2').classList.contains('current')});""",
                tmp_path, "#claim-a1:2")
    assert got == {"open": ["article-a1"], "current": True}


def test_unnamed_sources_read_as_the_source_and_links_are_never_scripts(tmp_path):
    unnamed = Claim.from_record(CLAIMS[0].to_record(), claim_id="a1:3", speaker=None, speaker_kind="group",
                                source="the analysts interviewed by the agency")
    article = Article("a1", TEXT, None, {"url": "javascript:alert(1)", "date": "2022-05-28", "author": "K. Ali"})
    page = write(tmp_path, results=[ArticleResult(article, "ok", CLAIMS + (unnamed,))]).read_text(encoding="utf-8")
    assert "unnamed: the analysts interviewed by the agency" in page and "unnamed: ?" not in page
    assert 'href="javascript' not in page and "2022-05-28 · K. Ali" in page
    assert page.count('<details class="article"') == 1 and 'id="claim-a1:3"' in page


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
