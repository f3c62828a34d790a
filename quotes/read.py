"""Reading input: files, folders, corpora and stdin, into Articles, never failing a run.

Each input gives Articles, or an ArticleResult (``skipped`` or ``failed``, with the
reason) for what cannot be read: an empty or binary file, one over the size limit, a
CSV without its text column. The text of an Article is the text as decoded (no newline
or other normalisation), because every offset downstream indexes it.

    for item in read_inputs(["seeds", "news.csv"]):
        ...  # Article, or ArticleResult for a bad one
"""
from __future__ import annotations

import csv
import io
import json
import re
import sys
from fnmatch import fnmatch
from pathlib import Path
from typing import IO, Iterator, Optional, Sequence, Union

from quotes.types import Article, ArticleResult

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
CORPUS_SUFFIXES = (".jsonl", ".csv")
SUPPORTED = TEXT_SUFFIXES + HTML_SUFFIXES + CORPUS_SUFFIXES
DEFAULT_MAX_CHARS = 2_000_000
LIKELY_ENCODINGS = ["cp1251", "koi8_r", "cp1252", "latin_1", "utf_16"]
META_COLUMNS = ("id", "title", "date", "url", "source", "author")
BINARY_SAMPLE = 8192
csv.field_size_limit(2**31 - 1)

Item = Union[Article, ArticleResult]


def _bad(article_id: str, path: Optional[str], status: str, reason: str) -> ArticleResult:
    return ArticleResult(Article(article_id, "", path), status, reason=reason)


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name of ``data``: BOMs first, then strict UTF-8, then detection.

    >>> decode("Привет".encode("cp1251"))[1]
    'cp1251'
    """
    for bom, name in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    # The encodings newsrooms use first (Cyrillic and Western); any other only if none fits.
    best = from_bytes(data, cp_isolation=LIKELY_ENCODINGS).best() or from_bytes(data).best()
    if best is not None:
        return str(best), best.encoding
    return data.decode("utf-8", errors="replace"), "utf-8 (undecodable bytes replaced)"


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside a UTF-16 text, or mostly control bytes: not an article."""
    sample = data[:BINARY_SAMPLE]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return sample.count(0) / len(sample) > 0.05 or controls / len(sample) > 0.1


def read_text_file(path: Path, article_id: str, max_chars: int) -> Item:
    """One ``.txt`` article, decoded; skipped when empty, binary or over ``max_chars``."""
    size = path.stat().st_size
    if size == 0:
        return _bad(article_id, str(path), "skipped", "empty file")
    if size > max_chars * 4:  # more bytes than any encoding of max_chars characters needs
        return _bad(article_id, str(path), "skipped",
                    f"{size:,} bytes, over the limit of {max_chars:,} characters; raise --max-chars")
    data = path.read_bytes()
    if looks_binary(data):
        return _bad(article_id, str(path), "skipped", "binary file, not text")
    text, encoding = decode(data)
    return _checked(Article(article_id, text, str(path), parse_article_metadata(text), encoding), max_chars)


def _checked(article: Article, max_chars: int) -> Item:
    if not article.text.strip():
        return _bad(article.id, article.path, "skipped", "no text")
    if len(article.text) > max_chars:
        return _bad(article.id, article.path, "skipped",
                    f"{len(article.text):,} characters, over the limit of {max_chars:,}; raise --max-chars")
    return article


def read_html_file(path: Path, article_id: str, max_chars: int) -> Item:
    """A saved news page: its main text and metadata, by trafilatura (never fetching anything)."""
    import trafilatura

    data = path.read_bytes()
    if not data.strip():
        return _bad(article_id, str(path), "skipped", "empty file")
    html, encoding = decode(data)
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None or not (doc.text or "").strip():
        return _bad(article_id, str(path), "skipped", "no article text found in the page")
    meta = {k: str(getattr(doc, k)) for k in ("title", "date", "author", "url", "sitename")
            if getattr(doc, k, None)}
    return _checked(Article(article_id, doc.text, str(path), meta, encoding), max_chars)


def _row_article(row: dict, stem: str, number: int, path: str, text_column: str, max_chars: int) -> Item:
    article_id = str(row.get("id") or f"{stem}:{number}")
    text = row.get(text_column)
    if not isinstance(text, str) or not text.strip():
        return _bad(article_id, path, "skipped", f"row {number}: no text in column {text_column!r}")
    meta = {str(k): str(v) for k, v in row.items() if k != text_column and v not in (None, "")}
    return _checked(Article(article_id, text, path, meta), max_chars)


def read_jsonl(path: Path, text_column: str, max_chars: int) -> Iterator[Item]:
    """A JSON-lines corpus, one article per line; a bad line is a failed result of its own."""
    with path.open("rb") as fh:
        for number, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                row = json.loads(decode(raw)[0])
                if not isinstance(row, dict):
                    raise ValueError("a line must hold a JSON object")
            except ValueError as err:
                yield _bad(f"{path.stem}:{number}", str(path), "failed", f"line {number}: invalid JSON ({err})")
                continue
            yield _row_article(row, path.stem, number, str(path), text_column, max_chars)


