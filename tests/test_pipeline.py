"""The run over many articles: order, isolation of failures, worker processes and the parse cache."""
from quotes.cache import ParseCache
from quotes.pipeline import extract_articles
from quotes.types import Article, ArticleResult
from tests.annotators import Counting

TEXTS = [f"Speaker{k} Smith said that the talks number {k} had failed." for k in range(40)]


def articles():
    return [Article(f"a{k}", t) for k, t in enumerate(TEXTS)]


def summary(results):
    return [(r.article.id, r.status, [(c.claim_id, c.speaker, c.claim, c.content_spans) for c in r.claims])
            for r in results]


def test_two_workers_give_the_same_results_in_order(spacy_annotator, lang):
    one = summary(extract_articles(articles(), spacy_annotator, lang, batch_size=8, jobs=1))
    two = summary(extract_articles(articles(), spacy_annotator, lang, batch_size=8, jobs=2))
    assert one == two
    assert [r[0] for r in one] == [f"a{k}" for k in range(40)]


class Broken:
    """An annotator that fails on one text, to show the rest survive."""

    name = "broken"

    def __init__(self, inner):
        self.inner = inner

    def annotate(self, texts):
        texts = list(texts)
        if any("BOOM" in t for t in texts):
            if len(texts) == 1:
                raise RuntimeError("cannot parse this")
            raise RuntimeError("batch failed")
        return self.inner.annotate(texts)


def test_one_broken_article_fails_alone(spacy_annotator, lang):
    items = [Article("good1", TEXTS[0]), Article("bad", "BOOM"), ArticleResult(Article("skip", ""), "skipped"),
             Article("good2", TEXTS[1])]
    results = list(extract_articles(items, Broken(spacy_annotator), lang))
    assert [(r.article.id, r.status) for r in results] == [("good1", "ok"), ("bad", "failed"), ("skip", "skipped"),
                                                          ("good2", "ok")]
    assert "cannot parse this" in results[1].reason
    assert results[0].claims and results[3].claims


class FailsMidway:
    """An annotator that yields Documents one by one and breaks on the text with BOOM."""

    name = "midway"

    def __init__(self, inner):
        self.inner, self.parsed = inner, []

    def annotate(self, texts):
        for t in texts:
            if "BOOM" in t:
                raise RuntimeError("cannot parse this")
            self.parsed.append(t)
            yield from self.inner.annotate([t])


def test_a_batch_broken_midway_keeps_what_was_parsed(spacy_annotator, lang):
    annotator = FailsMidway(spacy_annotator)
    items = [Article("good1", TEXTS[0]), Article("bad", "BOOM"), Article("good2", TEXTS[1])]
    results = list(extract_articles(items, annotator, lang))
    assert [(r.article.id, r.status) for r in results] == [("good1", "ok"), ("bad", "failed"), ("good2", "ok")]
    assert results[0].claims and results[2].claims
    assert annotator.parsed == [TEXTS[0], TEXTS[1]]  # good1 was not parsed twice


def test_cache_serves_a_second_run_without_parsing(tmp_path, spacy_annotator, lang):
    counting = Counting(spacy_annotator)
    cache = ParseCache(tmp_path, counting.version_key)
    first = summary(extract_articles(articles(), counting, lang, cache=cache))
    assert len(counting.parsed) == 40
    second = summary(extract_articles(articles(), counting, lang, cache=cache))
    assert len(counting.parsed) == 40 and second == first


def test_cache_never_serves_a_changed_text_or_annotator(tmp_path, spacy_annotator, lang):
    cache = ParseCache(tmp_path, "annotator v1")
    doc = next(spacy_annotator.annotate([TEXTS[0]]))
    cache.put(TEXTS[0], doc)
    assert cache.get(TEXTS[0]).text == TEXTS[0]
    assert cache.get(TEXTS[0] + " ") is None
    assert ParseCache(tmp_path, "annotator v2").get(TEXTS[0]) is None


def test_cached_document_keeps_the_parse(tmp_path, spacy_annotator):
    cache = ParseCache(tmp_path, "v")
    doc = next(spacy_annotator.annotate([TEXTS[3]]))
    cache.put(TEXTS[3], doc)
    back = cache.get(TEXTS[3])
    pick = lambda d: [(w.text, w.head, w.deprel, w.start_char) for s in d.sentences for w in s.words]  # noqa: E731
    assert pick(back) == pick(doc)
    assert [(e.text, e.type) for e in back.ents] == [(e.text, e.type) for e in doc.ents]


def test_same_text_under_two_ids_gets_its_own_claim_ids(tmp_path, spacy_annotator, lang):
    cache = ParseCache(tmp_path, spacy_annotator.version_key)
    list(extract_articles([Article("x", TEXTS[0])], spacy_annotator, lang, cache=cache))
    (r,) = extract_articles([Article("y", TEXTS[0])], spacy_annotator, lang, cache=cache)
    assert r.claims[0].article == "y" and r.claims[0].claim_id == "y:1"
