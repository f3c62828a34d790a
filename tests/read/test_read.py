"""Reading input: encodings, pages, corpora, folders, stdin, and bad input that never stops a run."""
import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.read import decode, parse_article_metadata, read_inputs
from quotes.types import Article, ArticleResult

RUSSIAN = "Аналитик Эльхан Велизаде сообщил корреспонденту, что сотрудничество продолжится. " * 3
FRENCH = "Le ministre a déclaré que la coopération continuera. Les élèves étaient très déçus. " * 3


def read_one(path, **options):
    (item,) = list(read_inputs([str(path)], **options))
    return item


def test_encodings_are_detected_and_recorded(tmp_path):
    cases = [("utf8.txt", FRENCH, "utf-8", "utf-8"), ("bom.txt", FRENCH, "utf-8-sig", "utf-8-sig"),
             ("u16.txt", RUSSIAN, "utf-16", "utf-16"), ("win.txt", RUSSIAN, "cp1251", "cp1251"),
             ("koi.txt", RUSSIAN, "koi8-r", "koi8_r"), ("latin.txt", FRENCH, "latin-1", None)]
    for name, text, codec, expected in cases:
        (tmp_path / name).write_bytes(text.encode(codec))
        article = read_one(tmp_path / name)
        assert isinstance(article, Article), article
        assert article.text == text, name
        if expected:
            assert article.encoding.replace("-", "_") == expected.replace("-", "_"), (name, article.encoding)


def test_newlines_are_kept_as_read(tmp_path):
    (tmp_path / "crlf.txt").write_bytes(b"One line.\r\nTwo lines.\r\n")
    assert read_one(tmp_path / "crlf.txt").text == "One line.\r\nTwo lines.\r\n"


def test_html_page_gives_the_article_not_the_boilerplate(tmp_path):
    body = " ".join(["Elkhan Velizade, a political analyst, told reporters that cooperation would continue."] * 4)
    page = f"""<html><head><title>Analysts compare cooperation</title>
    <meta name="author" content="Kyamal Ali"><meta property="article:published_time" content="2022-05-28"></head>
    <body><nav><a href="/">Home</a> <a href="/news">All news</a> <a href="/x">Subscribe now</a></nav>
    <article><h1>Analysts compare cooperation</h1><p>{body}</p><p>{body}</p></article>
    <footer>Copyright 2022 Example Media. All rights reserved.</footer></body></html>"""
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    article = read_one(tmp_path / "page.html")
    assert isinstance(article, Article)
    assert "told reporters that cooperation would continue" in article.text
    assert "All rights reserved" not in article.text and "Subscribe now" not in article.text
    assert article.meta["title"] == "Analysts compare cooperation"
    assert article.meta.get("author") == "Kyamal Ali"