def read_csv(path: Path, text_column: str, max_chars: int) -> Iterator[Item]:
    """A CSV corpus, one article per row; without the text column, one failed result for the file."""
    data = path.read_bytes()
    text, _ = decode(data)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = reader.fieldnames or []
    if text_column not in columns:
        yield _bad(path.stem, str(path), "failed",
                   f"no column {text_column!r} (columns: {', '.join(columns) or 'none'}); use --text-column")
        return
    for number, row in enumerate(reader, 1):
        yield _row_article(row, path.stem, number, str(path), text_column, max_chars)


def _files(folder: Path, glob: Optional[str]) -> list[Path]:
    """Files below ``folder`` (recursively, sorted), hidden ones left out, filtered by ``glob``."""
    out = []
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder)
        if p.is_file() and not any(part.startswith(".") for part in rel.parts):
            if fnmatch(p.name, glob) if glob else p.suffix.lower() in SUPPORTED:
                out.append(p)
    return out


def read_path(path: Path, article_id: str, *, text_column: str, max_chars: int) -> Iterator[Item]:
    """The items of one file, by its extension; an unknown extension is read as text."""
    suffix = path.suffix.lower()
    try:
        if suffix in CORPUS_SUFFIXES:
            reader = read_jsonl if suffix == ".jsonl" else read_csv
            yield from reader(path, text_column, max_chars)
        elif suffix in HTML_SUFFIXES:
            yield read_html_file(path, article_id, max_chars)
        else:
            yield read_text_file(path, article_id, max_chars)
    except OSError as err:
        yield _bad(article_id, str(path), "failed", f"cannot read: {err}")
    except Exception as err:  # noqa: BLE001 - one bad file never stops the run
        yield _bad(article_id, str(path), "failed", f"{type(err).__name__}: {err}")


def read_stdin(stream: Optional[IO] = None, max_chars: int = DEFAULT_MAX_CHARS) -> Item:
    """One article from standard input (id ``stdin``)."""
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read()
    text, encoding = decode(data) if isinstance(data, bytes) else (data, None)
    return _checked(Article("stdin", text, "-", parse_article_metadata(text), encoding), max_chars)


def _unique(article_id: str, path: Path, seen: set) -> str:
    """``article_id``, or with its folder in front when another input already had it."""
    if article_id not in seen:
        return article_id
    candidate = f"{path.parent.name}/{article_id}"
    k = 2
    while candidate in seen:
        candidate = f"{path.parent.name}/{article_id}~{k}"
        k += 1
    return candidate


def read_inputs(inputs: Sequence[str], *, glob: Optional[str] = None, text_column: str = "text",
                max_chars: int = DEFAULT_MAX_CHARS, stdin: Optional[IO] = None) -> Iterator[Item]:
    """Articles (or bad-input results) of every input, in order: files, folders, ``-`` for stdin.

    A ``.txt`` article's id is its file name without extension; ids are kept unique.
    """
    seen: set = set()
    for raw in inputs:
        if raw == "-":
            yield read_stdin(stdin, max_chars)
            continue
        path = Path(raw)
        if not path.exists():
            yield _bad(path.stem or raw, raw, "failed", "no such file or folder")
            continue
        for f in _files(path, glob) if path.is_dir() else [path]:
            article_id = _unique(f.stem, f, seen)
            seen.add(article_id)
            yield from read_path(f, article_id, text_column=text_column, max_chars=max_chars)


# -- metadata stated in the text --------------------------------------------------------------
MONTHS = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|" \
         r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
DATE_LINE = re.compile(rf"^\s*(\d{{1,2}} {MONTHS} \d{{4}}|{MONTHS} \d{{1,2}},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
                       r"(?:,? \d{1,2}:\d{2}(?: ?[ap]\.?m\.?)?)?\s*$", re.IGNORECASE)
AUTHOR = re.compile(r"^\s*(?:Author|By|Written by)\s*:?\s+([A-Z][\w.'’-]+(?: (?![A-Z]\w*:)[A-Z][\w.'’-]+){0,3})",
                    re.MULTILINE)
HEADLINE_MAX_WORDS = 20


def parse_article_metadata(text: str) -> dict:
    """Title, date and author when the text itself states them (first lines, bylines).

    "28 May 2022, 15:19" on a line of its own is a date; "Author: Kyamal Ali" an author;
    the first short line with no final full stop that precedes a blank line, a title.
    """
    meta: dict = {}
    lines = [ln.strip() for ln in text.splitlines()[:40]]
    for line in lines:
        m = DATE_LINE.match(line)
        if m:
            meta["date"] = m.group(1)
            break
    m = AUTHOR.search(text)
    if m:
        meta["author"] = m.group(1).strip()
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text[:5000]) if p.strip()]
    for p in paragraphs[:4]:
        words = p.split()
        if "\n" not in p and 3 <= len(words) <= HEADLINE_MAX_WORDS and not p.endswith((".", ":")) and ". " not in p \
                and not DATE_LINE.match(p) and not p.lower().startswith(("photo", "image", "by ")):
            meta["title"] = p
            break
    return meta
