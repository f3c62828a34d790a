"""The .sqlite archive: read back like every format, searchable, grows by new articles only, survives a kill."""
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from quotes import pipeline, read_claims
from quotes.export.sqlite import text_hash
from tests.annotators import Counting

ROOT = Path(__file__).parents[2]
ARTICLES = {
    "budget": "Elkhan Velizade, a political analyst, said that the budget would fail.\n\n"
              "The minister told reporters that talks would resume.",
    "ceasefire": "Mustafa Varank told the Anadolu Agency that the ceasefire was holding.",
    "unnamed": "Analysts said that prices would rise again.",
}


def folder(tmp_path, articles, name="in"):
    path = tmp_path / name
    path.mkdir(exist_ok=True)
    for stem, text in articles.items():
        (path / f"{stem}.txt").write_text(text, encoding="utf-8")
    return path


def extract(inputs, out, annotator):
    return pipeline.run([str(i) for i in inputs], out, annotator, options=pipeline.Options(jobs=1))


def query(db, sql, *args):
    with sqlite3.connect(db) as con:
        return con.execute(sql, args).fetchall()


def test_the_archive_reads_back_like_the_other_formats(tmp_path, spacy_annotator):
    src = folder(tmp_path, ARTICLES)
    summary = extract([src], tmp_path / "c.sqlite", spacy_annotator)
    extract([src], tmp_path / "c.parquet", spacy_annotator)
    extract([src], tmp_path / "c.jsonl", spacy_annotator)
    archive, parquet, lines = (read_claims(tmp_path / f"c.{s}") for s in ("sqlite", "parquet", "jsonl"))
    assert summary.claims == len(archive) >= 3 and summary.by_status == {"ok": 3}
    pd.testing.assert_frame_equal(archive, parquet)
    filled = [c for c in archive if archive[c].notna().any()]  # an empty column's dtype differs by format
    assert dict(archive[filled].dtypes) == dict(lines[filled].dtypes)
    assert str(archive["speaker"].dtype) == "category" and archive["confidence"].dtype == float
    assert archive.loc[0, "content_spans"] and isinstance(archive.loc[0, "content_spans"][0], list)


