"""Which language an article is in: script share, common words for a near tie."""
import pytest

from quotes.detect import detect_language, resolve_language

CASES = [
    ("Политолог отметил, что переговоры сорвались.", "ru"),
    ("The analyst said that the talks failed.", "en"),
    ("Глава Microsoft Satya Nadella заявил, что компания и её партнёры продолжат работу в регионе.", "ru"),
    ("Mr Ivanov said the word «перестройка» again and again in the interview.", "en"),
    ("12:45, 3.05.2021", "en"),
    ("", "en"),
    # as many Latin as Cyrillic letters: the function words decide
    ("Он и она в Баку, Baku и Tbilisi.", "ru"),
]


@pytest.mark.parametrize("text,language", CASES)
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_a_setting_other_than_auto_is_kept():
    assert resolve_language("ru", "The analyst said so.") == "ru"
    assert resolve_language("auto", "Он сказал, что всё хорошо.") == "ru"
    with pytest.raises(ValueError):
        resolve_language("de", "Er sagte es.")


@pytest.mark.parametrize("text,counts", [
    ("Глава Microsoft", (5, 9)),
    ("Ёлка, café 2024", (4, 3)),  # "é" is no ASCII letter; digits and signs are no letters
    ("", (0, 0)),
])
def test_letters_are_counted_by_script(text, counts):
    from quotes.detect import _script_counts

    assert _script_counts(text) == counts
