"""A parenthetical comment: "It will rain, he said.", "as he has clarified, drones ...".

Cue: a reporting verb in parataxis, an "as"-clause, or a comment the parser hung as a ccomp or
conj after a comma (``cues.verb_cue_kind``). Content: the clause it comments on, less the cue
and the clauses before it (its phrases of time, place or manner before the comment stay: "In the
long run, he said, ..."). Source: the verb's subject. An aside: it folds into a claim of the
same speaker that holds it.
"""
from __future__ import annotations

from quotes.engine.constructions.base import PARENTHETICAL, VERB_NEEDS, Construction, subject_source
from quotes.engine.quotemarks import QUOTE_CHARS
from quotes.engine.tree import Node, Tree

CORE_RELS = frozenset({"nsubj", "csubj", "obj", "ccomp", "expl"})


def content(tree: Tree, node: Node) -> list[Node]:
    """The clause the comment is on: "At the same time, as he has clarified, drones have come ..." ->
    "drones have come ..."."""
    if node.upos == "NOUN":  # a verb the tagger read as a noun ("..., @JoshButler reports."): hung anywhere,
        return [n for n in tree.nodes[:node.i] if not tree.dominates(node, n)]  # it comments on all before it
    head = tree.head_of(node)
    # "A, and B, X has stated" with the comment hung on B: it comments on both conjuncts
    while head is not None and head.rel == "conj" and node.rel == "conj" and (first := tree.head_of(head)) is not None \
            and first.i < head.i:
        head = first
    return _commented_clause(tree, head, node) if head is not None else []


def _commented_clause(tree: Tree, head: Node, cue_word: Node) -> list[Node]:
    """The clause a parenthetical cue comments on, less the cue and the words before it but its own
    adjuncts of time, place or manner; before a quotation, the quotation alone.

    "In the long run, he said, costs will fall." -> "In the long run … costs will fall";
    "Asked about it, he said, costs will fall." -> "costs will fall"
    """
    words = tree.subtree(head, exclude=[cue_word])
    before = [n for n in words if n.i < cue_word.i]
    core = [k for k in tree.children(head) if k.rel in CORE_RELS]
    if before and not any(n.i == head.i or any(tree.dominates(k, n) for k in core) for n in before):
        after = [n for n in words if n.i > cue_word.i]
        kept = {n.i for k in _adjuncts_before(tree, head, cue_word) for n in tree.subtree(k)}
        if any(n.text in QUOTE_CHARS for n in after):
            kept = set()  # a quotation after the comment is the words said, not the writer's frame
        while kept and after and after[0].upos == "PUNCT":
            after = after[1:]  # the comma that closes the comment
        words = [n for n in words if n.i in kept] + after
    return words


def _adjuncts_before(tree: Tree, head: Node, cue_word: Node) -> list[Node]:
    """The phrases of the commented clause that lie whole before the comment, no clause or quotation of their own:
    "In the long run" in "In the long run, he said, costs will fall" (not "Asked about it")."""
    return [k for k in tree.children(head, "obl", "advmod") if tree.subtree(k)[-1].i < cue_word.i
            and not any(n.upos in ("VERB", "AUX") or n.text in QUOTE_CHARS for n in tree.subtree(k))]


CONSTRUCTION = Construction(
    PARENTHETICAL, "quotes.engine.cues.verb_cue_kind", VERB_NEEDS, content, subject_source,
    confidence=0.8, rank=0, near_source=True, recipient=True, aside=True)
