"""A claim made in one sentence and attributed in the next: "This was reported by X."

"Police have seized the flags. This was reported by Murat Teshev." and "..., and they had a
motive. This opinion was voiced by the family's advocate.": the demonstrative that opens
the second sentence stands for the sentence before, and that sentence is X's claim. The
demonstrative ("this", "this opinion") is no claim of its own.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from quotes.engine.predicates import bare_demonstrative, demonstrative
from quotes.engine.tree import SentenceIndex, Tree
from quotes.types import Attribution, Content, Span

SENTENCE_END = ".!?… \n\t"


def _demonstrative_subject(tree: Tree, span: Span) -> bool:
    """Whether ``span`` opens the sentence (after its preposition at most: "Об этом") and is a
    demonstrative, alone or before a noun ("This opinion"), or is a demonstrative pronoun alone
    with its preposition anywhere ("X сообщила об этом вчера")."""
    words = tree.words_in(span)
    if len(words) == 1 and words[0].rel == "obl" and bare_demonstrative(tree, words[0]):
        return True
    if not words or len(words) > 3 or any(n.upos != "ADP" for n in tree.nodes[:words[0].i]):
        return False
    return demonstrative(tree, words[0]) and all(n.upos in ("PRON", "DET", "NOUN", "ADJ") for n in words)


def _sentence_before(trees: Sequence[Tree], tree: Tree, skipped: set) -> Optional[Tree]:
    k = tree.index - 1
    return trees[k] if k >= 0 and k not in skipped and trees[k].nodes else None


def _body(text: str, tree: Tree) -> Span:
    a, b = tree.span
    while b > a and text[b - 1] in SENTENCE_END:
        b -= 1
    return a, b


def attributed_back(text: str, trees: Sequence[Tree], found: Sequence[Attribution], skipped: set) -> list[Attribution]:
    """``found`` with each "This was reported by X" given the sentence before as its content."""
    out = []
    sentences = SentenceIndex(trees)
    for a in found:
        tree = trees[_tree_of(sentences, a.sentence)] if a.cue else None
        spans = a.content.spans
        if tree is None or len(spans) != 1 or a.source is None or not _demonstrative_subject(tree, spans[0]):
            out.append(a)
            continue
        before = _sentence_before(trees, tree, skipped)
        if before is None:
            continue  # "This was reported by X" with nothing before it: no claim to give X
        body = _body(text, before)
        direct = text[body[0]:body[0] + 1] in "\"“«„" and text[body[1] - 1:body[1]] in "\"”»"
        out.append(replace(a, content=Content((body,), "direct" if direct else "indirect")))
    return out


def _tree_of(sentences: SentenceIndex, sentence: Span) -> int:
    tree = sentences.at(sentence[0])
    return tree.index if tree is not None else 0

