"""The Russian path end to end: the Russian sample article, and a folder of both languages."""
import json
import shutil

import pandas as pd
import pytest

import quotes
from tests.test_end_to_end import ROOT, SEED, run_cli

SEED_RU = ROOT / "seeds" / "001_ru_sample.txt"


@pytest.fixture(scope="module")
def ru_claims():
    df = quotes.extract([str(SEED_RU)], language="ru")
    assert set(df.language) == {"ru"}
    return df


# speaker, speaker_kind, speaker_type, cue, quote_type, start of the claim, its end, role, recipient
EXPECTED = [
    ("Руслан Кутаев", "person", "official", "сообщил", "indirect", "Ремонт дорог начнется в мае",
     "в мае", "заместитель министра транспорта республики", "Кавказский узел"),
    ("Руслан Кутаев", "person", "official", "По словам", "indirect", "на работы уже выделено",
     "двести миллионов рублей", "заместитель министра транспорта республики", None),
    ("Марина Садыкова", "person", "expert", "считает", "indirect", "что выделенных денег хватит",
     "самые опасные участки", "Экономист", None),
    ("Марина Садыкова", "person", "expert", "отметила", "direct", "Подрядчики не успеют",
     "останутся без покрытия", "Экономист", None),
    (None, "group", "unnamed", "опасаются", "indirect", "что работы снова затянутся", "до зимы", None, None),
    (None, "group", "unnamed", "заявили", "indirect", "что ждут ремонта", "уже третий год", None, None),
]


def test_the_claims_a_reader_finds_in_the_russian_sample(ru_claims):
    rows = {(r.speaker if isinstance(r.speaker, str) else None, r.cue): r for r in ru_claims.itertuples()}
    assert len(ru_claims) == len(EXPECTED)
    for speaker, kind, stype, cue, qtype, start, end, role, recipient in EXPECTED:
        r = rows[(speaker, cue)]
        assert (r.speaker_kind, r.speaker_type, r.quote_type) == (kind, stype, qtype)
        assert r.claim.startswith(start) and r.claim.endswith(end), r.claim
        assert (r.role if isinstance(r.role, str) else None) == role
        assert (r.recipient if isinstance(r.recipient, str) else None) == recipient


def test_the_speaker_is_named_in_the_nominative_and_the_source_as_written(ru_claims):
    text = SEED_RU.read_text(encoding="utf-8")
    frame = ru_claims[ru_claims.cue == "По словам"].iloc[0]
    assert frame.speaker == "Руслан Кутаев" and frame.source == "Руслана Кутаева"
    a, b = frame.source_span
    assert text[a:b] == "Руслана Кутаева"
    for _, row in ru_claims.iterrows():
        assert row.claim == " … ".join(" ".join(text[a:b].split()) for a, b in row.content_spans)


def test_no_claim_from_russian_page_furniture(ru_claims):
    text = SEED_RU.read_text(encoding="utf-8")
    furniture = [text.index(s) for s in ("Фото", "НАСТОЯЩИЙ", "Все новости", "Автор:", "14 апреля")]
    for spans in ru_claims.content_spans:
        assert not any(a <= f < b for a, b in spans for f in furniture)


def test_a_mixed_language_folder_in_one_run(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(SEED, src / "en.txt")
    shutil.copy(SEED_RU, src / "ru.txt")
    out = tmp_path / "claims.xlsx"
    proc = run_cli("extract", str(src), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    articles = pd.read_excel(out, sheet_name="Articles").set_index("article")
    assert articles.loc["en", "language"] == "en" and articles.loc["ru", "language"] == "ru"
    assert articles.loc["en", "annotator"] == "spacy" and articles.loc["ru", "annotator"] == "natasha"
    claims = pd.read_excel(out, sheet_name="Claims")
    assert set(claims[claims.article == "ru"].language) == {"ru"}
    assert set(claims[claims.article == "en"].language) == {"en"}
    speakers = pd.read_excel(out, sheet_name="Speakers")
    kutaev = speakers[speakers.speaker == "Руслан Кутаев"]
    assert len(kutaev) == 1 and kutaev.claim_count.tolist() == [2]  # "Руслан Кутаев" and "Руслана Кутаева"
    assert "Elkhan Velizade" in set(speakers.speaker)


def test_lang_forces_the_language(tmp_path):
    out = tmp_path / "claims.jsonl"
    proc = run_cli("extract", str(SEED_RU), "-o", str(out), "--lang", "ru", "--nlp", "natasha")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and {r["language"] for r in rows} == {"ru"}
    assert "natasha" in proc.stderr
