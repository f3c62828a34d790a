"""An adjective of stance as a predicate: "Smith is confident that the budget will pass",
"Smith was sharply critical of the governor's budget".

Cue: an adjective of the pack's attitude_adjectives.tsv with a copula ("is confident") or as the
complement of a verb ("remains critical of"), with the adjective's copula, auxiliaries and
adverbs (``find``; its words as a verb's, ``cues``). Content: its clause, as a verb's
("confident that the budget will pass": ``adjective``), or what it is about ("critical of the
governor's budget": ``adjective_object``). Source: its subject. The output's ``rule`` names the
verb construction it stands for ("verb:cognition", "object:speech"), as it always has.
"""
from __future__ import annotations

from typing import Optional

from quotes.engine.constructions import reported_clause, stance_object
from quotes.engine.constructions.base import (ADJECTIVE, ADJECTIVE_OBJECT, OBJECT, POSTPOSED, VERB, VERB_NEEDS,
                                              Construction, Kind, subject_source)
from quotes.engine.tree import Node, Tree


def find(tree: Tree, node: Node) -> bool:
    """Whether ``node`` is an adjective of stance used as a predicate: "is confident that",
    "remains critical of", "X уверен, что" (a short form, UD Variant=Short, is only ever a predicate:
    the present has no copula; with its clause: "не согласны с этим мнением" answers a claim made,
    it makes none); not "a confident mayor"."""
    if node.upos != "ADJ" or node.lemma.lower() not in tree.lang.adjectives:
        return False
    head = tree.head_of(node)
    return tree.child(node, "cop") is not None or (node.rel == "xcomp" and head is not None and head.upos == "VERB") \
        or (node.feat("Variant") == "Short" and bool(tree.children(node, "ccomp")))


def kind_of(verb_kind: Optional[str]) -> Optional[Kind]:
    """The construction of a stance adjective that takes its content as a verb of ``verb_kind``
    would (``cues.verb_cue_kind``): a clause or an object; none else ("..., and the mayor is
    happy" comments on nothing); "A, X, an analyst, is sure" with the speaker hung inside A is postposed."""
    return {VERB: ADJECTIVE, OBJECT: ADJECTIVE_OBJECT, POSTPOSED: POSTPOSED}.get(verb_kind)


# "Smith is confident that the budget will pass": as a verb with its reported clause.
CONSTRUCTION = Construction(
    ADJECTIVE, "quotes.engine.constructions.stance_adjective.find", VERB_NEEDS, reported_clause.content,
    subject_source, confidence=reported_clause.CONSTRUCTION.confidence, rank=0, near_source=True, clause=True,
    reports_as=VERB)

# "Smith was sharply critical of the governor's budget": as a verb of stance with its object.
OBJECT_CONSTRUCTION = Construction(
    ADJECTIVE_OBJECT, "quotes.engine.constructions.stance_adjective.find", VERB_NEEDS, stance_object.content,
    subject_source, confidence=stance_object.CONSTRUCTION.confidence, reports_as=OBJECT)
