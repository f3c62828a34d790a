"""Contents: what a cue reports, as character spans of the article.

The content is the reported clause (ccomp, xcomp, a "that"-clause), the clause a
parenthetical cue comments on ("It will rain, he said"), the clause "according to X"
modifies, or the quotation beside the cue. A clause that lies inside one quotation is
direct speech and takes the whole quotation, over as many sentences as it runs; a clause
that holds a quoted fragment is mixed and is kept whole.
"""
from __future__ import annotations

from typing import Optional, Sequence

from quotes.engine.constructions import REGISTRY
from quotes.engine.quotemarks import QUOTE_CHARS, Quote, as_quotes
from quotes.engine.tree import Node, Tree, contiguous_spans, trim_punct
from quotes.types import Content, Cue, Span

FUNCTION_UPOS = frozenset({"PART", "ADP", "SCONJ", "CCONJ", "PUNCT", "DET", "SYM", "AUX"})
BRACKETS = {"(": ")", "[": "]", "{": "}"}


def content_nodes(tree: Tree, cue: Cue) -> list[Node]:
    """The words of the content inside the cue's sentence, as its construction finds them (empty
    when there are none): "Velizade told the Knot that cooperation differs." -> [that, cooperation, differs]
    """
    return REGISTRY[cue.kind].content(tree, tree.nodes[cue.head.word])


def _less_trailing_aside(tree: Tree, nodes: list[Node]) -> list[Node]:
    """A content less the relative clause after a comma that ends it: the writer's aside.

    "said they would march to the arena, which will be wrapped in a perimeter" ->
    "they would march to the arena"
    """
    if not nodes:
        return nodes
    last = (trim_punct(nodes) or nodes)[-1]
    for aside in [last, *tree.ancestors(last)]:
        if aside.deprel == "acl:relcl" and (before := tree.word_before(aside)) is not None:
            words = {n.i for n in tree.subtree(aside)}
            if before.text == "," and words < {n.i for n in nodes}:
                return [n for n in nodes if n.i not in words]
    return nodes


def _trim(tree: Tree, nodes: Sequence[Node]) -> list[Node]:
    """Drop punctuation (but quotation marks that hold words of the content) and frame words at both ends."""
    nodes = _trim_marks(nodes)
    while len(nodes) > 1 and nodes[0].lemma in tree.lang.words["edge_words"] and nodes[0].rel in ("cc", "advmod"):
        nodes = _trim_marks(nodes[1:])
    return list(nodes)


def _trim_marks(nodes: Sequence[Node]) -> list[Node]:
    """``nodes`` less punctuation at both ends, quotation marks kept unless they face outward: an
    opening mark at the end or a closing one at the start opens or closes a quotation the content
    does not hold ('listed one item: "housing reform"' -> "one item")."""
    nodes = trim_punct(nodes, keep=QUOTE_CHARS)
    while nodes and (nodes[-1].text in QUOTE_CHARS and nodes[-1].feat("PunctSide") == "Ini"
                     or nodes[0].text in QUOTE_CHARS and nodes[0].feat("PunctSide") == "Fin"):
        nodes = nodes[:-1] if nodes[-1].feat("PunctSide") == "Ini" else nodes[1:]
        nodes = trim_punct(nodes, keep=QUOTE_CHARS)
    return nodes


def _with_stray_marks(tree: Tree, nodes: list[Node]) -> list[Node]:
    """The content's words with the punctuation that lies alone between two of them: a closing mark
    the parser hung on a word outside ("на «профилактические беседы» родственников" with "»" on the tag)."""
    out = list(nodes)
    for a, b in zip(nodes, nodes[1:]):
        gap = tree.nodes[a.i + 1:b.i]
        if gap and all(n.upos == "PUNCT" for n in gap):
            out += gap
    return sorted(out, key=lambda n: n.i)


