"""The parse cache: annotated Documents on disk, keyed by the text and the declared versions.

A key is the SHA-256 of the annotator's ``version_key`` (its name, library and model
versions, as the annotator declares them) and the article text, so a changed article,
annotator or model is never served from a stale entry; claims are keyed by the engine's
version too (a digest of the whole package and its data files). Documents are stored with
stanza's own serialization; coreference chains, which it cannot serialize, beside them.

Every record is checked as it is read: one that is damaged, has another shape, or no longer
fits the types is a miss, parsed again. A cache folder that cannot be written is used
read-only, with one warning.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import typing
from dataclasses import replace
from pathlib import Path
from typing import Optional

from quotes.annotate.clean import visible
from quotes.types import Claim

log = logging.getLogger(__name__)
FORMAT = "quotes-cache/1"
CLAIMS_FORMAT = "quotes-claims/2"  # claims records are {"format": ..., "claims": [...]}


def engine_version(root: Optional[Path] = None) -> str:
    """A digest of the package's code and data files (under ``root``): claims cached by other code are not reused."""
    from quotes._version import __version__

    root = Path(root or Path(__file__).parent)
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".pyc", ".pyo"):
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


class ParseCache:
    """Documents and claims of one annotator under ``folder``.

    ``get(text)``/``put(text, doc)`` for parses; ``get_claims``/``put_claims`` for the claims
    the engine found in them (keyed by the engine's version too). ``writable`` is False when
    the folder cannot be written: then nothing is stored and everything is parsed.
    """

    def __init__(self, folder, version_key: str):
        self.folder = Path(folder)
        self.version_key = f"{FORMAT}|{version_key}"
        self.claims_key = f"{self.version_key}|engine {engine_version()}"
        self.writable = _can_write(self.folder)
        self._warned = not self.writable

    def key(self, text: str, version: Optional[str] = None) -> str:
        prefix = (version or self.version_key).encode("utf-8")
        return hashlib.sha256(prefix + b"\0" + text.encode("utf-8", "surrogatepass")).hexdigest()

    def _path(self, key: str, kind: str = "doc") -> Path:
        return self.folder / kind / key[:2] / f"{key}.json"

    def get_claims(self, text: str) -> Optional[tuple[Claim, ...]]:
        """The claims the engine found in ``text``, or None when not cached or not valid."""
        record = _read_json(self._path(self.key(text, self.claims_key), "claims"))
        if not isinstance(record, dict) or record.get("format") != CLAIMS_FORMAT:
            return None
        return claims_from_records(record.get("claims"))

    def put_claims(self, text: str, claims) -> None:
        records = [c.to_record() if isinstance(c, Claim) else c for c in claims]
        self._write(self._path(self.key(text, self.claims_key), "claims"),
                    {"format": CLAIMS_FORMAT, "claims": records})

    def get(self, text: str):
        """The cached Document of ``text``, or None (a damaged or ill-fitting entry counts as a miss)."""
        from stanza.models.common.doc import Document

        record = _read_json(self._path(self.key(text)))
        if not isinstance(record, dict) or not isinstance(record.get("doc"), str) \
                or not record["doc"].startswith("{"):  # stanza's JSON form only, never a pickle
            return None
        try:
            doc = Document.from_serialized(record["doc"].encode("utf-8"))
            if doc.text != text or not _fits_text(doc, text):
                return None
            if record.get("coref"):
                doc.coref = _chains(doc, record["coref"])
        except Exception:  # noqa: BLE001 - any record stanza cannot rebuild is a miss
            log.debug("cache record of another shape ignored", exc_info=True)
            return None
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
        self._write(self._path(self.key(text)), record)

    def _write(self, path: Path, record) -> None:
        """Store ``record`` unless the cache is read-only; a failed write is warned of once."""
        if not self.writable:
            return
        try:
            _write_json(path, record)
        except OSError as err:
            if not self._warned:
                log.warning("parse cache %s: cannot store an entry (%s); going on without it", self.folder, err)
                self._warned = True


def _can_write(folder: Path) -> bool:
    """Whether files can be created in ``folder`` (made if missing); warns once when not."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
        return True
    except OSError as err:
        log.warning("parse cache %s cannot be written (%s): it is only read, new parses are not stored",
                    folder, err)
        return False


def _read_json(path: Path):
    """The JSON value in ``path``, or None when it cannot be read or is not JSON."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _write_json(path: Path, record) -> None:
    """Write ``record`` to a temporary file, then rename: readers never see half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(record, fh, ensure_ascii=False)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _fits_text(doc, text: str) -> bool:
    """Whether a Document's tokens lie on ``text`` and its words carry a parse (a text with words has sentences).

    A token's text is what the annotator read: the text under it less invisible characters (annotate/clean.py).
    """
    if text.strip() and not doc.sentences:
        return False
    for sentence in doc.sentences:
        n = len(sentence.words)
        for token in sentence.tokens:
            start, end = token.start_char, token.end_char
            if not isinstance(start, int) or not isinstance(end, int) or visible(text[start:end]) != token.text:
                return False
        if any(not isinstance(w.head, int) or not 0 <= w.head <= n or not w.deprel or not w.upos
               for w in sentence.words):
            return False
    return True


# -- claims records: checked against the Claim type field by field --------------------------------
_CLAIM_TYPES = typing.get_type_hints(Claim)


def _fits(value, hint) -> bool:
    """Whether a JSON value fits a type hint of Claim (str, float, Optional, spans as lists)."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union:
        return any(_fits(value, a) for a in args)
    if origin is typing.Literal:
        return value in args
    if hint is type(None):
        return value is None
    if hint in (int, float):
        return isinstance(value, (int, float) if hint is float else int) and not isinstance(value, bool)
    if hint is str:
        return isinstance(value, str)
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            return False
        if len(args) == 2 and args[1] is Ellipsis:
            return all(_fits(v, args[0]) for v in value)
        return len(value) == len(args) and all(_fits(v, a) for v, a in zip(value, args))
    return False


def claims_from_records(records) -> Optional[tuple[Claim, ...]]:
    """Claims from their records, or None when any record does not fit the Claim type."""
    if not isinstance(records, list):
        return None
    for r in records:
        if not isinstance(r, dict) or r.keys() != _CLAIM_TYPES.keys() \
                or not all(_fits(r[k], hint) for k, hint in _CLAIM_TYPES.items()):
            return None
    return tuple(Claim.from_record(r) for r in records)


def renamed(claims, article_id: str) -> tuple[Claim, ...]:
    """Cached claims given to article ``article_id`` (the same text may come under another id)."""
    group = lambda c: f"{article_id}:{c.claim_group.rsplit(':', 1)[-1]}" if c.claim_group else None  # noqa: E731
    return tuple(replace(c, article=article_id, claim_id=f"{article_id}:{k}", claim_group=group(c))
                 for k, c in enumerate(claims, 1))


def _chain_record(chain) -> dict:
    return {"index": chain.index, "representative_text": chain.representative_text,
            "representative_index": chain.representative_index,
            "mentions": [[m.sentence, m.start_word, m.end_word] for m in chain.mentions]}


def _chains(doc, records) -> list:
    from stanza.models.common.doc import CorefChain, CorefMention

    return [CorefChain(r["index"], [CorefMention(*m) for m in r["mentions"]], r["representative_text"],
                       r["representative_index"]) for r in records]


def open_cache(folder: Optional[str], annotator) -> Optional[ParseCache]:
    """The cache for ``annotator`` under ``folder`` (keyed by its declared ``version_key``), or None when off."""
    if not folder:
        return None
    return ParseCache(folder, annotator.version_key)