def test_jsonl_corpus_rows_carry_their_columns_and_a_bad_row_is_reported(tmp_path):
    rows = [json.dumps({"id": "a1", "text": "He said it rained.", "title": "Rain", "url": "http://x/1", "desk": "m"}),
            "{not json", json.dumps({"id": "a3", "text": ""}), json.dumps({"text": "She said so."})]
    (tmp_path / "news.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = list(read_inputs([str(tmp_path / "news.jsonl")]))
    assert [type(i).__name__ for i in items] == ["Article", "ArticleResult", "ArticleResult", "Article"]
    assert items[0].meta["title"] == "Rain" and items[0].meta["desk"] == "m" and items[0].id == "a1"
    assert items[1].status == "failed" and "line 2" in items[1].reason
    assert items[2].status == "skipped"
    assert items[3].id == "news:4"


def test_csv_corpus_with_a_text_column_option(tmp_path):
    (tmp_path / "c.csv").write_text('id,body,date\nx1,"He said, ""yes"".",2022-01-02\n', encoding="utf-8")
    (article,) = list(read_inputs([str(tmp_path / "c.csv")], text_column="body"))
    assert article.text == 'He said, "yes".' and article.meta["date"] == "2022-01-02"


def test_csv_without_the_text_column_is_one_clear_failure(tmp_path):
    (tmp_path / "c.csv").write_text("id,body\n1,hello\n", encoding="utf-8")
    result = read_one(tmp_path / "c.csv")
    assert result.status == "failed"
    assert "'text'" in result.reason and "body" in result.reason and "--text-column" in result.reason


def test_folders_recursive_sorted_hidden_skipped_glob(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "a.txt").write_text("First article text.", encoding="utf-8")
    (tmp_path / "b" / "c.txt").write_text("Second article text.", encoding="utf-8")
    (tmp_path / "b" / "d.md").write_text("Not an article.", encoding="utf-8")
    (tmp_path / ".hidden" / "e.txt").write_text("Hidden.", encoding="utf-8")
    assert [a.id for a in read_inputs([str(tmp_path)])] == ["a", "c"]
    assert [a.id for a in read_inputs([str(tmp_path)], glob="*.md")] == ["d"]


def test_same_name_in_two_folders_gets_unique_ids(tmp_path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text(f"Text in {sub}.", encoding="utf-8")
    ids = [a.id for a in read_inputs([str(tmp_path)])]
    assert len(set(ids)) == 2 and ids[0] == "same"


def test_stdin(tmp_path):
    (article,) = list(read_inputs(["-"], stdin=io.BytesIO("Он сказал, что всё хорошо.".encode("utf-8"))))
    assert article.id == "stdin" and article.text == "Он сказал, что всё хорошо."


def test_bad_files_get_a_status_and_the_good_one_survives(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 2)
    (tmp_path / "big.txt").write_bytes(b"word " * 3000)
    (tmp_path / "control.txt").write_text("He said\x00 \x07that it\x1b rained on the parade in the city. " * 3, encoding="utf-8")
    (tmp_path / "good.txt").write_text("She said that it rained.", encoding="utf-8")
    items = {(i.id if isinstance(i, Article) else i.article.id): i
             for i in read_inputs([str(tmp_path)], max_chars=1000)}
    assert items["empty"].status == "skipped" and "empty" in items["empty"].reason
    assert items["binary"].status == "skipped" and "binary" in items["binary"].reason
    assert items["big"].status == "skipped" and "--max-chars" in items["big"].reason
    assert isinstance(items["good"], Article)
    assert isinstance(items["control"], Article) and "\x07" in items["control"].text


def test_missing_input_is_a_failed_result(tmp_path):
    result = read_one(tmp_path / "nope.txt")
    assert isinstance(result, ArticleResult) and result.status == "failed" and "no such file" in result.reason


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=3000))
def test_any_bytes_give_an_article_or_a_status(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "x.txt"
    path.write_bytes(data)
    item = read_one(path)
    assert isinstance(item, (Article, ArticleResult))
    if isinstance(item, Article):
        assert item.text.strip()


def test_decode_prefers_utf8_then_detects():
    assert decode("é".encode("utf-8")) == ("é", "utf-8")
    assert decode(RUSSIAN.encode("cp1251"))[0] == RUSSIAN


METADATA = [
    ("Photo by A. B.\n\n28 May 2022, 15:19\n\nAnalysts compare cooperation with Ankara\n\nText here.",
     {"date": "28 May 2022", "title": "Analysts compare cooperation with Ankara"}),
    ("Body text.\n\nAuthor: Kyamal Ali Source: CK correspondent", {"author": "Kyamal Ali"}),
    ("By Jane Doe\n\nShe said it rained. It did.", {"author": "Jane Doe"}),
    ("Just one sentence of body text that ends properly.", {}),
]


def test_metadata_stated_in_the_text():
    for text, expected in METADATA:
        meta = parse_article_metadata(text)
        for key, value in expected.items():
            assert meta.get(key) == value, (text, meta)
        if not expected:
            assert "title" not in meta and "author" not in meta and "date" not in meta
