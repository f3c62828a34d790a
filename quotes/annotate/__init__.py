"""Annotators fill stanza's Document, the one document model of the project.

Every annotator yields, for each input text, a ``stanza.Document`` whose ``text`` is that
text exactly and whose words carry UD ``lemma``, ``upos``, ``feats``, ``head``, ``deprel``,
character offsets into the text, and entities (``doc.ents``, OntoNotes types such as
PERSON, ORG, GPE, NORP). Coreference chains (``doc.coref``) are filled where the
annotator has them (stanza with its coref model); the engine resolves pronouns itself
otherwise.

Which annotator: ``stanza`` (the neural pipeline, best quality, needs ``make models``),
``spacy`` (offline, en_core_web_sm converted to UD), or ``auto`` (stanza where its models
are installed, else spacy). ``load_annotator`` returns the chosen one; its ``name`` says
which ran.
"""
from __future__ import annotations

from typing import Optional

from quotes.annotate.protocol import Annotator, ModelMissingError
from quotes.annotate.stanza_nlp import resolve_model_dir as model_dir

ANNOTATORS = ("auto", "stanza", "spacy")
__all__ = ["ANNOTATORS", "Annotator", "ModelMissingError", "choose_annotator_name", "load_annotator",
           "model_dir", "release_document"]


def choose_annotator_name(name: str = "auto", path: Optional[str] = None) -> tuple[str, str]:
    """Which annotator ``name`` means here, and why: ``("spacy", "stanza models not found in ...")``."""
    from quotes.annotate.stanza_nlp import missing_models

    if name not in ANNOTATORS:
        raise ValueError(f"unknown annotator {name!r}; choose one of {', '.join(ANNOTATORS)}")
    if name != "auto":
        return name, "chosen with --nlp"
    folder = model_dir(path)
    missing = missing_models(folder)
    if not missing:
        return "stanza", f"auto: stanza models found in {folder}"
    return "spacy", f"auto: stanza models not found in {folder} ({missing[0]}); run `make models` for them"


def load_annotator(name: str = "auto", *, model_dir: Optional[str] = None, **options):
    """The annotator ``name`` (auto, stanza or spacy), loaded once, ready to ``annotate(texts)``.

    Raises ``ModelMissingError`` at once, with what to run, when its model is not installed.
    """
    chosen, _ = choose_annotator_name(name, model_dir)
    if chosen == "stanza":
        from quotes.annotate.stanza_nlp import StanzaAnnotator

        return StanzaAnnotator(model_dir=model_dir, **options)
    from quotes.annotate.spacy_ud import SpacyAnnotator

    try:
        return SpacyAnnotator(**options)
    except OSError as err:
        raise ModelMissingError(str(err)) from err


def release_document(doc) -> None:
    """Cut the links from a Document's parts back to their parents, so it is freed when dropped.

    A stanza Document is a web of reference cycles (a Word points to its Sentence and Token,
    which point back): left alone, each parse waits for the cycle collector, which then has to
    scan it. Once the engine is done with a Document, its parts point only downwards.
    Anything that is not a Document is left alone.
    """
    for sentence in getattr(doc, "sentences", None) or ():
        for word in sentence.words:
            word._sent = word._parent = None
        for token in sentence.tokens:
            token._sent = token._words = None
        sentence._doc = sentence._dependencies = sentence._ents = None
    for span in getattr(doc, "ents", None) or ():
        span._doc = span._sent = None
