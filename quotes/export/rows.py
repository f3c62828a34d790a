"""Output rows: a claim with its corpus-level speaker, in the columns every format shares.

The columns come in the order a reader reads them: who (``speaker_label``, ``role``), what
(``claim``, ``cue``, ``quote_type``, ``recipient``), where (``title``, ``date``, ``article``),
then context, then the technical columns (ids, spans, confidence, rule) that the workbook
groups and collapses at the right.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional
from urllib.parse import quote

from quotes.types import Article, ArticleResult, Claim

READER_COLUMNS = (
    "speaker_label", "role", "claim", "cue", "quote_type", "recipient", "medium", "claim_group", "title", "date",
    "article", "language",
    "speaker_type", "organization", "source", "sentence", "link", "review_link",
)
TECHNICAL_COLUMNS = (
    "speaker", "speaker_id", "speaker_kind", "claim_id", "cue_lemma", "content_spans", "cue_spans",
    "source_span", "confidence", "rule",
)
OUTPUT_COLUMNS = READER_COLUMNS + TECHNICAL_COLUMNS
SPAN_COLUMNS = ("content_spans", "cue_spans", "source_span")
DATE_COLUMNS = ("date", "first_date", "last_date")
UNNAMED = "(unnamed)"
# What each column means, in one line: the About sheet's glossary and the README's.
GLOSSARY = {
    "speaker_label": "who said it: the speaker's name, or \"(unnamed)\" and the source as written",
    "role": "the speaker's role as the article states it (\"political analyst\")",
    "claim": "what was said; fragments of one claim are joined by \" … \"",
    "cue": "the words that signal the claim (\"has noted\", \"according to\")",
    "quote_type": "direct (in quotation marks), indirect (paraphrase) or mixed",
    "recipient": "whom the speaker addressed (\"Caucasian Knot\" in \"told the Caucasian Knot\")",
    "medium": "where it was said: the agency or outlet that relays it, the interview, press conference, channel",
    "claim_group": "the claim_id of its first row: a claim of several speakers (\"X and Y said\") has a row per speaker",
    "title": "the article's title, where known",
    "date": "the article's date, where the input states one (a date cell where it reads as one)",
    "article": "the article's id: its file name without extension, or the corpus id",
    "language": "the article's language (en, ru): given with --lang or detected from its text",
    "speaker_type": "expert, official, journalist, organization, citizen, unnamed or unknown",
    "organization": "the organization named in the speaker's role",
    "source": "the source as written where the claim is made (\"he\", \"the analysts\")",
    "sentence": "the sentence of the cue, for context",
    "link": "the article's URL, or its file path",
    "review_link": "the claim's place in the review page (report.html#claim-ID), when one is written",
    "speaker": "the speaker's fullest name in the run; empty for an unnamed source",
    "speaker_id": "a stable id of the speaker across the run (the Speakers sheet)",
    "speaker_kind": "person, organization, group (an unnamed or collective source) or unknown",
    "claim_id": "<article>:<n>, the claims of an article numbered in text order",
    "cue_lemma": "the cue's base form (\"note\")",
    "content_spans": "[[start, end], ...]: character offsets of the claim in the text (end exclusive)",
    "cue_spans": "[[start, end], ...]: character offsets of the cue",
    "source_span": "[start, end] of the source mention, or empty",
    "confidence": "0 to 1: how sure the rule that found the claim is",
    "rule": "the rule that found the claim: construction and cue class (\"verb:speech\")",
}


def speaker_label(speaker: Optional[str], source: Optional[str]) -> str:
    """The speaker as a reader sees it: the name, or the unnamed source as written.

    >>> speaker_label(None, "the analysts interviewed by the Caucasian Knot")
    '(unnamed) the analysts interviewed by the Caucasian Knot'
    """
    if speaker:
        return speaker
    return f"{UNNAMED} {source}" if source else f"{UNNAMED} not stated"


def review_anchor(claim_id: str) -> str:
    """The fragment of a claim in the review page: "claim-a1:3" (``claim_id`` as is)."""
    return f"claim-{claim_id}"


def claim_row(claim: Claim, article: Article, directory, review_page: Optional[str] = None) -> dict:
    """The output row of ``claim``: spans as lists, the speaker as merged across the run.

    ``review_page`` is the review page's file name relative to the output ("report.html").
    """
    entry = directory.lookup(article.id, claim.speaker, claim) if directory is not None else None
    meta = article.meta or {}
    speaker = entry.name if entry else claim.speaker
    return {
        "speaker_label": speaker_label(speaker, claim.source), "role": claim.role, "claim": claim.claim,
        "cue": claim.cue, "quote_type": claim.quote_type, "recipient": claim.recipient, "medium": claim.medium,
        "claim_group": claim.claim_group or claim.claim_id,
        "title": meta.get("title"), "date": meta.get("date"), "article": claim.article, "language": article.language,
        "speaker_type": entry.speaker_type if entry else ("unnamed" if not claim.speaker else "unknown"),
        "organization": claim.organization, "source": claim.source, "sentence": claim.sentence,
        "link": article_link(article),
        "review_link": f"{review_page}#{quote(review_anchor(claim.claim_id), safe=':')}" if review_page else None,
        "speaker": speaker, "speaker_id": entry.speaker_id if entry else None,
        "speaker_kind": claim.speaker_kind, "claim_id": claim.claim_id, "cue_lemma": claim.cue_lemma,
        "content_spans": [list(s) for s in claim.content_spans],
        "cue_spans": [list(s) for s in claim.cue_spans],
        "source_span": list(claim.source_span) if claim.source_span else None,
        "confidence": float(claim.confidence), "rule": claim.rule,
    }


def review_page_link(out_path, html_path) -> Optional[str]:
    """The review page as a link relative to the output's folder ("report.html"), or None."""
    if not html_path:
        return None
    return Path(os.path.relpath(Path(html_path).resolve(), Path(out_path).resolve().parent)).as_posix()


def article_row(result: ArticleResult, claims: Optional[int] = None) -> dict:
    """The Articles row of one result: id, status and reason, claims, metadata, annotator.

    ``claims``: how many claims it has, when ``result`` comes without them (``spool.read_articles``).
    """
    a = result.article
    meta = a.meta or {}
    return {"article": a.id, "status": result.status, "reason": result.reason,
            "claims": len(result.claims) if claims is None else claims,
            "title": meta.get("title"), "date": meta.get("date"), "author": meta.get("author"),
            "source": meta.get("source") or meta.get("sitename"), "link": article_link(a),
            "encoding": a.encoding, "annotator": result.annotator, "language": a.language}


def article_link(article: Article) -> Optional[str]:
    """The article's URL from its metadata, else its file path."""
    meta = article.meta or {}
    return meta.get("url") or (article.path if article.path and article.path != "-" else None)

