"""Questions: what was asked is no statement, and what a question put was about.

A question reported or put to someone states nothing, so the engine keeps it from being taken
for a claim in three places, each a filter where the rule it guards runs:

    embedded_question   "would not say which ministers are planning to resign": a verb inside an
                        asked clause is no cue (``cues.find_cues``)
    is_question         "Reporters asked whether the plan would work. 'It will,' she said.": the
                        quotation after a reported question answers it; it does not go on with
                        the asker's words (``attribute._continuations``)
    asked_participle    "Asked about the polls, Smith said ...": the one asked is the subject of
                        the main clause, not of "asked" (``predicates.object_content``); what the
                        question was about (``question_put``) is the content of the asker's
                        question (``constructions.question_put``)

The words are the pack's: ``question_words`` ("whether", "which"), ``question_verbs`` ("ask"),
``question_topic_marks`` ("about", "if").
"""
from __future__ import annotations

from typing import Optional

from quotes.engine.tree import Node, Tree
from quotes.lang import Language
from quotes.types import Attribution


def embedded_question(tree: Tree, verb: Node) -> bool:
    """ "would not say which ministers are planning to resign": a clause that opens with a question
    word and is another verb's argument asks; no one states it."""
    if verb.rel not in ("ccomp", "csubj") or tree.head_of(verb) is None or tree.head_of(verb).upos != "VERB":
        return False
    first = next((n for n in tree.subtree(verb) if n.upos != "PUNCT"), None)
    return first is not None and first.i < verb.i and first.lemma in tree.lang.words["question_words"]


def is_question(text: str, lang: Language, found: Attribution) -> bool:
    """A reported question ("asked whether ...", "asked which ..."): the quotation after it answers it."""
    a, b = found.content.spans[0]
    first = text[a:b].split(maxsplit=1)[:1]
    asks = bool(first) and first[0].lower() in lang.words["question_words"]
    return found.content.quote_type == "indirect" and asks


def asked_participle(tree: Tree, verb: Node) -> bool:
    """ "Asked about the polls, Smith said ...": a participle of a question verb that opens a clause
    of its own, its subject the one asked (the caller checks it has no subject of its own)."""
    return verb.lemma in tree.lang.words["question_verbs"] and verb.past_participle and verb.rel == "advcl"


def question_put(tree: Tree, verb: Node) -> Optional[Node]:
    """What a question put to someone was about: "about the polls", "if he was ever bullied"."""
    for kid in tree.children(verb, "obl", "advcl", "ccomp"):
        mark = tree.child(kid, "case", "mark")
        if mark is not None and mark.lemma in tree.lang.words["question_topic_marks"]:
            return kid
    return None
