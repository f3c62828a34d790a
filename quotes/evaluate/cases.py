"""``quotes eval cases``: score claims against hand-annotated articles (a cases ``.jsonl``).

One article a line::

    {"id": "a1", "text": "...", "claims": [{"speaker": "Anna Berg", "speaker_kind": "person",
      "role": "economist", "cue": "said", "content": "prices will rise", "quote_type": "indirect",
      "constructions": ["verb_that"]}], "furniture": [...], "headline": [...], "negatives": [...]}

An expected claim is *found* when a claim of its article contains its ``content`` (case, white
space and quotation marks ignored). On found claims: the speaker holds the expected surname
(``speaker_key`` where given; organizations may match in the source as written, "lenient"), or
is empty for an unnamed source (and not a person for a group); the role holds the head noun of
the expected role (``role_head`` where given: the last word before "of", "for", ",", ...);
quote type is equal; the cue shares the stem of the expected cue's last content word.
``optional`` claims are neither counted nor penalised. A claim that holds no expected content
is *spurious*, by where its content sits: furniture, headline, negative or other.

>>> scores, errors = score_cases(load_cases("cases.jsonl"), rows)
>>> scores["recall"]["value"]
91.2
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Mapping, Optional, Sequence

from quotes.types import Article

SPURIOUS_KINDS = ("furniture", "headline", "negative", "other")
REQUIRED_CLAIM_FIELDS = ("content", "speaker_kind", "quote_type")
# Typographic quotation marks and no-break spaces compare as their plain forms.
_PLAIN = str.maketrans({"“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "‘": "'", "’": "'", "\u00a0": " "})
# Where a role's head part ends: "head of the district" -> "head", "an analyst, who" -> "analyst".
_ROLE_END = re.compile(r"\s(?:of|for|from|at|in|who|which|representing|supporting|and)\s|,")


class CasesError(ValueError):
    """A cases file that cannot be read: the line and what is wrong with it."""


@dataclass(frozen=True)
class Case:
    """One hand-annotated article: its text, the claims expected, and lines that hold none."""

    id: str
    text: str
    claims: tuple[Mapping, ...]
    furniture: tuple[str, ...] = ()
    headline: tuple[str, ...] = ()
    negatives: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def cue_function_words() -> frozenset[str]:
    """Words a cue comparison skips ("has", "according", "по"): quotes/evaluate/cue_function_words.txt."""
    text = resources.files("quotes.evaluate").joinpath("cue_function_words.txt").read_text("utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


def load_cases(path, texts: Optional[Path] = None) -> list[Case]:
    """The cases of a ``.jsonl`` file; ``texts/<id>.txt``, where it exists, replaces a case's text."""
    cases = []
    with Path(path).open(encoding="utf-8-sig") as fh:
        for number, line in enumerate(fh, 1):
            if line.strip():
                cases.append(_case(line, number, texts))
    seen = set()
    for case in cases:
        if case.id in seen:
            raise CasesError(f"{path}: article id {case.id!r} appears twice")
        seen.add(case.id)
    return cases


def _case(line: str, number: int, texts: Optional[Path]) -> Case:
    try:
        record = json.loads(line)
    except ValueError as err:
        raise CasesError(f"line {number}: invalid JSON ({err})") from None
    if not isinstance(record, dict) or not record.get("id") or not isinstance(record.get("claims"), list):
        raise CasesError(f"line {number}: a case needs an \"id\" and a \"claims\" list")
    for k, claim in enumerate(record["claims"], 1):
        missing = [f for f in REQUIRED_CLAIM_FIELDS if not isinstance(claim, dict) or f not in claim]
        if missing:
            raise CasesError(f"line {number}: claim {k} lacks {', '.join(missing)}")
    cid = str(record["id"])
    path = texts / f"{cid}.txt" if texts else None
    text = path.read_text(encoding="utf-8") if path and path.is_file() else record.get("text")
    if not isinstance(text, str):
        raise CasesError(f"line {number}: case {cid!r} has no \"text\" and no {cid}.txt in {texts}")
    claims = tuple({"speaker": "", "role": "", "cue": "", "constructions": [], **c} for c in record["claims"])
    return Case(cid, text, claims, *(tuple(record.get(k) or ()) for k in ("furniture", "headline", "negatives")))


