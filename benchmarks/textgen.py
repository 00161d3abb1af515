"""Invented report prose for the benchmark generator.

Sentences are put together from parts — who did what, for whom, where, with what result — and
each part is itself composed (an adjective and a noun, a topic and its aspect, a class and its
letter, a date, a count, a surname), in one of several word orders. So the text reads like the
genre (its stock phrases included: «в рамках сетевого взаимодействия», «на заседании
методического объединения») while two schools' paragraphs share word trigrams about as rarely as
real ones do: a first version built from whole stock phrases made every sentence share
3-word shingles with thousands of others, and the LSH stage then had 10× the candidate pairs a
real corpus gives. Two generated reports share a sentence only when the generator plants one
(shared boilerplate, copied passages): what the cross-report rule finds is what was planted.
"""

from __future__ import annotations

import random

MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "сентября", "октября", "ноября", "декабря")
MONTHS_NOM = ("январе", "феврале", "марте", "апреле", "мае", "сентябре", "октябре", "ноябре", "декабре")
OPENERS = (
    "в отчётном периоде", "в течение учебного года", "на втором этапе", "по итогам полугодия", "в рамках сетевого взаимодействия",
    "на заключительном этапе", "в первом полугодии", "во втором полугодии", "впервые", "как и планировалось", "весной", "осенью",
    "по решению методического совета", "с учётом выявленных дефицитов", "в дистанционном формате", "параллельно",
    "кроме того", "одновременно", "затем", "после обсуждения", "в ходе апробации", "по запросу родителей",
)
SUBJ = (  # (subject, plural?)
    ("педагоги", True), ("учителя", True), ("наставники", True), ("тьюторы", True), ("классные руководители", True),
    ("старшеклассники", True), ("обучающиеся", True), ("молодые специалисты", True), ("члены творческой группы", True),
    ("методисты", True), ("педагог-психолог", False), ("заместитель директора", False), ("социальный педагог", False),
    ("библиотекарь", False), ("руководитель проекта", False), ("координатор площадки", False), ("учитель-логопед", False),
)
SUBJ_MOD = (
    "начальных классов", "физики", "химии", "биологии", "истории", "литературы", "информатики", "технологии",
    "математики", "географии", "английского языка", "изобразительного искусства", "музыки", "физкультуры",
    "основной школы", "старших классов", "школы-партнёра", "дошкольного отделения", "центра «Точка роста»",
)
VERBS = (  # (plural, masculine singular)
    ("провели", "провёл"), ("разработали", "разработал"), ("подготовили", "подготовил"), ("апробировали", "апробировал"),
    ("обсудили", "обсудил"), ("представили", "представил"), ("обобщили", "обобщил"), ("описали", "описал"),
    ("организовали", "организовал"), ("проанализировали", "проанализировал"), ("собрали", "собрал"),
    ("доработали", "доработал"), ("оформили", "оформил"), ("защитили", "защитил"), ("испытали", "испытал"),
    ("составили", "составил"), ("переработали", "переработал"), ("опубликовали", "опубликовал"),
)
OBJ_ADJ = (
    "новую", "сетевую", "краткую", "итоговую", "электронную", "сквозную", "пробную", "адаптированную", "совместную",
    "открытую", "выездную", "модульную", "интерактивную", "уточнённую", "расширенную", "первую", "короткую",
)
OBJ_NOUN = (
    "программу", "серию занятий", "подборку заданий", "методичку", "анкету", "карту наблюдений", "игру", "экскурсию",
    "викторину", "выставку", "памятку", "презентацию", "инструкцию", "дорожную карту", "конференцию", "олимпиаду",
    "мастерскую", "лабораторную работу", "квест", "рабочую тетрадь", "диагностику", "рубрику оценивания",
    "видеолекцию", "стажировку", "проектную сессию", "модель сопровождения", "хронику", "стенгазету",
)
TOPIC = (
    "читательской", "финансовой", "математической", "естественнонаучной", "цифровой", "экологической", "правовой",
    "медийной", "инженерной", "проектной", "исследовательской", "краеведческой", "языковой", "музейной", "театральной",
    "спортивной", "профориентационной", "волонтёрской", "туристской", "шахматной", "кулинарной", "агротехнической",
)
TOPIC_NOUN = (
    "грамотности", "культуре", "практике", "навигации", "безопасности", "подготовке", "деятельности", "компетенции",
    "самостоятельности", "коммуникации",
)
AUDIENCE = (
    "для {a}«{l}» класса", "для {a}-х классов", "для родителей {a}«{l}» класса", "для группы из {n} учеников",
    "для педагогов {n} школ", "для детей с ОВЗ", "для первоклассников", "для выпускников", "для кружка «{w}»",
    "для сборной школы", "для студентов-практикантов", "для воспитанников лагеря «{w}»",
)
WHERE = (
    "на базе {w}ской библиотеки", "в кабинете № {r}", "в актовом зале", "на стадионе", "в школьном музее",
    "на заседании методического объединения", "на педагогическом совете", "в сетевом формате", "онлайн",
    "в технопарке «Кванториум»", "в лаборатории центра «Точка роста»", "в {w}ском лесничестве", "в доме культуры",
    "в районной газете", "на сайте школы", "в группе школы ВКонтакте", "на муниципальном семинаре",
)
WHEN = ("{d} {m}", "в {mn}", "с {d} по {d2} {m}", "к {d} {m}", "в конце {m2}", "за {k4} недели")
RESULTS = (
    "участвовали {n} человек", "пришли {n} родителей", "подготовлено {n} работ", "доля успешных выросла до {p} %",
    "{k4} участника стали призёрами", "отзывы собраны у {n} участников", "продукт размещён на сайте",
    "материалы вошли в сборник", "итоги обсуждены с родителями", "выявлены трудности с {t}", "средний балл вырос с {b1} до {b2}",
    "работу продолжат в {mn}", "замечания учтены в новой редакции", "{k4} педагога подали заявки на конкурс",
)
PLACE_ROOTS = ("Берёз", "Сосн", "Кедр", "Озёр", "Лесн", "Ключев", "Камен", "Луг", "Солнечн", "Рябин", "Зелен", "Полев",
               "Речн", "Ясен", "Липов", "Дубрав", "Ольх", "Гор", "Мох", "Черёмух")
