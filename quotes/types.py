"""The small frozen types that flow between the stages.

read -> annotate -> cues -> contents -> sources -> claims -> export

Every span is ``(start, end)``: character offsets, end-exclusive, into the article
text exactly as read, so that ``article.text[start:end]`` is the span's text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Mapping, Optional

Span = tuple[int, int]
QuoteType = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "organization", "group", "unknown"]
ArticleStatus = Literal["ok", "skipped", "failed"]
CueClass = Literal["speech", "cognition", "intention", "evidence"]


@dataclass(frozen=True)
class Article:
    """One article as read: its id (file name without extension), text and metadata.

    ``meta`` holds what the input states: title, date, author, url, source, and any
    extra corpus columns. ``encoding`` is the one used to decode the file, if any;
    ``language`` the one the article is annotated in, once the pipeline has decided it.
    """

    id: str
    text: str
    path: Optional[str] = None
    meta: Mapping[str, str] = field(default_factory=dict)
    encoding: Optional[str] = None
    language: Optional[str] = None  # "en", "ru": given by --lang or detected from the text


@dataclass(frozen=True)
class WordRef:
    """A word of a stanza Document: sentence index and word index (0-based, in sentence)."""

    sent: int
    word: int


@dataclass(frozen=True)
class Cue:
    """What signals reported speech: "has noted", "told", "according to", "in his opinion".

    ``spans`` may be discontinuous ("has ... noted"). ``head`` is the predicate word
    (the verb, or the noun of a nominal cue); ``kind`` names the construction.
    """

    spans: tuple[Span, ...]
    lemma: str
    kind: str
    head: WordRef


@dataclass(frozen=True)
class Content:
    """What was said: one or several fragments ("...," he said, "...").

    ``quote_type`` is ``direct`` (inside quotation marks), ``indirect`` or ``mixed``
    (indirect speech holding a quoted fragment).
    """

    spans: tuple[Span, ...]
    quote_type: QuoteType


@dataclass(frozen=True)
class Source:
    """Who said it, as written and as resolved.

    ``mention`` is the source as written ("he", "Elkhan Velizade, a political analyst"), ``written``
    the same with an aside on the speaker where the text sets one off;
    ``speaker`` is the resolved name, or None where the text names nobody (an unnamed or
    group source is never given a name). ``kind`` is a ``SpeakerKind``.
    """

    mention: Optional[Span]
    mention_text: str
    speaker: Optional[str]
    kind: SpeakerKind
    role: Optional[str] = None
    organization: Optional[str] = None
    # the mention with the asides the text sets off on the speaker ("Jane Smith, who backed the
    # governor"): the source column's span; the passes read ``mention``
    written: Optional[Span] = None


@dataclass(frozen=True)
class Attribution:
    """One attribution found in a document, before it becomes an output row.

    ``construction`` names the construction that found it (quotes/engine/constructions/:
    ``verb``, ``according_to``, ...), ``cue_class`` the class of its cue word (``speech``,
    ``cognition``, ``intention``, ``evidence``); ``confidence`` is in [0, 1]. ``reported_as`` is the
    construction the ``rule`` column names where it is not ``construction`` ("is confident that"
    is found by ``adjective`` and reported as ``verb``).
    """

    cue: Optional[Cue]
    content: Content
    source: Optional[Source]
    construction: str
    cue_class: CueClass
    confidence: float
    sentence: Span
    recipient: Optional[str] = None
    medium: Optional[str] = None  # where it was said: "Interfax", "press conference", "Telegram channel"
    co_sources: tuple[Source, ...] = ()  # "X and Y have stated": Y, who makes the same claim
    reported_as: Optional[str] = None

    @property
    def rule(self) -> str:
        """The output's ``rule`` column: construction and cue class, ``"verb:speech"``."""
        return f"{self.reported_as or self.construction}:{self.cue_class}"


@dataclass(frozen=True)
class Claim:
    """One output row: a claim attributed to a speaker, with its spans into the article."""

    article: str
    claim_id: str
    speaker: Optional[str]
    speaker_kind: SpeakerKind
    role: Optional[str]
    organization: Optional[str]
    source: Optional[str]
    cue: Optional[str]
    cue_lemma: Optional[str]
    recipient: Optional[str]
    quote_type: QuoteType
    claim: str
    sentence: str
    content_spans: tuple[Span, ...]
    cue_spans: tuple[Span, ...]
    source_span: Optional[Span]
    confidence: float
    rule: str
    medium: Optional[str] = None
    claim_group: Optional[str] = None  # the claim_id of the group's first row: one claim, one row per speaker

    def to_record(self) -> dict:
        """The claim as plain JSON values (spans as lists): ``Claim.from_record`` reads it back."""
        return {**self.__dict__, "content_spans": [list(s) for s in self.content_spans],
                "cue_spans": [list(s) for s in self.cue_spans],
                "source_span": list(self.source_span) if self.source_span else None}

    @classmethod
    def from_record(cls, record: dict, **changes) -> "Claim":
        """A claim from ``to_record``'s dict, with ``changes`` applied ("article", "claim_id")."""
        return cls(**{**record, **changes,
                      "content_spans": tuple(tuple(s) for s in record["content_spans"]),
                      "cue_spans": tuple(tuple(s) for s in record["cue_spans"]),
                      "source_span": tuple(record["source_span"]) if record["source_span"] else None})


@dataclass(frozen=True)
class ArticleResult:
    """The outcome for one article: ``ok``, ``skipped`` (with the reason) or ``failed``."""

    article: Article
    status: ArticleStatus
    claims: tuple[Claim, ...] = ()
    reason: Optional[str] = None
    annotator: Optional[str] = None



@dataclass(frozen=True)
class RunInfo:
    """What ran: tool and annotator versions, models, the command, when it started."""

    tool_version: str
    annotator: str
    models: str
    command: str
    started: str


@dataclass(frozen=True)
class RunSummary:
    """What a run did: articles by status, claims, speakers, the files written, the problems."""

    articles: int
    by_status: dict
    claims: int
    speakers: int
    annotator: str
    outputs: tuple
    problems: tuple = field(default_factory=tuple)  # (article id, status, reason)
