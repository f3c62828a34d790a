"""The engine on Russian sentences: the Russian pack's constructions, and sentences it must leave alone.

The documents are CoNLL-U files under tests/data/engine_ru (sentences written for these tests,
parsed once by natasha with make_fixtures.py), read with stanza's CoNLL-U reader.
"""
import pytest

from quotes.claims import build_claims
from quotes.engine.attribute import find_attributions
from quotes.lang import load_language
from quotes.types import Article
from tests.conftest import read_fixture


@pytest.fixture(scope="module")
def ru():
    return load_language("ru")


def claims_of(name, lexicon):
    doc = read_fixture(name, "engine_ru")
    return build_claims(Article(name, doc.text), find_attributions(doc, lexicon))


# name, speaker, kind, cue, quote_type, the whole claim, role, recipient, source as written
FOUND = [
    # a light verb and its word as one cue: "дал понять, что ..." ("made it clear that ...")
    ("made_clear_ru", "Ильдар Сабиров", "person", "дал понять", "indirect", "что переговоры продолжатся в мае",
     "Экономист", None, "Экономист Ильдар Сабиров"),
    ("said_that", "Ильдар Сабиров", "person", "заявил", "indirect", "что переговоры зашли в тупик",
     "Политолог", None, "Политолог Ильдар Сабиров"),
    # the dash tag after a quotation: «…», — сказал X
    ("dash_tag", "Олег Быков", "person", "сказал", "direct", "Мы не получили ни одного ответа от властей",
     "правозащитник", None, "правозащитник Олег Быков"),
    # a colon before it: X заявил: «…»
    ("colon_quote", "Анна Петрова", "person", "заявила", "direct", "Бюджет будет принят до конца месяца",
     "Министр финансов", None, "Министр финансов Анна Петрова"),
    # the recipient in the dative, the outlet's name in the nominative
    ("told_outlet", "Тимур Алиев", "person", "сообщил", "indirect", "Переговоры возобновятся в июне",
     "адвокат", "Северный вестник", "адвокат Тимур Алиев"),
    # frames of opinion (по словам, по мнению): the preposition is the cue's, the speaker in the
    # nominative, the source as written
    ("by_words", "Рустам Хакимов", "person", "По словам", "indirect", "власти не ответили на запрос",
     None, None, "Рустама Хакимова"),
    ("by_her_words", "Анна Петрова", "person", "По … словам", "indirect", "бюджет будет принят в срок",
     None, None, "ее"),
    ("in_opinion", "Марина Садыкова", "person", "По мнению", "indirect", "цены вырастут к осени",
     "экономист", None, "экономиста Марины Садыковой"),
    # a pronoun resolved by its features to the person named before
    ("pronoun_next", "Олег Быков", "person", "отметил", "indirect", "что строительство завершится летом",
     None, None, "Он"),
    ("unnamed_group", None, "group", "заявили", "indirect", "что воду не подают третий день",
     None, None, "Местные жители"),
    # „…“ inside «…» is part of the one quotation
    ("inner_quotes", "Зарина Тамаева", "person", "рассказала", "direct",
     "Он сказал мне: „Уезжайте до вечера“, и мы уехали", "жительница села", None, "жительница села Зарина Тамаева"),
    # a quotation over several paragraphs, each opening with «
    ("quote_paragraphs", "Тимур Алиев", "person", "заявил", "direct",
     "Моего подзащитного держали без связи трое суток. … Протокол составили задним числом, а жалобу не приняли",
     "Адвокат", None, "Адвокат Тимур Алиев"),
    # a subjectless plural verb speaks for the body named where it was said
    ("impersonal_body", "МЧС", "organization", "сообщили", "indirect", "что угрозы для жителей нет",
     None, None, "МЧС республики"),
    # a role in apposition after the name
    ("appos_after", "Тимур Алиев", "person", "сообщил", "indirect", "что жалоба уже подана",
     "адвокат задержанного", None, "Тимур Алиев, адвокат задержанного"),
    # the tag's subject, which natasha hangs on the clause it tags (they disagree in number)
    ("lends_subject", "Зарина Тамаева", "person", "заявила", "indirect", "Цены на хлеб выросли вдвое",
     "жена фермера", None, "жена фермера Зарина Тамаева"),
    # the occasion ("в интервью") is no part of a Russian cue
    ("as_noted", "Олег Быков", "person", "отметил", "indirect", "мост откроют летом",
     "мэр города", None, "мэр города Олег Быков"),
    # a body named by a common noun, before the verb or after it, speaks for a subjectless verb
    ("body_common_noun", None, "group", "пообещали", "indirect", "отремонтировать школу до зимы",
     None, None, "администрации Северного района"),
    ("body_after_verb", "ГУ МВД", "organization", "сообщили", "indirect", "На трассе столкнулись два автобуса",
     None, None, "ГУ МВД по Тверской области"),
    # a passive's agent in the instrumental
    ("agent_instrumental", "Олег Быков", "person", "было заявлено", "indirect", "что налоги не вырастут",
     "министр финансов края", None, "министром финансов края Олегом Быковым"),
    # "согласно X", a frame of one word
    ("according_bare", "Олег Быков", "person", "Согласно", "indirect", "мост откроют летом",
     None, None, "Олегу Быкову"),
    # "сказал так:" and the clause after the colon
    ("said_so_colon", "Олег Быков", "person", "сказал", "indirect", "денег на ремонт нет",
     "Глава района", None, "Глава района Олег Быков"),
    # "сам" is no role; an unnamed one of a group has the group's noun as role
    ("himself_no_role", "Быков", "person", "заявил", "indirect", "что не знает об этом", None, None, "Сам Быков"),
    ("shouted_unnamed", None, "unknown", "крикнула", "direct", "Нам не дают воды!", "участница", None,
     "одна из участниц митинга"),
    # the preposition of a prepositional verb joins the cue; a converb speaks with its head's subject
    ("points_to", "Олег Быков", "person", "указал на", "indirect", "ошибки в отчете министерства",
     "Депутат", None, "Депутат Олег Быков"),
    ("converb_topic", "Олег Быков", "person", "заявив о", "indirect", "своих планах участвовать в выборах",
     "глава района", None, "глава района Олег Быков"),
    # a tag set off by dashes inside one pair of «»: the two pieces are one direct claim
    ("split_quote", "Олег Быков", "person", "сказал", "direct",
     "Проблема не в самом законе, … Проблема в том, как его применяют на местах", "юрист правозащитного центра",
     None, "юрист правозащитного центра Олег Быков"),
    # a Russian cue is its verb: the adverbs beside it are not part of it
    ("adverb_not_cue", None, "group", "заявил", "indirect", "что мост откроют летом", "мэр", None, "мэр"),
    # a verb of opinion in the present tense tags words said, not a thought
    ("opinion_tag_now", "Анна Новикова", "person", "считает", "direct",
     "Судьям нужны видеоповторы, иначе споры не кончатся", "тренер", None, "тренер Анна Новикова"),
    # a converb's topic frames the report of its head: one claim, the statement
    ("converb_frames_report", "Анна Петрова", "person", "заявила", "indirect", "что налоги не вырастут",
     "министр финансов", None, "министр финансов Анна Петрова"),
    # a subjectless verb cites a document: its owner, in the genitive, is the source
    ("document_owner", "Олег Быков", "person", "говорится в обращении", "direct", "Мы уходим из большой политики",
     None, None, "Олега Быкова"),
    # "Об этом написала X": the demonstrative stands for the sentence before, X's claim
    ("about_this_reported", "Гаяне Мелконян", "person", "написала", "indirect", "В селе повреждены два жилых дома",
     "омбудсмен Армении", None, "омбудсмен Армении Гаяне Мелконян"),
    # a converb before the colon says how the statement was made: the statement is the claim
    ("converb_introduces", "Анна Петрова", "person", "заявила", "direct", "Налоги не вырастут",
     "Министр", None, "Министр Анна Петрова"),
    # a body's unit (пресс-служба) speaks for the body
    ("press_service_speaks", "МЧС", "organization", "сообщила", "indirect", "что два моста закрыты",
     None, None, "Пресс-служба МЧС Дагестана"),
    # a closing mark the parser hung on the tag's words stays in the content it closes
    ("stray_closing_mark", None, "group", "заявили", "indirect",
     "Силовики приглашают на «профилактические встречи» родителей студентов, уехавших в Европу", None, None,
     "правозащитники из группы «Горы без пыток»"),
    # an accusation's content is the one accused with the charge ("в растрате"), no setting
    ("accused_of", "Олег Быков", "person", "обвинил", "indirect", "мэра в растрате бюджета",
     "Депутат", None, "Депутат Олег Быков"),
    # a short adjective of stance is a predicate without a copula
    ("sure_no_copula", "Алан Кокоев", "person", "уверен", "indirect", "что переговоры завершатся до конца лета",
     "Спикер парламента", None, "Спикер парламента Алан Кокоев"),
    # "об этом" after the verb, a time adverb after it: the sentence before, not the adverb ("вчера")
    ("about_this_yesterday", None, "group", "сообщила", "indirect", "Склад закрыли на проверку",
     "Губернатор", None, "Губернатор"),
]


