"""A read-only view of one UD sentence: children, subtrees, character spans and its language.

stanza's words know their head but not their children; every stage of the engine
needs both, so ``Tree`` indexes them once per sentence. A tree also carries the
``Language`` pack of its article, so that every rule that reads a sentence can ask it
for words (``tree.lang.words["negation"]``).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from operator import attrgetter
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, NamedTuple, Optional, Sequence

from quotes.types import Span

if TYPE_CHECKING:
    from quotes.lang import Language

PUNCT = "PUNCT"
# A stanza Word's fields as its properties give them (each property returns its attribute as is).
WORD_FIELDS = attrgetter("_text", "_lemma", "_upos", "_feats", "_deprel", "_head", "_start_char", "_end_char", "_parent")


def _base(deprel: Optional[str]) -> str:
    """The relation without its subtype: ``obl:agent`` -> ``obl``."""
    return (deprel or "").partition(":")[0]


class Node(NamedTuple):
    """One word: its index in the sentence (0-based), head index (-1 for root) and fields.

    A named tuple, not a dataclass: every word of every article becomes one, and a tuple is
    built several times faster. ``rel`` is the relation without its subtype (``nsubj:pass`` ->
    ``nsubj``), kept beside ``deprel`` because the rules ask for it ~4 times per word.
    """

    i: int
    text: str
    lemma: str
    upos: str
    feats: str
    deprel: str
    head: int
    start: int
    end: int
    ner: str = "O"
    rel: str = ""

    @classmethod
    def of(cls, i: int, text: str, lemma: str, upos: str, feats: str, deprel: str, head: int, start: int,
           end: int, ner: str = "O") -> "Node":
        """A word with its ``rel`` from its ``deprel``; built as a plain tuple, the cheapest way there is."""
        return tuple.__new__(cls, (i, text, lemma, upos, feats, deprel, head, start, end, ner, _base(deprel)))

    @property
    def entity(self) -> str:
        """The type of the named entity the word is in (``S-PERSON`` -> ``PERSON``), else ""."""
        return self.ner[2:] if self.ner[1:2] == "-" else ""

    def feat(self, name: str) -> Optional[str]:
        """One UD feature's value: ``feat("Number")`` -> ``"Sing"``."""
        for pair in self.feats.split("|") if self.feats else ():
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return None

    @property
    def ing_form(self) -> bool:
        """A gerund or present participle (UD VerbForm=Ger, or Part with Tense=Pres): "saying"."""
        form = self.feat("VerbForm")
        return form == "Ger" or (form == "Part" and self.feat("Tense") == "Pres")

    @property
    def past_participle(self) -> bool:
        """A past participle (UD VerbForm=Part with Tense=Past): "asked" in "Asked about X, ..."."""
        return self.feat("VerbForm") == "Part" and self.feat("Tense") == "Past"


