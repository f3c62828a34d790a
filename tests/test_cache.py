"""The parse cache: records of the wrong shape are parsed again, an unwritable cache is only read."""
import json
import logging
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from quotes.cache import ParseCache, claims_from_records, engine_version, open_cache
from quotes.pipeline import extract_articles
from quotes.types import Article
from tests.annotators import Counting

ROOT = Path(__file__).parents[1]
TEXTS = [f"Speaker{k} Smith said that the talks number {k} had failed." for k in range(6)]


def claims_of(results):
    return [(r.article.id, r.status, [(c.speaker, c.claim, c.content_spans) for c in r.claims]) for r in results]


def articles():
    return [Article(f"a{k}", t) for k, t in enumerate(TEXTS)]


def doc_path(cache, text):
    return cache._path(cache.key(text))


def claims_path(cache, text):
    return cache._path(cache.key(text, cache.claims_key), "claims")


def plant(path: Path, bad) -> None:
    """Put a bad record at ``path``: JSON of another shape, raw bytes, or a folder."""
    if path.is_dir():
        path.rmdir()
    else:
        path.unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    if bad == "folder":
        path.mkdir()
    elif isinstance(bad, bytes):
        path.write_bytes(bad)
    else:
        path.write_text(json.dumps(bad), encoding="utf-8")


BAD_RECORDS = {
    "empty list": [], "empty object": {}, "string": "abc", "number": 42, "null": None,
    "pickle of a list": pickle.dumps([1, 2, 3]), "pickle of a tuple": pickle.dumps(("t", [])),
    "folder": "folder", "half a file": b'{"doc": "{\\"text\\": ',
    "doc of no sentences": {"doc": json.dumps({"text": "X", "sentences": []}), "coref": []},
    "doc as a pickle": {"doc": "\x80\x04garbage", "coref": []},
    "claims of no format": {"claims": []},
    "claims not fitting the type": {"format": "quotes-claims/2", "claims": [{"speaker": 1}]},
}


@pytest.mark.parametrize("bad", BAD_RECORDS.values(), ids=BAD_RECORDS.keys())
def test_a_record_of_the_wrong_shape_is_parsed_again(tmp_path, spacy_annotator, lang, bad):
    expected = claims_of(extract_articles(articles(), spacy_annotator, lang))
    counting = Counting(spacy_annotator)
    cache = ParseCache(tmp_path, counting.version_key)
    assert claims_of(extract_articles(articles(), counting, lang, cache=cache)) == expected
    for text in TEXTS[:3]:
        plant(doc_path(cache, text), bad)
        plant(claims_path(cache, text), bad)
    counting.parsed = []
    assert claims_of(extract_articles(articles(), counting, lang, cache=cache)) == expected
    assert len(counting.parsed) == 3  # the three bad ones, and no other
    assert all(r.claims for r in extract_articles(articles(), counting, lang, cache=cache))


def test_claims_that_do_not_fit_the_claim_type_are_refused(tmp_path, spacy_annotator, lang):
    (result,) = extract_articles([Article("a", TEXTS[0])], spacy_annotator, lang)
    record = result.claims[0].to_record()
    assert claims_from_records([record]) == result.claims
    assert claims_from_records([]) == ()
    for broken in ({**record, "confidence": "high"}, {**record, "content_spans": [[1]]},
                   {**record, "source_span": "0-5"}, {k: v for k, v in record.items() if k != "rule"},
                   {**record, "extra": 1}, {**record, "speaker": ["A"]}, {**record, "cue_spans": [[1, True]]}):
        assert claims_from_records([record, broken]) is None


def test_a_cache_under_a_file_is_only_read_with_one_warning(tmp_path, spacy_annotator, lang, caplog):
    (tmp_path / "plain").write_text("not a folder")
    expected = claims_of(extract_articles(articles(), spacy_annotator, lang))
    for folder in (tmp_path / "plain" / "cache", tmp_path / "plain"):
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="quotes.cache"):
            cache = open_cache(str(folder), spacy_annotator)
            assert not cache.writable
            assert claims_of(extract_articles(articles(), spacy_annotator, lang, cache=cache)) == expected
        warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
        assert len(warnings) == 1 and "cannot be written" in warnings[0].getMessage()


def test_writes_that_fail_midway_warn_once(tmp_path, spacy_annotator, lang, caplog, monkeypatch):
    cache = ParseCache(tmp_path, spacy_annotator.version_key)
    assert cache.writable

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("quotes.cache.tempfile.mkstemp", refuse)
    with caplog.at_level(logging.WARNING, logger="quotes.cache"):
        results = list(extract_articles(articles(), spacy_annotator, lang, cache=cache))
    assert all(r.status == "ok" and r.claims for r in results)
    assert len([r for r in caplog.records if r.levelno >= logging.WARNING]) == 1


def test_cli_with_an_unwritable_cache_writes_every_claim(tmp_path):
    (tmp_path / "plain").write_text("not a folder")
    src = tmp_path / "in"
    src.mkdir()
    for k, text in enumerate(TEXTS[:3]):
        (src / f"{k}.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "claims.csv"
    proc = subprocess.run([sys.executable, "-m", "quotes", "extract", str(src), "-o", str(out), "--nlp", "spacy",
                           "--cache", str(tmp_path / "plain" / "cache"), "-q"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.count("cannot be written") == 1 and "Traceback" not in proc.stderr
    import quotes

    claims = quotes.read_claims(out)
    assert sorted(map(str, claims.article)) == ["0", "1", "2"]
    assert all(f"number {a}" in c for a, c in zip(claims.article, claims.claim))


def test_engine_version_covers_every_file_of_the_package(tmp_path):
    import shutil

    import quotes

    copy = tmp_path / "quotes"
    shutil.copytree(Path(quotes.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert engine_version(copy) == engine_version()
    before = engine_version(copy)
    for name in ("pipeline.py", "read.py"):
        (copy / name).write_text((copy / name).read_text() + "\n# changed\n")
        assert engine_version(copy) != before
        before = engine_version(copy)
    data = next(p for p in copy.rglob("*.t[sx]t"))
    data.write_text(data.read_text() + "\n")
    assert engine_version(copy) != before


def test_cli_reparses_records_of_the_wrong_shape(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for k, text in enumerate(TEXTS[:4]):
        (src / f"{k}.txt").write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"

    def extract(out):
        proc = subprocess.run([sys.executable, "-m", "quotes", "extract", str(src), "-o", str(out), "--nlp", "spacy",
                               "--cache", str(cache), "-q"], cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        assert "Traceback" not in proc.stderr
        return out.read_text(encoding="utf-8")

    first = extract(tmp_path / "first.jsonl")
    records = sorted(p for p in cache.rglob("*.json"))
    assert len(records) == 8  # a parse and the claims of each article
    for path, bad in zip(records, [[], {}, "abc", 42, pickle.dumps({"a": 1}), "folder", None, {"doc": 1}]):
        plant(path, bad)
    assert extract(tmp_path / "second.jsonl") == first


def test_a_text_with_invisible_characters_is_served_from_the_cache(tmp_path, spacy_annotator, lang):
    text = "Mark Trae\u00adger\u200b told reporters that the\u00a0talks had failed."
    counting = Counting(spacy_annotator)
    cache = ParseCache(tmp_path, counting.version_key)
    first = claims_of(extract_articles([Article("a", text)], counting, lang, cache=cache))
    assert cache.get(text) is not None and len(counting.parsed) == 1
    assert claims_of(extract_articles([Article("a", text)], counting, lang, cache=cache)) == first
