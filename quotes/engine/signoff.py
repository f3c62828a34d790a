"""Sign-offs: a name after a dash, or a name line with a colon, attributes the words beside it.

    '"Anna is a true expert." -Commissioner Karl Brandt'          the quotation is Brandt's
    'Ambulances arrive late. — Dana Kroll (@dkroll) May 3, 2019'   the paragraph is Kroll's
    'Buses run late. pic.example.com/x1 — Dana Kroll'             a link before the dash: still Kroll's
    'We must cut the budget now. Dana Kroll'                       a name alone after the last sentence
    'And from Chairwoman Anna Berg:' above '"We will ..."'          the quotation is Berg's

A sign-off ends its paragraph: a dash after a sentence or quotation (a link between them
allowed), then a person's name (a role before it, a handle and a date after it allowed); or,
with no dash, a person's name alone, all of it one name, after the paragraph's last sentence. A name line is a short line that
names one person, has no verb and ends in a colon, with a quotation opening the next paragraph.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from quotes.engine.quotemarks import Quote, as_quotes
from quotes.engine.resolve import PERSON, ArticleContext, resolve
from quotes.engine.spans import GrowingSpans
from quotes.engine.tree import SentenceIndex, Tree
from quotes.types import Attribution, Content, Cue, Span, WordRef

CONSTRUCTION = "sign_off"
CONFIDENCE = 0.8
MIN_CONTENT_WORDS = 3
MAX_NAME_LINE_WORDS = 8
# dash, the one who signs, an optional handle and date: what may follow a sign-off's name
_LINK = r"(?:[ \t]+(?:https?://)?[\w-]+(?:\.[\w-]+)+/\S*)?"  # "pic.twitter.com/x1" between sentence and dash
_SIGN_OFF = re.compile(r"(?<=[.!?\"”’»)])" + _LINK + r"[ \t]*(--|[-–—])[ \t]*([^\n]+?)[ \t]*"
                       r"(?:\(@\w+\))?[ \t]*(?:\w+ \d{1,2}, \d{4})?[ \t]*$", re.M)
# no dash: the words after the last sentence end of a line, a name only if an entity is all of them
_NAME_ALONE = re.compile(r"(?<=[.!?\"”’»)])[ \t]+()([^\n.!?:;,\"“”]+?)[ \t]*$", re.M)


def _person_source(ctx: ArticleContext, sentences: SentenceIndex, span: Span):
    """The person named in ``span`` (resolved), or None where the span names no person."""
    persons = ctx.entities_in(span, (PERSON,))
    tree = sentences.at(persons[0].start) if persons else None
    if tree is None:
        return None
    nodes = [n for n in tree.words_in(span) if n.upos != "PUNCT"]
    head = next((n for n in nodes if persons[0].start <= n.start < persons[0].end), None)
    return (tree, resolve(ctx, tree, head, nodes)) if head is not None and nodes else None


def _attribution(tree: Tree, cue_span: Span, content: Content, source) -> Attribution:
    word = next((n for n in tree.nodes if n.start >= cue_span[0]), tree.nodes[-1])
    cue = Cue((cue_span,), tree.text[cue_span[0]:cue_span[1]], CONSTRUCTION, WordRef(tree.index, word.i))
    return Attribution(cue, content, source, CONSTRUCTION, "speech", CONFIDENCE, tree.span)


def sign_offs(ctx: ArticleContext, trees: Sequence[Tree], quotes: Sequence[Quote],
              found: Sequence[Attribution]) -> list[Attribution]:
    """``found`` and the claims of sign-offs and name lines that no claim holds yet."""
    text, out = ctx.text, list(found)
    sentences, quotes = SentenceIndex(trees), as_quotes(quotes)
    claimed = GrowingSpans(s for x in out for s in x.content.spans)  # the contents found, as claims are added
    for m in [*_SIGN_OFF.finditer(text), *_NAME_ALONE.finditer(text)]:
        named = _person_source(ctx, sentences, m.span(2))
        if named is None or any(n.upos == "VERB" for n in named[0].nodes if m.start(2) <= n.start < m.end(2)):
            continue
        if m.re is _NAME_ALONE and (not _all_one_name(ctx, m.span(2)) or claimed.overlaps(*m.span(2))):
            continue  # no dash: only a bare name that no claim holds signs
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = [q for q in quotes.starting_in(line_start, m.start() + 1) if q.end <= m.start() + 1]
        span = before[-1].inner if before else (line_start, m.start())
        quote_type = "direct"  # a signed text is its author's words, marked or not
        # the words a cue inside them claims stay that claim too: the signed text is the signer's
        if len(text[span[0]:span[1]].split()) >= MIN_CONTENT_WORDS:
            cue = m.span(1) if m.re is _SIGN_OFF else m.span(2)  # no dash: the signature is the cue
            out = [_signed_by(ctx, a, span, named[1]) for a in out]
            out.append(_attribution(named[0], cue, Content((span,), quote_type), named[1]))
            claimed.add(span)
    for q in quotes:
        line = _name_line_before(text, q.start)
        if line is None or claimed.overlaps(*q.inner):
            continue
        named = _person_source(ctx, sentences, line)
        if named is not None and not any(n.upos in ("VERB", "AUX") for n in named[0].nodes
                                         if line[0] <= n.start < line[1]):
            colon = (line[1] - 1, line[1])
            out.append(_attribution(named[0], colon, Content((q.inner,), "direct"), named[1]))
            claimed.add(q.inner)
    return out


def _signed_by(ctx: ArticleContext, found: Attribution, signed: Span, signer) -> Attribution:
    """``found`` with an "I" that speaks inside a signed text resolved to the signer.

    "I hope voters will punish them. Dana Kroll": the one who hopes is Dana Kroll.
    """
    source, cue = found.source, found.cue
    if source is None or source.speaker is not None or cue is None or not signed[0] <= cue.spans[0][0] < signed[1]:
        return found
    pronoun = ctx.lang.pronouns.get(source.mention_text.lower())
    if pronoun is None or pronoun.person != "1" or pronoun.number != "Sing":
        return found
    return replace(found, source=replace(signer, mention=source.mention, mention_text=source.mention_text))


def _all_one_name(ctx: ArticleContext, span: Span) -> bool:
    """Whether the words of ``span`` are one person's name and nothing else ("Dana Kroll")."""
    return any(e.start == span[0] and e.end == span[1] for e in ctx.entities_in(span, (PERSON,)))


def _name_line_before(text: str, start: int) -> Optional[Span]:
    """The short line ending in a colon right above the paragraph that ``start`` opens."""
    if text[text.rfind("\n", 0, start) + 1:start].strip():
        return None  # the quotation does not open its paragraph
    end = start
    while end > 0 and text[end - 1].isspace():  # what rstrip() leaves of text[:start], without copying it
        end -= 1
    line_start = text.rfind("\n", 0, end) + 1
    line = text[line_start:end]
    if not line.endswith(":") or len(line.split()) > MAX_NAME_LINE_WORDS:
        return None
    return line_start, end
