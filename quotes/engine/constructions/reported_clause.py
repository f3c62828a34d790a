"""A verb with its reported clause: "Velizade told the Knot that talks failed", "X plans to ...".

Cue: a verb of the pack's reporting_verbs.tsv with a clause (``cues.find_cues``; an adjective
of stance with a clause, "is confident that", is ``stance_adjective``). Content: the clause (ccomp, xcomp; a that-clause the parser
hung on the object; a for-to clause; a pro-form, "said so"; a passive's subject and as-phrase; what a
free relative says something is, "what it says is a deficit").
Source: the verb's subject (``speaker_subject``), else the name after it the parser took for its object
("..., reported Elnur Gasimov"). Recipient: the hearer ("told the Knot").
"""
from __future__ import annotations

from typing import Optional

from quotes.engine import predicates as P
from quotes.engine.constructions.base import VERB, VERB_NEEDS, Construction, subject_source
from quotes.engine.constructions.quote_tag import inverted_subject
from quotes.engine.quotemarks import CLOSERS, MIN_QUOTE_WORDS, OPENERS, QUOTE_CHARS
from quotes.engine.tree import Node, Tree
from quotes.types import Cue

CONTENT_RELS = ("ccomp", "xcomp")


def content(tree: Tree, node: Node) -> list[Node]:
    """The reported clause's words: "told the Knot that talks failed" -> [that, talks, failed]."""
    words = tree.lang.words
    rels = ("ccomp",) if node.lemma in words["aspectual_verbs"] else CONTENT_RELS
    # a parataxis with a preposition is an aside ("по словам X, ..."), not what the verb reports
    comps = tree.children(node, *rels) or [k for k in tree.children(node, "parataxis")
                                           if tree.child(k, "case") is None and not _adverb_only(tree, node, k)]
    comps = [c for c in comps if not _quoted_title(tree, node, c) and not _beyond_semicolon(tree, node, c)]
    if (taken := _subject_taken_for_clause(tree, node)) is not None:
        comps = [c for c in comps if c.i != taken.i]
    stray = P.stray_that_clause(tree, node) or P.for_clause(tree, node)
    if not comps and stray is not None and (noun := _content_noun(tree, node, stray)) is not None:
        # "rejected the notion that ...", up to the clause's end ("..., saying ..." hung on the noun is not it)
        end = tree.subtree(stray)[-1].i
        return [n for n in tree.subtree(noun, exclude=tree.children(noun, "case")) if n.i <= end]
    comps = comps or ([stray] if stray is not None else [])
    if not comps and (said := P.said_predicate(tree, node)) is not None:
        # "what it says is a deficit": the predicate, less the free relative, copula and preposition
        return tree.subtree(said, exclude=[node, *tree.children(said, "cop", "mark", "case")])
    if not comps:
        proform = P.proform_content(tree, node)
        return tree.subtree(proform) if proform is not None else P.passive_content(tree, node)
    found = [w for comp in comps for w in tree.subtree(comp)]
    found += [w for comp in comps for w in _split_subject(tree, node, comp)]
    found += _before_postposed_subject(tree, node, found)
    obj = tree.child(node, "obj") or _called_on(tree, node)
    if obj is not None and any(c.rel == "xcomp" and c.i > obj.i for c in comps):
        # "urged Americans to avoid ...", "called on the agency to review ...": whom, and what they should do
        found += tree.subtree(obj, exclude=tree.children(obj, "case"))
    if all(c.rel == "xcomp" for c in comps):
        found += _raised_subject(tree, node)
    return sorted(found, key=lambda n: n.i)


