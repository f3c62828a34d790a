"""A run's results on disk, one JSON line per article, so outputs are written in two passes.

The first pass (extraction) appends; speakers are merged across the corpus; the second
pass reads the results back one at a time to write each output. Memory stays flat.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Iterator

from quotes.types import Article, ArticleResult, Claim


def result_to_json(result: ArticleResult) -> str:
    a = result.article
    claims = [c.to_record() for c in result.claims]
    return json.dumps({"article": {"id": a.id, "text": a.text, "path": a.path, "meta": dict(a.meta or {}),
                                   "encoding": a.encoding, "language": a.language},
                       "status": result.status, "reason": result.reason, "annotator": result.annotator,
                       "claims": claims}, ensure_ascii=False)


def result_from_json(line: str) -> ArticleResult:
    return _result(json.loads(line), with_claims=True)


def _result(data: dict, with_claims: bool) -> ArticleResult:
    a = data["article"]
    article = Article(a["id"], a["text"], a.get("path"), a.get("meta") or {}, a.get("encoding"),
                      a.get("language"))
    claims = tuple(Claim.from_record(c) for c in data["claims"]) if with_claims else ()
    return ArticleResult(article, data["status"], claims, data.get("reason"), data.get("annotator"))


def append(fh: IO[str], result: ArticleResult) -> None:
    fh.write(result_to_json(result) + "\n")


def read_spool(path: Path) -> Iterator[ArticleResult]:
    """The spooled results, in the order they were written."""
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield result_from_json(line)


def read_articles(path: Path) -> Iterator[tuple[ArticleResult, int]]:
    """The spooled results without their claims, each with how many claims it has: for the Articles rows,
    which count the claims but show none (building every Claim again cost a pass over the spool)."""
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                data = json.loads(line)
                yield _result(data, with_claims=False), len(data["claims"])
