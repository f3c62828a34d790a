"""The offline Russian annotator: natasha's real models into a UD stanza Document, offsets true."""
import pytest

from quotes.annotate.natasha_ud import NatashaAnnotator, map_entity_type, paragraphs

from tests.annotate.ud import parse, rel


@pytest.fixture(scope="module")
def natasha():
    return NatashaAnnotator()


DASH = "«Работы продолжатся», — отметил политолог Ильдар Сабиров в беседе с корреспондентом."
WORDS = "По словам Рустама Хакимова, власти не ответили на запрос."
COLON = "Министр заявил: «Мы готовы к переговорам»."
RELATIONS = [
    (DASH, "отметил", "parataxis", "продолжатся"),
    (DASH, "политолог", "nsubj", "отметил"),
    (DASH, "Ильдар", "appos", "политолог"),
    (DASH, "Сабиров", "flat:name", "Ильдар"),
    (WORDS, "словам", "parataxis", "ответили"),
    (WORDS, "Рустама", "nmod", "словам"),
    (WORDS, "ответили", "root", None),
    (COLON, "Министр", "nsubj", "заявил"),
]


@pytest.mark.parametrize("text,word,deprel,head", RELATIONS)
def test_ud_relations(natasha, text, word, deprel, head):
    assert rel(parse(natasha, text), word) == (deprel, head)


def test_lemmas_features_and_entities(natasha):
    doc = parse(natasha, WORDS)
    words = {w.text: w for w in doc.sentences[0].words}
    assert words["словам"].lemma == "слово" and "Case=Dat" in words["словам"].feats
    assert words["ответили"].lemma == "ответить" and words["ответили"].upos == "VERB"
    assert "Aspect=Perf" in words["ответили"].feats
    assert [(e.text, e.type) for e in doc.ents] == [("Рустама Хакимова", "PERSON")]