def _subject_taken_for_clause(tree: Tree, verb: Node) -> Optional[Node]:
    """The clause before a subjectless verb that the parser made of its subject and an aside on it,
    while the verb reports a clause after it: "Jeffrey Salkin, a rabbi helping ..., said he ..."
    (rabbi taken for a verb), "One attendee, who spoke on the condition of anonymity, said the ...".

    The clause starts with its own subject, a noun or name with a comma right after it, ends with a
    comma right before the verb, and holds no quotation mark ('"Prices rise," said Smith' is words).
    """
    if P.has_subject(tree, verb):
        return None
    comps = tree.children(verb, "ccomp")
    before = [c for c in comps if c.i < verb.i]
    if len(before) != 1 or not any(c.i > verb.i for c in comps):
        return None
    clause, words = before[0], tree.subtree(before[0])
    subject = tree.child(clause, "nsubj")
    if subject is None or subject.upos not in ("NOUN", "PROPN") or words[-1].i + 2 != verb.i \
            or tree.nodes[verb.i - 1].text != "," or tree.subtree(subject)[0].i != words[0].i:
        return None
    name_end = max([subject.i] + [k.i for k in tree.children(subject, "flat", "compound") if k.i > subject.i])
    if tree.nodes[name_end + 1].text != "," or _has_quote_mark(tree.text, words[0].start, words[-1].end):
        return None
    return clause


def _adverb_only(tree: Tree, verb: Node, comp: Node) -> bool:
    """A parataxis of adverbs alone, with no punctuation between it and the verb, is a modifier
    the parser misattached, not a clause: "Мэр сообщила об этом вчера" (вчера: when, not what)."""
    words = tree.subtree(comp)
    between = tree.nodes[min(verb.i, words[0].i) + 1:max(verb.i, words[-1].i)]
    return all(n.upos == "ADV" for n in words) and not any(n.upos == "PUNCT" for n in between)


def _called_on(tree: Tree, verb: Node) -> Optional[Node]:
    """The one called on, its preposition right after the verb and the cue's: "called on the agency to act"
    (not "decided after a long inquiry not to act")."""
    for phrase in tree.children(verb, "obl"):
        case = tree.child(phrase, "case")
        if case is not None and case.i == verb.i + 1 and P.prepositional(tree, verb, case.lemma):
            return phrase
    return None


def _content_noun(tree: Tree, verb: Node, clause: Node) -> Optional[Node]:
    """The noun a that-clause completes, when the verb reports the whole phrase: "rejected the notion
    that the law failed" -> "the notion that the law failed" (not a hearer: "told the correspondent that",
    nor a relative clause the parser made of the that-clause, nor the noun of a support verb or someone's
    noun, which are the report itself: "expressed confidence that", "responded to his claim that")."""
    noun = tree.head_of(clause)
    if clause.deprel != "acl" or noun is None or noun.i == verb.i or noun.upos != "NOUN" \
            or P.object_is_hearer(tree, verb) or P.can_speak(tree, noun):
        return None
    words = tree.lang.words
    if tree.child(noun, "nmod:poss") is not None or verb.lemma in words["support_verbs"] \
            or noun.lemma in words["speech_events"]:  # "said (in) a statement that": where, not what
        return None
    return noun if tree.head_of(noun) == verb and noun.i > verb.i else None


def _split_subject(tree: Tree, verb: Node, clause: Node) -> list[Node]:
    """The subject the parser took for the verb's object, right before a finite clause that has none:
    "admitted the plan most likely fails" -> "the plan" joins "most likely fails" ("told reporters the
    plan fails": only the object next to the clause)."""
    if clause.deprel != "ccomp" or clause.i < verb.i or P.has_subject(tree, clause) or not _finite(tree, clause):
        return []
    start = tree.subtree(clause)[0].i
    objects = tree.children(verb, "obj")
    for k, obj in enumerate(objects):
        words = tree.subtree(obj)
        if verb.i < obj.i and words[-1].i + 1 == start and obj.upos in ("NOUN", "PROPN") \
                and not (k == 0 and P.object_is_hearer(tree, verb)):  # "told a voter who ..., this is ...": whom
            return words
    return []


def _finite(tree: Tree, clause: Node) -> bool:
    """Whether a clause is finite: its verb, or an auxiliary or copula of it ("does not reflect", "is ready")."""
    return any(n.feat("VerbForm") == "Fin" for n in [clause, *tree.children(clause, "aux", "aux:pass", "cop")])


