"""A frame of attribution: "According to the minister, the plant will open in May."

Cue: the pack's frame (frames.tsv: "according" and "to", by lemma and text). Content: the clause
the phrase modifies, less the phrase. Source: the frame's noun, or the owner of a noun of speech
of the pack's ``source_nouns`` ("according to his version" -> his); none for a noun of
conformity ("according to the standard scheme"). An aside: it folds into a claim of the same speaker.
"""
from __future__ import annotations

from typing import Optional

from quotes.engine.constructions.base import ACCORDING_TO, Construction
from quotes.engine.constructions.noun_of_speech import source_of_noun
from quotes.engine.predicates import clause_of
from quotes.engine.tree import Node, Tree
from quotes.types import Cue, WordRef


def according_word(tree: Tree, node: Node) -> bool:
    """Whether ``node`` is the first word of the frame "according to" (by lemma)."""
    return node.lemma in tree.lang.frames[ACCORDING_TO][0]


def one_word(tree: Tree) -> bool:
    """Whether the pack's frame is one word, a preposition ("согласно X"): frames.tsv gives no next word."""
    return not tree.lang.frames[ACCORDING_TO][1]


def find(tree: Tree, node: Node) -> Optional[Cue]:
    """ "according to X": ``according`` followed by ``to``, heading or marking a noun; a one-word
    frame marks a noun that is no noun of speech ("согласно Быкову"; "согласно заявлению X" is
    the noun's frame of opinion, ``noun_of_speech``)."""
    if not according_word(tree, node):
        return None
    if one_word(tree):
        phrase = tree.head_of(node)
        if node.rel != "case" or phrase is None or phrase.upos not in ("NOUN", "PROPN", "PRON") \
                or phrase.lemma in tree.lang.nominal_cues or phrase.lemma in tree.lang.words["relative_pronouns"] \
                or _conformity(tree, node):  # "согласно старому плану": done by the plan, no one's words
            return None
        return Cue(((node.start, node.end),), node.lemma, ACCORDING_TO, WordRef(tree.index, node.i))
    if node.i + 1 >= len(tree):
        return None
    to = tree.nodes[node.i + 1]
    if to.text.lower() != tree.lang.frames[ACCORDING_TO][1] or _conformity(tree, node):
        return None
    frame = " ".join(tree.text[node.start:to.end].lower().split())  # the cue's lemma: "according to"
    return Cue(((node.start, to.end),), frame, ACCORDING_TO, WordRef(tree.index, node.i))


def _conformity(tree: Tree, according: Node) -> bool:
    """ "carried out according to the standard scheme", "according to the law": done in keeping with
    something (the pack's ``conformity_nouns``), which says nothing."""
    phrase = tree.head_of(according) if according.rel == "case" else according
    noun = phrase if phrase is not None and phrase.i != according.i else None
    if noun is None:  # "according" heading its phrase: its noun is the object of "to"
        noun = next((k for k in tree.children(according) if k.upos in ("NOUN", "PROPN")), None)
    return noun is not None and noun.lemma.lower() in tree.lang.words["conformity_nouns"]


def content(tree: Tree, according: Node) -> list[Node]:
    """ "According to X, Y": Y is the clause that X modifies, less the "according to X" phrase."""
    if according.rel == "case":
        phrase = tree.head_of(according)
    else:
        phrase = according
    clause = clause_of(tree, phrase) if phrase is not None else None
    if clause is not None and _bracketed(tree, clause, phrase):
        # "according to the Ministry (MfE), ...": the abbreviation parsed as the phrase's head
        phrase, clause = clause, clause_of(tree, clause)
    if clause is None:
        return []
    return tree.subtree(clause, exclude=[phrase])


def _bracketed(tree: Tree, clause: Node, phrase: Node) -> bool:
    """Whether ``clause`` is only a bracketed name beside ``phrase`` (its words, brackets and the phrase)."""
    rest = [n for n in tree.subtree(clause, exclude=[phrase]) if n.upos != "PUNCT"]
    before = tree.nodes[clause.i - 1] if clause.i > 0 else None
    after = tree.nodes[clause.i + 1] if clause.i + 1 < len(tree.nodes) else None
    return bool(rest) and all(n.upos == "PROPN" for n in rest) and before is not None and before.text == "(" \
        and after is not None and after.text == ")"


def source(tree: Tree, cue: Cue) -> Optional[Node]:
    """The frame's noun ("according to the minister"), or the owner of its noun of speech ("his version")."""
    node = tree.nodes[cue.head.word]
    phrase = tree.head_of(node) if node.rel == "case" else tree.child(node, "obl", "nmod", "obj")
    if phrase is None:
        return None
    owner = source_of_noun(tree, phrase) if phrase.upos == "NOUN" else None
    return owner if owner is not None and phrase.lemma in tree.lang.words["source_nouns"] else phrase


CONSTRUCTION = Construction(
    ACCORDING_TO, "quotes.engine.constructions.according_to.find", ("lemma", "deprel"), content, source,
    confidence=0.9, aside=True)