def _with_closing_marks(tree: Tree, nodes: list[Node], quotes: Sequence[Quote]) -> list[Node]:
    """The content with the marks right after it that close what it opened: the quotation it holds
    ('said the council was "doing a great job!"' keeps '!"') or its bracket ("would help small firms
    (and some farms)." keeps ")"); the marks of a quotation or bracket opened before it stay out."""
    if not nodes:
        return nodes
    after = []
    for node in tree.nodes[nodes[-1].i + 1:]:
        if node.upos != "PUNCT":
            break
        after.append(node)
    if not after:
        return nodes
    lo, hi = nodes[0].start, nodes[-1].end
    end = hi
    for q in as_quotes(quotes).covering(hi - 1) if quotes else ():
        if lo <= q.start and q.inner[1] >= hi:
            end = max(end, q.end)  # the quotation opened in the content closes after its last word
    text = tree.text[lo:hi]
    for opening, closing in BRACKETS.items():
        if text.count(opening) > text.count(closing):
            close = next((n for n in after if n.text == closing), None)
            if close is not None:
                end = max(end, close.end)
    return nodes + [n for n in after if n.end <= end]


def _group_spans(quote: Quote, quotes: Sequence[Quote]) -> tuple[Span, ...]:
    """The inner spans of every piece of ``quote``'s quotation (over several paragraphs)."""
    return as_quotes(quotes).group_spans(quote.group)


def _quote_type(text: str, spans: tuple[Span, ...], quotes: Sequence[Quote]) -> tuple[str, list[Quote]]:
    """``direct`` with its quotes when only punctuation lies outside them, else ``mixed``/``indirect``.

    '"We won." "It was hard."' (one clause over two quotations) is direct; 'that he "won"' is mixed.
    """
    lo, hi = spans[0][0], spans[-1][1]
    inside = [q for q in as_quotes(quotes).overlapping(lo, hi) if q.double]
    if not inside:
        return "indirect", []
    outside = text[lo:hi]
    for q in sorted(inside, key=lambda q: -q.start):
        a, b = max(q.start, lo) - lo, min(q.end, hi) - lo
        outside = outside[:a] + outside[b:]
    if not any(ch.isalnum() for ch in outside):
        return "direct", inside
    return "mixed", []


def find_content(tree: Tree, cue: Cue, quotes: Sequence[Quote],
                 beside: Sequence[Quote] = ()) -> Optional[Content]:
    """The content of ``cue``, or None when it has none.

    ``quotes`` are all the article's quotations; ``beside`` the ones that touch the cue's
    sentence without holding the cue, for "He said:" and '"...," he said' constructions.
    """
    nodes = _trim(tree, _less_trailing_aside(tree, content_nodes(tree, cue)))
    nodes = _with_closing_marks(tree, nodes, quotes)
    if nodes and all(n.upos in FUNCTION_UPOS for n in nodes):
        return None  # "he wanted to." has nothing to report
    if nodes:
        spans = contiguous_spans(_with_stray_marks(tree, nodes))
        kind, inside = _quote_type(tree.text, spans, quotes)
        if inside:
            return Content(tuple(sorted({s for q in inside for s in _group_spans(q, quotes)})), "direct")
        return Content(_cut_cue(_to_quotation_end(tree.text, spans, quotes), cue), kind)
    if REGISTRY[cue.kind].quote_beside and beside:
        spans = tuple(s for q in beside for s in _group_spans(q, quotes))
        return Content(tuple(sorted(set(spans))), "direct")
    return None


def _to_quotation_end(text: str, spans: tuple[Span, ...], quotes: Sequence[Quote]) -> tuple[Span, ...]:
    """Content spans run on to the end of a quotation the content opened and the parse left before
    its last words: 'said that he will "need help. So we will see."' -> 'that he will "need help. So we will see."'
    """
    lo, hi = spans[0][0], spans[-1][1]
    for q in as_quotes(quotes).covering(hi - 1) if quotes else ():
        if lo <= q.start and q.double and any(ch.isalnum() for ch in text[hi:q.inner[1]]):
            return spans[:-1] + ((spans[-1][0], q.end),)
    return spans


def _cut_cue(spans: tuple[Span, ...], cue: Cue) -> tuple[Span, ...]:
    """Content spans with the cue's own characters removed (a cue never lies in its content)."""
    out: list[Span] = []
    for a, b in spans:
        pieces = [(a, b)]
        for ca, cb in cue.spans:
            pieces = [p for x, y in pieces for p in ((x, min(y, ca)), (max(x, cb), y)) if p[0] < p[1]]
        out.extend(pieces)
    return tuple(out)
