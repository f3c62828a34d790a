"""Language packs: every word of a language the engine knows, as data, in ``quotes/lang/<code>/``.

The engine names no word of any language: it reads UD relations and features, and asks the
``Language`` object for the words. A pack is a folder of UTF-8 text files; in each, a line
starting with ``#`` is a comment, and the comment at the top says what the file holds and where
its words come from. Every word is matched lowercased, by lemma unless the file says otherwise.

    reporting_verbs.tsv      lemma<TAB>class      verbs of speech and stance; class is speech,
                                                  cognition, intention or evidence
    nominal_cues.tsv         lemma<TAB>class      nouns of speech ("statement", "opinion")
    attitude_adjectives.tsv  lemma<TAB>class      adjectives of stance ("confident", "critical")
    role_nouns.txt           one lemma a line     roles and offices ("analyst", "minister")
    group_nouns.txt          one lemma a line     unnamed or collective sources ("officials")
    line_labels.txt          one word a line      "Update:", "Q:" -- a colon after them is no speaker's
    speaker_types.tsv        role<TAB>type        role noun -> expert, official, journalist, ...
    word_sets.tsv            name<TAB>words       the closed classes, one set a line, words split by
                                                  spaces; every name in ``WORD_SETS`` must be there
                                                  (an empty set is allowed: a language may lack one)
    hearer_verbs.tsv         lemma<TAB>hearer     verbs with a hearer: ``object`` ("told reporters") or
                                                  ``oblique`` ("said to reporters"); never content
    prepositional_verbs.tsv  lemma<TAB>kind<TAB>words     "call for", "point out": preposition or particle
    light_verbs.tsv          verb word<TAB>class<TAB>prepositions   "take aim" at, "make clear": a verb
                                                  and its object as one cue
    pronouns.tsv             form<TAB>person<TAB>number<TAB>gender<TAB>case   personal pronouns (UD values)
    honorifics.tsv           title<TAB>gender<TAB>kind   "Mr", "Senator": courtesy titles leave names,
                                                  office titles are roles; gender where it says one
    media.tsv                lemma<TAB>class      relay verbs ("quotes X as saying") and media nouns
    acts.tsv                 lemma<TAB>class      acts that are no speech ("dismissed the appeal")
    description_nouns.txt    one lemma a line     nouns that describe a person ("the man")
    frames.tsv               construction<TAB>first-word lemmas<TAB>next word   "according to"
    furniture.tsv            kind<TAB>regex       caption and notice lines that hold no claim; a
                                                  page_end line after which the page lists other articles
    months.tsv               form<TAB>number      month names as dates write them ("May", "мая"), for
                                                  the date line an article states (``quotes.read``)
    bylines.txt              one label a line     "By", "Author", "Автор" before an author's name, as
                                                  written (capitalised)
    grammar.py               what a table cannot say: a lemma mended, a name's article and
                             possessive, what a cue holds beside its head, where a role's head stands
                             and its listed forms (functions ``mend_lemma``, ``strip_name``, ``cue_takes``,
                             ``role_head_words``, ``role_forms``)

A new language copies this layout (``quotes/lang/en/`` is the model), adds its code to
``LANGUAGES``, and pairs with an annotator that fills UD ``upos``, ``feats``, ``deprel`` and
entities. ``load_language("en")`` reads a pack once; pass the one object everywhere.
"""
from __future__ import annotations

import importlib
import re
import sys
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from importlib.abc import Traversable
from types import ModuleType
from typing import Mapping, NamedTuple, Optional

LANGUAGES = ("en", "ru")

# The closed classes every pack's word_sets.tsv names (see quotes/lang/en/word_sets.tsv for each).
WORD_SETS = (
    "articles", "definite_determiners", "name_articles", "negation", "clause_adverbs", "question_words", "relative_pronouns",
    "edge_words", "source_focus_words", "coordinators", "proforms", "source_prepositions", "agent_prepositions", "topic_prepositions",
    "adjective_topic_prepositions", "noun_topic_prepositions", "setting_prepositions", "question_topic_marks",
    "predicative_as", "hearer_prepositions", "complementizers", "for_subordinators", "infinitive_markers",
    "means_subordinators", "medium_prepositions", "frame_prepositions", "speech_events", "source_nouns",
    "support_verbs", "raising_verbs", "control_object_verbs", "aspectual_verbs", "naming_verbs", "question_verbs", "proform_verbs", "plain_speech_verbs",
    "other_sense_object_verbs", "growth_verbs", "impersonal_source_prepositions", "bid_object_verbs",
    "conditional_subordinators", "auxiliaries", "time_suffixes", "year_suffixes", "caption_words",
    "role_prepositions", "organization_units", "conformity_nouns", "demonstratives", "stance_participles",
)


