"""The tree of a sentence: dependents, subtrees, spans; the sentence that holds an offset."""
from quotes.engine.tree import Node, SentenceIndex, Tree
from tests.conftest import read_fixture


def _trees(lang, name="quote_then_cue"):
    doc = read_fixture(name)
    return doc, [Tree.from_sentence(s, k, doc.text, lang) for k, s in enumerate(doc.sentences)]


def test_children_and_subtrees_read_the_heads(lang):
    _, trees = _trees(lang)
    for tree in trees:
        for node in tree.nodes:
            assert tree.children(node) == [n for n in tree.nodes if n.head == node.i]
            assert tree.children(node, "punct") == [n for n in tree.nodes if n.head == node.i and n.rel == "punct"]
        assert tree.subtree(tree.root) == list(tree.nodes)  # the root's subtree is the sentence
        assert tree.span == (tree.nodes[0].start, tree.nodes[-1].end)


def test_the_sentence_that_holds_an_offset(lang):
    doc, trees = _trees(lang)
    assert len(trees) > 1
    index = SentenceIndex(trees)
    for offset in range(-1, len(doc.text) + 2):
        holding = [t for t in trees if t.span[0] <= offset < t.span[1]]
        assert index.at(offset) is (holding[0] if holding else None), offset


def _through_properties(sentence):
    """The nodes of a sentence as read through stanza's public properties, word by word."""
    nodes = []
    for i, w in enumerate(sentence.words):
        start, end = w.start_char, w.end_char
        if start is None or end is None:
            start, end = w.parent.start_char, w.parent.end_char
        nodes.append(Node.of(i, w.text, (w.lemma or w.text).lower(), w.upos or "", w.feats or "", w.deprel or "dep",
                             (w.head or 0) - 1, start, end, getattr(w.parent, "ner", None) or "O"))
    return nodes


def test_the_words_read_at_once_are_the_words_of_the_properties(lang):
    """Tree.from_sentence reads the attributes behind stanza's properties: the same nodes, field for field."""
    for name in ("quote_then_cue", "according_to_his_story"):
        doc = read_fixture(name)
        sentence = doc.sentences[0]
        sentence.words[0].start_char = sentence.words[0].end_char = None  # a word of a multi-word token
        sentence.words[1].lemma = sentence.words[1].feats = sentence.words[1].deprel = None
        sentence.tokens[2].ner = None
        for k, s in enumerate(doc.sentences):
            tree = Tree.from_sentence(s, k, doc.text, lang)
            assert list(tree.nodes) == _through_properties(s)
            assert all(type(n) is Node for n in tree.nodes)
        first = Tree.from_sentence(sentence, 0, doc.text, lang).nodes
        assert (first[0].start, first[0].end) == (sentence.tokens[0].start_char, sentence.tokens[0].end_char)
        assert first[1].deprel == first[1].rel == "dep" and first[1].lemma == sentence.words[1].text.lower()
        assert first[2].ner == "O"


def test_the_words_in_a_span_are_the_words_that_start_inside_it(lang):
    doc, trees = _trees(lang)
    for tree in trees:
        lo, hi = tree.span
        for a in range(lo - 1, hi + 2, 3):
            for b in (a, a + 1, a + 7, hi + 1):
                assert tree.words_in((a, b)) == [n for n in tree.nodes if a <= n.start < b], (a, b)


def test_the_words_in_a_span_of_a_parse_out_of_order(lang):
    """A parse whose word starts are out of order is read word by word, not halved."""
    _, trees = _trees(lang)
    nodes = list(trees[0].nodes)
    nodes[0], nodes[1] = nodes[1], nodes[0]
    tree = Tree(nodes, 0, trees[0].text, lang)
    span = (nodes[1].start, nodes[0].end)
    assert tree.words_in(span) == [n for n in nodes if span[0] <= n.start < span[1]]
    assert len(tree.words_in(span)) == 2


def test_a_whole_subtree_asked_twice_is_the_same_and_a_copy(lang):
    _, trees = _trees(lang)
    tree = trees[0]
    first = tree.subtree(tree.root)
    first.clear()  # what a caller does with its list is its own
    assert tree.subtree(tree.root) == list(tree.nodes)
    kid = tree.children(tree.root)[0]
    assert tree.subtree(tree.root, exclude=[kid]) == [n for n in tree.nodes if n not in tree.subtree(kid)]
