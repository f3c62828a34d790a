"""Output rows: a claim with its corpus-level speaker, in the columns every format shares."""
from __future__ import annotations

from typing import Optional

from quotes.types import Article, Claim

OUTPUT_COLUMNS = (
    "article", "claim_id", "claim_group", "speaker", "speaker_id", "speaker_kind", "speaker_type", "role", "organization",
    "source", "cue", "cue_lemma", "recipient", "medium", "quote_type", "claim", "sentence", "content_spans",
    "cue_spans", "source_span", "confidence", "rule", "date", "title", "link", "language",
)
SPAN_COLUMNS = ("content_spans", "cue_spans", "source_span")
# What each column means: the About sheet's glossary and the README's.
GLOSSARY = {
    "article": "the article's id: its file name without extension, or the corpus id",
    "claim_id": "<article>:<n>, the claims of an article numbered in text order",
    "claim_group": "the claim_id of the claim's first row: a claim of several speakers (\"X and Y said\") has one row per speaker",
    "speaker": "who said it, by their fullest name in the run; empty for an unnamed source",
    "speaker_id": "a stable id of the speaker across the run (the Speakers sheet)",
    "speaker_kind": "person, organization, group (an unnamed or collective source) or unknown",
    "speaker_type": "expert, official, journalist, organization, citizen, unnamed or unknown, from the roles",
    "role": "the speaker's role as the article states it (\"political analyst\")",
    "organization": "the organization named in the speaker's role",
    "source": "the source as written where the claim is made (\"he\", \"the analysts\")",
    "cue": "the words that signal the claim (\"has noted\", \"according to\")",
    "cue_lemma": "the cue's base form (\"note\")",
    "recipient": "whom the speaker addressed (\"Caucasian Knot\" in \"told the Caucasian Knot\")",
    "medium": "where it was said: the agency or outlet that relays it, the interview, press conference, channel",
    "quote_type": "direct (in quotation marks), indirect (paraphrase) or mixed",
    "claim": "what was said; fragments of one claim are joined by \" … \"",
    "sentence": "the sentence of the cue, for context",
    "content_spans": "[[start, end], ...]: character offsets of the claim in the article text (end exclusive)",
    "cue_spans": "[[start, end], ...]: character offsets of the cue",
    "source_span": "[start, end] of the source mention, or empty",
    "confidence": "0 to 1: how sure the rule that found the claim is",
    "rule": "the rule that found the claim: construction and cue class (\"verb:speech\")",
    "date": "the article's date, where known",
    "title": "the article's title, where known",
    "link": "the article's URL, or its file path",
    "language": "the article's language (en, ru): given with --lang or detected from its text",
}


def claim_row(claim: Claim, article: Article, directory) -> dict:
    """The output row of ``claim``: spans as lists, the speaker as merged across the run."""
    entry = directory.lookup(article.id, claim.speaker, claim) if directory is not None else None
    meta = article.meta or {}
    return {
        "article": claim.article, "claim_id": claim.claim_id, "claim_group": claim.claim_group or claim.claim_id,
        "speaker": entry.name if entry else claim.speaker,
        "speaker_id": entry.speaker_id if entry else None,
        "speaker_kind": claim.speaker_kind,
        "speaker_type": entry.speaker_type if entry else ("unnamed" if not claim.speaker else "unknown"),
        "role": claim.role, "organization": claim.organization, "source": claim.source,
        "cue": claim.cue, "cue_lemma": claim.cue_lemma, "recipient": claim.recipient,
        "medium": claim.medium,
        "quote_type": claim.quote_type, "claim": claim.claim, "sentence": claim.sentence,
        "content_spans": [list(s) for s in claim.content_spans],
        "cue_spans": [list(s) for s in claim.cue_spans],
        "source_span": list(claim.source_span) if claim.source_span else None,
        "confidence": float(claim.confidence), "rule": claim.rule,
        "date": meta.get("date"), "title": meta.get("title"), "link": article_link(article),
        "language": article.language,
    }


def article_link(article: Article) -> Optional[str]:
    """The article's URL from its metadata, else its file path."""
    meta = article.meta or {}
    return meta.get("url") or (article.path if article.path and article.path != "-" else None)
