"""A verb of speech or stance with its object: "Haley praised the senator", "called for a ban".

Cue: a reporting verb of a class that takes a noun phrase (speech, intention, evidence; any class
with a predicative "as") with an object or topic (``cues.verb_cue_kind``). Content: the object and
the rest of the predicate after it, less times, settings and speech events; a passive's subject
("the plan was criticized by Democrats"); the content of the asker's question too (``question_put``).
Source: the verb's subject.
"""
from __future__ import annotations

from quotes.engine import predicates as P
from quotes.engine.constructions.base import OBJECT, VERB_NEEDS, Construction, subject_source
from quotes.engine.tree import Node, Tree


def content(tree: Tree, verb: Node) -> list[Node]:
    """The object and the rest of the predicate after it, less times and speech events:
    "defended Bill Clinton against allegations of scandal on Friday" -> "Bill Clinton against
    allegations of scandal"; "described the dinner as Washington celebrating itself"."""
    obj = P.object_content(tree, verb)
    if obj is None:
        return []
    # the participle itself is no part of the noun it modifies ("the bill, opposed by Democrats")
    # a channel hung on the object is where it was said ("praised the senator on Twitter")
    words = tree.subtree(obj, exclude=tree.children(obj, "case", "mark", "appos") + [verb] + P.trailing_channel(tree, verb, obj))
    if obj.i < verb.i:  # a passive's subject: "the plan was criticized by Democrats"
        # ... and what it was spoken of for: "Smith was criticized for her vote"
        words += [w for k in P.passive_topics(tree, verb) for w in tree.subtree(k)]
        return sorted(words, key=lambda n: n.i)
    events = tree.lang.words["speech_events"]
    for kid in tree.children(verb, "obl", "advcl", "xcomp", "ccomp"):
        if kid.i > obj.i and kid.entity not in ("DATE", "TIME") and kid.lemma not in events \
                and not _setting(tree, verb, kid) and not P.medium_phrase(tree, verb, kid) and not _own_report(tree, kid):
            words += tree.subtree(kid)
    return sorted(words, key=lambda n: n.i)


def _own_report(tree: Tree, phrase: Node) -> bool:
    """A clause in which someone else reports: "back the bill, as Lambie blasts Hanson" (Lambie's words)."""
    subject = tree.child(phrase, "nsubj")
    return phrase.rel == "advcl" and phrase.upos == "VERB" and phrase.lemma in tree.lang.verbs \
        and subject is not None and tree.lang.class_of(phrase.lemma) == "speech"


def _setting(tree: Tree, verb: Node, phrase: Node) -> bool:
    """A phrase of time, place or manner around a claim ("during a call", ", running ads"); not the
    phrase of a prepositional verb ("обвинило X в обстреле": the charge)."""
    case = tree.child(phrase, "case", "mark")
    if case is not None and case.lemma in tree.lang.words["setting_prepositions"]:
        return not P.prepositional(tree, verb, case.lemma)
    before = tree.word_before(phrase)
    return phrase.rel == "advcl" and phrase.ing_form and before is not None and before.text == ","


CONSTRUCTION = Construction(
    OBJECT, "quotes.engine.cues.verb_cue_kind", VERB_NEEDS,
    content, subject_source, confidence=0.7)
