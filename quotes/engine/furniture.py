"""Page furniture: captions, date lines, bylines, menus, notices and footnotes hold no claims.

A sentence is furniture when its line reads like one: a photo caption or credit, an
editor's note or correction notice, a line
with no lowercase letter (date lines, all-capitals notices), a short line with no
sentence punctuation ("All news", "News archive"), or a footnote: a line that opens with
the mark a word above it carries ("the "Islamic State"*" ... "* The organization is banned").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from quotes.engine.quotemarks import Quote, as_quotes
from quotes.engine.tree import Tree

if TYPE_CHECKING:
    from quotes.lang import Language

SHORT_LINE_WORDS = 6
LINE_KINDS = ("caption", "notice", "page_end")  # furniture.tsv kinds that a line's own words make furniture
SENTENCE_END = ".!?:\"”’»)"


def _line(text: str, start: int, end: int) -> str:
    """The line of text that holds ``start:end``."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return text[lo:hi if hi >= 0 else len(text)]


def is_furniture_line(line: str, lang: "Language") -> bool:
    """Whether a line of an article is furniture rather than prose.

    "Photo by Aziz Karimov for the Caucasian Knot" -> True; "All news" -> True;
    "Velizade told the Knot that talks failed." -> False
    """
    stripped = line.strip()
    if not stripped:
        return True
    if any(pattern.match(stripped) for kind, pattern in lang.furniture.items()
           if kind in LINE_KINDS):  # the pack's caption and notice lines
        return True
    letters = "".join(filter(str.isalpha, stripped))  # every page line passes here: no loop in Python
    if letters and not any(map(str.islower, letters)):
        return True
    if not letters:
        return True
    return len(stripped.split()) < SHORT_LINE_WORDS and stripped[-1] not in SENTENCE_END


def furniture_sentences(trees: Sequence[Tree], text: str, quotes: Sequence[Quote] = ()) -> set[int]:
    """Indices of the sentences that are page furniture (never inside a quotation).

    Past a line of the pack's ``page_end`` kind ("Все новости") the page lists other articles:
    every sentence there is furniture.
    """
    out = set()
    end = _page_end(text, trees[0].lang) if trees else None
    notes = _footnotes(text, trees[0].lang) if trees else []
    quotes = as_quotes(quotes)
    verdicts: dict[str, bool] = {}  # a paragraph's sentences share its line: read it once
    for tree in trees:
        if not tree.nodes:
            continue
        a, b = tree.span
        if end is not None and a >= end:
            out.add(tree.index)
            continue
        if any(q.start <= a and b <= q.end for q in (quotes.covering(a) if a < b else quotes)):
            continue
        line = _line(text, a, b)
        if line not in verdicts:
            verdicts[line] = is_furniture_line(line, tree.lang)
        if verdicts[line] or any(x <= a < y for x, y in notes):
            out.add(tree.index)
    return out


def _footnotes(text: str, lang: "Language") -> list[tuple[int, int]]:
    """The lines that are footnotes: they open with the pack's ``footnote_mark``, and a word above
    carries the same mark ("the "Islamic State"* ..." then "* The organization is banned ...")."""
    pattern = lang.furniture.get("footnote_mark")
    if pattern is None:
        return []
    out, at = [], 0
    for line in text.splitlines(keepends=True):
        found = pattern.match(line)
        if found and re.search(r"[^\s]" + re.escape(found.group(0).strip()), text[:at]):
            out.append((at, at + len(line)))
        at += len(line)
    return out


def _page_end(text: str, lang: "Language"):
    """Where the article ends and the page's list of other articles begins, or None.

    Only after the article's own prose: a rubric page that opens with "All news" lists leads
    that are its content.
    """
    pattern = lang.furniture.get("page_end")
    if pattern is None:
        return None
    at, prose = 0, False
    for line in text.splitlines(keepends=True):
        if prose and pattern.match(line.strip()) and line.strip():
            return at + len(line)
        prose = prose or not is_furniture_line(line, lang)
        at += len(line)
    return None