def _before_postposed_subject(tree: Tree, verb: Node, found: list[Node]) -> list[Node]:
    """What else the content holds when the speaker and verb come after it: the verb's adverbial
    clauses between the clause and the subject, and the clause the parser made the verb a conjunct of.

    "A rises, since many support it, Smith believes": the since-clause is part of the belief;
    "Two were wounded, and one is in hospital, the ministry has informed": both are informed.
    """
    subject = next((k for k in tree.children(verb) if k.deprel == "nsubj"), None)
    if subject is None or not found or max(n.i for n in found) > subject.i:
        return []
    start, held = min(n.i for n in found), {n.i for n in found}
    out = [n for k in tree.children(verb, "advcl") if start < k.i < subject.i
           for n in tree.subtree(k) if n.i not in held]
    head = tree.head_of(verb)
    if verb.rel == "conj" and head is not None and head.i < start and not tree.children(head, "ccomp", "xcomp"):
        own = {n.i for n in tree.subtree(verb)}
        out += [n for n in tree.subtree(head) if n.i not in own]
    return out


def _beyond_semicolon(tree: Tree, verb: Node, clause: Node) -> bool:
    """A clause before the verb with a semicolon between them, outside any quotation: a sentence of its
    own, never what the verb reports ("X said A; police also have said B": B is the police's)."""
    if clause.i > verb.i:
        return False
    end = tree.subtree(clause)[-1].i
    stops = [n for n in tree.nodes[end:verb.i] if n.text == ";"]
    return bool(stops) and not _has_quote_mark(tree.text, stops[0].end, verb.start)


def _has_quote_mark(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] holds a quotation mark or an apostrophe (QUOTE_CHARS holds both)."""
    return any(ch in QUOTE_CHARS for ch in text[start:end])


def _quoted_title(tree: Tree, verb: Node, clause: Node) -> bool:
    """A clause the parser made of a title in quotation marks after the verb: 'said on CBS' "Face the
    Nation."' (fewer words than a quotation of speech needs, each word but the little ones capitalised)."""
    words = tree.subtree(clause)
    inner = [n for n in words if n.upos != "PUNCT"]
    if clause.rel != "ccomp" or not inner or inner[0].i < verb.i or len(inner) >= MIN_QUOTE_WORDS \
            or not all(n.text[:1].isupper() for n in inner if n.upos not in ("DET", "ADP", "CCONJ", "PART")):
        return False
    before = tree.nodes[inner[0].i - 1] if inner[0].i > 0 else None
    after = tree.nodes[inner[-1].i + 1:inner[-1].i + 3]  # the closing mark, a full stop before it allowed
    closing = next((k for k, n in enumerate(after) if n.text in CLOSERS), None)
    return before is not None and before.text in OPENERS and closing is not None \
        and all(n.upos == "PUNCT" for n in after[:closing]) and inner[-1].i - inner[0].i == len(inner) - 1


def _raised_subject(tree: Tree, verb: Node) -> list[Node]:
    """The subject whose infinitive is reported: "Trump seemed to agree", "Smith is expected to win"
    (Smith's winning is what is expected; "it" in "it seems that" is empty)."""
    rels = ("nsubj",) if verb.lemma in tree.lang.words["raising_verbs"] else ("nsubj:pass",)
    return [w for subj in tree.children(verb, *rels) if subj.i < verb.i and not _neuter_pronoun(subj)
            for w in tree.subtree(subj)]


def _neuter_pronoun(node: Node) -> bool:
    """ "it": empty ("it seems that") or standing for something named elsewhere."""
    return node.feat("PronType") == "Prs" and node.feat("Gender") == "Neut"


def source(tree: Tree, cue: Cue) -> Optional[Node]:
    """The verb's subject, else the name after it that the parser took for its object:
    "The journalist did not attend, reported Elnur Gasimov, a member of ..." -> Elnur."""
    verb = tree.nodes[cue.head.word]
    found = subject_source(tree, cue) or inverted_subject(tree, verb)
    if found is None and (taken := _subject_taken_for_clause(tree, verb)) is not None:
        return tree.child(taken, "nsubj")  # the speaker of "X, a rabbi ..., said": the clause's subject
    return found


CONSTRUCTION = Construction(
    VERB, "quotes.engine.cues.verb_cue_kind", VERB_NEEDS,
    content, source, confidence=0.9, rank=0, near_source=True, recipient=True, clause=True)
