"""Long texts annotated in pieces: cut at paragraphs, lines or sentence ends, joined with true offsets."""
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.annotate.pieces import annotate_in_pieces, pieces
from quotes.annotate.spacy_ud import SpacyAnnotator
from quotes.claims import build_claims
from quotes.engine.attribute import find_attributions
from quotes.types import Article

ROOT = Path(__file__).parents[2]
PARAGRAPHS = [f"Speaker{k} Smith told reporters that the talks number {k} had failed. Prices rose." for k in range(30)]
ARTICLE = "\n\n".join(PARAGRAPHS)


def texts_of(text, spans):
    return [text[a:b] for a, b in spans]


@pytest.mark.parametrize("text, size, expected", [
    ("One.\n\nTwo.\n\nThree.", 8, ["One.\n\n", "Two.\n\n", "Three."]),              # blank lines first
    ("aaaa\nbb.\n\ncccc dd\neeee", 10, ["aaaa\nbb.\n\n", "cccc dd\n", "eeee"]),   # else a line break
    ("Aa bb. Cc dd ee. Ff", 10, ["Aa bb. ", "Cc dd ee. ", "Ff"]),                  # else a sentence end
    ("aa bb cc dd ee", 6, ["aa bb ", "cc dd ", "ee"]),                               # else a space
    ("abcdefghij", 4, ["abcd", "efgh", "ij"]),                                       # else where it must
    ("", 5, [""]),
])
def test_pieces_cut_at_the_best_boundary(text, size, expected):
    spans = pieces(text, size)
    assert texts_of(text, spans) == expected
    assert "".join(texts_of(text, spans)) == text and all(b - a <= size for a, b in spans)


def words_and_offsets(doc):
    return [(t.text, t.start_char, t.end_char) for s in doc.sentences for t in s.tokens]


def claims_of(doc, lang):
    return [(c.speaker, c.claim, c.content_spans, c.cue_spans) for c in
            build_claims(Article("a", doc.text), find_attributions(doc, lang))]


def test_a_long_text_is_one_document_with_offsets_into_it(spacy_annotator, lang):
    small = SpacyAnnotator(nlp=spacy_annotator.nlp)
    small.piece_chars = 300
    assert len(pieces(ARTICLE, 300)) > 5
    (whole,) = spacy_annotator.annotate([ARTICLE])
    (joined,) = small.annotate([ARTICLE])
    assert joined.text == ARTICLE
    for sentence in joined.sentences:
        for token in sentence.tokens:
            assert ARTICLE[token.start_char:token.end_char] == token.text
    assert words_and_offsets(joined) == words_and_offsets(whole)
    assert all(ARTICLE[e.start_char:e.end_char] == e.text for e in joined.ents)
    # The words are the same; a piece's first words may be tagged otherwise (less context before them).
    assert [c[1:] for c in claims_of(joined, lang)] == [c[1:] for c in claims_of(whole, lang)]
    assert len(claims_of(joined, lang)) == 30


def test_short_and_long_texts_keep_their_order(spacy_annotator):
    small = SpacyAnnotator(nlp=spacy_annotator.nlp)
    small.piece_chars = 300
    texts = ["Anna Smith said that it rained.", ARTICLE, "", "John Brown said that it snowed.", ARTICLE[:900]]
    assert [d.text for d in small.annotate(texts)] == texts


def test_no_piece_meets_spacys_own_limit(spacy_annotator, lang, monkeypatch):
    monkeypatch.setattr(spacy_annotator.nlp, "max_length", 1000)
    limited = SpacyAnnotator(nlp=spacy_annotator.nlp)
    assert limited.piece_chars == 1000
    (doc,) = limited.annotate([ARTICLE])  # 2,600 characters: over the limit, parsed in pieces
    assert doc.text == ARTICLE and len(claims_of(doc, lang)) == 30


def test_pieces_of_another_annotator_are_joined_the_same_way():
    from stanza.models.common.doc import Document

    def parse(texts):  # one sentence per piece, a word per white-space separated token
        out = []
        for t in texts:
            words, start = [], 0
            for k, w in enumerate(t.split(), 1):
                start = t.index(w, start)
                words.append({"id": (k,), "text": w, "upos": "X", "head": 0 if k == 1 else 1,
                              "deprel": "root" if k == 1 else "dep", "start_char": start, "end_char": start + len(w)})
                start += len(w)
            out.append(Document([words] if words else [], text=t))
        return out

    text = "alpha beta\ngamma delta\nepsilon zeta\neta"
    (doc,) = annotate_in_pieces([text], parse, piece_chars=12)
    assert doc.text == text
    assert [(w.text, w.start_char) for s in doc.sentences for w in s.words] == \
        [(m.group(), m.start()) for m in re.finditer(r"\S+", text)]


def test_cli_annotates_an_article_over_a_million_characters(tmp_path):
    para = "Anna Berg said that the negotiations had failed. " + " ".join(["Internationalization"] * 60)
    long_text = "\n\n".join([para] * 802)
    assert 1_000_000 < len(long_text) < 2_000_000  # over spaCy's limit, inside the default --max-chars
    src = tmp_path / "in"
    src.mkdir()
    (src / "long.txt").write_text(long_text, encoding="utf-8")
    (src / "short.txt").write_text("John Brown told reporters that the budget was cut.", encoding="utf-8")
    out = tmp_path / "claims.csv"
    proc = subprocess.run([sys.executable, "-m", "quotes", "extract", str(src), "-o", str(out), "--nlp", "spacy",
                           "--no-cache", "-q"], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr
    import quotes

    claims = quotes.read_claims(out)
    long_claims = claims[claims.article.astype(str) == "long"]
    assert len(long_claims) == 802 and set(long_claims.claim) == {"that the negotiations had failed"}
    starts = sorted(long_claims.content_spans.map(lambda s: s[0][0]))
    assert all(long_text[a:a + 32] == "that the negotiations had failed" for a in starts)
    assert (claims.article.astype(str) == "short").sum() == 1


def test_the_parser_is_never_given_more_than_the_limits():
    from stanza.models.common.doc import Document

    batches = []

    def parse(texts):
        batches.append([len(t) for t in texts])
        return [Document([], text=t) for t in texts]

    lines = "\n".join(f"line {k}" for k in range(20_000))  # many short lines, as in issue 13
    docs = list(annotate_in_pieces(["short one", lines, "another"], parse, piece_chars=5_000, batch_chars=12_000))
    assert [d.text for d in docs] == ["short one", lines, "another"]
    assert all(n <= 5_000 for batch in batches for n in batch)
    assert all(sum(batch) <= 12_000 for batch in batches) and len(batches) > 10