def test_tables_indexes_and_a_full_text_search(tmp_path, spacy_annotator):
    db = tmp_path / "c.sqlite"
    extract([folder(tmp_path, ARTICLES)], db, spacy_annotator)
    tables = {n for (n,) in query(db, "SELECT name FROM sqlite_master WHERE type IN ('table', 'index')")}
    assert {"claims", "speakers", "articles", "runs", "claims_fts", "claims_speaker", "claims_article"} <= tables
    found = query(db, "SELECT c.claim_id, c.speaker, c.claim FROM claims_fts "
                      "JOIN claims AS c ON c.id = claims_fts.rowid WHERE claims_fts MATCH 'ceasefire'")
    assert found == [("ceasefire:1", "Mustafa Varank", "that the ceasefire was holding")]
    assert query(db, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'sentence:analyst'") == [(1,)]
    assert query(db, "PRAGMA journal_mode") == [("wal",)]
    # Datasette (and sqlite-utils) find a table's search index by this clause of its SQL
    assert query(db, "SELECT name FROM sqlite_master WHERE sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"claims\"%'") \
        == [("claims_fts",)]
    (run,) = query(db, "SELECT status, annotator, articles_added, claims_added FROM runs")
    assert run[0] == "finished" and run[1] == spacy_annotator.description and run[2] == 3
    assert query(db, "SELECT text_hash FROM articles WHERE article = 'budget'") == [(text_hash(ARTICLES["budget"]),)]


def test_a_second_run_adds_only_new_and_changed_articles(tmp_path, spacy_annotator):
    db = tmp_path / "c.sqlite"
    src = folder(tmp_path, {"short": "Velizade said that the budget would fail.", **ARTICLES})
    extract([src], db, spacy_annotator)
    assert query(db, "SELECT speaker FROM claims WHERE article = 'short'") == [("Elkhan Velizade",)]
    first_ids = dict(query(db, "SELECT claim_id, id FROM claims WHERE article != 'ceasefire'"))
    (src / "ceasefire.txt").write_text("Mustafa Varank said that the truce had collapsed.", encoding="utf-8")
    folder(tmp_path, {"new": "Elkhan Velizade said that elections would be held in May."})
    counting = Counting(spacy_annotator)
    summary = extract([src], db, counting)
    assert sorted(counting.parsed) == sorted([(src / "ceasefire.txt").read_text(), (src / "new.txt").read_text()])
    assert summary.by_status == {"ok": 2, "unchanged": 3}
    assert dict(query(db, "SELECT claim_id, id FROM claims WHERE article NOT IN ('ceasefire', 'new')")) == first_ids
    assert query(db, "SELECT claim FROM claims WHERE article = 'ceasefire'") == [("that the truce had collapsed",)]
    assert query(db, "SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'holding'") == [(0,)]
    # speakers merge across the whole archive: "Velizade" of the first run is Elkhan Velizade now
    speakers = set(query(db, "SELECT speaker, speaker_id FROM claims WHERE article IN ('short', 'new', 'budget') "
                             "AND speaker LIKE '%Velizade'"))
    assert speakers == {("Elkhan Velizade", "elkhan-velizade")}
    assert query(db, "SELECT claim_count, articles FROM speakers WHERE speaker_id = 'elkhan-velizade'") == [(3, 3)]
    assert [r[0] for r in query(db, "SELECT articles_added FROM runs ORDER BY run_id")] == [4, 2]


def test_a_failure_never_replaces_what_was_extracted(tmp_path, spacy_annotator):
    db = tmp_path / "c.sqlite"
    src = folder(tmp_path, ARTICLES)
    extract([src], db, spacy_annotator)
    (src / "budget.txt").write_bytes(b"\x00\x01\x02" * 200)  # now unreadable: reported, old claims kept
    summary = extract([src], db, spacy_annotator)
    assert summary.by_status.get("failed", 0) + summary.by_status.get("skipped", 0) == 1
    assert query(db, "SELECT status FROM articles WHERE article = 'budget'") == [("ok",)]
    assert query(db, "SELECT count(*) FROM claims WHERE article = 'budget'")[0][0] >= 1


def test_html_with_an_archive_is_refused_before_the_run(tmp_path, spacy_annotator):
    with pytest.raises(pipeline.RunError, match="html"):
        pipeline.run([str(folder(tmp_path, ARTICLES))], tmp_path / "c.sqlite", spacy_annotator,
                     html=tmp_path / "r.html")
    assert not (tmp_path / "c.sqlite").exists()


def test_a_run_killed_midway_leaves_the_archive_whole(tmp_path):
    texts = {f"a{k:03d}": f"Speaker{k} Smith said that the talks number {k} had failed." for k in range(400)}
    src, db = folder(tmp_path, texts), tmp_path / "c.sqlite"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "quotes", "extract", str(src), "-o", str(db), "--nlp", "spacy", "--jobs", "1",
           "--no-cache", "-q"]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists() and _stored(db) >= 32:
                break
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    stored = _stored(db)
    assert 32 <= stored < len(texts), "the kill came too late to test anything"
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    query(db, "INSERT INTO claims_fts(claims_fts) VALUES ('integrity-check')")
    # every stored article has all its claims, and no claim is without its article
    assert query(db, "SELECT count(*) FROM articles AS a WHERE a.claims != "
                     "(SELECT count(*) FROM claims AS c WHERE c.article = a.article)") == [(0,)]
    assert query(db, "SELECT count(*) FROM claims WHERE article NOT IN (SELECT article FROM articles)") == [(0,)]
    assert query(db, "SELECT status, finished FROM runs") == [("running", None)]
    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    assert f"{stored} already in the archive" in again.stderr
    assert _stored(db) == len(texts) == query(db, "SELECT count(DISTINCT article) FROM claims")[0][0]


def _stored(db) -> int:
    try:
        return query(db, "SELECT count(*) FROM articles")[0][0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


def test_the_archive_reads_each_article_s_roles_in_its_language(tmp_path):
    from quotes.export.sqlite import Archive
    from quotes.types import Article, ArticleResult, Claim, RunInfo

    claim = Claim("r1", "r1:1", "Анна Петрова", "person", "Адвокаты", None, "Анна Петрова", "заявили", "заявить",
                  None, "indirect", "x", "x", ((0, 1),), ((0, 1),), None, 0.9, "verb:speech")
    with Archive(tmp_path / "c.sqlite", RunInfo("t", "a", "m", "c", "2026-01-01")) as archive:
        archive.add([ArticleResult(Article("r1", "x", language="ru"), "ok", (claim,))])
        stored = list(archive.named())
        directory = pipeline.resolve_speakers(stored)
    assert [a.language for a, _ in stored] == ["ru"]
    assert directory.lookup("r1", "Анна Петрова").speaker_type == "expert"  # "адвокаты": the Russian plural