@pytest.mark.parametrize("name,speaker,kind,cue,qtype,claim,role,recipient,source", FOUND)
def test_found(ru, name, speaker, kind, cue, qtype, claim, role, recipient, source):
    claims = claims_of(name, ru)
    assert len(claims) == 1
    c = claims[0]
    assert (c.speaker, c.speaker_kind, c.cue, c.quote_type) == (speaker, kind, cue, qtype)
    assert (c.claim, c.role, c.recipient, c.source) == (claim, role, recipient, source)


# «так называемый» names, a title in «» is no quotation, an event with no speech says nothing;
# a name given ("назвал свою фамилию") or in use ("называли праздничными": a habit, no one naming),
# hearsay in a fixed phrase ("как говорили") or with no one saying it ("Говорят, что", "скажут:"), noticing
# ("заметил неисправность"), a thought in quotation marks ("— подумал он"), a negated aside ("не говорили"),
# a thing that confirms ("данные, которые подтверждают"), knowing ("знал, что": the writer's fact), a norm
# followed ("согласно старому плану"), silence ("не прокомментировало", "отказалась комментировать", "не уточнил, кто"),
# a short adjective on a topic that answers a claim made ("не согласны с этим мнением"), a verb of speech
# with adverbs of time, place or manner alone ("сообщила вчера", "рассказал здесь очень коротко")
NOT_FOUND = ["so_called", "title_in_quotes", "no_speech", "naming_bare_object", "as_they_said", "noticed_object",
             "naming_in_use", "hearsay_plural", "saying_future", "thought_tag_past", "negated_aside", "thing_confirms",
             "knew_that", "by_the_plan", "not_commented", "refused_to_comment", "not_specified_who",
             "disagrees_with_this", "reported_yesterday_only", "told_here_quickly"]


