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
import errno
import io
import json
import os
import re
import sys
from fnmatch import fnmatch
from dataclasses import replace
from pathlib import Path
from functools import lru_cache
from typing import IO, Iterable, Iterator, NamedTuple, Optional, Sequence, Union

from quotes.lang import LANGUAGES, load_language
from quotes.types import Article, ArticleResult

TEXT_SUFFIXES = (".txt", ".text")
HTML_SUFFIXES = (".html", ".htm")
CORPUS_SUFFIXES = (".jsonl", ".csv")
SUPPORTED = TEXT_SUFFIXES + HTML_SUFFIXES + CORPUS_SUFFIXES
DEFAULT_MAX_CHARS = 2_000_000
LIKELY_ENCODINGS = ["cp1251", "koi8_r", "cp1252", "latin_1", "utf_16"]
BINARY_SAMPLE = 8192
csv.field_size_limit(2**31 - 1)

Item = Union[Article, ArticleResult]


def _bad(article_id: str, path: Optional[str], status: str, reason: str) -> ArticleResult:
    return ArticleResult(Article(article_id, "", path), status, reason=reason)


class UndecodableError(ValueError):
    """Bytes that no encoding turns into readable text (a BOM that lies about a body of nothing)."""


# Longest first: UTF-32's little-endian mark starts like UTF-16's.
BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
WIDE_BOMS = tuple(bom for bom, name in BOMS if name != "utf-8-sig")  # texts full of NUL bytes
READABLE_SHARE = 0.9  # of characters printable (or whitespace) for a decoding to count as text