class Pronoun(NamedTuple):
    """A personal pronoun's UD features: ``Pronoun("3", "Sing", "Masc", "Nom")`` for "he"."""

    person: Optional[str]
    number: Optional[str]
    gender: Optional[str]
    case: Optional[str]


@dataclass(frozen=True)
class Language:
    """Everything the engine knows of one language: word lists, closed classes and a grammar module.

    ``verbs``, ``nominal_cues`` and ``adjectives`` map a lemma to its class (``speech``,
    ``cognition``, ``intention``, ``evidence``); ``words[name]`` is one closed class of
    ``WORD_SETS``; ``grammar`` is the pack's ``grammar.py``.

    >>> en = load_language("en")
    >>> en.verbs["say"], "by" in en.words["agent_prepositions"], en.pronouns["she"].gender
    ('speech', True, 'Fem')
    """

    code: str
    grammar_module: str  # import name of the pack's grammar.py: "quotes.lang.en.grammar"
    verbs: Mapping[str, str]
    nominal_cues: Mapping[str, str]
    adjectives: Mapping[str, str]
    role_nouns: frozenset[str]
    group_nouns: frozenset[str]
    line_labels: frozenset[str]
    speaker_types: Mapping[str, str]
    words: Mapping[str, frozenset[str]]
    hearer_verbs: Mapping[str, str]  # lemma -> "object" | "oblique": the phrase that names the hearer
    prepositional_verbs: Mapping[str, frozenset[str]]  # "call" -> {"on", "for"}
    particle_verbs: Mapping[str, frozenset[str]]  # "point" -> {"out", "to"}
    light_verbs: Mapping[str, tuple[str, frozenset[str]]]  # "take aim" -> ("speech", {"at"})
    pronouns: Mapping[str, Pronoun]
    honorifics: Mapping[str, Optional[str]]  # title -> gender or None
    courtesy_titles: frozenset[str]  # "mr", "ms", "dr": a name loses them everywhere
    office_titles: frozenset[str]  # "sen", "gov": before a name, its bearer's role ("Sen. Ted Cruz")
    media: Mapping[str, str]  # lemma -> relay (a verb whose subject relays) or medium (a noun)
    acts: Mapping[str, str]  # lemma -> object, refusal, silence, aside, deed, joint or mute: acts that are no speech
    description_nouns: frozenset[str]  # "the man", "the oppositionist": descriptions, not offices
    frames: Mapping[str, tuple[frozenset[str], str]]  # "according_to" -> ({"accord", "according"}, "to")
    furniture: Mapping[str, re.Pattern]  # "caption" | "notice" | "page_end" | "footnote_mark" -> pattern at a line's start
    months: Mapping[str, int]  # "may" -> 5, "sept" -> 9: month names of dates, lowercase
    bylines: tuple[str, ...]  # "By", "Author": labels before an author's name, as written

    @property
    def grammar(self) -> ModuleType:
        """The pack's ``grammar.py`` (a property, so that the object pickles for worker processes)."""
        module = sys.modules.get(self.grammar_module)  # the engine asks per word: a dict look-up, not an import
        return module if module is not None else importlib.import_module(self.grammar_module)

    def for_language(self, code: Optional[str]) -> "Language":
        """This pack, or that of ``code`` when an article is in another language (read once)."""
        return self if code in (None, self.code) else load_language(code)

    @cached_property
    def non_verb_cue_words(self) -> frozenset[str]:
        """The lemmas on which a word that is no verb can open a cue: a noun of speech, an adjective of
        stance, a verb of speech the tagger read as a noun, the first word of a frame ("according to")."""
        return frozenset(self.nominal_cues).union(self.adjectives, self.verbs, *(first for first, _ in self.frames.values()))

    def class_of(self, lemma: str) -> str:
        """The class of a cue word, whatever its part of speech: ``class_of("say") == "speech"``."""
        light = self.light_verbs.get(lemma)
        return self.verbs.get(lemma) or self.adjectives.get(lemma) or (light[0] if light else None) \
            or self.nominal_cues.get(lemma, "speech")

    def is_office_title(self, word: str) -> bool:
        """Whether a word before a name is a title of office: "Sen." -> True; "Mr." or "Smith" -> False."""
        return word.lower().rstrip(".") in self.office_titles

    def honorific_gender(self, word: str) -> Optional[str]:
        """The gender a title before a name gives: "Mr." -> "Masc"; None for "Dr." or a non-title."""
        return self.honorifics.get(word.lower().rstrip("."))


