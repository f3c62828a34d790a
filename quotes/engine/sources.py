"""Sources as written: who the cue's grammar says is speaking, and to whom.

The source is the subject of the cue verb ("Velizade told ..."), the agent of a passive
("is assessed by organizers"), the object of "according to", or the owner of a noun
of speech ("his statement", "the statement by X"). Its mention is the whole noun
phrase, apposition included ("Elkhan Velizade, a political analyst"), less any relative
clause that holds the cue. Turning a mention into a named speaker is ``resolve``'s job.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from quotes.engine import predicates as P
from quotes.engine.constructions import REGISTRY
from quotes.engine.quotemarks import CLOSERS
from quotes.engine.tree import Node, Tree, outer_span, trim_punct
from quotes.types import Cue, Source

DASHES = frozenset({"—", "–", "--", "-"})
HYPHENS = frozenset({"-", "–"})


def source_head(tree: Tree, cue: Cue) -> Optional[Node]:
    """The head word of the source of ``cue``, as its construction finds it, or None when the
    sentence names none: "..., the analysts interviewed by the Caucasian Knot have noted." -> analysts
    """
    return REGISTRY[cue.kind].source(tree, cue)


def adjacent_source(tree: Tree, cue: Cue, content_spans) -> Optional[tuple[Node, list[Node]]]:
    """A source the parser hung elsewhere, found by position: the best noun before the cue.

    '"We had more conventions," Texas delegate Bill Eastland told Breitbart News.' with
    "Eastland" parsed as a modifier of "had" -> Eastland; a name tagged as an auxiliary
    ('"...," DeBoer said') counts as a noun. Subjects of other verbs rank
    first, then names, then bare nouns; nearer before farther. Nouns inside the content,
    prepositional phrases and compounds are never sources, nor is anyone before a passive verb.
    """
    verb = tree.nodes[cue.head.word]
    if any(k.deprel in ("nsubj:pass", "aux:pass") for k in tree.children(verb)):
        return None  # "Smith was asked whether ...": the one it was done to is not the one speaking
    inside = lambda n: any(a <= n.start < b for a, b in content_spans)  # noqa: E731
    segment = []
    for n in reversed(tree.nodes[:verb.i]):
        if inside(n):
            break
        segment.append(n)
    candidates = [n for n in segment if (n.upos in ("PROPN", "NOUN", "PRON") or P.misread_auxiliary(tree, n))
                  and not tree.child(n, "case")
                  and n.rel not in ("compound", "flat", "nmod", "amod", "obj", "iobj", "fixed")]
    ranked = sorted(candidates, key=lambda n: (n.rel != "nsubj", n.upos != "PROPN", verb.i - n.i))
    if not ranked:
        return None
    head = ranked[0]
    phrase = [n for n in tree.subtree(head, exclude=tree.children(head, "acl", "acl:relcl", "advcl"))
              if n.i < verb.i and not inside(n)]
    return head, trim_punct(_contiguous_around(tree, phrase, head))


def mention_nodes(tree: Tree, head: Node, cue: Cue, asides: bool = False) -> list[Node]:
    """The source's noun phrase: ``head``'s subtree less relative clauses, cue and edge punctuation.

    "Mustafa Varank, the Turkish Minister for Industries and Technologies, told" ->
    "Mustafa Varank, the Turkish Minister for Industries and Technologies"; with ``asides``
    a relative clause set off by a comma stays: "Jane Smith, who backed the governor, said".
    """
    cue_word = tree.nodes[cue.head.word]
    own = REGISTRY[cue.kind].mention
    if own is not None:
        return own(tree, cue)
    exclude = [k for k in tree.children(head) if tree.dominates(k, cue_word)]
    # "by organizers" loses its preposition; "Trump's remarks" keeps its possessive
    exclude += [k for k in tree.children(head, "case") if head.rel in ("obl", "nmod") and head.deprel != "nmod:poss"]
    # "Harvey, who backed Cruz, said": an aside on the speaker is not the speaker's name;
    # the source as written keeps it, unless it is a report of its own ("Smith, who said ...")
    exclude += [k for k in _asides(tree, head) if not asides or k.lemma in tree.lang.verbs]
    # "Rubio, speaking at a rally in Miami, said": a comma-set -ing clause tells what the speaker did, not who
    exclude += [k for n in [head, *tree.children(head, "appos")] for k in tree.children(n, "acl")
                if k.deprel == "acl" and k.ing_form and k.i > head.i and _after_comma(tree, k)]
    # "Sanders himself", "Clinton and Sanders all": a pronoun in apposition names no one more
    exclude += [k for k in tree.children(head, "appos") if k.upos == "PRON"]
    # "by organizers as a manifestation of ...": the as-phrase is content, not source.
    exclude += [k for k in tree.children(head, "nmod") if P.predicative(tree, tree.child(k, "case"))]
    nodes = [n for n in tree.subtree(head, exclude=exclude) if n.i != cue_word.i]
    if head.i < cue_word.i:
        nodes = [n for n in nodes if n.i < cue_word.i]  # a mention never runs past its cue
    nodes = _after_dateline(tree, _contiguous_around(tree, _on_line_of(tree, nodes, head), head))
    keep = CLOSERS.replace("'", "") + (")" if any(n.text == "(" for n in nodes) else "")  # "Sanders (I-Vt.)"
    nodes = trim_punct(_without_focus(tree, nodes, head), keep=keep)
    return _with_closing_dash(tree, nodes, cue_word) if asides else nodes


def _with_closing_dash(tree: Tree, nodes: list[Node], cue_word: Node) -> list[Node]:
    """The source as written closes an aside it opened with a dash: "Jason Sims — a teacher from Mount
    Pleasant — said" -> "Jason Sims — a teacher from Mount Pleasant —"."""
    if not nodes or nodes[-1].i + 1 >= len(tree.nodes):
        return nodes
    after = tree.nodes[nodes[-1].i + 1]
    opened = [n for n in nodes[1:] if n.text in DASHES and not _inside_word(tree, n)]
    if opened and after.text == opened[-1].text and after.i < cue_word.i and not _inside_word(tree, after):
        return [*nodes, after]
    return nodes


