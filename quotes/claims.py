"""Claims: the engine's attributions of one article as output rows.

One speaker has one name across the claims of an article: the resolver already maps
"Velizade" and "he" to "Elkhan Velizade"; here a claim whose source carries no role
takes the role the article gives that speaker elsewhere.
"""
from __future__ import annotations

from typing import Optional, Sequence

from quotes.annotate.clean import visible
from quotes.types import Article, Attribution, Claim, Span

FRAGMENT_JOINER = " … "


def _text(text: str, spans: Sequence[Span]) -> str:
    return FRAGMENT_JOINER.join(" ".join(visible(text[a:b]).split()) for a, b in spans)


def _clean_spans(text: str, spans: Sequence[Span]) -> tuple[Span, ...]:
    """Spans with surrounding white space trimmed; empty ones dropped; sorted, unique."""
    out = set()
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.add((a, b))
    return tuple(sorted(out))


def _speaker_roles(attributions: Sequence[Attribution]) -> dict:
    """The first role and organization stated for each named speaker of the article."""
    roles: dict[str, tuple] = {}
    for a in attributions:
        s = a.source
        if s is not None and s.speaker and s.role and s.speaker not in roles:
            roles[s.speaker] = (s.role, s.organization)
    return roles


def _source_text(text: str, s) -> Optional[str]:
    """The source column: the mention as written, its asides included ("Jane Smith, who backed the governor")."""
    if s is None:
        return None
    if s.written:
        return " ".join(visible(text[s.written[0]:s.written[1]]).split())
    return " ".join(visible(s.mention_text).split()) if s.mention else s.mention_text


def _claim(article: Article, a: Attribution, s, content, roles: dict, number: int, group: str) -> Claim:
    text = article.text
    role, org = (s.role, s.organization) if s is not None else (None, None)
    if s is not None and s.speaker and not role:
        role, org = roles.get(s.speaker, (None, org))
    cue_spans = _clean_spans(text, a.cue.spans) if a.cue else ()
    return Claim(
        article=article.id,
        claim_id=f"{article.id}:{number}",
        speaker=s.speaker if s else None,
        speaker_kind=s.kind if s else "unknown",
        role=role,
        organization=org or (s.organization if s else None),
        source=_source_text(text, s),
        cue=_text(text, cue_spans) if cue_spans else None,
        cue_lemma=a.cue.lemma if a.cue else None,
        recipient=a.recipient,
        quote_type=a.content.quote_type,
        claim=_text(text, content),
        sentence=_text(text, [a.sentence]),
        content_spans=content,
        cue_spans=cue_spans,
        source_span=(s.written or s.mention) if s else None,
        confidence=a.confidence,
        rule=a.rule,
        medium=a.medium,
        claim_group=group,
    )


def build_claims(article: Article, attributions: Sequence[Attribution]) -> tuple[Claim, ...]:
    """The claims of ``article``, numbered in text order: ``claim_id`` is ``<article>:<n>``.

    Every span is checked against the article text; a claim whose content is empty
    after trimming white space is dropped.
    """
    text = article.text
    roles = _speaker_roles(attributions)
    claims = []
    for a in attributions:
        content = _clean_spans(text, a.content.spans)
        if not content:
            continue
        group = f"{article.id}:{len(claims) + 1}"
        for s in (a.source,) + a.co_sources:  # "X and Y have stated": one row per speaker, one group
            claims.append(_claim(article, a, s, content, roles, len(claims) + 1, group))
    return tuple(claims)
