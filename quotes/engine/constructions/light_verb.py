"""A light verb whose object carries the act of speech: "Johnson took aim at the mayor", "the
senator made it clear that she would not run", "Smith made the case for a tax".

Cue: a verb and its object (or predicative) word that the pack's light_verbs.tsv lists as one
phrase ("take aim", "make clear"), with what stands between them and the topic's preposition
right after the word: "took aim at", "made it clear", "has made no mention of". Content: a
that-clause after the word, else the phrase of one of the phrase's prepositions after it
("took issue with the report" -> "the report"). Source: the verb's subject, as a verb's.
"""
from __future__ import annotations

from typing import Optional

from quotes.engine.constructions.base import LIGHT_VERB, VERB_NEEDS, Construction, subject_source
from quotes.engine.tree import Node, Tree, contiguous_spans
from quotes.types import Cue, WordRef

WORD_RELS = ("obj", "ccomp", "xcomp")  # "took aim", "made (it) clear" (the parser's ccomp or xcomp)
CLAUSE_RELS = frozenset({"ccomp", "advcl", "csubj", "acl"})  # where the parser hangs "that ..." after the word
AUX_RELS = frozenset({"aux", "aux:pass"})


def phrase_of(tree: Tree, verb: Node) -> Optional[tuple[str, Node]]:
    """The listed phrase and its word after ``verb``: "took a swipe at X" -> ("take swipe", swipe)."""
    if verb.upos != "VERB":
        return None
    for kid in tree.children(verb, *WORD_RELS):
        phrase = f"{verb.lemma.lower()} {kid.lemma.lower()}"
        if kid.i > verb.i and phrase in tree.lang.light_verbs:
            return phrase, kid
    return None


def _clause(tree: Tree, verb: Node, word: Node) -> Optional[Node]:
    """The that-clause after the word: "made it clear that she would not run" -> run."""
    marks = tree.lang.words["complementizers"]
    for kid in [*tree.children(word), *tree.children(verb)]:
        mark = tree.child(kid, "mark")
        if kid.rel in CLAUSE_RELS and kid.i > word.i and mark is not None and mark.lemma.lower() in marks:
            return kid
    return None


def _topic(tree: Tree, verb: Node, word: Node, phrase: str) -> Optional[Node]:
    """The phrase of one of the phrase's prepositions after the word: "took issue with the report" -> report."""
    prepositions = tree.lang.light_verbs[phrase][1]
    for kid in [*tree.children(word, "nmod"), *tree.children(verb, "obl")]:
        case = tree.child(kid, "case")
        if kid.i > word.i and case is not None and case.lemma.lower() in prepositions:
            return kid
    return None


def find(tree: Tree, verb: Node) -> Optional[Cue]:
    """ "took aim at the mayor" -> the cue "took aim at"; "took the bus" -> None."""
    found = phrase_of(tree, verb)
    if found is None:
        return None
    phrase, word = found
    words = [k for k in tree.children(verb) if k.deprel in AUX_RELS and k.i < verb.i] + list(tree.nodes[verb.i:word.i + 1])
    if _clause(tree, verb, word) is None:
        topic = _topic(tree, verb, word, phrase)
        if topic is None:
            return None
        case = tree.child(topic, "case")
        if case.i == word.i + 1:
            words.append(case)  # "took aim at": the preposition of the topic joins the cue
    return Cue(contiguous_spans(sorted(words, key=lambda n: n.i)), phrase, LIGHT_VERB, WordRef(tree.index, verb.i))


def content(tree: Tree, verb: Node) -> list[Node]:
    """ "made it clear that she would not run" -> [that, she, would, not, run]; "took aim at the mayor" -> [the, mayor]."""
    found = phrase_of(tree, verb)
    if found is None:
        return []
    phrase, word = found
    clause = _clause(tree, verb, word)
    if clause is not None:
        return tree.subtree(clause)
    topic = _topic(tree, verb, word, phrase)
    return tree.subtree(topic, exclude=tree.children(topic, "case")) if topic is not None else []


CONSTRUCTION = Construction(
    LIGHT_VERB, "quotes.engine.constructions.light_verb.find", VERB_NEEDS, content, subject_source, confidence=0.7)
