"""The review page: every article with its claims highlighted in place, and a speaker filter.

One self-contained HTML file (inline CSS and JS, nothing fetched), written article by
article. Article text is untrusted and always escaped. Content, cue and source mention
get three colours; the speaker and role show on hover and in the list under the article.
Open ``report.html#speaker=<speaker_id>`` to see one speaker's claims only.
"""
from __future__ import annotations

import html
from pathlib import Path
from typing import Iterable, Sequence

from quotes.export.safe import atomic_path
from quotes.types import ArticleResult, Span

ROLES = ("content", "cue", "source")
STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem;color:#222}
header p{color:#555}.legend span{padding:0 .4em;margin-right:.6em}
.content{background:#fff3b0}.cue{background:#b9e3ff;font-weight:600}.source{background:#c9f2c7}
mark{color:inherit;padding:0}article{border-top:1px solid #ccc;margin-top:1.5rem}
.text{white-space:pre-wrap}table{border-collapse:collapse;width:100%}
td,th{border-bottom:1px solid #eee;padding:.2em .5em;text-align:left;vertical-align:top}
tr.speaker{cursor:pointer}tr.speaker:hover{background:#f4f4f4}[hidden]{display:none!important}
.claims li{margin:.3em 0}.muted{color:#777}
"""
SCRIPT = """
function show(id){
  var sel=document.getElementById('speaker-filter'); sel.value=id||'';
  document.querySelectorAll('[data-speakers]').forEach(function(el){
    var ids=el.getAttribute('data-speakers').split(' ');
    el.hidden=!!id && ids.indexOf(id)<0;});
  document.querySelectorAll('li[data-speaker]').forEach(function(el){
    el.hidden=!!id && el.getAttribute('data-speaker')!==id;});
  if(id){history.replaceState(null,'','#speaker='+encodeURIComponent(id));} }
document.getElementById('speaker-filter').addEventListener('change',function(e){show(e.target.value);});
document.querySelectorAll('tr.speaker').forEach(function(tr){
  tr.addEventListener('click',function(){show(tr.getAttribute('data-speaker'));});});
function speakerInHash(){  // a malformed #speaker= (%E0%A4%A) shows everyone, never stops the page
  var m=location.hash.match(/speaker=([^&]+)/); if(!m){return '';}
  try{return decodeURIComponent(m[1]);}catch(e){return '';} }
var wanted=speakerInHash(); if(wanted){show(wanted);}
"""


def _e(text) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def highlight(text: str, marks: Sequence[tuple[Span, str, str]]) -> str:
    """``text`` escaped, with each (span, css class, title) wrapped in ``<mark>``; nesting kept valid.

    Spans may overlap: the text is cut at every boundary and each piece is wrapped in the
    marks that cover it, so "<cue> inside <content>" and crossing spans stay well formed.
    """
    cuts = sorted({0, len(text)} | {max(0, min(len(text), p)) for (a, b), _, _ in marks for p in (a, b)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = _e(text[a:b])
        for (x, y), cls, title in sorted(marks, key=lambda m: ROLES.index(m[1]) if m[1] in ROLES else 9):
            if x <= a and b <= y and x < y:
                piece = f'<mark class="{cls}" title="{_e(title)}">{piece}</mark>'
        out.append(piece)
    return "".join(out)


def _claim_marks(claims, titles) -> list[tuple[Span, str, str]]:
    marks = []
    for c, title in zip(claims, titles):
        marks += [(s, "content", title) for s in c.content_spans]
        marks += [(s, "cue", title) for s in c.cue_spans]
        if c.source_span:
            marks.append((c.source_span, "source", title))
    return marks


def _article(result: ArticleResult, directory) -> str:
    a = result.article
    entries = [directory.lookup(a.id, c.speaker, c) if directory else None for c in result.claims]
    ids = [e.speaker_id if e else "unnamed" for e in entries]
    names = [e.name if e else (c.speaker or f"unnamed: {c.source or '?'}") for c, e in zip(result.claims, entries)]
    titles = [f"{n}{' — ' + c.role if c.role else ''} ({c.cue or 'no cue'}, {c.quote_type})"
              for n, c in zip(names, result.claims)]
    items = "".join(
        f'<li data-speaker="{_e(i)}"><b>{_e(n)}</b>{" — " + _e(c.role) if c.role else ""} '
        f'<span class="muted">[{_e(c.cue or "no cue")}; {_e(c.quote_type)}; {c.confidence:.2f}]</span> '
        f'{_e(c.claim)}</li>' for i, n, c in zip(ids, names, result.claims))
    title = (a.meta or {}).get("title") or a.id
    status = "" if result.status == "ok" else f'<p class="muted">{_e(result.status)}: {_e(result.reason)}</p>'
    return (f'<article id="{_e(a.id)}" data-speakers="{_e(" ".join(sorted(set(ids))))}">'
            f'<h2>{_e(title)}</h2><p class="muted">{_e(a.id)} · {len(result.claims)} claims</p>{status}'
            f'<ol class="claims">{items}</ol>'
            f'<div class="text">{highlight(a.text, _claim_marks(result.claims, titles))}</div></article>\n')


def _speakers(rows: Sequence[dict]) -> str:
    body = "".join(
        f'<tr class="speaker" data-speaker="{_e(r["speaker_id"])}"><td>{_e(r["speaker"])}</td>'
        f'<td>{_e(r["speaker_type"])}</td><td>{_e(r["roles"])}</td><td>{r["claim_count"]}</td></tr>' for r in rows)
    options = "".join(f'<option value="{_e(r["speaker_id"])}">{_e(r["speaker"])}</option>' for r in rows)
    return (f'<label>Speaker: <select id="speaker-filter"><option value="">all</option>{options}'
            f'<option value="unnamed">unnamed sources</option></select></label>'
            f'<table id="speakers"><thead><tr><th>speaker</th><th>type</th><th>roles</th><th>claims</th></tr>'
            f'</thead><tbody>{body}</tbody></table>')


def write_html_report(path, results: Iterable[ArticleResult], directory, run_info) -> None:
    """Write the review page to ``path`` (atomically), streaming ``results`` article by article."""
    rows = directory.rows() if directory is not None else []
    with atomic_path(Path(path)) as tmp, tmp.open("w", encoding="utf-8") as fh:
        fh.write(f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>quotes: review</title>'
                 f'<style>{STYLE}</style></head><body><header><h1>Who said what</h1>'
                 f'<p>quotes {_e(run_info.tool_version)} · annotator {_e(run_info.annotator)} · '
                 f'{_e(run_info.started)}</p><p class="legend"><span class="content">content</span>'
                 f'<span class="cue">cue</span><span class="source">source</span></p></header>'
                 f'<section>{_speakers(rows)}</section><main>')
        for result in results:
            fh.write(_article(result, directory))
        fh.write(f"</main><script>{SCRIPT}</script></body></html>\n")
