"""Annotators fill stanza's Document, the one document model of the project.

Every annotator yields, for each input text, a ``stanza.Document`` whose ``text`` is that
text exactly and whose words carry UD ``lemma``, ``upos``, ``feats``, ``head``, ``deprel``,
character offsets into the text, and entities (``doc.ents``, OntoNotes types such as
PERSON, ORG, GPE, NORP). Coreference chains (``doc.coref``) are filled where the
annotator has them (stanza with its coref model); the engine resolves pronouns itself
otherwise.

Which annotator, per language: ``stanza`` (the neural pipeline, best quality, needs
``make models``), the offline one of the language (``spacy``: en_core_web_sm converted to UD,
for English; ``natasha``: razdel, slovnet and pymorphy2, for Russian), or ``auto`` (stanza where
its models of the language are installed, else the offline one). ``load_annotator`` returns the
chosen one; its ``name`` says which ran. ``LanguageAnnotators`` (quotes/annotate/languages.py)
serves a folder of mixed languages, one annotator per language.
"""
from __future__ import annotations

from typing import Optional

from quotes.annotate.protocol import Annotator, ModelMissingError
from quotes.annotate.stanza_nlp import resolve_model_dir as model_dir

ANNOTATORS = ("auto", "stanza", "spacy", "natasha")
OFFLINE = {"en": "spacy", "ru": "natasha"}  # the annotator of each language that needs no download
__all__ = ["ANNOTATORS", "Annotator", "ModelMissingError", "choose_annotator_name", "load_annotator",
           "model_dir", "release_document", "article_language", "annotator_name"]


def choose_annotator_name(name: str = "auto", path: Optional[str] = None, language: str = "en") -> tuple[str, str]:
    """Which annotator ``name`` means for ``language`` here, and why.

    ``choose_annotator_name("auto", "/none")`` -> ``("spacy", "auto: stanza models not found in /none ...")``;
    an offline annotator of another language means the offline one of this language
    (``--nlp spacy`` on a Russian article gives natasha).
    """
    from quotes.annotate.stanza_nlp import missing_models

    if name not in ANNOTATORS:
        raise ValueError(f"unknown annotator {name!r}; choose one of {', '.join(ANNOTATORS)}")
    if language not in OFFLINE:
        raise ValueError(f"no annotator for language {language!r}; available: {', '.join(OFFLINE)}")
    offline = OFFLINE[language]
    if name == offline or name == "stanza":
        return name, "chosen with --nlp"
    if name != "auto":
        return offline, f"{name} reads no {language}: the offline annotator of {language} is {offline}"
    folder = model_dir(path)
    missing = missing_models(folder, language)
    if not missing:
        return "stanza", f"auto: stanza {language} models found in {folder}"
    return offline, (f"auto: stanza {language} models not found in {folder} ({missing[0]}); "
                     "run `make models` for them")


def load_annotator(name: str = "auto", *, model_dir: Optional[str] = None, language: str = "en", **options):
    """The annotator ``name`` (auto, stanza, spacy, natasha) of ``language``, loaded once, ready to ``annotate(texts)``.

    Raises ``ModelMissingError`` at once, with what to run, when its model is not installed.
    """
    chosen, _ = choose_annotator_name(name, model_dir, language)
    if chosen == "stanza":
        from quotes.annotate.stanza_nlp import StanzaAnnotator

        return StanzaAnnotator(model_dir=model_dir, language=language, **options)
    if chosen == "natasha":
        from quotes.annotate.natasha_ud import NatashaAnnotator

        return NatashaAnnotator(**options)
    from quotes.annotate.spacy_ud import SpacyAnnotator

    try:
        return SpacyAnnotator(**options)
    except OSError as err:
        raise ModelMissingError(str(err)) from err


def article_language(annotator, text: str) -> str:
    """The language ``annotator`` reads ``text`` in: decided per text by ``LanguageAnnotators``,
    else the one language of a single annotator ("en" for spacy, "ru" for natasha)."""
    language_of = getattr(annotator, "language_of", None)
    return language_of(text) if language_of is not None else getattr(annotator, "language", "en")


def annotator_name(annotator, language: Optional[str]) -> str:
    """The name of what annotates ``language``: ``natasha`` for Russian under ``LanguageAnnotators``."""
    choices = getattr(annotator, "choices", None) or {}
    return choices[language][0] if language in choices else annotator.name


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
