"""The tree of a sentence: dependents, subtrees, spans; the sentence that holds an offset."""
from quotes.engine.tree import SentenceIndex, Tree
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
