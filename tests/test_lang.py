"""The language packs: each lemma listed once per file, every set the engine asks for present."""
from collections import Counter
from pathlib import Path

import pytest

import quotes
from quotes.lang import WORD_SETS, load_language

PACK_FILES = sorted((Path(quotes.__file__).parent / "lang").glob("*/*.t[sx][vt]"))


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_entry_is_listed_once(path):
    keys = [line.split("\t")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    repeated = [key for key, n in Counter(keys).items() if n > 1]
    assert keys and not repeated


@pytest.mark.parametrize("path", PACK_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_file_says_where_its_words_come_from(path):
    header = [line for line in path.read_text(encoding="utf-8").splitlines()[:12] if line.startswith("#")]
    assert any("source" in line.lower() for line in header), path.name


def test_reporting_verbs_have_a_known_class():
    verbs = load_language("en").verbs
    assert verbs["say"] == "speech" and verbs["believe"] == "cognition"
    assert set(verbs.values()) == {"speech", "cognition", "intention", "evidence"}


def test_the_pack_gives_every_closed_class_and_its_features():
    en = load_language("en")
    assert set(WORD_SETS) <= set(en.words)
    assert "by" in en.words["agent_prepositions"] and "never" in en.words["negation"]
    assert en.pronouns["his"] == ("3", "Sing", "Masc", "Gen") and en.pronouns["they"].number == "Plur"
    assert en.honorific_gender("Mrs.") == "Fem" and en.honorific_gender("Dr.") is None
    assert en.prepositional_verbs["call"] == {"on", "for"} and en.particle_verbs["point"] == {"out", "to"}
    assert en.frames["according_to"] == ({"accord", "according"}, "to")
    assert en.light_verbs["take aim"] == ("speech", {"at"}) and en.class_of("make clear") == "speech"
    assert en.furniture["caption"].match("Photo by Aziz Karimov") and not en.furniture["caption"].match("Photos")
    assert en.grammar.mend_lemma("hop", "hopes", en.verbs) == "hope"
    assert en.grammar.strip_name("the Knot's") == "Knot"


def test_a_pack_is_loaded_once_and_an_unknown_one_is_refused():
    assert load_language("en") is load_language("en")
    with pytest.raises(ValueError, match="no language pack"):
        load_language("xx")


def test_the_russian_pack():
    ru = load_language("ru")
    assert set(WORD_SETS) <= set(ru.words) and ru.words["articles"] == frozenset()
    assert ru.verbs["заявить"] == ru.verbs["заявлять"] == "speech"
    assert ru.verbs["считать"] == "cognition" and ru.verbs["надеяться"] == "intention"
    assert {"по", "с", "согласно"} <= ru.words["frame_prepositions"]
    assert {"слово", "мнение", "данные"} <= set(ru.nominal_cues)
    assert ru.pronouns["его"] == ("3", "Sing", "Masc", "Gen") and ru.pronouns["их"].number == "Plur"
    assert ru.hearer_verbs["сообщить"] == "oblique" and "правозащитник" in ru.group_nouns
    assert ru.furniture["notice"].match("НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН")
    assert ru.furniture["caption"].match("Фото: пресс-служба") and ru.furniture["caption"].match("Автор: А. Б.")
    assert not ru.furniture["caption"].match("Источник в полиции сообщил, что ...")
    assert ru.grammar.strip_name("Кавказский узел") == "Кавказский узел"


def test_a_pack_gives_way_to_the_article_s_language():
    en = load_language("en")
    assert en.for_language(None) is en and en.for_language("en") is en
    assert en.for_language("ru") is load_language("ru")
