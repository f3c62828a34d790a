"""Contents: what a cue reports, as character spans of the article.

The content is the reported clause (ccomp, xcomp, a "that"-clause), the clause a
parenthetical cue comments on ("It will rain, he said"), the clause "according to X"
modifies, or the quotation beside the cue. A clause that lies inside one quotation is
direct speech and takes the whole quotation, over as many sentences as it runs; a clause
that holds a quoted fragment is mixed and is kept whole.
"""
from __future__ import annotations

from typing import Optional, Sequence

from quotes.engine import cues as C
from quotes.engine import predicates as P
from quotes.engine.quotemarks import Quote
from quotes.engine.tree import Node, Tree, contiguous_spans, trim_punct
from quotes.types import Content, Cue, Span

QUOTE_MARKS = "\"'“”‘’«»„‹›"
CORE_RELS = frozenset({"nsubj", "csubj", "obj", "ccomp", "expl"})
FUNCTION_UPOS = frozenset({"PART", "ADP", "SCONJ", "CCONJ", "PUNCT", "DET", "SYM", "AUX"})


def _clause_of(tree: Tree, node: Node) -> Optional[Node]:
    """The clause a modifier belongs to: the head, climbing out of case/fixed words."""
    head = tree.head_of(node)
    while head is not None and head.rel in ("case", "fixed", "mark"):
        head = tree.head_of(head)
    return head


def content_nodes(tree: Tree, cue: Cue) -> list[Node]:
    """The words of the content inside the cue's sentence (empty when there are none).

    "Velizade told the Knot that cooperation differs." -> [that, cooperation, differs]
    """
    node = tree.nodes[cue.head.word]
    if cue.kind == C.VERB:
        words = tree.lang.words
        rels = ("ccomp",) if node.lemma in words["aspectual_verbs"] else C.CONTENT_RELS
        comps = tree.children(node, *rels) or tree.children(node, "parataxis")
        stray = P.stray_that_clause(tree, node) or P.for_clause(tree, node)
        comps = comps or ([stray] if stray is not None else [])
        if not comps:
            proform = P.proform_content(tree, node)
            return [proform] if proform is not None else P.passive_content(tree, node)
        found = [w for comp in comps for w in tree.subtree(comp)]
        obj = tree.child(node, "obj")
        if obj is not None and any(c.rel == "xcomp" and c.i > obj.i for c in comps):
            found += tree.subtree(obj)  # "urged Americans to avoid ...": whom, and what they should do
        if all(c.rel == "xcomp" for c in comps):
            found += _raised_subject(tree, node)
        return sorted(found, key=lambda n: n.i)
    if cue.kind == C.PARENTHETICAL:
        head = tree.head_of(node)
        return _commented_clause(tree, head, node) if head is not None else []
    if cue.kind == C.ACCORDING_TO:
        return _according_to_content(tree, node)
    if cue.kind == C.OPINION_PHRASE:
        clause = _clause_of(tree, node)
        return tree.subtree(clause, exclude=[node]) if clause is not None else []
    if cue.kind == C.NOMINAL:
        return _nominal_content(tree, node)
    if cue.kind == C.OBJECT:
        return _object_content(tree, node)
    if cue.kind == C.COLON:
        line_end = tree.text.find("\n", node.end)
        return [n for n in tree.nodes[node.i + 1:] if line_end < 0 or n.start < line_end]
    return []


def _raised_subject(tree: Tree, verb: Node) -> list[Node]:
    """The subject whose infinitive is reported: "Trump seemed to agree", "Smith is expected to win"
    (Smith's winning is what is expected; "it" in "it seems that" is empty)."""
    rels = ("nsubj",) if verb.lemma in tree.lang.words["raising_verbs"] else ("nsubj:pass",)
    return [w for subj in tree.children(verb, *rels) if subj.i < verb.i and not _neuter_pronoun(subj)
            for w in tree.subtree(subj)]


def _neuter_pronoun(node: Node) -> bool:
    """ "it": empty ("it seems that") or standing for something named elsewhere."""
    return node.feat("PronType") == "Prs" and node.feat("Gender") == "Neut"


def _commented_clause(tree: Tree, head: Node, cue_word: Node) -> list[Node]:
    """The clause a parenthetical cue comments on, less the cue and the adjuncts before it.

    "At the same time, as he has clarified, drones have come to the forefront." ->
    "drones have come to the forefront"
    """
    words = tree.subtree(head, exclude=[cue_word])
    before = [n for n in words if n.i < cue_word.i]
    core = [k for k in tree.children(head) if k.rel in CORE_RELS]
    if before and not any(n.i == head.i or any(tree.dominates(k, n) for k in core) for n in before):
        words = [n for n in words if n.i > cue_word.i]
    return words