TEXTS = [
    "  Пробелы в начале и в конце.  ",
    "Первый абзац.\n\nВторой абзац после пустой строки.\n",
    "Кавычки «ёлочки» и „лапки“ — и тире, и эмодзи 🎉 внутри.",
    "",
    " \n\n \t ",
    "Смешанный текст: Microsoft и «Газпром» заявили о сделке.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_text_and_offsets_are_exact(natasha, text):
    doc = parse(natasha, text)
    assert doc.text == text
    for s in doc.sentences:
        for w in s.words:
            assert text[w.start_char:w.end_char] == w.text
            assert 0 <= w.head <= len(s.words)


def test_a_blank_line_ends_a_sentence(natasha):
    doc = parse(natasha, "14:22, 3 марта 2021\n\nАдвокат заявил о давлении на подзащитного")
    assert len(doc.sentences) == 2
    assert doc.sentences[1].words[0].text == "Адвокат"


def test_each_sentence_has_one_root_and_heads_inside(natasha):
    doc = parse(natasha, DASH + " " + WORDS)
    for s in doc.sentences:
        assert sum(w.head == 0 for w in s.words) >= 1
        assert all(w.deprel == "root" for w in s.words if w.head == 0)


def test_many_texts_come_in_order(natasha):
    texts = [f"Эксперт сказал, что цена выросла на {k} процентов." for k in range(5)]
    assert [d.text for d in natasha.annotate(texts)] == texts


def test_description_and_cache_key(natasha):
    assert natasha.name == "natasha" and natasha.language == "ru"
    assert natasha.description.startswith("natasha 1.6.0")
    assert "slovnet" not in natasha.version_key or "0.6.0" in natasha.version_key


def test_paragraphs_and_entity_types():
    text = "А.\n\nБ.\n \nВ."
    assert [text[a:b] for a, b in paragraphs(text)] == ["А.", "Б.", "В."]
    assert [map_entity_type(t) for t in ("PER", "ORG", "LOC")] == ["PERSON", "ORG", "GPE"]


def test_heads_are_made_one_tree():
    from quotes.annotate.natasha_ud import one_tree

    heads, rels = [2, 0, 0, 3], ["nsubj", "root", "root", "obj"]  # two roots
    one_tree(heads, rels)
    assert heads == [2, 0, 2, 3] and rels == ["nsubj", "root", "parataxis", "obj"]
    heads, rels = [2, 3, 2], ["nsubj", "obl", "advmod"]  # a cycle 2 <-> 3 and no root
    one_tree(heads, rels)
    assert heads.count(0) == 1 and rels[heads.index(0)] == "root"


def test_a_tag_gets_the_subject_hung_on_the_clause_it_tags():
    from quotes.annotate.natasha_ud import lend_subjects

    # "Цены выросли, заявила жена": "жена" hung on "выросли" (Plur) moves to "заявила" (Sing Fem)
    heads, rels = [2, 0, 4, 2, 2], ["nsubj", "root", "punct", "parataxis", "nsubj"]
    feats = [{"Number": "Plur", "Case": "Nom"}, {"VerbForm": "Fin", "Number": "Plur"}, {},
             {"VerbForm": "Fin", "Number": "Sing", "Gender": "Fem"}, {"Number": "Sing", "Gender": "Fem", "Case": "Nom"}]
    lend_subjects(heads, rels, feats)
    assert heads == [2, 0, 4, 2, 4]
    # a subject that agrees with its verb stays ("Цены выросли, заявили жители")
    heads, feats[4] = [2, 0, 4, 2, 2], {"Number": "Plur", "Case": "Nom"}
    feats[1] = {"VerbForm": "Fin", "Number": "Plur"}
    lend_subjects(heads, rels, feats)
    assert heads == [2, 0, 4, 2, 2]
    # a nominative hung as the apposition of a genitive in the clause: "показания жителя, сообщил адвокат"
    heads, rels = [0, 1, 4, 1, 2], ["root", "obj", "punct", "parataxis", "appos"]
    feats = [{"VerbForm": "Fin", "Number": "Plur"}, {"Case": "Gen", "Number": "Sing"}, {},
             {"VerbForm": "Fin", "Number": "Sing", "Gender": "Masc"}, {"Case": "Nom", "Number": "Sing", "Gender": "Masc"}]
    lend_subjects(heads, rels, feats)
    assert heads == [0, 1, 4, 1, 4] and rels[4] == "nsubj"
    # "..., заявила в беседе с узлом жена Мадина": the name hung on "узлом" names the tag's subject
    heads, rels = [0, 3, 1, 3, 1, 4], ["root", "punct", "parataxis", "obl", "nsubj", "appos"]
    feats = [{"VerbForm": "Fin", "Number": "Plur"}, {}, {"VerbForm": "Fin", "Number": "Sing", "Gender": "Fem"},
             {"Case": "Ins", "Number": "Sing"}, {"Case": "Nom", "Number": "Sing", "Gender": "Fem"},
             {"Case": "Nom", "Number": "Sing", "Gender": "Fem"}]
    lend_subjects(heads, rels, feats)
    assert heads == [0, 3, 1, 3, 3, 5] and rels[4:] == ["nsubj", "appos"]


def test_a_name_tagged_in_two_is_one_entity():
    from quotes.annotate.natasha_ud import join_names

    tags = ["O", "S-PERSON", "S-PERSON", "S-ORG", "S-ORG", "S-PERSON"]
    heads, rels = [0, 1, 2, 1, 4, 1], ["root", "nsubj", "flat:name", "nmod", "nmod", "obj"]
    join_names(tags, heads, rels)
    assert tags == ["O", "B-PERSON", "E-PERSON", "B-ORG", "E-ORG", "S-PERSON"]


def test_a_modifier_that_crosses_a_phrase_hangs_on_the_noun_before_it():
    from quotes.annotate.natasha_ud import mend_crossing_modifiers

    # "подтопила домов , сообщил заместитель района по вопросам Исаев": "вопросам" hung on "домов"
    heads = [0, 1, 4, 1, 4, 5, 8, 2, 5]
    rels = ["root", "obj", "punct", "parataxis", "nsubj", "nmod", "case", "nmod", "appos"]
    pos = ["VERB", "NOUN", "PUNCT", "VERB", "NOUN", "NOUN", "ADP", "NOUN", "PROPN"]
    mend_crossing_modifiers(heads, rels, pos)
    assert heads == [0, 1, 4, 1, 4, 5, 8, 6, 5]  # on "района", the noun before its phrase
    heads = [0, 1, 4, 1, 4, 5, 8, 5, 5]  # hung on "заместитель" it crosses nothing and stays
    mend_crossing_modifiers(heads, rels, pos)
    assert heads == [0, 1, 4, 1, 4, 5, 8, 5, 5]


def test_the_repairs_on_the_real_parse(natasha):
    doc = parse(natasha, "Цены на хлеб выросли вдвое, заявила в беседе с корреспондентом жена фермера Зарина Тамаева.")
    assert rel(doc, "жена") == ("nsubj", "заявила")


def test_lemmas_are_worked_out_once_and_stay_bounded(natasha, monkeypatch):
    from quotes.annotate import natasha_ud

    text = "Адвокат Руслана Кутаева заявил, что задержание Руслана Кутаева незаконно. Адвокат заявил это снова."
    natasha._lemmas.clear()
    first = [(w.text, w.lemma) for s in parse(natasha, text).sentences for w in s.words]
    assert ("Руслана", "Руслан") in first and ("заявил", "заявить") in first
    kept = len(natasha._lemmas)
    assert kept < len(first)  # "Адвокат", "заявил", the name: each form and tag once
    monkeypatch.setattr(natasha_ud, "LEMMAS_KEPT", 3)
    natasha._lemmas.clear()
    again = [(w.text, w.lemma) for s in parse(natasha, text).sentences for w in s.words]
    assert again == first and len(natasha._lemmas) <= 3


# -- the Document in bulk: build_document gives what stanza's constructor gives ------------------
KEYS = ("text", "lemma", "upos", "xpos", "feats", "head", "deprel", "start_char", "end_char", "ner")
PARAGRAPH = ("Сход в Мелитополе\n\n"
             "«Мы не уйдём, пока не получим ответа», — заявила жительница села Анна Петрова "
             "корреспонденту. По её словам, глава администрации Сергей Волков обещал приехать.\n\n"
             "  В мэрии сообщили, что встреча назначена на пятницу.  ")


@pytest.mark.parametrize("text", [PARAGRAPH, "Министр заявил.", "", " \n\n "])
def test_build_document_equals_the_constructors_document(natasha, text):
    from stanza.models.common.doc import Document

    from tests.annotate.ud import differences

    rows = natasha.rows(text)
    dicts = [[{"id": (k,), **dict(zip(KEYS, row))} for k, row in enumerate(sentence, 1)] for sentence in rows]
    built = natasha.document(text)
    assert differences(Document(dicts, text=text), built) == []
    if text == PARAGRAPH:  # the paragraph's Document holds what the engine reads: entities, spaces, lemmas
        assert [(e.text, e.type) for e in built.ents] == [("Мелитополе", "GPE"), ("Анна Петрова", "PERSON"),
                                                           ("Сергей Волков", "PERSON")]
        assert len(built.sentences) == 4 and built.sentences[-1].tokens[-1].spaces_after == "  "
        assert [(w.text, w.lemma, w.head) for w in built.sentences[1].words[1:4]] == [
            ("Мы", "мы", 4), ("не", "не", 4), ("уйдём", "уйти", 0)]
