"""Russian grammar that a word table cannot say (the functions every pack's grammar module has).

Russian names carry no article and no possessive ending, and its lemmatizers (pymorphy2,
stanza) give whole lemmas: ``mend_lemma`` and ``strip_name`` leave their input as it is. A cue is its verb with
auxiliary and negation, no adverb ("недавно заявил" -> "заявил") and no occasion ("сказал в
интервью" -> "сказал"), and a frame keeps its preposition ("по мнению"): the convention of the hand-annotated Russian quotations of the
thesis "Automatic Detection and Attribution of Quotes" (SynTagRus sentences).
A role puts its head first and its complement after it, in the genitive ("министр здравоохранения").
"""
from __future__ import annotations

from typing import Container

# The endings of adjectives (full forms, any case): "абхазский историк" -> the head is "историк".
ADJECTIVE_ENDINGS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им",
                     "ых", "их", "ую", "юю")


def mend_lemma(lemma: str, text: str, verbs: Container[str]) -> str:
    """A verb's lemma as the lemmatizer gives it: ``mend_lemma("заявить", "заявил", verbs) == "заявить"``."""
    return lemma


def strip_name(text: str) -> str:
    """A name as written: Russian names have no article or possessive ending to cut."""
    return text


CUE_PARTS = frozenset({"frame_preposition"})  # "speech_event" only where no one else speaks (cues._verb_spans)


def cue_takes(part: str) -> bool:
    """Whether a cue holds the words of ``part`` beside its head: "adverb" ("публично заявил": no,
    the cue is "заявил"), "frame_preposition" ("по мнению X": yes), "speech_event" ("сказал в
    интервью": no; only a verb with no speaker of its own keeps it: "говорится в обращении")."""
    return part in CUE_PARTS


def role_head_words(words: list[str], prepositions: Container[str]) -> list[str]:
    """A role's words where its head noun may stand, in the order to look for it: Russian puts
    adjectives before the head and its complement after it, in the genitive or with a preposition
    ("абхазский историк", "руководитель правозащитной организации", "социолог из Махачкалы"):
    the words before a preposition, first to last, nouns before adjectives."""
    head = []
    for w in words:
        if w in prepositions:
            break
        head.append(w)
    head = head or list(words)
    return [w for w in head if not w.endswith(ADJECTIVE_ENDINGS)] + [w for w in head if w.endswith(ADJECTIVE_ENDINGS)]


def role_forms(word: str) -> tuple[str, ...]:
    """The forms a role word may be listed under: itself and its singular ("адвокаты" -> "адвокат",
    "жители" -> "житель")."""
    if word.endswith(("ы", "и")):
        return (word, word[:-1], word[:-1] + "ь")
    return (word,)
