"""The engine names no word of any language: every word it asks about comes from a language pack.

Two proofs: a made-up language (a pack of invented words in ``made_up/``, a hand-parsed CoNLL-U
article in tests/data/made_up) runs through the whole engine and yields its claims; and no
string literal in quotes/engine/ (docstrings aside) is a word of the English pack.
"""
import ast
import re
from importlib import resources
from pathlib import Path

import pytest

import quotes
from quotes.claims import build_claims
from quotes.engine.attribute import find_attributions
from quotes.lang import read_pack
from quotes.types import Article
from tests.conftest import read_fixture

ENGINE = Path(quotes.__file__).parent / "engine"
PACK = Path(__file__).parent / "made_up"


@pytest.fixture(scope="module")
def made_up():
    return read_pack(PACK, "zz", "tests.engine.made_up.grammar")


def test_a_made_up_language_yields_its_claims(made_up):
    doc = read_fixture("article", folder="made_up")
    claims = build_claims(Article("zz", doc.text), find_attributions(doc, made_up))
    got = [(c.speaker, c.speaker_kind, c.role, c.cue, c.claim, c.quote_type, c.rule) for c in claims]
    assert got == [
        # a verb with its reported clause; the role in apposition, its article gone
        ("Mira Tolan", "person", "vesko", "blik", "ta la grun sova", "indirect", "verb:speech"),
        # a pronoun of the pack's gender table takes the person before it
        ("Mira Tolan", "person", "vesko", "morat", "ta la grun nefa", "indirect", "verb:cognition"),
        # the pack's frame "peri tun X" is "according to X"; a surname stands for the full name
        ("Mira Tolan", "person", "vesko", "Peri tun", "la grun sova", "indirect", "according_to:speech"),
        # a quotation with its tag after it
        ("Mira Tolan", "person", "vesko", "blik", "La grun sova lo nefa,", "direct", "verb:speech"),
    ]


def test_the_made_up_furniture_line_holds_no_claim(made_up):
    doc = read_fixture("article", folder="made_up")
    first_line = doc.text.index("\n")
    claims = build_claims(Article("zz", doc.text), find_attributions(doc, made_up))
    assert claims and all(c.content_spans[0][0] > first_line for c in claims)  # "Foto: ..." is a caption


def _english_words() -> set[str]:
    """The words of the English pack: the first column of each file, and every word of its word sets."""
    words = set()
    for path in resources.files("quotes.lang").joinpath("en").iterdir():
        if path.name.endswith((".tsv", ".txt")):
            for line in path.read_text("utf-8").splitlines():
                if line.strip() and not line.startswith("#"):
                    cells = line.strip().split("\t")
                    words.update((cells[1:2] or [""])[0].lower().split() if path.name == "word_sets.tsv"
                                 else cells[0].lower().split())
    return {w for w in words if re.fullmatch(r"[a-z][a-z'-]+", w)}


def _string_literals(path: Path) -> list[tuple[int, str]]:
    """The string constants of a module that are not docstrings, with their line numbers."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


# Names of the engine's own vocabulary that happen to be English words: UD relations and
# features, cue classes and construction names, never matched against the text.
ENGINE_NAMES = {"cc", "case", "mark", "fixed", "flat", "compound", "list", "root", "dep", "cop", "speech",
                "cognition", "intention", "evidence", "object", "quote", "colon", "verb", "nominal",
                "parenthetical", "introducer", "adjective", "question", "direct", "indirect", "mixed", "person", "organization",
                "group", "unknown", "content", "recipient", "caption", "notice",
                "gen",  # UD's genitive (Case=Gen), which is also "Gen." the title
                "voice"}  # UD's Voice feature (Voice=Pass), also the verb "voice"


@pytest.mark.parametrize("path", sorted(ENGINE.rglob("*.py")), ids=lambda p: p.name)
def test_no_english_word_is_written_in_the_engine(path):
    english = _english_words() - ENGINE_NAMES
    found = [(line, value) for line, value in _string_literals(path)
             if "_" not in value and not value.isupper()  # a set's name ("question_words"), an entity type
             and not re.fullmatch(r"\w+(\.\w+)+", value)  # a dotted name: "quotes.engine.cues.find_cues"
             and any(w in english for w in re.findall(r"[a-z][a-z'-]+", value.lower()))]
    assert not found, f"{path.name}: words that belong in a language pack: {found}"


# Penn Treebank's tags (Marcus et al. 1993; SYM is also UD's and stays out): the engine reads UD's
# upos and features, never a treebank's tags.
PENN_TAGS = {"CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT",
             "POS", "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT",
             "WP", "WP$", "WRB"}


@pytest.mark.parametrize("path", sorted(ENGINE.rglob("*.py")), ids=lambda p: p.name)
def test_no_treebank_tag_is_read_in_the_engine(path):
    found = [(line, value) for line, value in _string_literals(path) if value in PENN_TAGS]
    source = path.read_text(encoding="utf-8")
    assert not found and ".xpos" not in source, f"{path.name}: treebank tags {found}"


# Outside the engine, the modules that read an article's words before and after it: reading takes
# its month names and byline labels from the packs (read.py), speaker types their role grammar,
# speaker merging the articles a name may open with (speakers.py).
READERS = [Path(quotes.__file__).parent / name for name in ("read.py", "speakers.py")]


def _pack_entries(file: str) -> set[str]:
    """The first column of ``file`` in every pack (months.tsv, bylines.txt), as written."""
    entries = set()
    for pack in resources.files("quotes.lang").iterdir():
        if pack.is_dir() and pack.joinpath(file).is_file():
            entries.update(line.split("\t")[0].strip() for line in pack.joinpath(file).read_text("utf-8").splitlines()
                           if line.strip() and not line.startswith("#"))
    return entries


@pytest.mark.parametrize("path", READERS, ids=lambda p: p.name)
def test_no_month_byline_or_role_preposition_is_written_outside_the_packs(path):
    from quotes.lang import LANGUAGES, load_language

    months = {m.lower() for m in _pack_entries("months.tsv")}
    labels = _pack_entries("bylines.txt")
    prepositions = {w for code in LANGUAGES for w in load_language(code).words["role_prepositions"]}
    articles = {w for code in LANGUAGES for w in load_language(code).words["name_articles"]}  # "the" of org_key
    found = []
    for line, value in _string_literals(path):
        words = re.findall(r"[^\W\d_]+", value)
        pattern = any(m in value for m in ("(?:", "|", "\\s", "^"))  # a regex names its words inside
        if value.strip().lower() in months | prepositions | articles or value in labels or (pattern and (
                any(w.lower() in months for w in words if len(w) > 2) or any(w in labels for w in words)
                or any(w.lower() in articles for w in words))):
            found.append((line, value))
    assert not found, f"{path.name}: words that belong in a language pack: {found}"
