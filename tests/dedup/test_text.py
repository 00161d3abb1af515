"""Normalisation, text units, standard wording, organisations, similarity."""

from __future__ import annotations

import pickle

import pytest

from repcheck.dedup.allowlist import Wording
from repcheck.dedup.corpus import Passage, digest, find_shared, same_organisation
from repcheck.dedup.normalize import clean, content_words, normalize, people_share
from repcheck.dedup.similarity import contained, similarity
from repcheck.dedup.units import split_paragraphs, split_sentences


@pytest.mark.parametrize(("a", "b"), [
    ("**Информационно - образовательная** среда", "информационно-образовательная среда"),
    ("<b>Цель:</b> «Школа» ", 'цель: "школа"'),
    ("1.2. Ёлочные игрушки", "елочные игрушки"),
    ("- пункт списка", "пункт списка"),
    ("а) управление проектом", "управление проектом"),
    ("IV. Измерение", "измерение"),
    ("➤ Содержание", "содержание"),
    ("school7\\_11", "school7_11"),
])
def test_normalize(a: str, b: str) -> None:
    assert normalize(a) == b


def test_clean_keeps_the_text_readable() -> None:
    assert clean("<p>Сайт: <http://school.ru/a></p>  **итог**") == "Сайт: http://school.ru/a итог"


def test_content_words_drop_urls_numbers_and_stop_words() -> None:
    words = content_words("Телефон: 8(3952) 41-08-67, почта school@mail.ru, сайт http://school7.ru и в 2021 г.")
    assert words == ["телефон", "почта", "сайт"]


@pytest.mark.parametrize(("text", "people"), [
    ("Лапшина Ирина Олеговна, канд. психол. наук, зав. кафедрой МАОУ ДПО ИПК", True),
    ("Завучи по НМР, руководители рабочих групп", True),
    ("МБОУ СОШ № 26, заместитель директора по УВР", True),
    ("Е.С. Громова, Л.Н. Щукина", True),
    ("Входная диагностика показала, что обучающиеся уверенно проводят измерения по инструкции", False),
])
def test_people_share(text: str, people: bool) -> None:
    assert (people_share(text) >= 0.4) is people


def test_split_paragraphs_joins_broken_sentences() -> None:
    text = "Исследование профессиональных компетенций, инновационного по-\nтенциала педагогов.\nВторой абзац.\n\nтретий"
    assert split_paragraphs(text) == [
        "Исследование профессиональных компетенций, инновационного по-тенциала педагогов.",
        "Второй абзац.",
        "третий",
    ]


def test_split_sentences_keeps_abbreviations_and_initials() -> None:
    text = "Консультант Лапшина И. О., канд. психол. наук, провела 3 семинара. Итоги подведены в мае 2024 г. Отчёт готов."
    assert split_sentences(text) == [
        "Консультант Лапшина И. О., канд. психол. наук, провела 3 семинара.",
        "Итоги подведены в мае 2024 г. Отчёт готов.",
    ]


@pytest.mark.parametrize("text", [
    "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации»",
    "Закон РФ № 273 - ФЗ “Об образовании в Российской Федерации” от 29.12.2012 г.",
    "приказ Министерства просвещения Российской Федерации от 31.05.2021 № 287 «Об утверждении ФГОС ООО»",
    "Федеральный государственный образовательный стандарт основного общего образования",
    "в соответствии с требованиями ФГОС НОО, ООО и СОО",
    "национальный проект «Образование»",
])
def test_standard_wording_is_removed(text: str) -> None:
    w = Wording.build()
    assert len(content_words(w.strip(normalize(text)))) <= 1, w.strip(normalize(text))


def test_standard_wording_keeps_the_rest_of_the_sentence() -> None:
    w = Wording.build()
    left = w.strip(normalize("Согласно Федеральному закону «Об образовании в Российской Федерации» школа создала клуб юных инженеров"))
    assert "школа создала клуб юных инженеров" in left


def test_user_phrases_template_phrases_and_titles() -> None:
    w = Wording.build(extra=["Точка роста"], template_phrases=["предоставить информацию по каждому пункту"],
                      titles=["Общие сведения", "Кадровое обеспечение проекта"])
    assert w.strip(normalize("центр «Точка роста» открыт")) == 'центр " " открыт'
    assert w.strip(normalize("Управление (предоставить информацию по каждому пункту):")) == "управление ( ):"
    assert w.is_template(normalize("3. Кадровое обеспечение проекта:"))
    assert w.is_template(normalize("Общие сведения"))
    assert not w.is_template(normalize("Кадровое обеспечение проекта выполнено за счёт собственных педагогов школы"))


def test_similarity_is_not_token_set() -> None:
    short = "проведен семинар для учителей"
    long_ = "проведен семинар для учителей математики и физики района по цифровым лабораториям"
    assert similarity(short, long_) < 80  # token_set_ratio would say 100
    assert similarity("а б в г", "г в б а") == 100  # reordered words
    assert contained("один два три четыре пять", "ноль один два три четыре пять шесть") >= 95
    assert contained("один два три четыре пять", "семь восемь девять") == 0


@pytest.mark.parametrize(("a", "b", "same"), [
    ("МБОУ «СОШ № 61»", "муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 61», сокращенное наименование МБОУ «СОШ № 61», Ольховский городской округ", True),
    ("МБОУ СОШ № 26", "МБОУ СОШ № 26 МО Ольховский район", True),
    ("МБОУ СОШ № 26", "МБОУ СОШ № 27", False),
    ("МАОУ «Гимназия № 12» г. Озёрска", "МБОУ «СОШ № 3» г. Лесного", False),
    ("МБОУ «Кленовская СОШ»", "МБОУ «Берёзовская СОШ»", False),
    ("", "МБОУ СОШ № 1", None),
])
def test_same_organisation(a: str, b: str, same: bool | None) -> None:
    assert same_organisation(a, b) is same


def test_find_shared_between_digests() -> None:
    loc = ("раздел", None, None, None, None, 1, 0)
    shared = normalize("на базе технопарка работали три инженерные мастерские для обучающихся седьмых и восьмых классов района")
    d1 = digest([Passage("x", shared, loc), Passage("y", normalize("совсем другой текст про библиотеку и чтение"), loc)])
    d2 = digest([Passage("z", shared.replace("три", "четыре"), loc)])
    d3 = digest([])
    matches = find_shared([d1, d2, d3])
    assert [(m.a, m.ia, m.b, m.ib) for m in matches] == [(0, 0, 1, 0)]
    assert 90 <= matches[0].score < 100
    assert pickle.loads(pickle.dumps(d1)).norms == d1.norms