def _without_focus(tree: Tree, nodes: list[Node], head: Node) -> list[Node]:
    """ "Even some of his allies said" -> "some of his allies": a focus particle stresses the speaker, it names no one."""
    while len(nodes) > 1 and nodes[0].i != head.i and nodes[0].upos == "ADV" \
            and nodes[0].lemma.lower() in tree.lang.words["source_focus_words"]:
        nodes = nodes[1:]
    return nodes


def with_asides(tree: Tree, source: Source, head: Node, cue: Cue) -> Source:
    """The source as written, asides on the speaker included (its speaker and role read without them).

    "said Mayor Jane Smith, who backed the governor in 2012" -> "Mayor Jane Smith, who backed the governor in 2012"
    """
    if source.mention is None or REGISTRY[cue.kind].mention is not None:
        return source
    if all(k.lemma in tree.lang.verbs for k in _asides(tree, head)) and not any(n.text in DASHES for n in tree.nodes):
        return source  # no aside to keep, no dash to close: the mention is the source as written
    span = outer_span(mention_nodes(tree, head, cue, asides=True))
    if span is None or span[0] != source.mention[0] or span[1] <= source.mention[1]:
        return source
    return replace(source, written=span)


def _asides(tree: Tree, head: Node) -> list[Node]:
    """The relative clauses set off by a comma on the speaker or on its apposition:
    "Harvey, who backed Cruz, said"; "Ruslan Dzhabrailov, a scholar, who commented on the videos"."""
    found = [k for k in tree.children(head, "acl:relcl") if k.i > head.i and _after_comma(tree, k)]
    return found + [k for a in tree.children(head, "appos") for k in tree.children(a, "acl:relcl")
                    if _after_comma(tree, k) and tree.word_before(a) is not None and tree.word_before(a).text == ","]


def _after_comma(tree: Tree, clause: Node) -> bool:
    """Whether a clause opens after a comma or dash (a non-restrictive clause)."""
    before = tree.word_before(clause)
    return before is not None and before.text in (",", "—", "–", "--", "(")


def _on_line_of(tree: Tree, nodes: list[Node], head: Node) -> list[Node]:
    """The words on the head's line: a time stamp or a headline above is not part of the mention."""
    lo = tree.text.rfind("\n", 0, head.start) + 1
    hi = tree.text.find("\n", head.end)
    return [n for n in nodes if lo <= n.start and (hi < 0 or n.end <= hi)]


def _after_dateline(tree: Tree, nodes: list[Node]) -> list[Node]:
    """ "MACAU (Reuters) – Top donor Sheldon Adelson" -> "Top donor Sheldon Adelson"; a hyphen inside a
    word is no dateline's dash: "The GOP front-runner", "AFL-CIO President Richard Trumka" stay whole."""
    dashes = [k for k, n in enumerate(nodes) if n.text in DASHES and not _inside_word(tree, n)]
    if dashes and any(n.text.isupper() and len(n.text) > 1 for n in nodes[:dashes[0]]):
        return nodes[dashes[0] + 1:] or nodes
    return nodes


def _inside_word(tree: Tree, dash: Node) -> bool:
    """Whether a dash joins two words with no space on either side ("front-runner", "(D-N.C.)")."""
    text = tree.text
    return 0 < dash.start and dash.end < len(text) and not text[dash.start - 1].isspace() \
        and not text[dash.end].isspace()


def _contiguous_around(tree: Tree, nodes: list[Node], head: Node) -> list[Node]:
    """The unbroken run of ``nodes`` that holds ``head`` (a mention is one span).

    A hyphen the parser hung elsewhere does not break a word: "two-thirds", "land-use".
    """
    chosen = {n.i for n in nodes}
    for n in tree.nodes:
        if n.text in HYPHENS and n.i - 1 in chosen and n.i + 1 in chosen \
                and not tree.text[n.start - 1:n.end + 1].count(" "):
            chosen.add(n.i)
    if head.i not in chosen:
        return nodes
    lo = hi = head.i
    while lo - 1 in chosen:
        lo -= 1
    while hi + 1 in chosen:
        hi += 1
    return list(tree.nodes[lo:hi + 1])


def recipient_head(tree: Tree, cue: Cue) -> Optional[Node]:
    """Whom the source spoke to: "told the Anadolu Agency" -> Agency; "said to reporters" -> reporters."""
    if not REGISTRY[cue.kind].recipient:
        return None
    verb = tree.nodes[cue.head.word]
    hearer = tree.lang.hearer_verbs.get(verb.lemma)
    if hearer is None:
        return None
    found = tree.child(verb, "iobj") or (tree.child(verb, "obj") if hearer == "object" else None)
    if found is not None:
        return found
    for kid in tree.children(verb, "obl"):
        case = tree.child(kid, "case")
        if case is not None and case.lemma in tree.lang.words["hearer_prepositions"]:
            return kid
    return None
