"""The word lists: each lemma listed once per file, so a class can never be given twice."""
from collections import Counter
from pathlib import Path

import pytest

import quotes
from quotes.lexicon import load_lexicon

LEXICON_FILES = sorted((Path(quotes.__file__).parent / "lexicons").glob("*/*.t[sx][vt]"))


@pytest.mark.parametrize("path", LEXICON_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_lemma_is_listed_once(path):
    lemmas = [line.split("\t")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")]
    repeated = [lemma for lemma, n in Counter(lemmas).items() if n > 1]
    assert lemmas and not repeated


def test_reporting_verbs_have_a_known_class():
    verbs = load_lexicon("en").verbs
    assert verbs["say"] == "speech" and verbs["believe"] == "cognition"
    assert set(verbs.values()) == {"speech", "cognition", "intention", "evidence"}