@pytest.mark.parametrize("name", NOT_FOUND)
def test_not_found(ru, name):
    assert claims_of(name, ru) == ()


def test_offsets_of_every_span_are_the_text(ru):
    for name, *_ in FOUND:
        doc = read_fixture(name, "engine_ru")
        for c in claims_of(name, ru):
            a, b = c.source_span
            assert doc.text[a:b] == c.source
            assert " … ".join(" ".join(doc.text[a:b].split()) for a, b in c.content_spans) == c.claim


def test_page_furniture_holds_no_claim(ru):
    """A headline restates the lead (the legal notice between them is no lead); past «Все новости»
    the page lists other articles; captions, date lines and the notice hold nothing."""
    claims = claims_of("page_furniture", ru)
    assert [(c.speaker, c.cue, c.claim) for c in claims] == [
        ("Олег Быков", "заявил", "Мост отремонтируют до осени")]


def test_the_expert_is_the_analyst_just_quoted_and_a_short_tagged_quotation_is_speech(ru):
    """ "— пояснил эксперт" after one person named: that person; «…», — before a tag is direct speech
    however short."""
    claims = claims_of("expert_described", ru)
    assert [(c.speaker, c.cue, c.quote_type, c.claim, c.source) for c in claims] == [
        ("Марат Гусейнов", "заявил", "indirect", "что выборы перенесут на осень", "Политолог Марат Гусейнов"),
        ("Марат Гусейнов", "пояснил", "direct", "Решение уже принято", "эксперт")]
