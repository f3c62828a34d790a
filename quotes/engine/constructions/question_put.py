"""The asker's question: "Asked about the polls, Smith said she was confident."

Cue: a participle of a question verb of the pack (``question_verbs``) that opens a clause of its
own with no subject, and what the question was about ("about the polls", "if he was ever
bullied": ``questions.question_put``), as a verb of speech takes its object ("Asked about").
Content: what was asked about, as a verb's object (``stance_object.content``). Source: none the
grammar gives (the asker goes unnamed; the one asked answers in the main clause). The output's
``rule`` is "object:speech", as it always has been.
"""
from __future__ import annotations

from quotes.engine.constructions import stance_object
from quotes.engine.constructions.base import OBJECT, QUESTION, VERB_NEEDS, Construction, subject_source
from quotes.engine.predicates import active_subject
from quotes.engine.questions import asked_participle, question_put
from quotes.engine.tree import Node, Tree


def find(tree: Tree, verb: Node) -> bool:
    """Whether ``verb`` puts a question with what it was about: "Asked about the polls, ..."."""
    return asked_participle(tree, verb) and active_subject(tree, verb) is None and question_put(tree, verb) is not None


CONSTRUCTION = Construction(
    QUESTION, "quotes.engine.constructions.question_put.find", VERB_NEEDS, stance_object.content, subject_source,
    confidence=stance_object.CONSTRUCTION.confidence, reports_as=OBJECT)
