"""Reading input: encodings, pages, corpora, folders, stdin, and bad input that never stops a run."""
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.read import (InputError, check_inputs, check_output, count_items, decode, looks_binary, looks_like_path,
                         parse_article_metadata, read_inputs)
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


@pytest.mark.parametrize("data, binary", [
    (b"She said that it rained.", False),
    (b"He said\x00 \x07that it\x1b rained on the parade in the city. " * 3, False),  # a few control bytes
    (b"\t\n\r\x0b\x0c" * 20 + b"said", False),  # tab to carriage return are white space, not control
    (bytes(range(14, 32)) * 10 + b"She said it.", True),  # mostly control bytes
    (b"a\x00" * 50, True),  # NUL bytes outside UTF-16
    (b"\xff\xfe" + "Она сказала".encode("utf-16-le"), False),  # UTF-16's NUL bytes are text
    (b"", False),
])
def test_what_looks_binary(data, binary):
    assert looks_binary(data) is binary


def test_counted_items_are_the_items_read(tmp_path):
    """An .xlsx run counts its articles before it parses: the count is what ``read_inputs`` gives, bad input too."""
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("She said that it rained.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 2)
    (folder / "sub" / "b.txt").write_text("He said that it snowed.", encoding="utf-8")
    (folder / "rows.jsonl").write_text('{"text": "One said so."}\n\nnot json\n{"text": ""}\n', encoding="utf-8")
    (folder / "rows.csv").write_text("id,text\n1,Two said so.\n2,Three said so.\n", encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "other.csv").write_text("body\nno text column here\n", encoding="utf-8")
    inputs = [str(folder), str(tmp_path / "other.csv"), str(folder / "a.txt"), str(tmp_path / "nope.txt"), ""]
    read = list(read_inputs(inputs))
    assert sum(1 for _ in count_items(inputs)) == len(read) == 14
    assert sum(1 for _ in count_items([str(folder)], glob="*.csv")) == len(list(read_inputs([str(folder)], glob="*.csv"))) == 2


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


def item_id(item):
    return item.id if isinstance(item, Article) else item.article.id


def test_the_same_id_from_two_inputs_is_made_unique(tmp_path):
    (tmp_path / "news.csv").write_text("id,text\n1,Smith said that it rained.\n1,Jones said it did not.\n",
                                       encoding="utf-8")
    (tmp_path / "1.txt").write_text("Brown said that it snowed.", encoding="utf-8")
    (tmp_path / "news.jsonl").write_text(json.dumps({"id": "1", "text": "Green said so."}) + "\n", encoding="utf-8")
    items = list(read_inputs([str(tmp_path / "1.txt"), str(tmp_path / "news.csv"), str(tmp_path / "news.jsonl")]))
    assert [item_id(i) for i in items] == ["1", "news/1", "news/1~2", "news/1~3"]
    assert [i.text for i in items][:2] == ["Brown said that it snowed.", "Smith said that it rained."]


def test_bad_input_results_get_unique_ids_too(tmp_path):
    (tmp_path / "a.txt").write_text("Smith said that it rained.", encoding="utf-8")
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "a.txt").write_bytes(b"")
    items = list(read_inputs([str(tmp_path / "a.txt"), str(tmp_path / "x")]))
    assert [item_id(i) for i in items] == ["a", "x/a"] and items[1].status == "skipped"


ENGLISH = "Elkhan Velizade told the Caucasian Knot that the cooperation would continue. " * 3


@pytest.mark.parametrize("name, data, text, encoding", [
    ("u16bom_utf8.txt", b"\xff\xfe" + ENGLISH.encode("utf-8"), ENGLISH, "utf-8 (utf-16 BOM ignored)"),
    ("u16bom_utf8_odd.txt", b"\xff\xfe" + (ENGLISH + "!").encode("utf-8"), ENGLISH + "!", "utf-8 (utf-16 BOM ignored)"),
    ("u16bebom_ru.txt", b"\xfe\xff" + RUSSIAN.encode("utf-8"), RUSSIAN, "utf-8 (utf-16 BOM ignored)"),
    ("u8bom_cp1251.txt", b"\xef\xbb\xbf" + RUSSIAN.encode("cp1251"), RUSSIAN, "cp1251 (utf-8-sig BOM ignored)"),
    ("u16_true.txt", RUSSIAN.encode("utf-16"), RUSSIAN, "utf-16"),
    ("u32_le.txt", RUSSIAN.encode("utf-32"), RUSSIAN, "utf-32"),
    ("u32_be.txt", b"\x00\x00\xfe\xff" + ENGLISH.encode("utf-32-be"), ENGLISH, "utf-32"),
    ("u16_chinese.txt", "中文新闻报道：部长说，合作将继续。\n".encode("utf-16"), "中文新闻报道：部长说，合作将继续。\n", "utf-16"),
])
def test_a_bom_that_disagrees_with_the_body_is_set_aside(tmp_path, name, data, text, encoding):
    (tmp_path / name).write_bytes(data)
    article = read_one(tmp_path / name)
    assert isinstance(article, Article) and article.text == text and article.encoding == encoding


