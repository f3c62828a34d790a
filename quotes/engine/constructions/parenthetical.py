"""A parenthetical comment: "It will rain, he said.", "as he has clarified, drones ...".

Cue: a reporting verb in parataxis, an "as"-clause, or a comment the parser hung as a ccomp or
conj after a comma (``cues.verb_cue_kind``). Content: the clause it comments on, less the cue
and the adjuncts before it. Source: the verb's subject. An aside: it folds into a claim of the
same speaker that holds it.
"""
from __future__ import annotations

from quotes.engine.constructions.base import PARENTHETICAL, VERB_NEEDS, Construction, subject_source
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
    """The clause a parenthetical cue comments on, less the cue and the adjuncts before it.

    "At the same time, as he has clarified, drones have come to the forefront." ->
    "drones have come to the forefront"
    """
    words = tree.subtree(head, exclude=[cue_word])
    before = [n for n in words if n.i < cue_word.i]
    core = [k for k in tree.children(head) if k.rel in CORE_RELS]
    if before and not any(n.i == head.i or any(tree.dominates(k, n) for k in core) for n in before):
        words = [n for n in words if n.i > cue_word.i]
    return words


CONSTRUCTION = Construction(
    PARENTHETICAL, "quotes.engine.cues.verb_cue_kind", VERB_NEEDS, content, subject_source,
    confidence=0.8, rank=0, near_source=True, recipient=True, aside=True)