def case_articles(cases: Iterable[Case]) -> list[Article]:
    """The cases as articles to extract from (id and text)."""
    return [Article(c.id, c.text) for c in cases]


# -- comparing one expected claim with one predicted row ----------------------------------------
def plain(text) -> str:
    """Lowercased, quotation marks plain, white space single, ё as е."""
    return re.sub(r"\s+", " ", str(text or "").translate(_PLAIN)).strip().lower().replace("ё", "е")


def _words(text) -> list[str]:
    return re.findall(r"[\w']+", plain(text))


def holds(expected: Mapping, row: Mapping) -> bool:
    """Whether the row's claim contains the expected content."""
    return plain(expected["content"]) in plain(row.get("claim"))


def speaker_keys(expected: Mapping) -> list[str]:
    """What the speaker must contain: ``speaker_key``, else a person's last name, else the name."""
    if expected.get("speaker_key"):
        return list(expected["speaker_key"])
    name = (expected.get("speaker") or "").strip()
    if not name:
        return []
    return [name.split()[-1]] if expected.get("speaker_kind") == "person" else [name]


def speaker_right(expected: Mapping, row: Mapping, lenient: bool = True) -> bool:
    """The speaker holds a key (an organization's also in the source, if lenient); unnamed stays empty."""
    speaker, source = plain(row.get("speaker")), plain(row.get("source"))
    keys = [plain(k) for k in speaker_keys(expected)]
    if keys:
        if expected["speaker_kind"] == "person":
            return any(k in speaker for k in keys)
        return any(k in speaker or (lenient and k in source) for k in keys)
    if speaker:
        return False
    return expected["speaker_kind"] == "person" or row.get("speaker_kind") != "person"


def role_heads(expected: Mapping) -> list[str]:
    """``role_head``, else the last word of the role's head part (quoted names dropped)."""
    if expected.get("role_head"):
        return list(expected["role_head"])
    role = re.sub(r'"[^"]*"', " ", expected.get("role") or "")
    words = _ROLE_END.split(f" {role} ")[0].split()
    return words[-1:]


def role_right(expected: Mapping, row: Mapping, with_source: bool = False) -> Optional[bool]:
    """Whether the role holds a head noun; None where no role is expected."""
    heads = role_heads(expected)
    if not (expected.get("role") or "").strip() or not heads:
        return None
    found = plain(row.get("role")) + (" | " + plain(row.get("source")) if with_source else "")
    return any(plain(h) in found for h in heads)


def cue_right(expected: Mapping, row: Mapping) -> Optional[bool]:
    """Whether the cue shares the stem (4 letters) of the expected cue's last content word."""
    words = [w for w in _words(expected.get("cue")) if w not in cue_function_words()]
    if not words:
        return None
    return any(w.startswith(words[-1][:4]) for w in _words(row.get("cue")))


def share_found(expected: Mapping, row: Optional[Mapping]) -> float:
    """Share of the content's words in the row's claim (how near a missed claim came)."""
    wanted = _words(expected["content"])
    if not wanted or row is None:
        return 0.0
    got = set(_words(row.get("claim")))
    return sum(w in got for w in wanted) / len(wanted)


def _best(expected: Mapping, rows: Sequence[Mapping]) -> Mapping:
    """Of the rows holding the content: right speaker first, then right role, then the shortest."""
    return max(rows, key=lambda r: (speaker_right(expected, r), bool(role_right(expected, r)),
                                    -len(r.get("claim") or "")))


# -- where a spurious claim sits -----------------------------------------------------------------
def _ranges(text: str, lines: Iterable[str]) -> list[tuple[int, int]]:
    found = []
    for line in lines:
        start = text.find(line) if line else -1
        while start >= 0:
            found.append((start, start + len(line)))
            start = text.find(line, start + len(line))
    return found


def _spans(row: Mapping) -> list[tuple[int, int]]:
    spans = row.get("content_spans")
    if isinstance(spans, str):
        try:
            spans = json.loads(spans)
        except ValueError:
            spans = None
    return [tuple(s) for s in spans or [] if len(s) == 2]