def readable(text: str) -> bool:
    """Whether ``text`` reads as text: no replacement characters and mostly printable.

    >>> readable("Привет, мир"), readable("a\\ufffdb"), readable("\\x01\\x02\\x03x")
    (True, False, False)
    """
    if not text or "\ufffd" in text:
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch.isspace())
    return printable >= READABLE_SHARE * len(text)


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name of ``data``: BOMs first, then strict UTF-8, then detection.

    A BOM that disagrees with the body is set aside (the body is decoded on its own) when
    its decoding is not readable, or when a UTF-16 BOM stands before valid UTF-8 text;
    ``UndecodableError`` when neither reads as text.

    >>> decode("Привет".encode("cp1251"))[1]
    'cp1251'
    >>> decode(b"\\xff\\xfe" + "Привет, мир".encode("utf-8"))
    ('Привет, мир', 'utf-8 (utf-16 BOM ignored)')
    """
    for bom, name in BOMS:
        if data.startswith(bom):
            return _decode_after_bom(data[len(bom):], bom, name)
    return _decode_body(data)


def _decode_after_bom(body: bytes, bom: bytes, name: str) -> tuple[str, str]:
    """``body`` as its BOM says, unless that reads as garbage and the body without it as text."""
    as_utf8 = _strict_utf8(body) if name == "utf-16" else None
    if as_utf8 and readable(as_utf8):  # UTF-16 text of any script is almost never also valid, printable UTF-8
        return as_utf8, f"utf-8 ({name} BOM ignored)"
    text = (bom + body).decode(name, errors="replace")
    if readable(text) or not text:
        return text, name
    alternative, encoding = _decode_body(body)
    if readable(alternative):
        return alternative, f"{encoding} ({name} BOM ignored)"
    raise UndecodableError(f"the file's {name} byte-order mark does not fit its body, and no encoding reads it")


def _strict_utf8(data: bytes) -> Optional[str]:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _decode_body(data: bytes) -> tuple[str, str]:
    """``data`` (no BOM) as strict UTF-8, else by detection among the encodings newsrooms use."""
    text = _strict_utf8(data)
    if text is not None:
        return text, "utf-8"
    from charset_normalizer import from_bytes

    # The encodings newsrooms use first (Cyrillic and Western); any other only if none fits.
    best = from_bytes(data, cp_isolation=LIKELY_ENCODINGS).best() or from_bytes(data).best()
    if best is not None:
        return str(best), best.encoding
    return data.decode("utf-8", errors="replace"), "utf-8 (undecodable bytes replaced)"


CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)  # control bytes, tab to carriage return aside


def looks_binary(data: bytes) -> bool:
    """NUL bytes outside a UTF-16 text, or mostly control bytes: not an article.

    The control bytes are counted by deleting them (``bytes.translate``), not byte by byte.

    >>> looks_binary(b"Velizade said talks failed."), looks_binary(bytes(range(32)) * 8)
    (False, True)
    """
    sample = data[:BINARY_SAMPLE]
    if sample.startswith(WIDE_BOMS):
        return False
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
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


def _wanted(name: str, glob: Optional[str]) -> bool:
    return fnmatch(name, glob) if glob else Path(name).suffix.lower() in SUPPORTED


def _identity(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_dev, st.st_ino


def link_problem(path: Path) -> str:
    """Why a symbolic link gives no file: a loop, a missing target, or a target of another kind."""
    try:
        path.stat()
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "symbolic link loop: following the link never reaches a file"
        return f"broken symbolic link: {os.readlink(path)!r} does not exist"
    return "not a regular file"


def _files(folder: Path, glob: Optional[str], seen: Optional[dict] = None) -> Iterator[Union[Path, ArticleResult]]:
    """Files below ``folder`` (recursively, sorted, links followed), hidden ones left out, filtered by ``glob``.

    A folder reached again (a link to a folder above it: a loop; or to one already read)
    and a link to nothing that would have been read give a ``skipped`` result each.
    """
    seen = {} if seen is None else seen
    seen[_identity(folder)] = folder
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as err:
        yield _bad(folder.name, str(folder), "failed", f"cannot read the folder: {err.strerror}")
        return
    for path in entries:
        if path.name.startswith("."):
            continue
        if path.is_dir():
            again = seen.get(_identity(path))
            if again is None:
                yield from _files(path, glob, seen)
            elif again in path.parents:
                yield _bad(path.name, str(path), "skipped", f"symbolic link loop: {path} leads back to {again}")
            else:
                yield _bad(path.name, str(path), "skipped", f"{path} is the folder {again}, read already")
        elif _wanted(path.name, glob) and (path.is_file() or path.is_symlink()):
            yield path if path.is_file() else _bad(path.stem, str(path), "skipped", link_problem(path))


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
    except UndecodableError as err:
        yield _bad(article_id, str(path), "skipped", str(err))
    except OSError as err:
        yield _bad(article_id, str(path), "failed", f"cannot read: {err}")
    except Exception as err:  # noqa: BLE001 - one bad file never stops the run
        yield _bad(article_id, str(path), "failed", f"{type(err).__name__}: {err}")


def read_stdin(stream: Optional[IO] = None, max_chars: int = DEFAULT_MAX_CHARS) -> Item:
    """One article from standard input (id ``stdin``)."""
    stream = stream if stream is not None else sys.stdin.buffer
    data = stream.read()
    try:
        text, encoding = decode(data) if isinstance(data, bytes) else (data, None)
    except UndecodableError as err:
        return _bad("stdin", "-", "skipped", str(err))
    return _checked(Article("stdin", text, "-", parse_article_metadata(text), encoding), max_chars)


def _input_name(article: Article) -> str:
    """The name of the input an article came from: its corpus file, else its file's folder."""
    if not article.path or article.path == "-":
        return ""
    path = Path(article.path)
    return path.stem if path.suffix.lower() in CORPUS_SUFFIXES else path.parent.name


def _unique(article: Article, seen: set) -> str:
    """``article.id``, or with its input's name in front (then ``~2``, ``~3``) when an earlier item had it.

    Row 1 of news.csv after a file 1.txt becomes ``news/1``; x/same.txt after y/same.txt ``x/same``.
    """
    if article.id not in seen:
        return article.id
    name = _input_name(article)
    base = f"{name}/{article.id}" if name else article.id
    candidate, k = base, 2
    while candidate in seen:
        candidate, k = f"{base}~{k}", k + 1
    return candidate


