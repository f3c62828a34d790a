"""A noun of speech and its owner: "the statement by X about plans to ...", "X's claim that ...",
"Smith made a call for calm" (a support verb voices the noun), "in X's opinion" (a frame, see
``opinion_frame``).

Cue: a noun of the pack's nominal_cues.tsv with an owner (a possessive, a by/of/from phrase, a
speaker's name as compound, or the subject of a support verb of the pack) and something it is
about (a clause or a topic phrase); the support verb and its preposition join the cue ("raised
concerns about"). Content: the noun's clause or topic. Source: its owner.
"""
from __future__ import annotations

from typing import Optional

from quotes.engine.constructions.base import ACCORDING_TO, NOMINAL, OPINION_PHRASE, Construction
from quotes.engine.predicates import active_subject, cue_lemma
from quotes.engine.tree import Node, Tree, contiguous_spans
from quotes.types import Cue, WordRef

VERB_AUX = frozenset({"aux", "aux:pass"})
NOUN_MODIFIERS = frozenset({"amod", "advmod", "compound", "nummod"})  # "recent", "earlier", "policy"
# Dependents that make "in X's <noun>" a place rather than a frame: "in his campaign account",
# "in his reply to the brief", "in its predictions of elections" (the owner, nmod:poss, is fine).
NOT_FRAMING = frozenset({"compound", "nmod", "acl", "acl:relcl"})
SPEAKER_ENTITIES = frozenset({"PERSON", "ORG"})  # a name before a noun of speech that can have said it
# How a frame hangs on its clause: an oblique ("in her view"), or set off by commas ("по словам X, ...").
FRAME_RELS = frozenset({"obl", "parataxis"})


def _frame_word(tree: Tree, node: Node) -> bool:
    """ "according to his version" is the according-to frame's, not a noun of speech's (a one-word
    frame leaves its nouns of speech to this construction: "согласно заявлению X")."""
    first, then = tree.lang.frames[ACCORDING_TO]
    return bool(then) and node.lemma in first


def source_of_noun(tree: Tree, noun: Node) -> Optional[Node]:
    """The speaker attached to a noun of speech: "his statement", "the statement by X"."""
    poss = tree.child(noun, "nmod:poss")
    if poss is not None:
        return poss
    for kid in tree.children(noun, "nmod", "compound"):
        case = tree.child(kid, "case")
        if kid.rel == "compound" and kid.upos == "PROPN" and kid.entity in SPEAKER_ENTITIES:
            return kid  # "the Trump statement"; not "a September letter" or "Capitol Hill testimony"
        if case is not None and case.lemma in tree.lang.words["source_prepositions"]:
            return kid
        if case is None and kid.rel == "nmod" and kid.feat("Case") == "Gen":
            return kid  # a genitive owner: "заявление министра", "по словам Руслана Кутаева"
    owner = next((k for k in tree.children(noun, "det") if k.text.lower() in tree.lang.pronouns), None)
    if owner is not None:
        return owner  # a possessive pronoun tagged as a determiner: "по его словам"
    verb = tree.head_of(noun)
    support = tree.lang.words["support_verbs"]
    if noun.rel == "obj" and verb is not None and verb.upos == "VERB" and verb.lemma in support:
        return active_subject(tree, verb)  # "Smith made a call for calm": who makes a call is its caller
    return None


def _genitive_owner(kid: Node, source: Node) -> bool:
    """The frame's own owner in the genitive ("по мнению эксперта"): no sign of a place."""
    return kid is source and kid.feat("Case") == "Gen"


def find(tree: Tree, noun: Node) -> Optional[Cue]:
    """ "the statement by X about ...", "X's claim that ...", "in X's opinion"."""
    if noun.upos not in ("NOUN",) or noun.lemma not in tree.lang.nominal_cues:
        return None
    if any(_frame_word(tree, k) for k in tree.children(noun, "case")):
        return None  # "according to his version" is the according-to cue
    source = source_of_noun(tree, noun)
    if source is None:
        return None
    case = tree.child(noun, "case")
    head = tree.head_of(noun)
    # The noun with its modifiers: "controversial remarks", "my personal opinion" -> "personal opinion".
    words = tree.modifiers_before(noun, noun.i, lambda n: n is not source and n.rel in NOUN_MODIFIERS) + [noun]
    if case is not None and case.lemma in tree.lang.words["frame_prepositions"] and noun.rel in FRAME_RELS:
        if any(k.deprel in NOT_FRAMING and not _genitive_owner(k, source) for k in tree.children(noun)):
            return None
        if tree.lang.grammar.cue_takes("frame_preposition"):
            words = sorted([case] + words, key=lambda n: n.i)  # "по мнению X" (Russian), "in her view" (English: "view")
        return Cue(contiguous_spans(words), noun.lemma, OPINION_PHRASE, WordRef(tree.index, noun.i))
    # The verb that voices the noun ("raised concerns about", "expressed concern that"), when its subject is the
    # source; a verb of speech that only voices the noun is no cue of its own.
    support = tree.lang.words["support_verbs"]
    voiced = head if source.i not in {k.i for k in tree.children(noun)} else None
    if voiced is not None and cue_lemma(tree, voiced) in tree.lang.verbs and voiced.lemma not in support:
        return None  # "criticized the statement about X": the verb's own claim holds the noun
    # What a thought is about is no thought held ("his views on immigration"): only words have a topic.
    spoken = voiced is not None or tree.lang.nominal_cues[noun.lemma] != "cognition"
    topics = [c for k in tree.children(noun, "nmod") if (c := tree.child(k, "case")) is not None
              and c.lemma in tree.lang.words["noun_topic_prepositions"]] if spoken else []
    if not (tree.children(noun, "acl", "ccomp") or topics):
        return None
    if head is not None and _frame_word(tree, head):
        return None
    if topics and topics[0].i == noun.i + 1:
        words.append(topics[0])  # "comments on", "concerns about": the preposition of what it is about
    if voiced is not None:
        words += [k for k in tree.children(voiced) if k.deprel in VERB_AUX and k.i < voiced.i]
        words += tree.nodes[voiced.i:noun.i]  # "made an impassioned call for"
    words = sorted({n.i: n for n in words}.values(), key=lambda n: n.i)
    return Cue(contiguous_spans(words), noun.lemma, NOMINAL, WordRef(tree.index, noun.i))


def content(tree: Tree, noun: Node) -> list[Node]:
    """ "the statement by X about plans to ..." -> "plans to ..."; "X's claim that ..." -> "that ..."."""
    for kid in tree.children(noun, "acl", "ccomp", "nmod"):
        case = tree.child(kid, "case")
        if kid.rel in ("acl", "ccomp"):
            return tree.subtree(kid)
        if case is not None and case.lemma in tree.lang.words["noun_topic_prepositions"]:
            return tree.subtree(kid, exclude=[case])
    return []


def source(tree: Tree, cue: Cue) -> Optional[Node]:
    """The noun's owner: "his statement" -> his; "the statement by Bayraktar" -> Bayraktar."""
    return source_of_noun(tree, tree.nodes[cue.head.word])


CONSTRUCTION = Construction(
    NOMINAL, "quotes.engine.constructions.noun_of_speech.find", ("lemma", "upos", "deprel", "ner"), content, source,
    confidence=0.65)