def test_a_bom_before_nothing_readable_is_skipped_with_the_reason(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\xef\xbb\xbf" + bytes(range(128, 256)) * 4)
    result = read_one(tmp_path / "bad.txt")
    assert isinstance(result, ArticleResult) and result.status == "skipped" and "byte-order mark" in result.reason
    stdin = list(read_inputs(["-"], stdin=io.BytesIO(b"\xef\xbb\xbf" + bytes(range(128, 256)) * 4)))
    assert stdin[0].status == "skipped" and "byte-order mark" in stdin[0].reason


def test_symlink_loops_are_skipped_with_the_reason(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "good.txt").write_text("Smith said that it rained.", encoding="utf-8")
    (src / "self.txt").symlink_to("self.txt")
    (src / "a.txt").symlink_to("b.txt")
    (src / "b.txt").symlink_to("a.txt")
    (src / "gone.txt").symlink_to("nowhere.txt")
    (src / "sub" / "up").symlink_to("..")
    (src / "sub" / "deeper.txt").write_text("Jones said so.", encoding="utf-8")
    (src / "twin").symlink_to("sub")
    (src / "not-an-article").symlink_to("not-an-article")  # the folder's filter leaves it out, as any such file
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    items = {item_id(i): i for i in read_inputs([str(tmp_path / "loop.txt"), str(src)])}
    assert sorted(items) == ["a", "b", "deeper", "gone", "good", "loop", "self", "twin", "up"]
    for name in ("loop", "self", "a", "b"):
        assert items[name].status == "skipped" and "symbolic link loop" in items[name].reason, name
    assert items["up"].status == "skipped" and "symbolic link loop" in items["up"].reason
    assert items["gone"].status == "skipped" and "broken symbolic link" in items["gone"].reason
    assert items["twin"].status == "skipped" and "read already" in items["twin"].reason
    assert isinstance(items["good"], Article) and isinstance(items["deeper"], Article)


def test_a_folder_reached_through_a_link_is_read(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_text("Smith said that it rained.", encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "linked").symlink_to(tmp_path / "real")
    assert [a.id for a in read_inputs([str(tmp_path / "in")])] == ["a"]


def test_inputs_that_name_nothing_are_an_error(tmp_path):
    (tmp_path / "a.txt").write_text("Smith said that it rained.", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="seedz: no such file"):
        check_inputs([str(tmp_path / "seedz")])
    with pytest.raises(InputError, match="no .txt"):
        check_inputs([str(tmp_path / "empty")])
    check_inputs([str(tmp_path / "seedz"), str(tmp_path / "a.txt")])  # one found: the other is a failed row
    check_inputs(["-"])


def test_an_output_that_is_an_input_is_an_error(tmp_path):
    news = tmp_path / "news.csv"
    news.write_text("id,text\n1,x\n", encoding="utf-8")
    with pytest.raises(InputError):
        check_output(str(news), [str(tmp_path / "." / "news.csv")])
    with pytest.raises(InputError):
        check_output(str(news), [str(tmp_path)])
    check_output(str(news), [str(tmp_path)], glob="*.txt")  # not read, so not an input
    check_output(str(tmp_path / "new.csv"), [str(news)])


@pytest.mark.parametrize("text, is_path", [
    ("seedz/", True), ("news.csv", True), ("a/b.JSONL", True), ("page.html", True), ("notes.txt", True),
    ("Smith said that talks failed.", False), ("Yes.", False), ("said so/", True),
    ("x" * 300 + ".txt", False), ("see news.csv", False),
])
def test_what_looks_like_a_path(text, is_path):
    assert looks_like_path(text) == (is_path and " " not in text)


def test_decode_prefers_utf8_then_detects():
    assert decode("é".encode("utf-8")) == ("é", "utf-8")
    assert decode(RUSSIAN.encode("cp1251"))[0] == RUSSIAN


METADATA = [
    ("Photo by A. B.\n\n28 May 2022, 15:19\n\nAnalysts compare cooperation with Ankara\n\nText here.",
     {"date": "28 May 2022", "title": "Analysts compare cooperation with Ankara"}),
    ("Body text.\n\nAuthor: Kyamal Ali Source: CK correspondent", {"author": "Kyamal Ali"}),
    ("By Jane Doe\n\nShe said it rained. It did.", {"author": "Jane Doe"}),
    ("Just one sentence of body text that ends properly.", {}),
    ("Sept. 3, 2019, 3:19 p.m.\n\nWritten by Anne-Marie O’Neil jr\n\nText.",
     {"date": "Sept. 3, 2019", "author": "Anne-Marie O’Neil"}),
    # the Russian pack's months (genitive) and labels: read before the article's language is known
    ("Фото: Иван Петров\n\n28 мая 2022 г.\n\nАвтор: Анна Иванова\n\nПереговоры в Баку снова провалились\n\nТекст.",
     {"date": "28 мая 2022", "author": "Анна Иванова", "title": "Переговоры в Баку снова провалились"}),
    ("3 сент. 2021, 09:05\n\nТекст.", {"date": "3 сент. 2021"}),
]


def test_a_lowercase_word_after_a_label_is_no_byline():
    assert "author" not in parse_article_metadata("By the way, the talks failed.\n\nbut by Jane Doe")


def test_the_metadata_words_come_from_every_language_pack():
    from quotes.lang import LANGUAGES, load_language
    from quotes.read import metadata_patterns

    patterns = metadata_patterns()
    for code in LANGUAGES:
        pack = load_language(code)
        assert all(patterns.date_line.match(f"12 {form} 2020") for form in pack.months)
        assert all(patterns.byline.match(f"{label} Jane Doe") for label in pack.bylines)


def test_metadata_stated_in_the_text():
    for text, expected in METADATA:
        meta = parse_article_metadata(text)
        for key, value in expected.items():
            assert meta.get(key) == value, (text, meta)
        if not expected:
            assert "title" not in meta and "author" not in meta and "date" not in meta
