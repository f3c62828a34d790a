"""A verb with its reported clause: "Velizade told the Knot that talks failed", "X plans to ...".

Cue: a verb of the pack's reporting_verbs.tsv with a clause (``cues.find_cues``; an adjective
of stance with a clause, "is confident that", is ``stance_adjective``). Content: the clause (ccomp, xcomp; a that-clause the parser
hung on the object; a for-to clause; a pro-form, "said so"; a passive's subject and as-phrase).
Source: the verb's subject (``speaker_subject``), else the name after it the parser took for its object
("..., reported Elnur Gasimov"). Recipient: the hearer ("told the Knot").
"""
from __future__ import annotations

from typing import Optional

from quotes.engine import predicates as P
from quotes.engine.constructions.base import VERB, VERB_NEEDS, Construction, subject_source
from quotes.engine.constructions.quote_tag import inverted_subject
from quotes.engine.tree import Node, Tree
from quotes.types import Cue

CONTENT_RELS = ("ccomp", "xcomp")


def content(tree: Tree, node: Node) -> list[Node]:
    """The reported clause's words: "told the Knot that talks failed" -> [that, talks, failed]."""
    words = tree.lang.words
    rels = ("ccomp",) if node.lemma in words["aspectual_verbs"] else CONTENT_RELS
    # a parataxis with a preposition is an aside ("по словам X, ..."), not what the verb reports
    comps = tree.children(node, *rels) or [k for k in tree.children(node, "parataxis") if tree.child(k, "case") is None]
    stray = P.stray_that_clause(tree, node) or P.for_clause(tree, node)
    comps = comps or ([stray] if stray is not None else [])
    if not comps:
        proform = P.proform_content(tree, node)
        return tree.subtree(proform) if proform is not None else P.passive_content(tree, node)
    found = [w for comp in comps for w in tree.subtree(comp)]
    found += _before_postposed_subject(tree, node, found)
    obj = tree.child(node, "obj")
    if obj is not None and any(c.rel == "xcomp" and c.i > obj.i for c in comps):
        found += tree.subtree(obj)  # "urged Americans to avoid ...": whom, and what they should do
    if all(c.rel == "xcomp" for c in comps):
        found += _raised_subject(tree, node)
    return sorted(found, key=lambda n: n.i)


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
    return subject_source(tree, cue) or inverted_subject(tree, tree.nodes[cue.head.word])


CONSTRUCTION = Construction(
    VERB, "quotes.engine.cues.verb_cue_kind", VERB_NEEDS,
    content, source, confidence=0.9, rank=0, near_source=True, recipient=True, clause=True)
