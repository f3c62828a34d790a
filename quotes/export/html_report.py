"""The review page: every article with its claims highlighted in place, a speaker filter and a search.

One self-contained HTML file (inline CSS and JS, nothing fetched), written article by
article. Article text is untrusted and always escaped. Content, cue and source mention
get three colours; each claim's number stands at its highlight and links to the claim in
the list under the article, which links back. Articles are collapsed under their titles
(``<details>``) so that a page of a thousand articles stays light; the search box and the
speaker filter open the articles that match. Addresses a reader can share:
``report.html#speaker=<speaker_id>`` (one speaker: the others' highlights fade) and
``report.html#claim-<claim_id>`` (one claim, as the workbook's ``review_link`` opens it).
"""
from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Iterable, Mapping, Sequence

from quotes.export.rows import article_link, review_anchor
from quotes.export.safe import atomic_path
from quotes.types import ArticleResult, Span

ROLES = ("content", "cue", "source")
OPEN_ALL_BELOW = 4  # a page of a few articles opens them all
STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#222}
header p{color:#555}.legend span{padding:0 .4em;margin-right:.6em}
.content{background:#fff3b0}.cue{background:#b9e3ff;font-weight:600}.source{background:#c9f2c7}
mark{color:inherit;padding:0;cursor:pointer}mark.faded{background:none;font-weight:inherit;color:#999}
mark.current{outline:2px solid #e67e00}a.num{font-size:.75em;vertical-align:super;background:#444;color:#fff;
border-radius:.6em;padding:0 .35em;margin-right:.15em;text-decoration:none}a.num.faded{background:#bbb}
details.article{border-top:1px solid #ccc;margin-top:1rem}summary{cursor:pointer}summary h2{display:inline;font-size:1.2em}
.text{white-space:pre-wrap}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #eee;padding:.2em .5em;text-align:left;vertical-align:top}
tr.speaker{cursor:pointer}tr.speaker:hover{background:#f4f4f4}[hidden]{display:none!important}
.claims{list-style:none;padding-left:0}.claims li{margin:.3em 0;cursor:pointer}.claims li.current{background:#fff0d9}
.muted{color:#777}.tools{position:sticky;top:0;background:#fff;padding:.4em 0;border-bottom:1px solid #ddd}
#search{width:20rem}li[id],a.num{scroll-margin-top:5rem}
"""
SCRIPT = """
var state={speaker:'',q:''};
function byId(id){return document.getElementById(id);}
function all(sel){return Array.prototype.slice.call(document.querySelectorAll(sel));}
function apply(){
  var sp=state.speaker, q=state.q.toLowerCase();
  byId('speaker-filter').value=sp;
  all('details.article').forEach(function(art){
    var shown=0;
    art.querySelectorAll('li[data-claim]').forEach(function(li){
      var ok=(!sp||li.getAttribute('data-speaker')===sp)&&(!q||li.textContent.toLowerCase().indexOf(q)>=0);
      li.hidden=!ok; if(ok){shown++;}});
    art.hidden=(sp||q)&&!shown;
    if((sp||q)&&shown){art.open=true;}});
  all('mark[data-speaker],.text a.num').forEach(function(m){
    m.classList.toggle('faded',!!sp&&m.getAttribute('data-speaker')!==sp);});
  all('tr.speaker').forEach(function(tr){
    var ok=(!sp||tr.getAttribute('data-speaker')===sp)&&(!q||tr.textContent.toLowerCase().indexOf(q)>=0);
    tr.hidden=!ok;});
}
function show(id){state.speaker=id||''; apply();
  history.replaceState(null,'',id?'#speaker='+encodeURIComponent(id):location.pathname+location.search);}
function current(id){
  all('.current').forEach(function(el){el.classList.remove('current');});
  all('[data-claim="'+id.replace(/["\\\\]/g,'\\\\$&')+'"]').forEach(function(el){
    if(el.tagName!=='A'){el.classList.add('current');}});}
function go(target){
  var el=byId(target); if(!el){return;}
  var art=el.closest('details'); if(art){art.open=true; art.hidden=false;}
  if(el.tagName==='LI'){el.hidden=false;}
  current(el.getAttribute('data-claim')||''); el.scrollIntoView({block:'center'});}
function fromHash(){
  var h=location.hash.slice(1), m=h.match(/^speaker=(.*)$/);
  try{h=decodeURIComponent(h);}catch(e){}
  if(m){var id=''; try{id=decodeURIComponent(m[1]);}catch(e){}  // a malformed %E0%A4%A shows everyone
    show(id); return;}
  if(h){go(h);} }
byId('speaker-filter').addEventListener('change',function(e){show(e.target.value);});
byId('search').addEventListener('input',function(e){state.q=e.target.value; apply();});
all('tr.speaker').forEach(function(tr){
  tr.addEventListener('click',function(){show(tr.getAttribute('data-speaker'));});});
document.addEventListener('click',function(e){
  if(e.target.closest('a.num')){return;}
  var mark=e.target.closest('mark[data-claim]');
  if(mark){nav('claim-'+mark.getAttribute('data-claim')); return;}
  var li=e.target.closest('li[data-claim]');
  if(li&&!e.target.closest('a')){nav('mark-'+li.getAttribute('data-claim'));}});
function nav(target){history.pushState(null,'','#'+target); go(target);}
window.addEventListener('hashchange',function(){setTimeout(fromHash,0);});
if(all('details.article').length<OPEN_ALL_BELOW){all('details.article').forEach(function(d){d.open=true;});}
fromHash();
"""


def _e(text) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def highlight(text: str, marks: Sequence[tuple], anchors: Mapping[int, str] = None) -> str:
    """``text`` escaped, with each (span, css class, title[, attributes]) wrapped in ``<mark>``.

    Spans may overlap: the text is cut at every boundary and each piece is wrapped in the
    marks that cover it, so "<cue> inside <content>" and crossing spans stay well formed.
    ``anchors`` maps a character offset to markup put before it (a claim's number).
    """
    anchors = anchors or {}
    points = {max(0, min(len(text), p)) for m in marks for p in m[0]} | set(anchors)
    cuts = sorted({0, len(text)} | points)
    ordered = sorted(marks, key=lambda m: ROLES.index(m[1]) if m[1] in ROLES else 9)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = _e(text[a:b])
        for mark in ordered:
            (x, y), cls, title = mark[:3]
            if x <= a and b <= y and x < y:
                attrs = mark[3] if len(mark) > 3 else ""
                piece = f'<mark class="{cls}" title="{_e(title)}"{attrs}>{piece}</mark>'
        out.append(anchors.get(a, "") + piece)
    return "".join(out)


def _claim_marks(claims, titles, speaker_ids) -> list[tuple]:
    marks = []
    for c, title, sid in zip(claims, titles, speaker_ids):
        attrs = f' data-claim="{_e(c.claim_id)}" data-speaker="{_e(sid)}"'
        marks += [(s, "content", title, attrs) for s in c.content_spans]
        marks += [(s, "cue", title, attrs) for s in c.cue_spans]
        if c.source_span:
            marks.append((c.source_span, "source", title, attrs))
    return marks


def _numbers(claims, speaker_ids) -> dict[int, str]:
    """The number of each claim, at the start of its first highlighted span, linking to the claim."""
    anchors: dict[int, str] = {}
    for n, (c, sid) in enumerate(zip(claims, speaker_ids), 1):
        spans = sorted(c.content_spans or c.cue_spans or ((c.source_span,) if c.source_span else ()))
        if not spans:
            continue
        cid = _e(c.claim_id)
        anchors[spans[0][0]] = anchors.get(spans[0][0], "") + (
            f'<a class="num" id="mark-{cid}" href="#{_e(review_anchor(c.claim_id))}" data-claim="{cid}" '
            f'data-speaker="{_e(sid)}">{n}</a>')
    return anchors


def unnamed_label(source) -> str:
    """How the page names an unnamed source: "unnamed: the analysts interviewed by ..."."""
    return f"unnamed: {source or 'not stated'}"


def _href(link) -> str:
    """A link the page may open: a web address or the article's file; never a script."""
    if not link:
        return ""
    if link.lower().startswith(("http://", "https://")):
        return link
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]+:", link):  # another scheme ("javascript:"): no link
        return ""
    try:
        return Path(link).resolve().as_uri()
    except (OSError, ValueError):
        return ""


def _byline(article, n_claims: int) -> str:
    meta = article.meta or {}
    parts = [_e(meta[k]) for k in ("date", "author") if meta.get(k)]
    source = meta.get("source") or meta.get("sitename")
    link = _href(article_link(article))
    if link:
        label = source or ("original" if link.startswith("http") else "article file")
        parts.append(f'<a href="{_e(link)}">{_e(label)}</a>')
    elif source:
        parts.append(_e(source))
    parts.append(f"{n_claims} claims")
    return " · ".join(parts)


def _article(result: ArticleResult, directory) -> str:
    a = result.article
    entries = [directory.lookup(a.id, c.speaker, c) if directory else None for c in result.claims]
    ids = [e.speaker_id if e else "unnamed" for e in entries]
    names = [e.name if e else (c.speaker or unnamed_label(c.source)) for c, e in zip(result.claims, entries)]
    titles = [f"{k}. {n}{' — ' + c.role if c.role else ''} ({c.cue or 'no cue'}, {c.quote_type})"
              for k, (n, c) in enumerate(zip(names, result.claims), 1)]
    items = "".join(
        f'<li id="{_e(review_anchor(c.claim_id))}" data-claim="{_e(c.claim_id)}" data-speaker="{_e(i)}">'
        f'<a class="num" href="#mark-{_e(c.claim_id)}">{k}</a> <b>{_e(n)}</b>{" — " + _e(c.role) if c.role else ""} '
        f'<span class="muted">[{_e(c.cue or "no cue")}; {_e(c.quote_type)}; {c.confidence:.2f}]</span> '
        f'{_e(c.claim)}</li>' for k, (i, n, c) in enumerate(zip(ids, names, result.claims), 1))
    title = (a.meta or {}).get("title") or a.id
    status = "" if result.status == "ok" else f'<p class="muted">{_e(result.status)}: {_e(result.reason)}</p>'
    text = highlight(a.text, _claim_marks(result.claims, titles, ids), _numbers(result.claims, ids))
    return (f'<details class="article" id="article-{_e(a.id)}" data-speakers="{_e(" ".join(sorted(set(ids))))}">'
            f'<summary><h2>{_e(title)}</h2> <span class="muted">{_byline(a, len(result.claims))}</span></summary>'
            f'<p class="muted">{_e(a.id)}</p>{status}<ol class="claims">{items}</ol>'
            f'<div class="text">{text}</div></details>\n')


def _speakers(rows: Sequence[dict]) -> str:
    body = "".join(
        f'<tr class="speaker" data-speaker="{_e(r["speaker_id"])}"><td>{_e(r["speaker"])}</td>'
        f'<td>{_e(r["speaker_type"])}</td><td>{_e(r["roles"])}</td><td>{r["claim_count"]}</td></tr>' for r in rows)
    options = "".join(f'<option value="{_e(r["speaker_id"])}">{_e(r["speaker"])}</option>' for r in rows)
    return (f'<div class="tools"><label>Search: <input id="search" type="search" '
            f'placeholder="a speaker or words of a claim"></label> '
            f'<label>Speaker: <select id="speaker-filter"><option value="">all</option>{options}'
            f'<option value="unnamed">unnamed sources</option></select></label></div>'
            f'<details open><summary>Speakers</summary>'
            f'<table id="speakers"><thead><tr><th>speaker</th><th>type</th><th>roles</th><th>claims</th></tr>'
            f'</thead><tbody>{body}</tbody></table></details>')


def write_html_report(path, results: Iterable[ArticleResult], directory, run_info) -> None:
    """Write the review page to ``path`` (atomically), streaming ``results`` article by article."""
    rows = directory.rows() if directory is not None else []
    with atomic_path(Path(path)) as tmp, tmp.open("w", encoding="utf-8") as fh:
        fh.write(f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>quotes: review</title>'
                 f'<style>{STYLE}</style></head><body><header><h1>Who said what</h1>'
                 f'<p>quotes {_e(run_info.tool_version)} · annotator {_e(run_info.annotator)} · '
                 f'{_e(run_info.started)}</p><p class="legend"><span class="content">content</span>'
                 f'<span class="cue">cue</span><span class="source">source</span> '
                 f'<span class="muted">a number marks each claim; click it, or a claim, to go to the other</span>'
                 f'</p></header><section>{_speakers(rows)}</section><main>')
        for result in results:
            fh.write(_article(result, directory))
        script = SCRIPT.replace("OPEN_ALL_BELOW", str(OPEN_ALL_BELOW))
        fh.write(f"</main><script>{script}</script></body></html>\n")
