"""A quotation with its tag: '"We will win," Senator Smith said.', '"Go back," he barked.'

Cue: a reporting verb beside a quotation of its sentence that no other verb's clause holds, or
any verb of a speaker in a short clause right after a quotation that ends in a comma, "!" or "?"
(``cues.verb_cue_kind`` for a reporting verb, ``find`` for any other). Content: the quotation.
Source: the verb's subject, else a name right after a verb that opens its clause ('"...,"
replied Burton' parsed with Burton as the object: the inverted subject), else the best noun
before the cue.
"""
from __future__ import annotations

from typing import Optional

from quotes.engine.constructions.base import QUOTE_ONLY, VERB_NEEDS, Construction, no_content, subject_source
from quotes.engine.predicates import can_speak
from quotes.engine.quotemarks import CLOSERS
from quotes.engine.tree import Node, Tree
from quotes.types import Cue


def find(tree: Tree, verb: Node, quote_spans: tuple) -> bool:
    """ '"Go back to Univision," he barked.': a short clause of a speaker and a verb right after a
    quotation that ends in a comma, "!" or "?" is its speech tag, whatever the verb."""
    subject = tree.child(verb, "nsubj")
    # after a quotation a capitalised subject is a name, whatever its tag ("Trump" as a verb)
    if subject is None or not (can_speak(tree, subject) or subject.text[:1].isupper()):
        return False
    quoted = lambda n: any(a <= n.start < b for a, b in quote_spans)  # noqa: E731
    if any(not quoted(k) for k in tree.children(verb, "obj", "ccomp", "xcomp")):
        return False
    tag = tree.subtree(verb, exclude=[k for k in tree.children(verb) if quoted(k)])
    tag = [n for n in tag if n.upos != "PUNCT"]
    if any(n.upos == "VERB" and n is not verb and not tree.dominates(subject, n) for n in tag):
        return False  # a clause of its own, not a speech tag
    following = tree.nodes[tag[-1].i + 1] if tag[-1].i + 1 < len(tree) else None
    if following is not None and following.upos != "PUNCT":
        return False  # the tag must end the sentence or its clause
    text = tree.text
    return any(0 <= tag[0].start - b <= 2 and text[max(a, b - 3):b].rstrip(CLOSERS)[-1:] in (",", "!", "?")
               for a, b in quote_spans)


def source(tree: Tree, cue: Cue) -> Optional[Node]:
    """The tag's speaker: its subject, else the inverted subject the parser took for an object.

    '"We love cats!" replied Burton.' -> Burton; '"...," he told Burton' -> he (a subject of its own).
    """
    return subject_source(tree, cue) or inverted_subject(tree, tree.nodes[cue.head.word])


def inverted_subject(tree: Tree, verb: Node) -> Optional[Node]:
    """The name right after a subjectless tag verb that opens its clause: "replied Burton and Nick",
    "A, reported Elnur Gasimov, a member of ..." (after its own clause and a comma)."""
    if any(k.rel in ("nsubj", "expl") for k in tree.children(verb)):
        return None
    before = tree.text[tree.span[0]:verb.start].rstrip()
    after_clause = before.endswith(",") and any(k.i < verb.i for k in tree.children(verb, "ccomp"))
    if before and before[-1] not in CLOSERS and not after_clause:
        return None  # the verb follows neither a quotation nor its clause: no inverted tag
    # the object whose phrase opens right after the verb: "added a South Carolina Democrat"
    after = next((k for k in tree.children(verb, "obj") if tree.subtree(k)[0].i == verb.i + 1), None)
    if after is None or after.upos == "PRON" or not can_speak(tree, after):
        return None
    return after


CONSTRUCTION = Construction(
    QUOTE_ONLY, "quotes.engine.constructions.quote_tag.find", VERB_NEEDS + ("quotes",),
    no_content, source, confidence=0.85, rank=2, quote_beside=True, near_source=True, recipient=True)
