"""The offline Russian annotator: natasha (razdel, slovnet, pymorphy2) into a stanza Document.

natasha's wheel ships its models (navec embeddings; slovnet morphology, syntax and NER),
so nothing is downloaded. What each word gets:

- razdel's tokens and sentences, offsets into the text as read (a blank line always ends a
  sentence: a headline or a date line never runs into the paragraph below it);
- slovnet's UD part of speech and features, and its UD dependencies (heads and relations);
- pymorphy2's lemma, chosen to agree with the part of speech and features; a word of a person's
  name gets its nominative as its lemma, shaped as written ("Руслана Кутаева" -> Руслан Кутаев),
  so the engine names a speaker in the nominative whatever the case in the text;
- slovnet's PER/LOC/ORG entities as BIOES tags of the types the engine reads
  (PER -> PERSON, ORG -> ORG, LOC -> GPE).

"Эльхан Велизаде отметил, что ..." -> Велизаде -flat:name-> Эльхан -nsubj-> отметил (root).
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, NamedTuple, Optional

from stanza.models.common.doc import Document

from quotes.annotate.document import build_document
from quotes.annotate.natasha_ner import ParagraphEntities

# natasha's entity types -> the OntoNotes names the engine reads (as spaCy and stanza's English give).
ENTITY_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n\s*")
MAX_SENTENCE_TOKENS = 200  # slovnet's parser is quadratic in a sentence's length: cut longer runs
LEMMAS_KEPT = 100_000  # lemmas remembered per annotator: the distinct words of thousands of articles
NAME_POS = ("PROPN", "NOUN", "ADJ")  # the parts of speech of a name's words that take the nominative


def map_entity_type(label: str) -> str:
    """The engine's entity type of a Russian NER label: ``map_entity_type("PER") == "PERSON"``."""
    return ENTITY_TYPES.get(label, label)


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each paragraph of ``text``: blank lines separate them."""
    start = 0
    for gap in PARAGRAPH_BREAK.finditer(text):
        if text[start:gap.start()].strip():
            yield start, gap.start()
        start = gap.end()
    if text[start:].strip():
        yield start, len(text)


def _vocab():
    """natasha's MorphVocab with pymorphy2's dictionary given by path.

    pymorphy2 finds its dictionary through ``pkg_resources``, which setuptools no longer ships.
    """
    import pymorphy2_dicts_ru
    from natasha import MorphVocab
    from natasha.morph.vocab import MorphForm
    from pymorphy2 import MorphAnalyzer

    class Vocab(MorphVocab):
        def __init__(self):
            MorphAnalyzer.__init__(self, path=pymorphy2_dicts_ru.get_path(), result_type=MorphForm)

    return Vocab()


def _feats(feats: dict) -> Optional[str]:
    return "|".join(f"{k}={feats[k]}" for k in sorted(feats)) or None


def _bioes(starts: list[int], ends: list[int], spans: list) -> list[str]:
    """BIOES entity tags for words at (starts, ends), from entity spans with start/stop/type."""
    tags = ["O"] * len(starts)
    for span in spans:
        inside = [k for k, (a, b) in enumerate(zip(starts, ends)) if a >= span.start and b <= span.stop]
        if not inside:
            continue
        kind = map_entity_type(span.type)
        if len(inside) == 1:
            tags[inside[0]] = "S-" + kind
            continue
        tags[inside[0]], tags[inside[-1]] = "B-" + kind, "E-" + kind
        for k in inside[1:-1]:
            tags[k] = "I-" + kind
    return tags


def one_tree(heads: list[int], rels: list[str]) -> None:
    """Make slovnet's heads (1-based, 0 = root) one tree, in place: UD has one root and no cycles.

    slovnet now and then leaves two roots ("..., вынуждали подписать ..., сообщил его адвокат":
    the second becomes ``parataxis`` of the first, as a reporting tag after a clause is in UD) or
    a cycle with no root (its first word becomes the root).
    """
    n = len(heads)
    for k in range(n):
        seen, at = set(), k
        while heads[at] != 0 and at not in seen:
            seen.add(at)
            at = heads[at] - 1
        if heads[at] != 0:  # a cycle through ``at``: cut it there
            heads[at], rels[at] = 0, "root"
    roots = [k for k in range(n) if heads[k] == 0]
    for k in roots[1:]:
        heads[k], rels[k] = roots[0] + 1, "parataxis"


# The relation by which the second of two entities side by side continues the first's name.
JOINED_BY = {"PERSON": ("flat:name", "flat"), "ORG": ("nmod", "flat")}


def join_names(tags: list[str], heads: list[int], rels: list[str]) -> None:
    """Join two entities of a type side by side that the syntax makes one name, in place:
    "Тагир" and "Омаров" tagged apart, "Омаров" the ``flat:name`` of "Тагир", are one person;
    "ГУ" and "МВД", "МВД" hanging on "ГУ", one organization."""
    for k in range(len(tags) - 1):
        a, b = tags[k], tags[k + 1]
        kind = a[2:]
        if kind in JOINED_BY and a[:2] in ("S-", "E-") and b in ("S-" + kind, "B-" + kind) \
                and heads[k + 1] == k + 1 and rels[k + 1] in JOINED_BY[kind]:
            tags[k] = ("B-" if a[:2] == "S-" else "I-") + kind
            tags[k + 1] = ("E-" if b[:2] == "S-" else "I-") + kind


def _dominates(heads: list[int], top: int, k: int) -> bool:
    seen = set()
    while k != top and heads[k] != 0 and k not in seen:
        seen.add(k)
        k = heads[k] - 1
    return k == top


def mend_crossing_modifiers(heads: list[int], rels: list[str], pos: list[str]) -> None:
    """Hang a noun's modifier that slovnet sent across another phrase on the noun before it, in place.

    "Вода подтопила 126 домов, сообщил заместитель главы района по вопросам ЖКХ Гамзат Исаев":
    "по вопросам" hung on "домов" crosses the subject's phrase and cuts the name from its role;
    on "района", the word before it, the subject is one phrase again.
    """
    for k, rel in enumerate(rels):
        head = heads[k] - 1
        if rel != "nmod" or head < 0 or head > k or all(
                pos[j] == "PUNCT" or _dominates(heads, head, j) for j in range(head + 1, k)):
            continue
        first = min(j for j in range(len(heads)) if _dominates(heads, k, j))
        before = first - 1
        if before > head and pos[before] in ("NOUN", "PROPN") and not _dominates(heads, k, before):
            heads[k] = before + 1


def _agrees(noun: dict, verb: dict) -> bool:
    """Whether a subject's number and gender fit a finite verb's (a feature either lacks fits)."""
    return all(noun.get(f) is None or verb.get(f) is None or noun[f] == verb[f] for f in ("Number", "Gender"))


def _inside(heads: list[int], top: int, first: int, last: int) -> bool:
    """Whether every word from ``first`` to ``last`` (0-based) hangs, at some depth, on word ``top``."""
    return all(_dominates(heads, top, k) for k in range(first, last + 1))


def _misplaced_subject(k: int, heads: list[int], rels: list[str], feats: list[dict]) -> bool:
    """Whether word ``k`` is a nominative that slovnet hung where it cannot be: the subject of a
    verb it does not agree with, or the apposition of a noun in another case."""
    host = heads[k] - 1
    if host < 0 or feats[k].get("Case") != "Nom":
        return False
    if rels[k] == "nsubj":
        return feats[host].get("VerbForm") == "Fin" and not _agrees(feats[k], feats[host])
    return rels[k] == "appos" and feats[host].get("Case") not in (None, "Nom")


def _subject_before(heads: list[int], rels: list[str], feats: list[dict], k: int, first: int) -> Optional[int]:
    """The subject whose phrase ends right before a misplaced apposition ``k`` and agrees with it."""
    if rels[k] != "appos" or first == 0:
        return None
    at = first - 1
    while heads[at] != 0:
        if rels[at] == "nsubj":
            phrase = [j for j in range(len(heads)) if _dominates(heads, at, j)]
            return at if max(phrase) == first - 1 and _agrees(feats[k], feats[at]) else None
        at = heads[at] - 1
    return None


def lend_subjects(heads: list[int], rels: list[str], feats: list[dict]) -> None:
    """Give a reporting tag the subject slovnet hung on the clause it tags, in place.

    "Цены выросли, заявила в беседе с «…» жена фермера": slovnet makes "жена" the subject of
    "выросли", with which it does not agree (Plur against Sing Fem), or the apposition of a
    genitive noun in the clause; the tag "заявила" before it, a finite verb in parataxis with no
    subject of its own that agrees, whose words run up to the noun, gets it. The same for
    "Как отметил в интервью мэр города, мост откроют".
    """
    for k in range(len(rels)):
        if not _misplaced_subject(k, heads, rels, feats):
            continue
        first = min(j for j in range(k + 1) if _dominates(heads, k, j))  # "его адвокат": the noun's phrase
        subject = _subject_before(heads, rels, feats, k, first)
        if subject is not None:  # "заявила ... жена одного из них Мадина": the name of the tag's subject
            heads[k] = subject + 1
            continue
        for tag in range(first - 1, -1, -1):
            if rels[tag] == "parataxis" and feats[tag].get("VerbForm") == "Fin" and _agrees(feats[k], feats[tag]) \
                    and "nsubj" not in {rels[j] for j in range(len(rels)) if heads[j] == tag + 1} \
                    and _inside(heads, tag, tag, first - 1):
                heads[k], rels[k] = tag + 1, "nsubj"
                break


def _inflected(tags: list[str], heads: list[int], pos: list[str]) -> set[int]:
    """The words of names that inflect with the case: every word of a person's name; of an
    organisation or place, its head word and the adjectives agreeing with it ("Службы
    государственной безопасности Грузии": Службы, государственной), as natasha's own
    normalisation does."""
    out, k = set(), 0
    while k < len(tags):
        if tags[k][:2] not in ("B-", "S-"):
            k += 1
            continue
        end = k
        while tags[end][:2] not in ("E-", "S-") and end + 1 < len(tags):
            end += 1
        span = range(k, end + 1)
        if tags[k].endswith("-PERSON"):
            out.update(span)
        else:
            root = next((j for j in span if heads[j] - 1 not in span), k)
            out.add(root)
            out.update(j for j in span if heads[j] - 1 == root and pos[j] == "ADJ")
        k = end + 1
    return out


def _head(head_id: str, sent_size: int) -> int:
    """slovnet's head id ("4", or "1_4" through natasha's Doc) as a 1-based head (0 = root)."""
    head = int(str(head_id).rsplit("_", 1)[-1])
    return head if 0 <= head <= sent_size else 0


class NatashaAnnotator:
    """natasha's news models, loaded once: ``annotate(texts)`` yields UD Documents in order."""

    name = "natasha"
    language = "ru"

    def __init__(self):
        import natasha
        from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser

        embedding = NewsEmbedding()
        self.morph = NewsMorphTagger(embedding)
        self.syntax = NewsSyntaxParser(embedding)
        self.ner = NewsNERTagger(embedding)
        self.entities = ParagraphEntities(self.ner)  # slovnet's entities of a paragraph, without its per-call cost
        self.vocab = _vocab()
        self._lemmas: dict = {}  # (form, pos, feats, how) -> lemma, within this annotator's run
        version = getattr(natasha, "__version__", None) or _dist_version("natasha")
        self.models = "slovnet_{morph,syntax,ner}_news_v1 + navec_news_v1 + pymorphy2"
        self.description = f"natasha {version} ({self.models})"
        self.version_key = f"natasha-ud/4|{version}|{_dist_version('slovnet')}|{_dist_version('pymorphy2')}"

    def annotate(self, texts: Iterable[str]) -> Iterator[Document]:
        """One UD Document per text, in order; invisible characters are not read (quotes.annotate.clean)."""
        from quotes.annotate.clean import clean, restore

        for text in texts:
            cleaned = clean(text)
            yield restore(self.document(cleaned.text), cleaned)

    def document(self, text: str) -> Document:
        """The UD Document of one text, built in bulk (``build_document``: the constructor's Document).

        >>> doc = NatashaAnnotator().document("Политолог отметил, что переговоры сорвались.")
        >>> [(w.text, w.deprel) for w in doc.sentences[0].words][:2]
        [('Политолог', 'nsubj'), ('отметил', 'root')]
        """
        return build_document(self.rows(text), text)

    def rows(self, text: str) -> list[list[tuple]]:
        """The words of each sentence of ``text`` as ``build_document`` rows, one word a token:
        (text, lemma, upos, xpos, feats, head, deprel, start_char, end_char, ner).

        "Политолог отметил." -> [[("Политолог", "политолог", "NOUN", None, "Animacy=Anim|...", 2, "nsubj", 0, 9, "O"), ...]]
        """
        by_paragraph = self._sentences_by_paragraph(text)
        sentences = [s for _, sents in by_paragraph for s in sents]
        if not sentences:
            return []
        words = [[text[a:b] for a, b in s] for s in sentences]
        morphs = list(self.morph.map(words))
        parses = list(self.syntax.map(words))
        spans = []
        for (start, end), sents in by_paragraph:  # the NER reads the paragraph's own tokens, not razdel's again
            tokens = [(a - start, b - start) for s in sents for a, b in s]
            spans.extend(_Span(start + s.start, start + s.stop, s.type) for s in self.entities(text[start:end], tokens))
        return [self._words(text, offsets, morph.tokens, parse.tokens, spans)
                for offsets, morph, parse in zip(sentences, morphs, parses)]

    def _sentences_by_paragraph(self, text: str) -> list[tuple[tuple[int, int], list[list[tuple[int, int]]]]]:
        """Paragraph by paragraph, its (start, end) and the (start, end) of every token of each sentence."""
        from razdel import sentenize, tokenize

        out = []
        for p_start, p_end in paragraphs(text):
            sentences = []
            for sent in sentenize(text[p_start:p_end]):
                base = p_start + sent.start
                tokens = [(base + t.start, base + t.stop) for t in tokenize(sent.text)]
                sentences.extend(tokens[k:k + MAX_SENTENCE_TOKENS] for k in range(0, len(tokens), MAX_SENTENCE_TOKENS))
            out.append(((p_start, p_end), [s for s in sentences if s]))
        return out

    def _lemma(self, form: str, morph, feats: Optional[str], tag: str, inflect: bool) -> str:
        """pymorphy2's lemma; for a word of a name, its nominative shaped as written ("Кутаева" -> "Кутаев").

        A lemma depends on the form, part of speech and features alone (``feats``, as written in
        the Document): each is worked out once per annotator, as a run meets the same words in
        article after article (a quarter of the annotator's own time on Russian news otherwise).
        """
        if inflect and morph.pos in NAME_POS:
            how = "name"
        elif tag.endswith("-ORG") or tag.endswith("-GPE"):
            return form  # a word of a name that keeps its form: "Грузии" in "Служба ... Грузии"
        else:
            how = "lemma"
        key = (form, morph.pos, feats, how)
        lemma = self._lemmas.get(key)
        if lemma is None:
            if len(self._lemmas) >= LEMMAS_KEPT:  # memory stays bounded on any corpus
                self._lemmas.clear()
            lemma = self._lemmas[key] = _pymorphy_lemma(self.vocab, form, morph, how == "name")
        return lemma

    def _words(self, text: str, offsets, morph_tokens, parse_tokens, spans) -> list[tuple]:
        """One sentence's rows: slovnet's tags and tree, repaired, with lemmas and entity tags."""
        starts, ends = [a for a, _ in offsets], [b for _, b in offsets]
        tags = _bioes(starts, ends, [s for s in spans if s.start < ends[-1] and s.stop > starts[0]])
        heads = [_head(p.head_id, len(offsets)) for p in parse_tokens]
        rels = [p.rel for p in parse_tokens]
        for k, head in enumerate(heads):
            if head in (0, k + 1):
                heads[k], rels[k] = 0, "root"
        one_tree(heads, rels)
        lend_subjects(heads, rels, [m.feats for m in morph_tokens])
        join_names(tags, heads, rels)
        mend_crossing_modifiers(heads, rels, [m.pos for m in morph_tokens])
        inflected = _inflected(tags, heads, [m.pos for m in morph_tokens])
        words = []
        for k, ((start, end), m) in enumerate(zip(offsets, morph_tokens)):
            form, feats = text[start:end], _feats(m.feats)
            words.append((form, self._lemma(form, m, feats, tags[k], k in inflected), m.pos, None, feats,
                          heads[k], rels[k], start, end, tags[k]))
        return words


def _pymorphy_lemma(vocab, form: str, morph, nominative: bool) -> str:
    """pymorphy2's lemma of ``form`` tagged ``morph``; with ``nominative``, its nominative shaped as written."""
    from natasha.morph.lemma import lemmatize
    from natasha.norm import inflect_word, recover_shape

    if nominative:
        return recover_shape(inflect_word(vocab, _Form(form, morph.pos, morph.feats)), form)
    return lemmatize(vocab, form, morph.pos, morph.feats)


class _Form(NamedTuple):
    """A word as natasha's inflection reads it."""

    text: str
    pos: str
    feats: dict


class _Span:
    """An entity span moved to offsets into the whole text."""

    __slots__ = ("start", "stop", "type")

    def __init__(self, start: int, stop: int, type: str):
        self.start, self.stop, self.type = start, stop, type


def _dist_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"