class Tree:
    """Children, subtrees and spans over one stanza ``Sentence``.

    >>> tree = Tree.from_sentence(doc.sentences[0], 0, doc.text, load_language("en"))  # "He said that it rained."
    >>> [n.text for n in tree.children(tree.root)]
    ['He', 'rained', '.']
    """

    def __init__(self, nodes: Sequence[Node], index: int, text: str, lang: "Language"):
        self.nodes: tuple[Node, ...] = tuple(nodes)
        self.index = index
        self.text = text  # the whole article text: offsets index it
        self.lang = lang  # the language pack: every word a rule asks about
        # Each word's dependents, as words, built once: the rules ask for them ~30 times per word.
        kids: list[list[Node]] = [[] for _ in self.nodes]
        root = 0
        for node in self.nodes:
            if node.head >= 0:
                kids[node.head].append(node)
            else:
                root = node.i
        self._kids = kids
        self._starts: Optional[list[int]] = None  # the words' starts, for words_in: made when first asked
        self._ordered = True
        self._whole: dict[int, list[Node]] = {}  # whole subtrees already worked out, by word index
        self.root = self.nodes[root] if self.nodes else None
        # The sentence's character span, read once per sentence by every article-level pass.
        self.span: Span = (self.nodes[0].start, self.nodes[-1].end) if self.nodes else (0, 0)

    @classmethod
    def from_sentence(cls, sentence, index: int, text: str, lang: "Language") -> "Tree":
        """Index a stanza ``Sentence`` (word heads are 1-based, 0 = root).

        Each word's fields are read in one call from the attributes behind stanza's properties
        (``WORD_FIELDS``), and each Node is built as a plain tuple: every word of every article
        passes here (tests/engine/test_tree.py reads the same words through the properties).
        """
        nodes = []
        new = tuple.__new__
        for i, w in enumerate(sentence.words):
            form, lemma, upos, feats, deprel, head, start, end, token = WORD_FIELDS(w)
            if start is None or end is None:  # a word of a multi-word token has only its token's offsets
                start, end = token.start_char, token.end_char
            deprel = deprel or "dep"
            nodes.append(new(Node, (i, form, (lemma or form).lower(), upos or "", feats or "", deprel, (head or 0) - 1,
                                    start, end, getattr(token, "_ner", None) or "O", deprel.partition(":")[0])))
        return cls(nodes, index, text, lang)

    def __len__(self) -> int:
        return len(self.nodes)

    def words_in(self, span: Span) -> list[Node]:
        """The words that start inside ``span`` (start, end), in word order: an entity's or a quotation's words.

        Found by halving the words' starts (asked per entity and claim); a parse whose starts are out
        of order is read word by word.
        """
        a, b = span
        starts = self._starts
        if starts is None:
            starts = self._starts = [n.start for n in self.nodes]
            self._ordered = all(x <= y for x, y in zip(starts, starts[1:]))
        if not self._ordered:
            return [n for n in self.nodes if a <= n.start < b]
        return list(self.nodes[bisect_left(starts, a):bisect_left(starts, b)])

    def head_of(self, node: Node) -> Optional[Node]:
        return self.nodes[node.head] if node.head >= 0 else None

    def children(self, node: Node, *rels: str) -> list[Node]:
        """Dependents of ``node``, optionally only those whose relation (or base relation) is in ``rels``."""
        kids = self._kids[node.i]
        if not rels:
            return list(kids)
        return [k for k in kids if k.deprel in rels or k.rel in rels]

    def child(self, node: Node, *rels: str) -> Optional[Node]:
        """The first dependent with one of ``rels``, or None."""
        for kid in self._kids[node.i]:  # the first, without listing them all: asked of most words
            if not rels or kid.deprel in rels or kid.rel in rels:
                return kid
        return None

    def ancestors(self, node: Node) -> Iterator[Node]:
        """Heads above ``node``, nearest first."""
        seen = set()
        while node.head >= 0 and node.head not in seen:
            seen.add(node.head)
            node = self.nodes[node.head]
            yield node

    def subtree(self, node: Node, exclude: Iterable[Node] = ()) -> list[Node]:
        """``node`` and all its descendants in word order, leaving out the subtrees of ``exclude``."""
        if not exclude:  # a whole subtree, asked of the same word by several rules: worked out once
            found = self._whole.get(node.i)
            if found is None:
                found = self._whole[node.i] = self._subtree(node, ())
            return list(found)
        return self._subtree(node, exclude)

    def _subtree(self, node: Node, exclude: Iterable[Node]) -> list[Node]:
        banned = {n.i for n in exclude}
        out, stack = set(), [node]
        while stack:
            i = stack.pop().i
            if i in banned or i in out:  # a parse with a cycle must not loop
                continue
            out.add(i)
            stack.extend(self._kids[i])
        return [self.nodes[i] for i in sorted(out)]

    def modifiers_before(self, head: Node, start: int, admit: Callable[[Node], bool]) -> list[Node]:
        """The run of words right before index ``start`` that hang on ``head`` (or on one another)
        and that ``admit`` accepts, in word order: "very publicly" before "said"."""
        taken: list[Node] = []
        hosts = {head.i}
        for k in range(start - 1, -1, -1):
            n = self.nodes[k]
            if n.head not in hosts or not admit(n):
                break
            taken.insert(0, n)
            hosts.add(n.i)
        return taken

    def word_before(self, node: Node) -> Optional[Node]:
        """The word right before ``node``'s phrase (its subtree), or None at the sentence start:
        the comma in "Smith, who backed Cruz"."""
        first = self.subtree(node)[0]
        return self.nodes[first.i - 1] if first.i > 0 else None

    def dominates(self, top: Node, node: Node) -> bool:
        """Whether ``node`` is ``top`` or lies in its subtree."""
        return node.i == top.i or any(a.i == top.i for a in self.ancestors(node))


class SentenceIndex:
    """The sentence that holds an offset, found by halving: a pass over a long article asks it per claim.

    >>> SentenceIndex(trees).at(trees[3].span[0]).index
    3
    """

    def __init__(self, trees: Sequence[Tree]):
        self._trees = [t for t in trees if t.nodes]  # in text order, spans apart
        self._starts = [t.span[0] for t in self._trees]

    def at(self, offset: int) -> Optional[Tree]:
        """The sentence (with words) whose span holds ``offset``, or None between sentences."""
        k = bisect_right(self._starts, offset) - 1
        return self._trees[k] if k >= 0 and offset < self._trees[k].span[1] else None


def trim_punct(nodes: Sequence[Node], keep: str = "") -> list[Node]:
    """``nodes`` without punctuation at either end (``keep``: marks to keep, e.g. quotes)."""
    lo, hi = 0, len(nodes)
    while lo < hi and nodes[lo].upos == PUNCT and nodes[lo].text not in keep:
        lo += 1
    while hi > lo and nodes[hi - 1].upos == PUNCT and nodes[hi - 1].text not in keep:
        hi -= 1
    return list(nodes[lo:hi])


def contiguous_spans(nodes: Sequence[Node]) -> tuple[Span, ...]:
    """Character spans covering ``nodes`` (word order), split where a word is skipped.

    Words ``[0, 1, 2, 5, 6]`` give two spans: one for 0-2, one for 5-6.
    """
    spans: list[list[int]] = []
    prev = None
    for n in nodes:
        if prev is not None and n.i == prev + 1:
            spans[-1][1] = n.end
        else:
            spans.append([n.start, n.end])
        prev = n.i
    return tuple((a, b) for a, b in spans)


def outer_span(nodes: Sequence[Node]) -> Optional[Span]:
    """One span from the first to the last of ``nodes``, or None when empty."""
    return (nodes[0].start, nodes[-1].end) if nodes else None
