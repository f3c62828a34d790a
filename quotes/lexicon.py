"""Word lists of the engine, loaded once from the data files of a language.

The files live in ``quotes/lexicons/<language>/``; each says where its words come from.
Every list is matched by lemma, lowercased.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources
from typing import Mapping

LANGUAGES = ("en",)


@dataclass(frozen=True)
class Lexicon:
    """The engine's word lists for one language.

    ``verbs``, ``nominal_cues`` and ``adjectives`` map a lemma to its class: ``speech``,
    ``cognition``, ``intention`` or ``evidence``. ``line_labels`` are words like "Update"
    that head a line with a colon without being a speaker.
    """

    language: str
    verbs: Mapping[str, str]
    nominal_cues: Mapping[str, str]
    adjectives: Mapping[str, str]
    role_nouns: frozenset[str]
    group_nouns: frozenset[str]
    line_labels: frozenset[str]
    media: Mapping[str, str] = field(default_factory=dict)
    acts: Mapping[str, str] = field(default_factory=dict)
    description_nouns: frozenset[str] = frozenset()  # "the man", "the oppositionist" (description_nouns.txt)  # lemma -> object, refusal or aside (acts.tsv)  # lemma -> relay (a verb whose subject relays) or medium (a noun)

    def class_of(self, lemma: str) -> str:
        """The class of a cue word, whatever its part of speech: ``class_of("say") == "speech"``."""
        return self.verbs.get(lemma) or self.adjectives.get(lemma) or self.nominal_cues.get(lemma, "speech")


def _lines(language: str, name: str) -> list[str]:
    text = resources.files("quotes.lexicons").joinpath(language, name).read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _classes(language: str, name: str) -> dict[str, str]:
    """A ``lemma<TAB>class`` file as a dict; the first line of a lemma wins."""
    table: dict[str, str] = {}
    for line in _lines(language, name):
        lemma, _, cls = line.partition("\t")
        table.setdefault(lemma.strip().lower(), cls.strip() or "speech")
    return table


def load_lexicon(language: str = "en") -> Lexicon:
    """Load the lexicon of ``language``: ``load_lexicon("en").verbs["say"] == "speech"``."""
    if language not in LANGUAGES:
        raise ValueError(f"no lexicon for language {language!r}; available: {', '.join(LANGUAGES)}")
    return Lexicon(
        language=language,
        verbs=_classes(language, "reporting_verbs.tsv"),
        nominal_cues=_classes(language, "nominal_cues.tsv"),
        adjectives=_classes(language, "attitude_adjectives.tsv"),
        role_nouns=frozenset(w.lower() for w in _lines(language, "role_nouns.txt")),
        group_nouns=frozenset(w.lower() for w in _lines(language, "group_nouns.txt")),
        line_labels=frozenset(w.lower() for w in _lines(language, "line_labels.txt")),
        media=_classes(language, "media.tsv"),
        acts=_classes(language, "acts.tsv"),
        description_nouns=frozenset(w.lower() for w in _lines(language, "description_nouns.txt")),
    )
