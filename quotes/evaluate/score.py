"""The measures of ``quotes eval``: exact fragments, content overlap, source and cue accuracy.

- Fragments are normalised alike in gold and prediction: white space and the characters
  ``"'“”‘’«»„,.;:`` are trimmed from both ends; a fragment left empty is dropped.
- ``*_exact``: P/R/F1 over the sets of distinct (article, start, end) fragments per role.
- ``attribution_overlap_t``: predicted claims matched one-to-one to gold attributions when
  the shared content characters are at least t of each side's; pairs taken greedily by
  descending shared/union ratio.
- ``source_accuracy_on_matched``: of the pairs matched at 0.3 whose gold has a source, the
  share whose predicted source span overlaps it; ``cue_accuracy_on_matched`` likewise.
- ``recall_by_type_0.3``: recall at 0.3 of direct gold contents (holding a double quotation
  mark ``"“”«»„`` or a pair of ``‘’``/``''``) and of the indirect ones.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from quotes.evaluate.polnear import GoldArticle
from quotes.types import Span

TRIM = " \t\n\r\"'“”‘’«»„,.;:"
THRESHOLDS = (0.3, 0.8)
CONFIDENCE_STEPS = (0.0, 0.3, 0.5, 0.7, 0.9)
DOUBLE_MARKS = "\"“”«»„"


def normalise(text: str, span: Sequence[int]) -> Optional[Span]:
    """``span`` trimmed of white space and quotation/punctuation marks at both ends; None if empty."""
    a, b = int(span[0]), int(span[1])
    a, b = max(a, 0), min(b, len(text))
    while a < b and text[a] in TRIM:
        a += 1
    while b > a and text[b - 1] in TRIM:
        b -= 1
    return (a, b) if a < b else None


def is_direct(text: str, fragments: Sequence[Span]) -> bool:
    """A gold content is direct when it holds a double quotation mark or a pair of single ones."""
    content = "".join(text[a:b] for a, b in fragments)
    return any(m in content for m in DOUBLE_MARKS) or ("‘" in content and "’" in content) or "''" in content


@dataclass(frozen=True)
class Predicted:
    """What the scorer reads of a claim (a Claim or a dict from a claims .jsonl file)."""

    article: str
    content: tuple[Span, ...]
    cue: tuple[Span, ...]
    source: Optional[Span]
    confidence: float
    info: dict = field(default_factory=dict, compare=False, hash=False)


def as_predicted(claim) -> Predicted:
    """Read a ``Claim`` or a claims-file dict through one adapter."""
    get = claim.get if isinstance(claim, dict) else (lambda k, d=None: getattr(claim, k, d))
    source = get("source_span")
    info = {k: get(k) for k in ("claim", "cue", "source", "rule", "speaker", "sentence")}
    return Predicted(str(get("article")), tuple(tuple(s) for s in get("content_spans") or ()),
                     tuple(tuple(s) for s in get("cue_spans") or ()), tuple(source) if source else None,
                     float(get("confidence") or 0.0), info)


def prf(tp: int, gold: int, pred: int) -> dict:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 1), "r": round(100 * r, 1), "f1": round(100 * f, 1)}


def _chars(text: str, spans: Iterable[Sequence[int]]) -> frozenset:
    out: set = set()
    for s in spans:
        n = normalise(text, s)
        if n:
            out.update(range(*n))
    return frozenset(out)


def match(text: str, gold: Sequence, pred: Sequence[Predicted], t: float) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs whose contents overlap by at least ``t`` both ways."""
    g_chars = [_chars(text, g.content) for g in gold]
    p_chars = [_chars(text, p.content) for p in pred]
    pairs = []
    for i, g in enumerate(g_chars):
        for j, p in enumerate(p_chars):
            shared = len(g & p)
            if g and p and shared >= t * len(g) and shared >= t * len(p):
                pairs.append((shared / len(g | p), i, j))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g, used_p, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


def _overlaps(a: Optional[Span], fragments: Sequence[Span]) -> bool:
    return a is not None and any(x < a[1] and a[0] < y for x, y in fragments)


