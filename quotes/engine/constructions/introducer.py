"""A quotation introduced by a colon: 'Caddell continued: "The health issue ..."'.

Cue: a reporting verb whose clause ends in a colon before a quotation (``cues.verb_cue_kind``), or
any verb of a speaker right before the colon ('Kelly gloated: "..."', ``find``). Content: the
quotation after the colon (over as many paragraphs as it runs). Source: the verb's subject.
"""
from __future__ import annotations

from quotes.engine.constructions.base import INTRODUCER, VERB_NEEDS, Construction, no_content, subject_source
from quotes.engine.predicates import can_speak
from quotes.engine.tree import Node, Tree


def find(tree: Tree, verb: Node, quote_spans: tuple) -> bool:
    """ 'Trump addressed the supporters again: "Here is what I regret."': a clause whose subject
    can speak (a name, a pronoun, a role or group noun) and that ends in a colon right before a
    quotation introduces it, whatever its verb ('The agenda listed one item: "..."' does not)."""
    colon = next((k for k in tree.children(verb) if k.text == ":" and k.i > verb.i), None)
    subject = tree.child(verb, "nsubj")
    if colon is None or subject is None:
        return False
    return can_speak(tree, subject) and any(0 <= a - colon.end <= 2 for a, _ in quote_spans)


CONSTRUCTION = Construction(
    INTRODUCER, "quotes.engine.constructions.introducer.find", VERB_NEEDS + ("quotes",), no_content, subject_source,
    confidence=0.95, rank=1, quote_beside=True, near_source=True, recipient=True)
