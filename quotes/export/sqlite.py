"""An archive that grows: claims, speakers, articles and runs in one SQLite database.

    quotes extract news/ -o claims.sqlite     # again tomorrow: only new or changed articles
    datasette claims.sqlite                   # or DB Browser, or any SQL client

Tables: ``claims`` (the Claims columns, spans as JSON text, plus ``named_as``, the speaker
as the article names them), ``speakers``, ``articles`` (with ``text_hash``, the SHA-256 of the
text) and ``runs`` (what ran, when, with which annotator). ``claims_fts`` is an FTS5 index
of the claim and sentence text (``SELECT * FROM claims_fts WHERE claims_fts MATCH 'ceasefire'``);
triggers keep it in step with ``claims``.

Safety: WAL mode, one transaction per batch of articles; an article's row and its claims
are committed together, so a run killed midway leaves every committed batch whole and
nothing half-written. An article whose id and text hash are already stored with status
``ok`` is not parsed again; a changed text replaces its claims; a failure never replaces
an article stored ``ok``.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple, Optional, Sequence

from quotes.export.rows import OUTPUT_COLUMNS, SPAN_COLUMNS, article_row, claim_row
from quotes.types import Article, ArticleResult, RunInfo

FORMAT_VERSION = 2  # PRAGMA user_version of the archive's schema (2: claims have a language column)
ARTICLE_COLUMNS = ("article", "text_hash", "status", "reason", "claims", "title", "date", "author", "source",
                   "link", "encoding", "annotator", "run_id")
SPEAKER_COLUMNS = ("speaker_id", "speaker", "speaker_type", "speaker_kind", "roles", "organization",
                   "claim_count", "articles", "first_date", "last_date", "merge_confidence", "variants",
                   "article_ids")
CLAIM_TYPES = {"confidence": "REAL"}
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY, started TEXT, finished TEXT, status TEXT, tool_version TEXT,
    annotator TEXT, models TEXT, command TEXT, articles_added INTEGER, articles_unchanged INTEGER,
    claims_added INTEGER);
CREATE TABLE IF NOT EXISTS articles (
    article TEXT PRIMARY KEY, text_hash TEXT NOT NULL, status TEXT NOT NULL, reason TEXT, claims INTEGER,
    title TEXT, date TEXT, author TEXT, source TEXT, link TEXT, encoding TEXT, annotator TEXT,
    run_id INTEGER REFERENCES runs(run_id));
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
    {", ".join(f"{c} {CLAIM_TYPES.get(c, 'TEXT')}" + (" UNIQUE NOT NULL" if c == "claim_id" else "")
               for c in OUTPUT_COLUMNS)},
    named_as TEXT, run_id INTEGER REFERENCES runs(run_id));
CREATE TABLE IF NOT EXISTS speakers (
    {", ".join(f"{c} {'INTEGER' if c in ('claim_count', 'articles') else 'REAL' if c == 'merge_confidence' else 'TEXT'}"
               + (" PRIMARY KEY" if c == "speaker_id" else "") for c in SPEAKER_COLUMNS)});
CREATE INDEX IF NOT EXISTS claims_article ON claims(article);
CREATE INDEX IF NOT EXISTS claims_speaker ON claims(speaker);
CREATE INDEX IF NOT EXISTS claims_speaker_id ON claims(speaker_id);
CREATE INDEX IF NOT EXISTS claims_named_as ON claims(article, named_as);
CREATE INDEX IF NOT EXISTS speakers_speaker ON speakers(speaker);
CREATE INDEX IF NOT EXISTS articles_date ON articles(date);
-- content="claims" in double quotes: how Datasette finds the search index of a table
CREATE VIRTUAL TABLE IF NOT EXISTS claims_fts USING fts5(claim, sentence, content="claims", content_rowid="id");
CREATE TRIGGER IF NOT EXISTS claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts(rowid, claim, sentence) VALUES (new.id, new.claim, new.sentence); END;
CREATE TRIGGER IF NOT EXISTS claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, claim, sentence) VALUES ('delete', old.id, old.claim, old.sentence); END;
CREATE TRIGGER IF NOT EXISTS claims_fts_update AFTER UPDATE OF claim, sentence ON claims BEGIN
    INSERT INTO claims_fts(claims_fts, rowid, claim, sentence) VALUES ('delete', old.id, old.claim, old.sentence);
    INSERT INTO claims_fts(rowid, claim, sentence) VALUES (new.id, new.claim, new.sentence); END;
"""