def _lines(folder: Traversable, name: str) -> list[str]:
    text = folder.joinpath(name).read_text("utf-8")
    return [ln.rstrip("\n") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _rows(folder: Traversable, name: str) -> list[list[str]]:
    return [[cell.strip() for cell in line.split("\t")] for line in _lines(folder, name)]


def _classes(folder: Traversable, name: str) -> dict[str, str]:
    """A ``lemma<TAB>class`` file as a dict; the first line of a lemma wins."""
    table: dict[str, str] = {}
    for row in _rows(folder, name):
        table.setdefault(row[0].lower(), (row[1] if len(row) > 1 else "") or "speech")
    return table


def _words(folder: Traversable, name: str) -> frozenset[str]:
    return frozenset(line.strip().lower() for line in _lines(folder, name))


def _feature(value: str) -> Optional[str]:
    return None if value in ("", "-") else value


def _word_sets(folder: Traversable, code: str) -> dict[str, frozenset[str]]:
    rows = _rows(folder, "word_sets.tsv")
    sets = {row[0]: frozenset(row[1].split()) if len(row) > 1 else frozenset() for row in rows}
    missing = [name for name in WORD_SETS if name not in sets]
    if missing:
        raise ValueError(f"language pack {code!r}: word_sets.tsv lacks {', '.join(missing)}")
    return sets


def _multiword(folder: Traversable, kind: str) -> dict[str, frozenset[str]]:
    return {row[0]: frozenset(row[2].split()) for row in _rows(folder, "prepositional_verbs.tsv") if row[1] == kind}


def read_pack(folder: Traversable, code: str, grammar: str) -> Language:
    """The pack in ``folder`` (the layout above), with ``grammar`` the import name of its grammar module.

    ``read_pack(resources.files("quotes.lang") / "en", "en", "quotes.lang.en.grammar")`` is
    ``load_language("en")``; a test can read a made-up pack from its own folder.
    """
    return Language(
        code=code,
        grammar_module=grammar,
        verbs=_classes(folder, "reporting_verbs.tsv"),
        nominal_cues=_classes(folder, "nominal_cues.tsv"),
        adjectives=_classes(folder, "attitude_adjectives.tsv"),
        role_nouns=_words(folder, "role_nouns.txt"),
        group_nouns=_words(folder, "group_nouns.txt"),
        line_labels=_words(folder, "line_labels.txt"),
        speaker_types=_classes(folder, "speaker_types.tsv"),
        words=_word_sets(folder, code),
        hearer_verbs={row[0]: row[1] for row in _rows(folder, "hearer_verbs.tsv")},
        prepositional_verbs=_multiword(folder, "preposition"),
        particle_verbs=_multiword(folder, "particle"),
        light_verbs={row[0]: (row[1], frozenset(row[2].split() if len(row) > 2 else ()))
                     for row in _rows(folder, "light_verbs.tsv")},
        pronouns={row[0]: Pronoun(*(_feature(v) for v in row[1:5])) for row in _rows(folder, "pronouns.tsv")},
        honorifics={row[0]: _feature(row[1]) for row in _rows(folder, "honorifics.tsv")},
        courtesy_titles=frozenset(row[0] for row in _rows(folder, "honorifics.tsv") if row[2:3] == ["courtesy"]),
        office_titles=frozenset(row[0] for row in _rows(folder, "honorifics.tsv") if row[2:3] == ["office"]),
        media=_classes(folder, "media.tsv"),
        acts=_classes(folder, "acts.tsv"),
        description_nouns=_words(folder, "description_nouns.txt"),
        frames={row[0]: (frozenset(row[1].split()), row[2]) for row in _rows(folder, "frames.tsv")},
        furniture={row[0]: re.compile(r"^\s*" + row[1], re.IGNORECASE) for row in _rows(folder, "furniture.tsv")},
        months={row[0].lower(): int(row[1]) for row in _rows(folder, "months.tsv")},
        bylines=tuple(line.strip() for line in _lines(folder, "bylines.txt")),
    )


@lru_cache(maxsize=8)
def load_language(code: str = "en") -> Language:
    """The language pack of ``code``, read once per process: ``load_language("en").verbs["say"] == "speech"``."""
    if code not in LANGUAGES:
        raise ValueError(f"no language pack for {code!r}; available: {', '.join(LANGUAGES)}")
    return read_pack(resources.files("quotes.lang").joinpath(code), code, f"quotes.lang.{code}.grammar")
