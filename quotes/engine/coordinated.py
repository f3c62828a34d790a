"""Coordinated speakers: "X and Y have stated" is a claim of X and a claim of Y.

The source mention stays as written ("an advocate, Ibragim Tatrov, and an activist, Leila
Kostoeva"); the first conjunct is the attribution's speaker, and each further conjunct that
names someone else becomes a co-speaker. ``claims.build_claims`` writes one row per speaker,
the rows sharing a ``claim_group``.
"""
from __future__ import annotations

from typing import Optional, Sequence

from quotes.engine.predicates import conjuncts
from quotes.engine.resolve import ArticleContext, resolve
from quotes.engine.tree import Node, Tree, trim_punct
from quotes.types import Cue, Source, Span

SPEAKER_UPOS = ("PROPN", "NOUN")


def _root(tree: Tree, span: Span) -> Optional[Node]:
    inside = tree.words_in(span)
    return next((n for n in inside if (h := tree.head_of(n)) is None or not span[0] <= h.start < span[1]), None)


def _conjuncts(tree: Tree, node: Node, span: Span) -> list[Node]:
    """The conjuncts of ``node`` inside ``span``, nested ones too ("A, B and C")."""
    return [kid for kid in conjuncts(tree, node) if span[0] <= kid.start < span[1] and kid.upos in SPEAKER_UPOS]


def co_speakers(ctx: ArticleContext, tree: Tree, cue: Cue, source: Optional[Source],
                content_spans: Sequence[Span]) -> tuple[Source, ...]:
    """The further named speakers of a coordinated source, each resolved on its own conjunct."""
    if source is None or source.mention is None or source.speaker is None:
        return ()
    root = _root(tree, source.mention)
    if root is None:
        return ()
    others = []
    for conj in _conjuncts(tree, root, source.mention):
        words = [n for n in tree.subtree(conj, exclude=tree.children(conj, "conj", "cc"))
                 if not any(a <= n.start < b for a, b in content_spans)]
        words = trim_punct(words, keep="-&()")  # inner commas kept: "an activist, Y" is a role and a name
        if not words:
            continue
        found = resolve(ctx, tree, conj, words)
        named = {source.speaker} | {o.speaker for o in others}
        if found.speaker and found.speaker not in named and found.kind in ("person", "organization"):
            others.append(found)
    return tuple(others)
