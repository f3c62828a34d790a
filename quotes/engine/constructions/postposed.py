"""A speaker set off after the content, its verb left without a subject by the parser:
"A must be tightened, and B should be recorded, Asmat Lakerbaia, the Ombudsperson, has stated.",
"A was his own initiative, Sergei Vorontsov, a political analyst, is sure."

The parser hangs the speaker's phrase inside the content (an apposition of its last noun) and
makes the verb a conjunct or modifier of a word there, so the verb has neither subject nor
clause. Cue: a finite reporting verb (or adjective of stance with its copula) of speech or thought with no subject, clause or
coordinating conjunction of its own, right after one or two noun phrases set off by commas
("X, the ombudsman,"; "the press service of the committee") that can speak, with a clause
before them. Content: that clause, up to the comma before the speaker. Source: the phrase.
"""
from __future__ import annotations

from typing import Optional

from quotes.engine.constructions.base import POSTPOSED, VERB_NEEDS, Construction
from quotes.engine.predicates import can_speak, cue_lemma, object_is_hearer
from quotes.engine.tree import Node, Tree, trim_punct
from quotes.types import Cue

MAX_PHRASES = 2  # "Asmat Lakerbaia" + "the Abkhaz Ombudsperson"
CUE_CLASSES = ("speech", "cognition")
PHRASE_UPOS = frozenset({"DET", "NOUN", "PROPN", "ADJ", "ADP", "NUM", "PUNCT", "PART", "CCONJ"})
CLAUSE_UPOS = frozenset({"VERB", "AUX"})


def speaker_phrase(tree: Tree, verb: Node) -> list[Node]:
    """The words of the speaker set off before a subjectless verb (or right after it, inverted),
    or [] when there is none.

    "..., Tigran Avetisyan, one of the leaders of the Movement, stated at the rally." ->
    [Tigran, Avetisyan, ",", one, of, ..., Movement]; "A, believe residents of the town." -> [residents, ...]
    """
    if not _bare_finite(tree, verb) or tree.lang.class_of(cue_lemma(tree, verb)) not in CUE_CLASSES:
        return []
    return _phrase_before(tree, verb) or _inverted(tree, verb)


def _content_end(tree: Tree, verb: Node, words: list[Node]) -> int:
    """Where the content ends: before the speaker's phrase, or before the verb when the speaker follows it."""
    return words[0].i if words[0].i < verb.i else verb.i


def _inverted(tree: Tree, verb: Node) -> list[Node]:
    """ "A, believe residents of Sukhum interviewed by the correspondent.": the speaker after the verb,
    parsed as its object, the verb right after a comma that ends the content."""
    if verb.i < 2 or tree.nodes[verb.i - 1].text != "," or verb.i + 1 >= len(tree) or object_is_hearer(tree, verb):
        return []
    after = tree.nodes[verb.i + 1] if tree.nodes[verb.i + 1].upos != "DET" else tree.head_of(tree.nodes[verb.i + 1])
    if after is None or after.rel != "obj" or after.head != verb.i or after.upos == "PRON" or not can_speak(tree, after):
        return []
    before = trim_punct(tree.nodes[:verb.i - 1])
    if not before or not any(n.upos in CLAUSE_UPOS for n in before) or before[0].upos == "SCONJ" \
            or before[0].rel == "mark":
        return []
    return trim_punct(tree.subtree(after))


def _phrase_before(tree: Tree, verb: Node) -> list[Node]:
    """The one or two comma-set noun phrases right before the verb that can speak, after a clause."""
    k = verb.i - 1
    while k >= 0 and tree.nodes[k].head == verb.i and tree.nodes[k].rel in ("aux", "cop", "advmod"):
        k -= 1  # "has", "is" (of "is sure"), "also"
    if k >= 0 and tree.nodes[k].text == ",":
        k -= 1
    phrases = _phrases_before(tree, k)
    if not phrases:
        return []
    # "Asmat Lakerbaia, the Ombudsperson": a name and its role; else the one phrase next to the verb
    chosen = phrases[:2] if len(phrases) > 1 and _is_name(phrases[1]) else phrases[:1]
    words = [n for phrase in reversed(chosen) for n in phrase]
    before = trim_punct(tree.nodes[:words[0].i])
    if not any(n.upos in CLAUSE_UPOS for n in before) or not _can_speak(tree, words):
        return []
    if before[0].upos == "SCONJ" or before[0].rel == "mark":
        return []  # "As Obama appears set to veto it, nominee Clinton disagrees": her own clause, after his
    return words


def _bare_finite(tree: Tree, verb: Node) -> bool:
    """A finite verb (or one with its auxiliary) with no subject, clause or conjunction of its own."""
    kids = tree.children(verb)
    if any(k.rel in ("nsubj", "csubj", "expl", "ccomp", "xcomp", "parataxis", "cc") for k in kids):
        return False
    return verb.feat("VerbForm") == "Fin" or any(k.rel in ("aux", "cop") and k.i < verb.i for k in kids)


def _phrases_before(tree: Tree, end: int) -> list[list[Node]]:
    """The noun phrases between commas that end at word ``end``, nearest first (at most two)."""
    out: list[list[Node]] = []
    while end >= 0 and len(out) < MAX_PHRASES:
        start = end
        while start - 1 >= 0 and tree.nodes[start - 1].text != ",":
            start -= 1
        phrase = list(tree.nodes[start:end + 1])
        if start == 0 or not _nominal(phrase):
            break  # the clause before the speaker (or the sentence start: no content)
        out.append(phrase)
        end = start - 2  # past the comma
    return out


def _nominal(phrase: list[Node]) -> bool:
    """A noun phrase: no verb, a noun, and no conjunction or preposition first ("at Monday's debate")."""
    return bool(phrase) and all(n.upos in PHRASE_UPOS for n in phrase) \
        and any(n.upos in ("NOUN", "PROPN") for n in phrase) and phrase[0].upos not in ("CCONJ", "ADP")


def _is_name(phrase: list[Node]) -> bool:
    words = [n for n in phrase if n.upos != "PUNCT"]
    return bool(words) and all(n.upos == "PROPN" for n in words)


def _can_speak(tree: Tree, words: list[Node]) -> bool:
    return any(can_speak(tree, n) for n in words if n.upos in ("NOUN", "PROPN"))


def content(tree: Tree, node: Node) -> list[Node]:
    """The clause before the speaker: "A must be tightened, X, the Ombudsperson, has stated." -> [A, ...]"""
    words = speaker_phrase(tree, node)
    return trim_punct(tree.nodes[:_content_end(tree, node, words)]) if words else []


def source(tree: Tree, cue: Cue) -> Optional[Node]:
    """The speaker phrase's first word whose head lies outside it (the name, where there is one)."""
    words = speaker_phrase(tree, tree.nodes[cue.head.word])
    inside = {n.i for n in words}
    return next((n for n in words if n.head not in inside and n.upos in ("NOUN", "PROPN")), None)


def mention(tree: Tree, cue: Cue) -> list:
    return trim_punct(speaker_phrase(tree, tree.nodes[cue.head.word]))


CONSTRUCTION = Construction(
    POSTPOSED, "quotes.engine.cues.verb_cue_kind", VERB_NEEDS, content, source,
    confidence=0.7, rank=1, recipient=True, mention=mention)
