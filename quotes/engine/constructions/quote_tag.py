"""A quotation with its tag: '"We will win," Senator Smith said.', '"Go back," he barked.'

Cue: a reporting verb beside a quotation of its sentence that no other verb's clause holds, or
any verb of a speaker in a short clause right after a quotation that ends in a comma, "!" or "?"
(``cues.verb_cue_kind`` for a reporting verb, ``find`` for any other). Content: the quotation.
Source: the verb's subject, else the best noun before the cue.
"""
from __future__ import annotations

from quotes.engine.constructions.base import QUOTE_ONLY, VERB_NEEDS, Construction, no_content, subject_source
from quotes.engine.predicates import can_speak
from quotes.engine.quotemarks import CLOSERS
from quotes.engine.tree import Node, Tree


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


CONSTRUCTION = Construction(
    QUOTE_ONLY, "quotes.engine.constructions.quote_tag.find", VERB_NEEDS + ("quotes",),
    no_content, subject_source, confidence=0.85, rank=2, quote_beside=True, near_source=True, recipient=True)
