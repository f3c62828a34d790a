"""stanza Documents built in bulk: the objects stanza's own constructor makes, without its per-word work.

``Document(sentences_of_token_dicts, text=...)`` reads every word through a dict, tells
multi-word tokens, empty nodes and misc fields apart, sets each field through a property
and builds each sentence's dependency list word by word: about 70% of turning a parse into
a Document, and ~5% of the whole extract path. An annotator whose words are one word per
token, with no misc, enhanced dependencies or multi-word tokens (spaCy's, in UD), gives
``build_document`` one row per word, and gets the same Document: its words, tokens,
sentences, dependencies, comments, entities and spaces, field for field
(tests/annotate/test_document.py compares them with the constructor's, so that a stanza
release that changes its objects fails there, not in the engine).

    >>> doc = build_document([[("Velizade", "Velizade", "PROPN", "NNP", "Number=Sing", 2, "nsubj", 0, 8, "S-PERSON"),
    ...                        ("spoke", "speak", "VERB", "VBD", None, 0, "root", 9, 14, "O")]], "Velizade spoke")
    >>> doc.sentences[0].words[1].deprel, doc.ents[0].text, doc.sentences[0].sent_id
    ('root', 'Velizade', '0')
"""
from __future__ import annotations

from typing import Optional, Sequence

from stanza.models.common.doc import CommentList, Document, Sentence, Span, Token, Word

# One word: (text, lemma, upos, xpos, feats, head, deprel, start_char, end_char, ner); head 1-based, 0 = root.
WordRow = tuple


def build_document(sentences: Sequence[Sequence[WordRow]], text: Optional[str]) -> Document:
    """The Document that ``Document([[{"id": (k,), "text": ..., ...}, ...], ...], text=text)`` gives.

    Every sentence holds at least one word; ``text`` is the text the offsets index.
    """
    doc = object.__new__(Document)
    doc.__dict__.update(_sentences=[], _lang=None, _text=text, _num_tokens=0, _num_words=0)
    for index, rows in enumerate(sentences):
        doc._sentences.append(_sentence(doc, index, rows, text))
    doc._num_tokens = doc._num_words = sum(len(s._words) for s in doc._sentences)
    doc._ents = []
    doc._coref = []
    if text is not None:
        for sentence in doc._sentences:  # as Document.build_ents, sentence by sentence
            sentence._ents = _entities(doc, sentence, text)
            doc._ents += sentence._ents
        _mark_whitespace(doc, text)
    return doc


def _sentence(doc: Document, index: int, rows: Sequence[WordRow], text: Optional[str]) -> Sentence:
    """One sentence, its words each in a token of its own, as ``Sentence(token_dicts, doc)`` makes it."""
    sentence = object.__new__(Sentence)
    words, tokens, dependencies = [], [], []
    sentence.__dict__.update(_tokens=tokens, _words=words, _dependencies=dependencies, _text=None, _ents=[],
                             _doc=doc, _comments=CommentList(), _enhanced_dependencies=None, _empty_words=[])
    new = object.__new__
    for k, (form, lemma, upos, xpos, feats, head, deprel, start, end, ner) in enumerate(rows, 1):
        word, token = new(Word), new(Token)
        # The fields in the order the constructors set them (Word.__init__, Token.__init__).
        word.__dict__ = {"_id": k, "_text": form, "_lemma": lemma, "_upos": upos, "_xpos": xpos, "_feats": feats,
                         "_head": head, "_deprel": deprel, "_misc": None, "_start_char": start, "_end_char": end,
                         "_parent": token, "_sent": sentence, "_mexp": None, "_coref_chains": None,
                         "_line_number": None}
        token.__dict__ = {"_id": (k,), "_text": form, "_misc": None, "_ner": ner, "_multi_ner": None,
                          "_words": [word], "_start_char": start, "_end_char": end, "_sent": sentence,
                          "_mexp": None, "_spaces_before": "", "_spaces_after": " ", "_line_number": None}
        words.append(word)
        tokens.append(token)
    for word in words:
        if word._head is None or word._deprel is None:  # stanza builds the list only when every word has both
            dependencies.clear()
            break
        head = _root(sentence) if word._head == 0 else words[word._head - 1]  # a ROOT word per root
        if head._id != word._head:
            raise ValueError("Dependency tree is incorrectly constructed")
        dependencies.append((head, word._deprel, word))
    begin, end = tokens[0]._start_char, tokens[-1]._end_char
    if text is not None and begin is not None and end is not None:
        sentence._text = text[begin:end]
    sentence._index = index
    # The comments Document's constructor gives every sentence: its text on one line and its index.
    if sentence._text:
        sentence.add_comment("# text = " + " ".join(sentence._text.split()))
    sentence.sent_id = str(index)
    return sentence


def _root(sentence: Sentence) -> Word:
    """The ROOT word of a dependency, as ``Word(sentence, {"id": 0, "text": "ROOT"})`` makes it."""
    word = object.__new__(Word)
    word.__dict__ = {"_id": 0, "_text": "ROOT", "_lemma": None, "_upos": None, "_xpos": None, "_feats": None,
                     "_head": None, "_deprel": None, "_misc": None, "_start_char": None, "_end_char": None,
                     "_parent": None, "_sent": sentence, "_mexp": None, "_coref_chains": None, "_line_number": None}
    return word


def _entities(doc: Document, sentence: Sentence, text: str) -> list:
    """The entities of a sentence's tokens' BIOES tags, as ``Sentence.build_ents`` makes them."""
    tokens = sentence._tokens
    found = []
    for first, last, kind in decode_bioes([t._ner for t in tokens]):
        span = object.__new__(Span)
        start, end = tokens[first]._start_char, tokens[last]._end_char
        run = tokens[first:last + 1]
        span.__dict__ = {"_text": text[start:end], "_type": kind, "_start_char": start, "_end_char": end,
                         "_tokens": run, "_words": [w for t in run for w in t._words], "_doc": doc, "_sent": sentence}
        found.append(span)
    return found


def decode_bioes(tags: Sequence[Optional[str]]) -> list[tuple[int, int, str]]:
    """``(first, last, type)`` of each entity, read as stanza's ``decode_from_bioes`` reads the tags.

    >>> decode_bioes(["B-PERSON", "E-PERSON", "O", "S-GPE"])
    [(0, 1, 'PERSON'), (3, 3, 'GPE')]
    """
    found: list[tuple[int, int, str]] = []
    first = last = -1  # the entity being read: no word yet
    kind = ""
    for k, tag in enumerate(tags):
        if tag is None or tag == "O":
            if first >= 0:
                found.append((first, last, kind))
            first = -1
            continue
        mark = tag[:2]
        if mark == "B-" or mark == "S-":
            if first >= 0:
                found.append((first, last, kind))
            first = last = k
            kind = tag[2:]
            if mark == "S-":
                found.append((k, k, kind))
                first = -1
        elif mark == "I-" or mark == "E-":
            if first < 0:
                first = k
            last, kind = k, tag[2:]
            if mark == "E-":
                found.append((first, last, kind))
                first = -1
    if first >= 0:
        found.append((first, last, kind))
    return found


def _mark_whitespace(doc: Document, text: str) -> None:
    """Each token's spaces after it, and the first one's before it, as ``Document.mark_whitespace`` sets them."""
    tokens = [t for s in doc._sentences for t in s._tokens]
    for prev, token in zip(tokens, tokens[1:]):
        prev._spaces_after = text[prev._end_char:token._start_char]
    if tokens:
        tokens[-1]._spaces_after = text[tokens[-1]._end_char:]
        tokens[0]._spaces_before = text[:tokens[0]._start_char]
