"""A frame of opinion: "In Jane Smith's view, the budget will pass.", "in the opinion of X".

Cue: a noun of speech in an oblique "in"-phrase (the pack's ``frame_prepositions``) with an owner
(found by ``noun_of_speech.find``). Content: the clause the phrase modifies, less the phrase.
Source: the noun's owner. An aside: it folds into a claim of the same speaker.
"""
from __future__ import annotations

from quotes.engine.constructions import noun_of_speech
from quotes.engine.constructions.base import OPINION_PHRASE, Construction
from quotes.engine.predicates import clause_of
from quotes.engine.tree import Node, Tree


def content(tree: Tree, node: Node) -> list[Node]:
    """The clause the frame modifies: "In her view, the budget will pass" -> "the budget will pass"."""
    clause = clause_of(tree, node)
    return tree.subtree(clause, exclude=[node]) if clause is not None else []


CONSTRUCTION = Construction(
    OPINION_PHRASE, "quotes.engine.constructions.noun_of_speech.find", ("lemma", "upos", "deprel"),
    content, noun_of_speech.source, confidence=0.5, aside=True)
