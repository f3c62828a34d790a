"""``quotes eval adaq``: token-level scores on a corpus in the adaq layout (Russian quotations).

Two tab-separated files: ``ru_sentences.tsv`` (``sentences``, ``sentence_id``) and
``ru_tokens.tsv`` (``lemmas``, ``text``, ``sentence_num``, ``index_of_token_sent``, ``tags``),
each token tagged ``source``, ``cue``, ``content`` or ``None``. Each sentence is extracted as an
article of its own. A token counts as predicted ``source``, ``cue`` or ``content`` when it
overlaps a claim's source, cue or content span; per role, precision is correct tokens over
predicted tokens and recall correct tokens over gold tokens (punctuation counts like any
token). A sentence holds a quotation when any of its tokens is tagged; sentence-level
precision and recall ask whether it has a claim.

    score_adaq([AdaqSentence("s1", "Он сказал: да.", ((0, 2, "source"), ...))], {"s1": claims})
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping, Optional, Sequence

from quotes.types import Article

ROLES = ("source", "cue", "content")
SENTENCES, TOKENS = "ru_sentences.tsv", "ru_tokens.tsv"
MAX_LOST_CHARS = 3  # how far past a token that was not found the next one may start


@dataclass(frozen=True)
class AdaqSentence:
    """One gold sentence: its id, text, and tokens as (start, end, tag) with tag a role or None."""

    id: str
    text: str
    tokens: tuple[tuple[int, int, Optional[str]], ...]


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def align(text: str, forms: Sequence[str]) -> list[tuple[int, int]]:
    """Character offsets of each token form, found in order in ``text``.

    A form that is not found where expected (the corpus normalised it) gets an empty span
    at the cursor, so it counts as gold but is never predicted.
    """
    out, cursor, lost = [], 0, False
    for form in forms:
        at = text.find(form, cursor)
        # only white space lies between two tokens, unless the one before was not found
        if at < 0 or (text[cursor:at].strip() and not (lost and at - cursor <= MAX_LOST_CHARS)):
            out.append((cursor, cursor))
            lost = True
            continue
        out.append((at, at + len(form)))
        cursor, lost = at + len(form), False
    return out


def read_adaq(folder, limit: Optional[int] = None) -> list[AdaqSentence]:
    """The gold sentences of ``folder`` in file order (the first ``limit`` of them)."""
    folder = Path(folder)
    tokens: dict[str, list[dict]] = {}
    for row in _rows(folder / TOKENS):
        tokens.setdefault(row["sentence_num"], []).append(row)
    out = []
    for row in _rows(folder / SENTENCES)[:limit]:
        sid, text = row["sentence_id"], row["sentences"]
        toks = sorted(tokens.get(sid, []), key=lambda t: int(t["index_of_token_sent"]))
        spans = align(text, [t["text"] for t in toks])
        out.append(AdaqSentence(sid, text, tuple(
            (a, b, t["tags"] if t["tags"] in ROLES else None) for (a, b), t in zip(spans, toks))))
    return out


def _claim_spans(claim) -> dict[str, list[tuple[int, int]]]:
    """The source, cue and content spans of a claim (a Claim or its record)."""
    get = claim.get if isinstance(claim, Mapping) else (lambda k: getattr(claim, k))
    source = get("source_span")
    return {"source": [tuple(source)] if source else [], "cue": [tuple(s) for s in get("cue_spans") or ()],
            "content": [tuple(s) for s in get("content_spans") or ()]}


def _prf(correct: int, predicted: int, gold: int) -> dict:
    p = 100.0 * correct / predicted if predicted else 0.0
    r = 100.0 * correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 1), "r": round(r, 1), "f1": round(f, 1), "correct": correct,
            "predicted": predicted, "gold": gold}


def predicted_roles(sentence: AdaqSentence, claims: Iterable) -> list[set]:
    """For each token of ``sentence``, the roles the claims give it (a token may have several)."""
    roles: list[set] = [set() for _ in sentence.tokens]
    for claim in claims:
        for role, spans in _claim_spans(claim).items():
            for k, (a, b, _) in enumerate(sentence.tokens):
                if a < b and any(a < e and b > s for s, e in spans):
                    roles[k].add(role)
    return roles


def score_adaq(sentences: Sequence[AdaqSentence], claims_by_sentence: Mapping[str, Sequence],
               keep_errors: bool = False) -> tuple[dict, list]:
    """Token-level P/R/F1 per role and sentence-level P/R/F1; with ``keep_errors``, the sentences scored wrong."""
    counts = {r: [0, 0, 0] for r in ROLES}  # correct, predicted, gold
    sent = [0, 0, 0]
    errors = []
    for s in sentences:
        claims = claims_by_sentence.get(s.id, ())
        roles = predicted_roles(s, claims)
        wrong = False
        for (a, b, gold), pred in zip(s.tokens, roles):
            for r in ROLES:
                hit_p, hit_g = r in pred, gold == r
                counts[r][0] += hit_p and hit_g
                counts[r][1] += hit_p
                counts[r][2] += hit_g
                wrong |= hit_p != hit_g
        has_gold, has_pred = any(t[2] for t in s.tokens), bool(claims)
        sent[0] += has_gold and has_pred
        sent[1] += has_pred
        sent[2] += has_gold
        if keep_errors and wrong:
            errors.append({"sentence": s.id, "text": s.text,
                           "gold": {r: [s.text[a:b] for a, b, g in s.tokens if g == r] for r in ROLES},
                           "predicted": {r: [s.text[a:b] for (a, b, _), p in zip(s.tokens, roles) if r in p]
                                         for r in ROLES}})
    scores = {r: _prf(*counts[r]) for r in ROLES}
    scores["sentence"] = _prf(*sent)
    scores["counts"] = {"sentences": len(sentences), "claims": sum(len(c) for c in claims_by_sentence.values())}
    return scores, errors


def evaluate_adaq(folder, *, predict: Callable[[Iterable[Article]], Iterable], limit: Optional[int] = None,
                  keep_errors: bool = False) -> tuple[dict, list]:
    """Run ``predict`` on each gold sentence as an article of its own, and score its claims."""
    sentences = read_adaq(folder, limit)
    by_sentence: dict[str, list] = {s.id: [] for s in sentences}
    for claim in predict(Article(s.id, s.text) for s in sentences):
        by_sentence.setdefault(claim.article, []).append(claim)
    return score_adaq(sentences, by_sentence, keep_errors)


def format_adaq(scores: dict) -> str:
    """The scores as a table: role, P, R, F1, then the counts."""
    lines = [f"{'measure':<22}{'P':>7}{'R':>7}{'F1':>7}"]
    for name in ROLES + ("sentence",):
        m = scores[name]
        label = f"{name} tokens" if name in ROLES else "sentence has a quote"
        lines.append(f"{label:<22}{m['p']:>7.1f}{m['r']:>7.1f}{m['f1']:>7.1f}")
    c = scores["counts"]
    lines.append(f"sentences {c['sentences']}, predicted claims {c['claims']}; annotator: {scores.get('annotator', '?')}")
    return "\n".join(lines)


def write_errors(path, errors: list) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for record in errors:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
