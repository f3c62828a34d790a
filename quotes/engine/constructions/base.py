"""What every construction declares: how its cue is found, its content, source and recipient,
its rank and its confidence (the way stanza's processors declare what they need and provide).

A construction is one way a text reports speech: "X said that ...", "according to X, ...",
"X's claim that ...". Each lives in a module of its own in this package and makes one
``Construction``; ``quotes.engine.constructions.REGISTRY`` lists them all.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Literal, Optional

from quotes.engine.predicates import speaker_subject
from quotes.engine.tree import Node, Tree
from quotes.types import Cue

# The names of the constructions: a cue's ``kind``, the first part of a claim's ``rule``.
Kind = Literal["verb", "parenthetical", "according_to", "nominal", "opinion_phrase", "introducer", "quote",
               "object", "colon", "postposed", "adjective", "adjective_object", "question", "light_verb"]
VERB: Kind = "verb"
PARENTHETICAL: Kind = "parenthetical"
ACCORDING_TO: Kind = "according_to"
NOMINAL: Kind = "nominal"
OPINION_PHRASE: Kind = "opinion_phrase"
INTRODUCER: Kind = "introducer"
QUOTE_ONLY: Kind = "quote"
OBJECT: Kind = "object"
COLON: Kind = "colon"
POSTPOSED: Kind = "postposed"
ADJECTIVE: Kind = "adjective"
ADJECTIVE_OBJECT: Kind = "adjective_object"
QUESTION: Kind = "question"
LIGHT_VERB: Kind = "light_verb"

VERB_NEEDS = ("lemma", "upos", "feats", "deprel")  # what the verb cue finder reads
ContentFinder = Callable[[Tree, Node], list]  # the cue's head word -> the content's words in its sentence
SourceFinder = Callable[[Tree, Cue], Optional[Node]]  # the cue -> the head word of its source mention


def no_content(tree: Tree, node: Node) -> list:
    """The content lies outside the sentence: the quotation beside it."""
    return []


@dataclass(frozen=True)
class Construction:
    """One construction of reported speech.

    ``finds`` names the function that finds its cue and ``needs`` what it reads; ``content`` and ``source``
    give the content's words and the source's head; ``quote_beside`` lets a quotation next to
    the sentence be the content; ``near_source`` lets the best noun before the cue be the source
    where the grammar names none; ``recipient`` reads whom it was said to; ``aside`` marks a
    comment that folds into a claim of the same speaker ("according to his version", "as he
    said"); ``clause`` marks a content that is a clause the cue reports: it runs on over a
    semicolon, and the same speaker's asides fold into it; ``rank`` decides which cue keeps a
    content two cues share (lower wins); ``confidence`` is the base of the claim's confidence
    (``scoring``); ``reports_as`` names the construction the output's ``rule`` column gives its
    claims where that is not its own (an adjective of stance reports as a verb: ``rule_name``).
    """

    kind: Kind
    finds: str  # the function that finds its cue
    needs: tuple[str, ...]  # what of the annotation its cue finder reads (UD fields, "quotes")
    content: ContentFinder
    source: SourceFinder
    confidence: float
    rank: int = 4
    quote_beside: bool = False
    near_source: bool = False
    recipient: bool = False
    aside: bool = False
    clause: bool = False
    reports_as: Optional[Kind] = None
    mention: Optional[Callable[[Tree, Cue], list]] = None  # the source's words, where not its head's phrase

    @property
    def rule_name(self) -> str:
        """The first part of its claims' ``rule`` column: ``"verb"`` for "is confident that ..."."""
        return self.reports_as or self.kind


def subject_source(tree: Tree, cue: Cue) -> Optional[Node]:
    """The speaker of a verb cue: its subject, a passive's agent, or the subject its head lends
    ("Velizade declined to comment" -> Velizade)."""
    return speaker_subject(tree, tree.nodes[cue.head.word])
