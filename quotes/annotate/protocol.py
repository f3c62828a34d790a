"""What an annotator is: the few attributes and the one method the pipeline uses.

Any object with these serves (``typing.Protocol``: no base class to inherit). The pipeline
reads ``name`` into each article's status, the parse cache keys its entries by
``version_key``, and the About sheet shows ``description`` and ``models``.

    class Annotator:
        name = "spacy"
        version_key = "spacy-ud/3|3.8.18|en_core_web_sm 3.8.0"
        description = "spacy 3.8.18 + en_core_web_sm 3.8.0"
        models = "en_core_web_sm 3.8.0"
        def annotate(self, texts): ...   # one stanza Document per text, in order
"""
from __future__ import annotations

from typing import Iterable, Iterator, Protocol, runtime_checkable


class ModelMissingError(OSError):
    """An annotator's model is not installed; the message says what to run."""


@runtime_checkable
class Annotator(Protocol):
    """Turns texts into stanza Documents (UD words with offsets, entities), one per text, in order."""

    name: str  # which annotator ran ("spacy", "stanza"), as the Articles table shows it
    version_key: str  # annotator, library and model versions: a changed one never reuses a cached parse
    description: str  # for people: "spacy 3.8.18 + en_core_web_sm 3.8.0"
    models: str  # the models it loaded

    def annotate(self, texts: Iterable[str]) -> Iterator:
        """One ``stanza.Document`` per text, in order; ``doc.text`` is the text exactly."""
        ...