def unique_ids(items: Iterable[Item]) -> Iterator[Item]:
    """``items`` with every article id unique in the run, so that every ``claim_id`` is too."""
    seen: set = set()
    for item in items:
        article = item if isinstance(item, Article) else item.article
        article_id = _unique(article, seen)
        seen.add(article_id)
        if article_id == article.id:
            yield item
        elif isinstance(item, Article):
            yield replace(item, id=article_id)
        else:
            yield replace(item, article=replace(article, id=article_id))


def read_inputs(inputs: Sequence[str], *, glob: Optional[str] = None, text_column: str = "text",
                max_chars: int = DEFAULT_MAX_CHARS, stdin: Optional[IO] = None) -> Iterator[Item]:
    """Articles (or bad-input results) of every input, in order: files, folders, ``-`` for stdin.

    A ``.txt`` article's id is its file name without extension, a corpus row's its ``id``
    column; ids are made unique across the run (``unique_ids``). A file name that is not
    UTF-8, or a lone surrogate from a JSON escape, comes as U+FFFD (``well_formed``).
    """
    return unique_ids(map(well_formed, _read_all(inputs, glob, text_column, max_chars, stdin)))


def count_items(inputs: Sequence[str], *, glob: Optional[str] = None, text_column: str = "text",
                max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[None]:
    """One ``None`` per item ``read_inputs`` gives, without reading what need not be read.

    A text or HTML file is one item whatever it holds (an article, or the result of one that
    cannot be read), so only corpora are opened, for their rows: an .xlsx run counts its
    articles before it parses without decoding every file twice.

    >>> sum(1 for _ in count_items(["seeds/", "news.csv"]))  # seeds' 2 files, then the 40 rows of news.csv
    42
    """
    for raw in inputs:
        path = Path(raw)
        if raw and raw != "-" and path.is_dir():
            for f in _files(path, glob):
                if isinstance(f, ArticleResult) or f.suffix.lower() not in CORPUS_SUFFIXES:
                    yield None
                else:
                    yield from (None for _ in read_path(f, f.stem, text_column=text_column, max_chars=max_chars))
        elif raw and raw != "-" and path.is_file() and path.suffix.lower() in CORPUS_SUFFIXES:
            yield from (None for _ in read_path(path, path.stem, text_column=text_column, max_chars=max_chars))
        else:
            yield None  # stdin, a text file, or an input that names nothing: one item each (_read_all)


SURROGATE = re.compile("[\ud800-\udfff]")  # what no UTF-8 output can hold


def _clean(text):
    return SURROGATE.sub("\ufffd", text) if isinstance(text, str) and SURROGATE.search(text) else text


def well_formed(item: Item) -> Item:
    """``item`` with no lone surrogate in its id, path, text or metadata: each becomes U+FFFD.

    One character for one, so every offset into the text holds. A file name in another
    encoding than UTF-8 ("caf\\udce9.txt" as Python reads it) would else stop every writer.
    """
    article = item if isinstance(item, Article) else item.article
    fields = (article.id, article.path, article.text, *article.meta.keys(), *article.meta.values())
    if not any(isinstance(f, str) and SURROGATE.search(f) for f in fields):
        return item
    clean = replace(article, id=_clean(article.id), path=_clean(article.path), text=_clean(article.text),
                    meta={_clean(k): _clean(v) for k, v in article.meta.items()})
    return clean if isinstance(item, Article) else replace(item, article=clean, reason=_clean(item.reason))


def _read_all(inputs: Sequence[str], glob, text_column: str, max_chars: int, stdin) -> Iterator[Item]:
    for raw in inputs:
        path = Path(raw)
        if raw == "-":
            yield read_stdin(stdin, max_chars)
        elif not raw:  # Path("") is the current folder: never read it by accident
            yield _bad("", raw, "failed", "an empty input name")
        elif path.is_dir():
            for f in _files(path, glob):
                if isinstance(f, ArticleResult):
                    yield f  # a link that leads nowhere
                else:
                    yield from read_path(f, f.stem, text_column=text_column, max_chars=max_chars)
        elif path.is_file():
            yield from read_path(path, path.stem, text_column=text_column, max_chars=max_chars)
        elif path.is_symlink():
            yield _bad(path.stem or raw, raw, "skipped", link_problem(path))
        elif path.exists():
            yield _bad(path.stem or raw, raw, "skipped", "not a regular file (a device or a pipe): use - to read stdin")
        else:
            yield _bad(path.stem or raw, raw, "failed", "no such file or folder")


# -- inputs that name nothing -----------------------------------------------------------------
PATH_LIKE_MAX_CHARS = 260  # longer strings are article texts, whatever they end with


class InputError(ValueError):
    """Inputs that name nothing to read, or an output that would overwrite an input."""


def looks_like_path(text: str) -> bool:
    """Whether a string that names no file was meant as a path: one short word ending like one.

    >>> looks_like_path("seedz/"), looks_like_path("news.csv"), looks_like_path("Smith said so.")
    (True, True, False)
    """
    return (len(text) <= PATH_LIKE_MAX_CHARS and not any(ch.isspace() for ch in text)
            and (text.endswith(("/", os.sep)) or Path(text).suffix.lower() in SUPPORTED))


def _finds_nothing(raw: str, glob: Optional[str]) -> Optional[str]:
    """Why input ``raw`` gives nothing to read, or None when it gives something."""
    path = Path(raw)
    if not raw:
        return "an empty input name"
    if raw == "-" or path.is_file() or path.is_symlink() and not path.is_dir():
        return None
    if path.exists() and not path.is_dir():
        return f"{raw}: not a regular file (a device or a pipe): use - to read stdin"
    if not path.is_dir():
        return f"{raw}: no such file or folder"
    if next(_files(path, glob), None) is None:
        return f"{raw}: no {'file matching ' + repr(glob) if glob else ' or '.join(SUPPORTED) + ' file'} in it"
    return None


def check_inputs(inputs: Sequence[str], glob: Optional[str] = None) -> None:
    """Raise ``InputError`` when no input gives anything to read (a typo in the only path).

    >>> check_inputs(["seedz"])
    Traceback (most recent call last):
    quotes.read.InputError: no input found: seedz: no such file or folder
    """
    reasons = [_finds_nothing(raw, glob) for raw in inputs]
    if all(reasons):
        raise InputError(f"no input found: {'; '.join(reasons) or 'no INPUT given'}")


def check_output(output: str, inputs: Sequence[str], glob: Optional[str] = None) -> None:
    """Raise ``InputError`` when ``output`` is one of the files the inputs read (by any path or link)."""
    target = Path(output)
    if not target.is_file():
        return
    for raw in inputs:
        path = Path(raw)
        if raw == "-" or not path.exists():
            continue
        if path.is_dir():
            inside = target.resolve().is_relative_to(path.resolve()) and _wanted(target.name, glob)
            if inside and any(isinstance(f, Path) and f.samefile(target) for f in _files(path, glob)):
                raise InputError(f"the output {output} is an input of this run (in {raw}): choose another -o")
        elif path.samefile(target):
            raise InputError(f"the output {output} is the input {raw}: choose another -o")


# -- metadata stated in the text --------------------------------------------------------------
HEADLINE_MAX_WORDS = 20
BYLINE_NAME_WORDS = 4  # "By Anna Maria de Souza": a name of up to four capitalised words
LETTER = r"[^\W\d_]"
NAME_WORD = LETTER + r"[\w.'’-]+"  # a word of a name (that it is capitalised: ``_byline_name``)


class MetadataPatterns(NamedTuple):
    """What a metadata line looks like, in any language of the packs (reading comes before the
    article's language is known, so every pack's months, bylines and caption words count)."""

    date_line: re.Pattern  # "28 May 2022, 15:19", "May 28, 2022", "28 мая 2022 г.", "2022-05-28"
    byline: re.Pattern  # "By Jane Doe", "Author: Kyamal Ali", "Автор: Иван Петров"
    not_titles: tuple[str, ...]  # what a caption or byline paragraph starts with: "photo", "by ", "автор:"


def _alternatives(words) -> str:
    """A regex alternation of ``words``, longest first ("sept" before "sep")."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _optional(prefix: str, words) -> str:
    """ "(?: a\\.m\\.| pm)?": one of ``words`` after ``prefix``, or nothing (or no group: no words)."""
    return f"(?:{prefix}(?:{_alternatives(words)}))?" if words else ""


@lru_cache(maxsize=1)
def metadata_patterns() -> MetadataPatterns:
    """The metadata patterns of every language pack (quotes/lang/*/months.tsv, bylines.txt, word_sets.tsv)."""
    packs = [load_language(code) for code in LANGUAGES]
    month = rf"(?:{_alternatives(m for p in packs for m in p.months)})\.?"
    year = _optional(" ", [w for p in packs for w in p.words["year_suffixes"]])  # "28 мая 2022 г."
    time = r"(?:,? \d{1,2}:\d{2}" + _optional(" ?", [w for p in packs for w in p.words["time_suffixes"]]) + ")?"
    date_line = re.compile(rf"^\s*(\d{{1,2}} {month} \d{{4}}|{month} \d{{1,2}},? \d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})"
                           rf"{year}{time}\s*$", re.IGNORECASE)
    labels = [label for p in packs for label in p.bylines]
    byline = re.compile(rf"^\s*(?:{_alternatives(labels)})\s*:?\s+({NAME_WORD}(?: (?!{LETTER}\w*:){NAME_WORD})"
                        rf"{{0,{BYLINE_NAME_WORDS - 1}}})", re.MULTILINE)
    captions = tuple(w for p in packs for w in p.words["caption_words"])
    bylines = tuple(label.lower() + end for label in labels for end in (" ", ":"))
    return MetadataPatterns(date_line, byline, captions + bylines)


def parse_article_metadata(text: str) -> dict:
    """Title, date and author when the text itself states them (first lines, bylines).

    "28 May 2022, 15:19" (or "28 мая 2022 г.") on a line of its own is a date; "Author: Kyamal
    Ali" (or "Автор: Иван Петров") an author; the first short line with no final full stop that
    precedes a blank line, a title.

    >>> parse_article_metadata("By Jane Doe\\n\\n28 мая 2022, 15:19\\n\\nTalks fail in Baku\\n\\nText.")
    {'date': '28 мая 2022', 'author': 'Jane Doe', 'title': 'Talks fail in Baku'}
    """
    patterns = metadata_patterns()
    meta: dict = {}
    lines = [ln.strip() for ln in text.splitlines()[:40]]
    for line in lines:
        m = patterns.date_line.match(line)
        if m:
            meta["date"] = m.group(1)
            break
    author = next(filter(None, map(_byline_name, patterns.byline.finditer(text))), None)
    if author:
        meta["author"] = author
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text[:5000]) if p.strip()]
    for p in paragraphs[:4]:
        words = p.split()
        if "\n" not in p and 3 <= len(words) <= HEADLINE_MAX_WORDS and not p.endswith((".", ":")) and ". " not in p \
                and not patterns.date_line.match(p) and not p.lower().startswith(patterns.not_titles):
            meta["title"] = p
            break
    return meta


def _byline_name(match: re.Match) -> str:
    """The capitalised words that open a byline's name ("By Jane Doe" -> "Jane Doe"); "" if none."""
    words = match.group(1).split(" ")
    first = next((k for k, w in enumerate(words) if not w[0].isupper()), len(words))
    return " ".join(words[:first])
