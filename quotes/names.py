"""Person names compared: whether a short form ("Velizade", "E. Velizade", "Mr. Velizade") can
stand for a full name ("Elkhan Velizade"). One rule serves the engine, within an article, and the
Speakers sheet, across a corpus.
"""
from __future__ import annotations

import unicodedata
from typing import Collection, Sequence


def fits(short: Sequence[str], full: Sequence[str]) -> bool:
    """Whether name tokens ``short`` can stand for ``full``: the same surname, and each first name
    the same or its initial. ``fits(["e", "velizade"], ["elkhan", "velizade"])`` is True;
    ``fits(["hillary", "clinton"], ["bill", "clinton"])`` is False.
    """
    if not short or len(short) > len(full) or short[-1] != full[-1]:
        return False
    return all(a == b or (len(a) == 1 and b.startswith(a)) for a, b in zip(short[:-1], full[:-1]))


def fold(text: str) -> str:
    """Lowercase without accents: "Selçuk" -> "selcuk"."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def name_tokens(name: str, honorifics: Collection[str]) -> list[str]:
    """A person's name as folded tokens without the titles before it:
    ``name_tokens("Mr. E. Velizade", {"mr"})`` -> ``["e", "velizade"]``."""
    tokens = [t.strip(".,") for t in fold(name).split()]
    while len(tokens) > 1 and tokens[0] in honorifics:
        tokens = tokens[1:]
    return [t for t in tokens if t]


def as_written(name: str) -> list[str]:
    """A name's tokens as an article writes them, lowercased, the dots of initials gone:
    "E. Velizade" -> ["e", "velizade"] (what ``fits`` compares within one article)."""
    parts = name.split()
    return [t.rstrip(".").lower() for t in parts[:-1]] + [t.lower() for t in parts[-1:]]