WORDS = ("Эврика", "Исток", "Радуга", "Парус", "Родник", "Созвездие", "Орлёнок", "Компас", "Поиск", "Мастерград",
         "Юнга", "Следопыт", "Росток", "Маяк", "Глобус", "Кругозор", "Диалог", "Старт", "Вектор", "Полярис")
SURNAMES = ("Иванова", "Петрова", "Смирнова", "Кузнецова", "Соколова", "Попова", "Лебедева", "Козлова", "Новикова",
            "Морозова", "Волкова", "Алексеева", "Зайцева", "Павлова", "Семёнова", "Голубева", "Виноградова", "Богданова")
LETTERS = "АБВГДЕ"
INITIALS = "АВГДЕИКЛМНОПРСТЮ"


def _fill(rng: random.Random, template: str) -> str:
    return template.format(
        a=rng.randint(1, 11), l=rng.choice(LETTERS), n=rng.randint(7, 480), k=rng.randint(2, 9), k4=rng.randint(2, 4), p=rng.randint(40, 98),
        b1=rng.randint(30, 60), b2=rng.randint(61, 95), d=rng.randint(1, 14), d2=rng.randint(15, 28),
        m=rng.choice(MONTHS), m2=rng.choice(MONTHS), mn=rng.choice(MONTHS_NOM), r=rng.randint(3, 45),
        w=rng.choice(WORDS) if "«{w}»" in template else rng.choice(PLACE_ROOTS).lower(),
        t=rng.choice(("оформлением", "сроками", "оборудованием", "расписанием", "интернетом", "транспортом")),
    )


def _subject(rng: random.Random) -> tuple[str, bool]:
    subj, plural = rng.choice(SUBJ)
    if rng.random() < 0.5:
        subj = f"{subj} {rng.choice(SUBJ_MOD)}"
    if not plural and rng.random() < 0.5:
        subj = f"{subj} {rng.choice(SURNAMES)} {rng.choice(INITIALS)}.{rng.choice(INITIALS)}."
    return subj, plural


def sentence(rng: random.Random) -> str:
    subj, plural = _subject(rng)
    pl, sg = rng.choice(VERBS)
    verb = pl if plural else sg
    obj = f"{rng.choice(OBJ_ADJ)} {rng.choice(OBJ_NOUN)}" if rng.random() < 0.7 else rng.choice(OBJ_NOUN)
    topic = f"по {rng.choice(TOPIC)} {rng.choice(TOPIC_NOUN)}"
    parts = {
        "open": rng.choice(OPENERS) if rng.random() < 0.6 else _fill(rng, rng.choice(WHEN)),
        "core": f"{subj} {verb} {obj} {topic}",
        "aud": _fill(rng, rng.choice(AUDIENCE)),
        "where": _fill(rng, rng.choice(WHERE)),
        "res": _fill(rng, rng.choice(RESULTS)),
    }
    order = rng.choice((("open", "core", "aud", "where"), ("core", "aud", "where", "open"),
                        ("open", "core", "where", "aud"), ("core", "where", "aud")))
    text = " ".join(parts[k] for k in order)
    if rng.random() < 0.75:
        text += rng.choice(("; ", ", ", " — ", ": ")) + parts["res"]
    return text[0].upper() + text[1:] + "."


def prose(rng: random.Random, chars: int) -> str:
    """Sentences until at least `chars` characters (one sentence at least)."""
    out = [sentence(rng)]
    total = len(out[0])
    while total < chars:
        s = sentence(rng)
        out.append(s)
        total += len(s) + 1
    return " ".join(out)


def phrase(rng: random.Random, chars: int) -> str:
    """A short cell value (an event or a product), cut near `chars` characters."""
    text = f"{rng.choice(OBJ_ADJ)} {rng.choice(OBJ_NOUN)} по {rng.choice(TOPIC)} {rng.choice(TOPIC_NOUN)}"
    if rng.random() < 0.5:
        text += " " + _fill(rng, rng.choice(AUDIENCE))
    text = text[0].upper() + text[1:]
    if len(text) > chars + 20:
        cut = text.rfind(" ", 0, chars + 20)
        text = text[: cut if cut > 10 else chars]
    return text
