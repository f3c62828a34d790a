"""English grammar that a word table cannot say: a lemma the lemmatizer cut, a name's edges.

Every pack's grammar module provides these functions, with these signatures; the engine calls
nothing else of it.
"""
from __future__ import annotations

import re
from typing import Container

# A name written with its article or possessive: 'the "Caucasian Knot' -> 'Caucasian Knot',
# "Varank's" -> "Varank" (Quirk et al. 1985, 5.66: the genitive 's; 5.34: names with "the").
LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
POSSESSIVE_END = re.compile(r"[’']s?$")


def mend_lemma(lemma: str, text: str, verbs: Container[str]) -> str:
    """A verb's lemma, mended where a lemmatizer cut a silent e: "hopes" -> "hop" -> "hope"."""
    if lemma not in verbs and lemma + "e" in verbs and text.lower().startswith(lemma):
        return lemma + "e"
    return lemma


def strip_name(text: str) -> str:
    """A name without the article before it and the possessive after it: "the Knot's" -> "Knot"."""
    return POSSESSIVE_END.sub("", LEADING_ARTICLE.sub("", text))


# What a cue holds beside its head word, by the convention of the language's annotated news
# (PolNeAR: "also said", "said flatly" are cues; "in her view" is cued by "view"; "said in a statement"
# is cued by "said" more often than not, the statement being the claim's medium).
CUE_PARTS = frozenset({"adverb"})


def cue_takes(part: str) -> bool:
    """Whether a cue holds the words of ``part`` beside its head: "adverb" ("also said": yes),
    "frame_preposition" ("in her view": no, the cue is "view"), "speech_event" ("said in an
    interview": no, the cue is "said")."""
    return part in CUE_PARTS


def role_head_words(words: list[str], prepositions: Container[str]) -> list[str]:
    """A role's words where its head noun may stand, in the order to look for it: English puts the
    head last before its complement ("former finance minister of Azerbaijan" -> minister, finance,
    former; Quirk et al. 1985, ch. 17, the complex noun phrase)."""
    head = []
    for w in words:
        if w in prepositions:
            break
        head.append(w)
    return list(reversed(head or words))


def role_forms(word: str) -> tuple[str, ...]:
    """The forms a role word may be listed under: itself and its singular ("analysts" -> "analyst")."""
    return (word, word[:-1]) if word.endswith("s") else (word,)
