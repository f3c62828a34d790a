"""Relayed speech and where a claim was made: the ``medium`` beside the ``recipient``.

"..., the agency quotes him as saying": the one quoted speaks; the agency relays, and is
the claim's medium, never its speaker. "X told Interfax": Interfax was told, and is the
medium too. "in an interview with the newspaper", "on his Telegram channel", "at a press
conference": the phrase is the medium. The words are the language's (``media`` list).
"""
from __future__ import annotations

from typing import Optional

from quotes.engine import cues as C
from quotes.engine import predicates as P
from quotes.engine.constructions import QUOTE_ONLY, VERB
from quotes.engine.resolve import ORG_TYPES, ArticleContext, name_in
from quotes.engine.tree import Node, Tree
from quotes.types import Cue

def relays(ctx: ArticleContext, tree: Tree, cue: Cue) -> bool:
    """Whether the cue is a verb that passes on the words of the one it quotes ("quotes him as saying")."""
    return cue.kind in (VERB, QUOTE_ONLY) and relayed_speaker(ctx, tree, cue) is not None


def relayed_speaker(ctx: ArticleContext, tree: Tree, cue: Cue) -> Optional[Node]:
    """The one a relay verb quotes: "quotes him as saying" -> him; "quotes the NAC's statement" -> NAC."""
    return C.relayed_object(tree, tree.nodes[cue.head.word])


def medium(ctx: ArticleContext, tree: Tree, cue: Cue, recipient: Optional[str]) -> Optional[str]:
    """Where the claim was made: the relaying outlet, a phrase of place or channel, or an outlet told."""
    verb = tree.nodes[cue.head.word]
    if relays(ctx, tree, cue):
        subject = tree.child(verb, "nsubj")
        if subject is not None:
            return _name(ctx, tree, subject)
    obj = tree.child(verb, "obj")
    for phrase in tree.children(verb, "obl", "nmod") + (P.trailing_channel(tree, verb, obj) if obj is not None else []):
        if P.medium_phrase(tree, verb, phrase):
            return _name(ctx, tree, phrase)
    if recipient and ctx.entities_in(_span(tree, _recipient_node(tree, verb)), ("ORG",)):
        return recipient
    return None


def _recipient_node(tree: Tree, verb: Node) -> Optional[Node]:
    return tree.child(verb, "iobj") or tree.child(verb, "obj")


def _span(tree: Tree, node: Optional[Node]):
    if node is None:
        return (0, 0)
    words = tree.subtree(node)
    return (words[0].start, words[-1].end)


def _name(ctx: ArticleContext, tree: Tree, head: Node) -> Optional[str]:
    """The phrase of ``head`` as a label: "his Telegram channel" -> "Telegram channel";
    an outlet by its name ("the Imedi TV Company")."""
    words = [n for n in tree.subtree(head, exclude=tree.children(head, "acl:relcl", "acl", "case", "nmod:poss"))
             if n.upos != "PUNCT" or n.text in "-&"]
    while words and words[0].upos in ("DET", "PRON"):
        words = words[1:]
    if not words:
        return None
    return name_in(ctx, (words[0].start, words[-1].end), ORG_TYPES if head.upos == "PROPN" else ())
