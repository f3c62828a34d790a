"""The parse cache: annotated Documents on disk, keyed by the text and the annotator's version.

A key is the SHA-256 of the annotator's ``version_key`` (annotator, library and model
versions) and the article text, so a changed article, annotator or model is never served
from a stale entry. Documents are stored with stanza's own serialization; coreference
chains, which it cannot serialize, are stored beside them.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Optional

FORMAT = "quotes-cache/1"


def engine_version() -> str:
    """A digest of the engine's code and word lists: claims cached by another engine are not reused."""
    import quotes

    root = Path(quotes.__file__).parent
    digest = hashlib.sha256(quotes.__version__.encode())
    for path in sorted([*root.glob("engine/*.py"), root / "claims.py", *root.glob("lexicons/*/*")]):
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


class ParseCache:
    """Documents and claims of one annotator under ``folder``.

    ``get(text)``/``put(text, doc)`` for parses; ``get_claims``/``put_claims`` for the claims
    the engine found in them (keyed by the engine's version too).
    """

    def __init__(self, folder, version_key: str):
        self.folder = Path(folder)
        self.version_key = f"{FORMAT}|{version_key}"
        self.claims_key = f"{self.version_key}|engine {engine_version()}"

    def key(self, text: str, version: Optional[str] = None) -> str:
        prefix = (version or self.version_key).encode("utf-8")
        return hashlib.sha256(prefix + b"\0" + text.encode("utf-8", "surrogatepass")).hexdigest()

    def _path(self, key: str, kind: str = "doc") -> Path:
        return self.folder / kind / key[:2] / f"{key}.json"

    def get_claims(self, text: str) -> Optional[list]:
        """The claims (as dicts) the engine found in ``text``, or None when not cached."""
        try:
            return json.loads(self._path(self.key(text, self.claims_key), "claims").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def put_claims(self, text: str, claims: list) -> None:
        _write_json(self._path(self.key(text, self.claims_key), "claims"), claims)

    def get(self, text: str):
        """The cached Document of ``text``, or None (a damaged entry counts as a miss)."""
        from stanza.models.common.doc import Document

        path = self._path(self.key(text))
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            doc = Document.from_serialized(record["doc"].encode("utf-8"))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if doc.text != text:
            return None
        if record.get("coref"):
            doc.coref = _chains(doc, record["coref"])
        return doc

    def put(self, text: str, doc) -> None:
        """Store the Document of ``text``."""
        coref = getattr(doc, "coref", None) or []
        if coref:
            doc.coref = []
        try:
            serialized = doc.to_serialized()
        finally:
            if coref:
                doc.coref = coref
        record = {"doc": serialized.decode("utf-8") if isinstance(serialized, bytes) else serialized,
                  "coref": [_chain_record(c) for c in coref]}
        _write_json(self._path(self.key(text)), record)


def _write_json(path: Path, record) -> None:
    """Write ``record`` to a temporary file, then rename: readers never see half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(record, fh, ensure_ascii=False)
    os.replace(tmp, path)


def _chain_record(chain) -> dict:
    return {"index": chain.index, "representative_text": chain.representative_text,
            "representative_index": chain.representative_index,
            "mentions": [[m.sentence, m.start_word, m.end_word] for m in chain.mentions]}


def _chains(doc, records) -> list:
    from stanza.models.common.doc import CorefChain, CorefMention

    return [CorefChain(r["index"], [CorefMention(*m) for m in r["mentions"]], r["representative_text"],
                       r["representative_index"]) for r in records]


def open_cache(folder: Optional[str], annotator) -> Optional[ParseCache]:
    """The cache for ``annotator`` under ``folder``, or None when caching is off."""
    if not folder:
        return None
    return ParseCache(folder, getattr(annotator, "version_key", annotator.description))
