"""Russian grammar that a word table cannot say (the functions every pack's grammar module has).

Russian names carry no article and no possessive ending, and its lemmatizers (pymorphy2,
stanza) give whole lemmas: both functions leave their input as it is. A cue is its verb with
auxiliary and negation, no adverb ("недавно заявил" -> "заявил"), and a frame keeps its
preposition ("по мнению"): the convention of the hand-annotated Russian quotations of the
thesis "Automatic Detection and Attribution of Quotes" (SynTagRus sentences).
"""
from __future__ import annotations

from typing import Container


def mend_lemma(lemma: str, text: str, verbs: Container[str]) -> str:
    """A verb's lemma as the lemmatizer gives it: ``mend_lemma("заявить", "заявил", verbs) == "заявить"``."""
    return lemma


def strip_name(text: str) -> str:
    """A name as written: Russian names have no article or possessive ending to cut."""
    return text


CUE_PARTS = frozenset({"frame_preposition"})


def cue_takes(part: str) -> bool:
    """Whether a cue holds the words of ``part`` beside its head: "adverb" ("публично заявил": no,
    the cue is "заявил"), "frame_preposition" ("по мнению X": yes)."""
    return part in CUE_PARTS
