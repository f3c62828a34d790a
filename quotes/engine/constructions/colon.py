"""A headline or transcript colon: "Lynch: No outside influence on the probe", "Trump: 'We will win'".

Cue: the colon after a few capitalised words that name a speaker (not a line label of the pack)
at the start of a sentence, only where the sentence has no other cue. Content: the rest of the
line. Source: the name before the colon.
"""
from __future__ import annotations

from typing import Optional

from quotes.engine.constructions.base import COLON, Construction
from quotes.engine.tree import Node, Tree, trim_punct
from quotes.types import Cue, WordRef

COLON_MAX_NAME_WORDS = 5
COLON_MIN_CONTENT_WORDS = 3


def find(tree: Tree) -> Optional[Cue]:
    """A name, a colon, then what they said: "Trump: 'We will win'", "Lynch: No outside influence".

    The name is a few capitalised words; a tagger often mislabels a headline's first word
    ("Sanders" as a noun), so a name that opens a line needs no proper-noun tag. Labels such
    as "Update:" or "Q:" are not speakers.
    """
    colon = next((n for n in tree.nodes[:COLON_MAX_NAME_WORDS + 2] if n.text == ":"), None)
    if colon is None:
        return None
    name = [n for n in tree.nodes[:colon.i] if n.upos != "PUNCT"]
    rest = [n for n in tree.nodes[colon.i + 1:] if any(c.isalpha() for c in n.text)]
    if not name or len(name) > COLON_MAX_NAME_WORDS or len(rest) < COLON_MIN_CONTENT_WORDS:
        return None
    if name[0].text.lower() in tree.lang.line_labels or not all(n.text[:1].isupper() for n in name):
        return None
    named = any(n.entity in ("PERSON", "ORG", "NORP", "GPE") for n in name)
    proper = name[-1].upos == "PROPN" and all(n.upos in ("PROPN", "NOUN", "ADJ", "DET") for n in name)
    start = name[0].start
    line_start = not tree.text[tree.text.rfind("\n", 0, start) + 1:start].strip()
    if not (named or (proper and all(len(n.text) > 1 for n in name)) or line_start):
        return None
    return Cue(((colon.start, colon.end),), ":", COLON, WordRef(tree.index, colon.i))


def content(tree: Tree, node: Node) -> list[Node]:
    """The rest of the line after the colon."""
    line_end = tree.text.find("\n", node.end)
    return [n for n in tree.nodes[node.i + 1:] if line_end < 0 or n.start < line_end]


def source(tree: Tree, cue: Cue) -> Optional[Node]:
    """The last proper noun of the name before the colon (its last word if none)."""
    name = [n for n in tree.nodes[:cue.head.word] if n.upos != "PUNCT"]
    return max((n for n in name if n.upos == "PROPN"), key=lambda n: n.i, default=name[-1] if name else None)


def mention(tree: Tree, cue: Cue) -> list[Node]:
    """The source's words: all before the colon."""
    return trim_punct(list(tree.nodes[:cue.head.word]))


CONSTRUCTION = Construction(
    COLON, "quotes.engine.constructions.colon.find", ("upos", "ner"),
    content, source, confidence=0.65, rank=3, mention=mention)