def spurious_kind(case: Case, row: Mapping) -> str:
    """furniture, headline or negative where the claim's content overlaps such a line, else other."""
    kinds = (("furniture", case.furniture), ("headline", case.headline), ("negative", case.negatives))
    spans = _spans(row)
    if spans and case.text:
        for kind, lines in kinds:
            if any(a < e and s < b for a, b in spans for s, e in _ranges(case.text, lines)):
                return kind
        return "other"
    claim = plain(row.get("claim"))
    for kind, lines in kinds:
        if claim and any(claim in plain(line) or plain(line) in claim for line in lines):
            return kind
    return "other"


# -- the scores ----------------------------------------------------------------------------------
def _measure(num: int, den: int) -> dict:
    return {"value": round(100.0 * num / den, 1) if den else None, "num": num, "den": den}


def score_cases(cases: Sequence[Case], rows: Iterable[Mapping]) -> tuple[dict, list[dict]]:
    """The scores of ``rows`` (claims as written by ``quotes extract``) and one record per error."""
    by_article = defaultdict(list)
    for row in rows:
        by_article[str(row.get("article"))].append(row)
    known = {c.id for c in cases}
    n = defaultdict(int)
    tags = defaultdict(lambda: {"n": 0, "found": 0, "speaker_right": 0})
    errors, spurious = [], defaultdict(int)
    for case in cases:
        predicted = by_article.get(case.id, [])
        used = set()
        for expected in case.claims:
            holding = [r for r in predicted if holds(expected, r)]
            used.update(id(r) for r in holding)
            if expected.get("optional"):
                n["optional"] += 1
                n["optional_found"] += bool(holding)
                continue
            n["required"] += 1
            for tag in expected["constructions"]:
                tags[tag]["n"] += 1
            if not holding:
                nearest = max(predicted, key=lambda r: share_found(expected, r), default=None)
                near = share_found(expected, nearest)
                n["near_miss"] += near >= 0.7
                errors.append({"error": "missed", "article": case.id, "expected": expected,
                               "near": round(near, 2), "nearest": _slim(nearest)})
                continue
            _count_found(case, expected, _best(expected, holding), n, tags, errors)
        for row in predicted:
            n["predicted"] += 1
            if id(row) not in used:
                kind = spurious_kind(case, row)
                spurious[kind] += 1
                errors.append({"error": "spurious", "article": case.id, "kind": kind, "predicted": _slim(row)})
    stray = sum(len(v) for k, v in by_article.items() if k not in known)
    return _summary(len(cases), n, tags, spurious, stray), errors


def _count_found(case: Case, expected: Mapping, row: Mapping, n, tags, errors: list) -> None:
    speaker_ok, role_ok = speaker_right(expected, row), role_right(expected, row)
    type_ok, cue_ok = row.get("quote_type") == expected["quote_type"], cue_right(expected, row)
    n["found"] += 1
    n["speaker"] += speaker_ok
    n["speaker_strict"] += speaker_right(expected, row, lenient=False)
    if role_ok is not None:
        group = "role_named" if expected.get("speaker") else "role_unnamed"
        n["role_n"] += 1
        n["role"] += role_ok
        n[group + "_n"] += 1
        n[group] += role_ok
        if group == "role_named" and speaker_ok:
            n["role_named_speaker_n"] += 1
            n["role_named_speaker"] += role_ok
        if group == "role_unnamed":
            n["role_unnamed_source"] += bool(role_right(expected, row, with_source=True))
    n["quote_type"] += type_ok
    if cue_ok is not None:
        n["cue_n"] += 1
        n["cue"] += cue_ok
    for tag in expected["constructions"]:
        tags[tag]["found"] += 1
        tags[tag]["speaker_right"] += speaker_ok
    for error, ok in (("speaker", speaker_ok), ("role", role_ok is not False), ("quote_type", type_ok),
                      ("cue", cue_ok is not False)):
        if not ok:
            errors.append({"error": error, "article": case.id, "expected": expected, "predicted": _slim(row)})


