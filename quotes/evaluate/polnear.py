"""Gold attributions in the PolNeAR layout (brat standoff), read at run time.

    <folder>/<split>/text/<doc>.txt
    <folder>/<split>/attributions/<doc>_<annotator>.ann

For an article with several annotation files, the one whose annotator id sorts first is gold.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from quotes.types import Article, Span


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution: fragments of its content, cue and source (source may be empty)."""

    content: tuple[Span, ...]
    cue: tuple[Span, ...]
    source: tuple[Span, ...]


@dataclass(frozen=True)
class GoldArticle:
    id: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    annotator: Optional[str] = None


def parse_ann(text: str) -> tuple[GoldAttribution, ...]:
    """The attributions of a brat ``.ann`` text (T lines for spans, E lines linking them).

    "T9\\tContent 192 227;309 405\\t..." is a content of two fragments.
    """
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events: list[dict] = []
    for line in text.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, _, offsets = fields[1].partition(" ")
            try:
                frags = tuple((int(a), int(b)) for a, b in (f.split() for f in offsets.split(";")))
            except ValueError:
                continue  # a continuation line of a surface text that starts with "T"
            spans[fields[0]] = (label, frags)
        elif line.startswith("E") and len(fields) >= 2:
            events.append(dict(arg.split(":", 1) for arg in fields[1].split() if ":" in arg))
    out = []
    for event in events:
        roles = {role: spans[ref][1] for role, ref in event.items() if ref in spans}
        if "Content" in roles:
            out.append(GoldAttribution(roles["Content"], roles.get("Cue", ()), roles.get("Source", ())))
    return tuple(out)


def _annotations(folder: Path, doc: str) -> list[Path]:
    return sorted(folder.glob(f"{doc}_*.ann"))


def read_split(folder, split: str = "dev", limit: Optional[int] = None) -> Iterator[GoldArticle]:
    """The gold articles of ``split``, in name order (articles without annotations are left out)."""
    root = Path(folder) / split
    texts = sorted((root / "text").glob("*.txt"))
    count = 0
    for path in texts:
        anns = _annotations(root / "attributions", path.stem)
        if not anns:
            continue
        if limit is not None and count >= limit:
            return
        count += 1
        text = path.read_text(encoding="utf-8")
        annotator = anns[0].stem[len(path.stem) + 1:]
        yield GoldArticle(path.stem, text, parse_ann(anns[0].read_text(encoding="utf-8")), annotator)


def as_article(gold: GoldArticle, folder, split: str) -> Article:
    return Article(gold.id, gold.text, str(Path(folder) / split / "text" / f"{gold.id}.txt"))
