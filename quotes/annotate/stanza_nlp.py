"""The stanza annotator: stanza's neural pipelines (English, Russian), the best quality `quotes` has.

Its models come from ``make models`` on a connected machine. Here it never touches the
network: ``download_method=None``, an explicit model folder and ``HF_HUB_OFFLINE=1``; a
missing model is one clear ``ModelMissingError`` at once.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterable, Iterator, Optional

from quotes.annotate.pieces import PIECE_CHARS, annotate_in_pieces
from quotes.annotate.protocol import ModelMissingError
from quotes.runtime import environment

LANG = "en"
# The processors of each language (Russian has no multi-word tokens to expand).
PROCESSORS_OF = {"en": "tokenize,mwt,pos,lemma,depparse,ner", "ru": "tokenize,pos,lemma,depparse,ner"}
# Russian NER (WikiNER) labels -> the OntoNotes names the engine reads.
ENTITY_TYPES = {"ru": {"PER": "PERSON", "LOC": "GPE", "ORG": "ORG", "MISC": "MISC"}}


def required_files(language: str = LANG) -> tuple[str, ...]:
    """Files (under the model folder) each processor needs; the package names are stanza's defaults."""
    return ("resources.json",) + tuple(f"{language}/{p}" for p in PROCESSORS_OF[language].split(","))


REQUIRED = required_files(LANG)
BATCH_DOCS = 16
HOW_TO_GET = "run `make models` on a connected machine, or use --nlp spacy"


def resolve_model_dir(path: Optional[str] = None) -> Path:
    """Where stanza's models live: ``path``, else $STANZA_RESOURCES_DIR, else ~/stanza_resources."""
    return Path(path or os.environ.get("STANZA_RESOURCES_DIR") or Path.home() / "stanza_resources")


def missing_models(folder: Path, language: str = LANG) -> list[str]:
    """The model files stanza needs for ``language`` that are not in ``folder`` (empty when all are there)."""
    return [name for name in required_files(language) if not (Path(folder) / name).exists()]


class StanzaAnnotator:
    """stanza's pipeline of ``language`` (tokenize, [mwt,] pos, lemma, depparse, ner; coref if installed).

    ``options`` go to ``stanza.Pipeline``: tests pass ``ner_model_path`` and the like to run
    it on small models they train themselves.
    """

    name = "stanza"
    language = LANG

    def __init__(self, model_dir: Optional[str] = None, processors: Optional[str] = None,
                 check_files: bool = True, language: str = LANG, **options):
        import stanza

        processors = processors or PROCESSORS_OF[language]
        self._arguments = (model_dir, processors, check_files, language, options)
        self.language = language
        self.entity_types = ENTITY_TYPES.get(language, {})
        folder = resolve_model_dir(model_dir)
        if check_files and not any(k.endswith("_model_path") for k in options):
            missing = missing_models(folder, language)
            if missing:
                raise ModelMissingError(f"stanza models missing in {folder} ({', '.join(missing)}): {HOW_TO_GET}")
        try:
            with environment(HF_HUB_OFFLINE="1"):  # a coref base model must never be fetched from the hub
                self.pipeline = stanza.Pipeline(language, dir=str(folder), processors=processors,
                                                download_method=None, logging_level="WARN", **options)
        except OSError as err:  # stanza's ResourcesFileNotFoundError, LanguageNotDownloadedError
            raise ModelMissingError(f"stanza could not load its models from {folder} ({err}): {HOW_TO_GET}") from err
        self.piece_chars = PIECE_CHARS
        self.models = f"stanza {stanza.__version__} ({processors})"
        self.description = self.models
        settings = sorted((k, v) for k, v in options.items() if not k.endswith("_path"))
        self.version_key = (f"stanza/2|{language}|{stanza.__version__}|{processors}|{settings}|"
                            f"models {model_digest(self.pipeline)}")

    def __reduce__(self):
        """Pickled small: a worker of a cluster loads the models itself (``quotes.dask``)."""
        model_dir, processors, check_files, language, options = self._arguments
        return _load_stanza, (model_dir, processors, check_files, language, options)

    def annotate(self, texts: Iterable[str]) -> Iterator:
        """One Document per text, in order, processed in bulk batches; long texts in pieces (pieces.py)."""
        return annotate_in_pieces(texts, self._parse, piece_chars=self.piece_chars, batch_docs=BATCH_DOCS)

    def _parse(self, texts: list[str]) -> Iterator:
        """stanza's Documents of ``texts``, each parsed cleaned (``quotes.annotate.clean``), offsets put back onto it."""
        from stanza.models.common.doc import Document

        from quotes.annotate.clean import clean, restore

        batch = [clean(text) for text in texts]
        for doc, cleaned in zip(self.pipeline([Document([], text=c.text) for c in batch]), batch):
            yield self._engine_entities(restore(doc, cleaned))

    def _engine_entities(self, doc):
        """Entities renamed to the types the engine reads (Russian PER -> PERSON, LOC -> GPE)."""
        if not self.entity_types:
            return doc
        for token in (t for s in doc.sentences for t in s.tokens):
            tag = token.ner or "O"
            if "-" in tag:
                prefix, kind = tag.split("-", 1)
                token.ner = f"{prefix}-{self.entity_types.get(kind, kind)}"
        doc.build_ents()
        return doc


def _load_stanza(model_dir, processors, check_files, language, options) -> StanzaAnnotator:
    return StanzaAnnotator(model_dir, processors, check_files, language, **options)


def model_digest(pipeline) -> str:
    """A digest of the model files the loaded ``pipeline`` read: another model, another cache key."""
    digest = hashlib.sha256()
    files = {Path(v) for p in pipeline.processors.values() for k, v in p.config.items()
             if k.endswith("_path") and isinstance(v, str) and Path(v).is_file()}
    for path in sorted(files):
        digest.update(path.name.encode() + b"\0")
        with path.open("rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()[:16]


def download_models(folder: Optional[str] = None, languages: tuple[str, ...] = tuple(PROCESSORS_OF)) -> Path:
    """Download stanza's models of ``languages`` (English and Russian) into ``folder`` (needs the network; `make models`)."""
    import stanza

    target = resolve_model_dir(folder)
    for language in languages:
        stanza.download(language, model_dir=str(target), processors=PROCESSORS_OF[language])
    return target