def _summary(n_cases: int, n, tags, spurious, stray: int) -> dict:
    found = n["found"]
    return {
        "counts": {"cases": n_cases, "required": n["required"], "optional": n["optional"],
                   "predicted": n["predicted"], "near_misses": n["near_miss"], "stray_predictions": stray},
        "recall": _measure(found, n["required"]),
        "speaker": _measure(n["speaker"], found),
        "speaker_strict": _measure(n["speaker_strict"], found),
        "role": _measure(n["role"], n["role_n"]),
        "role_named": _measure(n["role_named"], n["role_named_n"]),
        "role_named_speaker_right": _measure(n["role_named_speaker"], n["role_named_speaker_n"]),
        "role_unnamed": _measure(n["role_unnamed"], n["role_unnamed_n"]),
        "role_unnamed_or_source": _measure(n["role_unnamed_source"], n["role_unnamed_n"]),
        "quote_type": _measure(n["quote_type"], found),
        "cue": _measure(n["cue"], n["cue_n"]),
        "optional_found": _measure(n["optional_found"], n["optional"]),
        "spurious": {"all": sum(spurious.values()), **{k: spurious.get(k, 0) for k in SPURIOUS_KINDS}},
        "matching": _measure(n["predicted"] - sum(spurious.values()), n["predicted"]),
        "constructions": {t: {**d, "recall": _measure(d["found"], d["n"])["value"]}
                          for t, d in sorted(tags.items(), key=lambda kv: (-kv[1]["n"], kv[0]))},
    }


def _slim(row: Optional[Mapping]) -> Optional[dict]:
    keys = ("speaker", "speaker_kind", "role", "source", "cue", "quote_type", "claim", "rule")
    return {k: row.get(k) for k in keys} if row is not None else None


LABELS = (
    ("recall", "claim recall (content substring)"),
    ("speaker", "speaker accuracy on found (lenient org)"),
    ("speaker_strict", "speaker accuracy on found (strict org)"),
    ("role", "role accuracy on found (head noun)"),
    ("role_named", "  named speakers"),
    ("role_named_speaker_right", "  named speakers, speaker correct"),
    ("role_unnamed", "  unnamed sources (role field)"),
    ("role_unnamed_or_source", "  unnamed sources (role or source field)"),
    ("quote_type", "quote_type accuracy on found"),
    ("cue", "cue accuracy on found (stem)"),
    ("optional_found", "optional claims found (not scored)"),
)


def format_cases_table(scores: dict) -> str:
    """The scores as the table ``quotes eval cases`` prints, then recall per construction."""
    c = scores["counts"]
    lines = [f"cases: {c['cases']}   required claims: {c['required']}   optional claims: {c['optional']}   "
             f"predicted claims: {c['predicted']}", "", f"{'measure':<44}{'value':>8}{'count':>10}"]

    def row(label: str, m: dict) -> None:
        count = f"{m['num']}/{m['den']}"
        lines.append(f"{label:<44}{_pct(m['value']):>8}{count:>10}")

    for key, label in LABELS:
        row(label, scores[key])
        if key == "recall":
            lines.append(f"{'  near misses (>=70% of content tokens)':<44}{'':>8}{c['near_misses']:>10}")
    sp = scores["spurious"]
    lines.append(f"{'spurious claims, all':<44}{'':>8}{sp['all']:>10}")
    lines.extend(f"{'  ' + k:<44}{'':>8}{sp[k]:>10}" for k in SPURIOUS_KINDS)
    row("predicted claims matching an expected one", scores["matching"])
    if c["stray_predictions"]:
        lines.append(f"predictions for unknown articles: {c['stray_predictions']}")
    lines += ["", f"{'construction':<26}{'n':>5}{'found':>7}{'recall':>8}{'spk ok':>8}"]
    for tag, d in scores["constructions"].items():
        spk = _measure(d["speaker_right"], d["found"])["value"]
        lines.append(f"{tag:<26}{d['n']:>5}{d['found']:>7}{_pct(d['recall']):>8}{_pct(spk):>8}")
    return "\n".join(lines)


def _pct(value: Optional[float]) -> str:
    return f"{value:5.1f}" if value is not None else "   - "