class Named(NamedTuple):
    """The speaker columns of one stored claim: what speaker resolution reads."""

    speaker: str
    speaker_kind: str
    role: Optional[str]
    organization: Optional[str]


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def connect(path) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), WAL journal, the schema in place."""
    con = sqlite3.connect(str(path), isolation_level=None, timeout=60)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")  # in WAL mode: a crash of the process never loses a commit
    con.execute("PRAGMA foreign_keys=ON")
    version = con.execute("PRAGMA user_version").fetchone()[0]
    if version not in (0, FORMAT_VERSION):
        con.close()
        raise ValueError(f"{path} is an archive of format {version}; this quotes writes format {FORMAT_VERSION}")
    con.executescript(f"BEGIN IMMEDIATE; {SCHEMA} PRAGMA user_version={FORMAT_VERSION}; COMMIT;")
    return con


class transaction:
    """``with transaction(con):`` BEGIN ... COMMIT, or ROLLBACK when the block raises."""

    def __init__(self, con: sqlite3.Connection):
        self.con = con

    def __enter__(self):
        self.con.execute("BEGIN IMMEDIATE")
        return self.con

    def __exit__(self, kind, value, tb):
        self.con.execute("ROLLBACK" if kind else "COMMIT")
        return False


def _claim_values(row: dict, named_as: Optional[str], run_id: int) -> tuple:
    values = [json.dumps(row[c]) if c in SPAN_COLUMNS and row[c] is not None else row[c] for c in OUTPUT_COLUMNS]
    return (*values, named_as, run_id)


class Archive:
    """One open archive: which articles it holds, batches of results added, speakers set.

    ``quotes.pipeline`` drives it: ``is_current`` before an article is parsed, ``add`` per
    batch of results, ``named`` and ``set_speakers`` to resolve speakers over the whole
    archive, ``finish`` to close the run's row.
    """

    def __init__(self, path, run_info: RunInfo):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.con = connect(self.path)
        self.added = self.claims_added = 0
        with transaction(self.con):
            cur = self.con.execute(
                "INSERT INTO runs(started, status, tool_version, annotator, models, command) VALUES (?,?,?,?,?,?)",
                (run_info.started, "running", run_info.tool_version, run_info.annotator, run_info.models,
                 run_info.command))
        self.run_id = cur.lastrowid

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def is_current(self, article: Article) -> bool:
        """Whether ``article`` is stored ``ok`` with this very text (it need not be parsed again)."""
        row = self.con.execute("SELECT text_hash FROM articles WHERE article = ? AND status = 'ok'",
                               (article.id,)).fetchone()
        return row is not None and row[0] == text_hash(article.text)

    def add(self, results: Sequence[ArticleResult]) -> None:
        """Store one batch of results, in one transaction: each article's row with its claims."""
        with transaction(self.con) as con:
            for result in results:
                row = article_row(result)
                if result.status != "ok" and self._stored_ok(result.article.id):
                    continue  # a failure never replaces what an earlier run extracted
                con.execute("DELETE FROM claims WHERE article = ?", (result.article.id,))
                record = {**row, "text_hash": text_hash(result.article.text), "run_id": self.run_id}
                con.execute(f"INSERT OR REPLACE INTO articles({', '.join(ARTICLE_COLUMNS)}) "
                            f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})",
                            [record.get(c) for c in ARTICLE_COLUMNS])
                con.executemany(f"INSERT INTO claims({', '.join(OUTPUT_COLUMNS)}, named_as, run_id) "
                                f"VALUES ({', '.join('?' * (len(OUTPUT_COLUMNS) + 2))})",
                                [_claim_values(claim_row(c, result.article, None), c.speaker, self.run_id)
                                 for c in result.claims])
                self.added += 1
                self.claims_added += len(result.claims)

    def _stored_ok(self, article_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE article = ? AND status = 'ok'",
                                (article_id,)).fetchone() is not None

    def named(self) -> Iterator[tuple[Article, list[Named]]]:
        """Every stored article (its id, date and language) with the speaker columns of its named claims."""
        rows = self.con.execute("SELECT article, date, language, named_as, speaker_kind, role, organization "
                                "FROM claims WHERE named_as IS NOT NULL ORDER BY article, id")
        current, named = None, []
        for article_id, date, language, *speaker in rows:
            if current is not None and article_id != current.id:
                yield current, named
                named = []
            if current is None or article_id != current.id:
                current = Article(article_id, "", meta={"date": date} if date else {}, language=language)
            named.append(Named(*speaker))
        if current is not None:
            yield current, named

    def set_speakers(self, directory, speakers: Iterable[dict]) -> None:
        """The claims' speaker columns from ``directory`` (merged across the archive) and the speakers table."""
        with transaction(self.con) as con:
            con.execute("CREATE TEMP TABLE IF NOT EXISTS resolved (article TEXT, named_as TEXT, speaker TEXT, "
                        "speaker_id TEXT, speaker_type TEXT, PRIMARY KEY (article, named_as))")
            con.execute("DELETE FROM resolved")
            pairs = con.execute("SELECT DISTINCT article, named_as FROM claims WHERE named_as IS NOT NULL").fetchall()
            con.executemany("INSERT INTO resolved VALUES (?,?,?,?,?)",
                            [(a, n, e.name, e.speaker_id, e.speaker_type) if (e := directory.lookup(a, n))
                             else (a, n, n, None, "unknown") for a, n in pairs])
            con.execute("UPDATE claims SET speaker = r.speaker, speaker_label = r.speaker, speaker_id = r.speaker_id, "
                        "speaker_type = r.speaker_type FROM resolved AS r "
                        "WHERE claims.article = r.article AND claims.named_as = r.named_as")
            con.execute("DELETE FROM speakers")
            con.executemany(f"INSERT INTO speakers({', '.join(SPEAKER_COLUMNS)}) "
                            f"VALUES ({', '.join('?' * len(SPEAKER_COLUMNS))})",
                            [tuple(s.get(c) for c in SPEAKER_COLUMNS) for s in speakers])

    def finish(self, unchanged: int) -> None:
        """Close the run's row: when it ended, what it added."""
        with transaction(self.con) as con:
            con.execute("UPDATE runs SET finished = ?, status = 'finished', articles_added = ?, "
                        "articles_unchanged = ?, claims_added = ? WHERE run_id = ?",
                        (datetime.now(timezone.utc).isoformat(timespec="seconds"), self.added, unchanged,
                         self.claims_added, self.run_id))


def read_claims_table(path) -> "pandas.DataFrame":
    """The archive's claims, in the order they were stored, with the columns of every other format."""
    import pandas as pd

    if not Path(path).is_file():
        raise FileNotFoundError(path)
    with closing(sqlite3.connect(str(path))) as con:
        return pd.read_sql_query(f"SELECT {', '.join(OUTPUT_COLUMNS)} FROM claims ORDER BY id", con)


def write(path: Path, tables) -> None:
    raise TypeError("an .sqlite archive is written as results arrive: run it through quotes.pipeline.run")