class Tally:
    """Counts summed over articles; ``scores`` turns them into the measures."""

    def __init__(self):
        self.counts: dict = defaultdict(int)
        self.errors: list[dict] = []

    def add(self, article: GoldArticle, predicted: Sequence[Predicted], keep_errors: bool = False) -> None:
        text, gold = article.text, article.attributions
        c = self.counts
        c["articles"] += 1
        c["gold"] += len(gold)
        c["predicted"] += len(predicted)
        for role, g_of, p_of in (("source", lambda g: g.source, lambda p: [p.source] if p.source else []),
                                 ("cue", lambda g: g.cue, lambda p: p.cue),
                                 ("content", lambda g: g.content, lambda p: p.content)):
            gs = {normalise(text, s) for g in gold for s in g_of(g)} - {None}
            ps = {normalise(text, s) for p in predicted for s in p_of(p)} - {None}
            c[f"{role}_tp"] += len(gs & ps)
            c[f"{role}_gold"] += len(gs)
            c[f"{role}_pred"] += len(ps)
        for t in THRESHOLDS:
            c[f"matched_{t}"] += len(match(text, gold, predicted, t))
        pairs = match(text, gold, predicted, 0.3)
        self._accuracy(text, gold, predicted, pairs)
        if keep_errors:
            self.errors.append(_errors(article, predicted, pairs))

    def _accuracy(self, text, gold, predicted, pairs) -> None:
        c = self.counts
        matched_gold = {i for i, _ in pairs}
        for i, j in pairs:
            g, p = gold[i], predicted[j]
            if g.source:
                c["source_n"] += 1
                c["source_ok"] += _overlaps(p.source, g.source)
            if g.cue:
                c["cue_n"] += 1
                c["cue_ok"] += any(_overlaps(s, g.cue) for s in p.cue)
        for i, g in enumerate(gold):
            kind = "direct" if is_direct(text, g.content) else "indirect"
            c[f"{kind}_gold"] += 1
            c[f"{kind}_found"] += i in matched_gold

    def scores(self) -> dict:
        c = self.counts
        pct = lambda a, b: round(100 * a / b, 1) if b else 0.0  # noqa: E731
        return {
            "source_exact": prf(c["source_tp"], c["source_gold"], c["source_pred"]),
            "cue_exact": prf(c["cue_tp"], c["cue_gold"], c["cue_pred"]),
            "content_exact": prf(c["content_tp"], c["content_gold"], c["content_pred"]),
            **{f"attribution_overlap_{t}": prf(c[f"matched_{t}"], c["gold"], c["predicted"]) for t in THRESHOLDS},
            "source_accuracy_on_matched": pct(c["source_ok"], c["source_n"]),
            "cue_accuracy_on_matched": pct(c["cue_ok"], c["cue_n"]),
            "recall_by_type_0.3": {"direct": pct(c["direct_found"], c["direct_gold"]),
                                   "indirect": pct(c["indirect_found"], c["indirect_gold"])},
            "counts": {"articles": c["articles"], "gold_attributions": c["gold"], "predicted_claims": c["predicted"]},
        }


def _errors(article: GoldArticle, predicted: Sequence[Predicted], pairs) -> dict:
    """Missed gold, spurious predictions and disagreeing sources/cues of one article, as text."""
    text = article.text
    show = lambda spans: " … ".join(" ".join(text[a:b].split()) for a, b in spans)  # noqa: E731
    matched_g = {i for i, _ in pairs}
    matched_p = {j for _, j in pairs}
    missed = [{"content": show(g.content), "cue": show(g.cue), "source": show(g.source),
               "context": _context(text, g.content)} for i, g in enumerate(article.attributions) if i not in matched_g]
    spurious = [{"content": show(p.content), "cue": show(p.cue), "source": show([p.source] if p.source else []),
                 "rule": p.info.get("rule"), "confidence": p.confidence, "context": _context(text, p.content)}
                for j, p in enumerate(predicted) if j not in matched_p]
    differ = []
    for i, j in pairs:
        g, p = article.attributions[i], predicted[j]
        if (g.source and not _overlaps(p.source, g.source)) or (g.cue and not any(_overlaps(s, g.cue) for s in p.cue)):
            differ.append({"content": show(g.content), "gold_source": show(g.source),
                           "predicted_source": show([p.source] if p.source else []), "gold_cue": show(g.cue),
                           "predicted_cue": show(p.cue), "rule": p.info.get("rule")})
    return {"article": article.id, "missed": missed, "spurious": spurious, "disagree": differ}


def _context(text: str, spans: Sequence[Span], width: int = 120) -> str:
    if not spans:
        return ""
    a, b = spans[0][0], spans[-1][1]
    return " ".join(text[max(0, a - width):min(len(text), b + width)].split())


def score(gold_articles: Iterable[GoldArticle], predictions: Iterable, keep_errors: bool = False) -> tuple[dict, list]:
    """Scores (and per-article errors) of ``predictions`` (claims of any article) against the gold.

    Adds ``by_confidence``: the main measures when only claims at or above each threshold count.
    """
    by_article: dict[str, list[Predicted]] = defaultdict(list)
    for claim in predictions:
        get = claim.get if isinstance(claim, dict) else (lambda k, d=None: getattr(claim, k, d))
        if get("claim_group") not in (None, get("claim_id")):
            continue  # a further speaker's row of one claim ("X and Y said"): the claim counts once
        p = as_predicted(claim)
        by_article[p.article].append(p)
    golds = list(gold_articles)
    tally = Tally()
    for g in golds:
        tally.add(g, by_article.get(g.id, []), keep_errors)
    result = tally.scores()
    result["by_confidence"] = []
    for step in CONFIDENCE_STEPS:
        t = Tally()
        for g in golds:
            t.add(g, [p for p in by_article.get(g.id, []) if p.confidence >= step])
        s = t.scores()
        result["by_confidence"].append({
            "min_confidence": step, "attribution_overlap_0.3": s["attribution_overlap_0.3"],
            "source_exact_f1": s["source_exact"]["f1"], "cue_exact_f1": s["cue_exact"]["f1"],
            "content_exact_f1": s["content_exact"]["f1"], "predicted_claims": s["counts"]["predicted_claims"]})
    return result, tally.errors