def _object_content(tree: Tree, verb: Node) -> list[Node]:
    """The object and the rest of the predicate after it, less times and speech events:
    "defended Bill Clinton against allegations of scandal on Friday" -> "Bill Clinton against
    allegations of scandal"; "described the dinner as Washington celebrating itself"."""
    obj = P.object_content(tree, verb)
    if obj is None:
        return []
    words = tree.subtree(obj, exclude=tree.children(obj, "case", "mark", "appos"))
    if obj.i < verb.i:
        return words  # a passive's subject: "the plan was criticized by Democrats"
    for kid in tree.children(verb, "obl", "advcl", "xcomp", "ccomp"):
        if kid.i > obj.i and kid.entity not in ("DATE", "TIME") and kid.lemma not in tree.lang.words["speech_events"] \
                and not _setting(tree, kid):
            words += tree.subtree(kid)
    return sorted(words, key=lambda n: n.i)


def _setting(tree: Tree, phrase: Node) -> bool:
    """A phrase of time, place or manner around a claim ("during a call", ", running ads")."""
    case = tree.child(phrase, "case", "mark")
    if case is not None and case.lemma in tree.lang.words["setting_prepositions"]:
        return True
    before = tree.word_before(phrase)
    return phrase.rel == "advcl" and phrase.ing_form and before is not None and before.text == ","


def _according_to_content(tree: Tree, according: Node) -> list[Node]:
    """ "According to X, Y": Y is the clause that X modifies, less the "according to X" phrase."""
    if according.rel == "case":
        phrase = tree.head_of(according)
    else:
        phrase = according
    clause = _clause_of(tree, phrase) if phrase is not None else None
    if clause is None:
        return []
    return tree.subtree(clause, exclude=[phrase])


def _nominal_content(tree: Tree, noun: Node) -> list[Node]:
    """ "the statement by X about plans to ..." -> "plans to ..."; "X's claim that ..." -> "that ..."."""
    for kid in tree.children(noun, "acl", "ccomp", "nmod"):
        case = tree.child(kid, "case")
        if kid.rel in ("acl", "ccomp"):
            return tree.subtree(kid)
        if case is not None and case.lemma in tree.lang.words["noun_topic_prepositions"]:
            return tree.subtree(kid, exclude=[case])
    return []


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
    """Drop punctuation (but quotation marks) and frame words at both ends."""
    nodes = trim_punct(nodes, keep=QUOTE_MARKS)
    while len(nodes) > 1 and nodes[0].lemma in tree.lang.words["edge_words"] and nodes[0].rel in ("cc", "advmod"):
        nodes = trim_punct(nodes[1:], keep=QUOTE_MARKS)
    return list(nodes)


def _group_spans(quote: Quote, quotes: Sequence[Quote]) -> tuple[Span, ...]:
    """The inner spans of every piece of ``quote``'s quotation (over several paragraphs)."""
    return tuple(q.inner for q in quotes if q.group == quote.group)


def _quote_type(text: str, spans: tuple[Span, ...], quotes: Sequence[Quote]) -> tuple[str, list[Quote]]:
    """``direct`` with its quotes when only punctuation lies outside them, else ``mixed``/``indirect``.

    '"We won." "It was hard."' (one clause over two quotations) is direct; 'that he "won"' is mixed.
    """
    lo, hi = spans[0][0], spans[-1][1]
    inside = [q for q in quotes if q.double and q.start < hi and lo < q.end]
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
    if nodes and all(n.upos in FUNCTION_UPOS for n in nodes):
        return None  # "he wanted to." has nothing to report
    if nodes:
        spans = contiguous_spans(nodes)
        kind, inside = _quote_type(tree.text, spans, quotes)
        if inside:
            return Content(tuple(sorted({s for q in inside for s in _group_spans(q, quotes)})), "direct")
        return Content(_cut_cue(spans, cue), kind)
    if cue.kind in (C.INTRODUCER, C.QUOTE_ONLY) and beside:
        spans = tuple(s for q in beside for s in _group_spans(q, quotes))
        return Content(tuple(sorted(set(spans))), "direct")
    return None


def _cut_cue(spans: tuple[Span, ...], cue: Cue) -> tuple[Span, ...]:
    """Content spans with the cue's own characters removed (a cue never lies in its content)."""
    out: list[Span] = []
    for a, b in spans:
        pieces = [(a, b)]
        for ca, cb in cue.spans:
            pieces = [p for x, y in pieces for p in ((x, min(y, ca)), (max(x, cb), y)) if p[0] < p[1]]
        out.extend(pieces)
    return tuple(out)
