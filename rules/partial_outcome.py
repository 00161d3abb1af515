"""C203 partial-outcome."""

from __future__ import annotations

import re
from collections.abc import Iterable

from repcheck.models.document import BlockKind
from repcheck.models.finding import Category, Finding, Severity, Text
from repcheck.models.report import OUTCOME_ROLES, ColumnRole, Report, ReportKind
from repcheck.parsing.numbers import parse_partial
from repcheck.rule import Rule, RuleContext, shorten
from repcheck.rules._advice import partial_advice
from repcheck.structurer.events import data_rows, subject_column
from repcheck.textmatch import lemma
from repcheck.rules._wording import subject_label

SENTENCE_RE = re.compile(r"(?<=[.!?;])\s+|\n+")
_DIGIT_RE = re.compile(r"\d")
# "5 занятий из 8 запланированных", "3 (из 5) мероприятий"
OF_RE = re.compile(
    r"(?<![\w.,/№])(?P<done>\d{1,4})(?P<n1>(?:\s+[а-яё\-]+){0,3}?)\s*\(?\s*(?<![а-яё])из"
    r"(?P<mid>(?:\s+[а-яё]+){0,2})\s+(?P<plan>\d{1,4})(?![\d.,/]\d)(?P<n2>(?:\s+[а-яё\-]+){0,2})",
    re.IGNORECASE,
)
# "выполнено 2/4", "проведено 3 / 5"
SLASH_RE = re.compile(
    r"(?P<verb>проведен\w*|проведён\w*|выполнен\w*|реализован\w*|пройден\w*|состоял\w*)\s+"
    r"(?:(?:только|лишь)\s+)?(?P<done>\d{1,3})\s*/\s*(?P<plan>\d{1,3})(?![\d/%]|\s*%|[.,]\d)",
    re.IGNORECASE,
)
# "из 8 запланированных занятий проведено 5"
REVERSED_RE = re.compile(
    r"(?<![а-яё])из\s+(?P<plan>\d{1,4})\s+(?:запланированн|планируем|предусмотренн|намеченн)\w*"
    r"(?:\s+[а-яё\-]+){0,2}\s+(?:было\s+)?(?:проведен\w*|проведён\w*|выполнен\w*|реализован\w*|состоял\w*)\s+"
    r"(?:(?:только|лишь)\s+)?(?P<done>\d{1,4})(?![\d.,]\d)",
    re.IGNORECASE,
)
PLAN_WORD_RE = re.compile(r"запланир|планируем|предусмотр|намечен|по\s+плану", re.IGNORECASE)
DONE_VERB_RE = re.compile(
    r"проведен|проведён|выполнен|реализован|состоял|прошл[оаи]|организован|удалось|частично|только|лишь",
    re.IGNORECASE,
)
# A verb of doing right before the count: "проведено 2 из 4 …", "выполнены 3 из 5 …".
DONE_BEFORE_RE = re.compile(
    r"(?<![а-яё])(?<!не\s)(?:проведен\w*|проведён\w*|выполнен\w*|реализован\w*|состоял\w*|организован\w*"
    r"|осуществлен\w*|осуществлён\w*)\s+(?:(?:только|лишь|всего)\s+)?$",
    re.IGNORECASE,
)
# A target or a forecast, not an outcome.
TARGET_RE = re.compile(r"не\s+менее|не\s+более|не\s+ниже|должн|будет|будут|планиру|предполага|ожида", re.IGNORECASE)
# Things done in parts: a count of them out of a plan is a partial outcome.
EVENT_LEMMAS = frozenset(
    ["занятие", "мероприятие", "урок", "семинар", "встреча", "экскурсия", "заседание", "тренинг", "вебинар", "мастер-класс", "консультация", "пункт", "задача", "этап", "модуль", "тема", "выпуск", "проба", "собрание", "лекция", "акция", "смена", "раздел", "практикум", "курс", "конференция", "публикация", "статья", "пособие", "программа", "разработка", "номер", "запланированный", "планировать", "предусмотренный"]
)
# People and places: "12 из 30 обучающихся" is a share of people, "2 учителя из 5 школ" is not a share.
PEOPLE_LEMMAS = frozenset(
    ["человек", "обучающийся", "учащийся", "ученик", "педагог", "учитель", "родитель", "ребёнок", "ребенок", "школа", "класс", "участник", "семья", "организация", "оо", "воспитанник", "студент", "выпускник", "сотрудник", "работник", "специалист", "руководитель"]
)


def _lemmas(words: str) -> list[str]:
    return [lemma(w) for w in re.findall(r"[а-яё\-]+", (words or "").lower())]


def _plausible_of(m: re.Match[str], sentence: str, strict: bool = True) -> bool:
    n1, mid, n2 = _lemmas(m.group("n1")), _lemmas(m.group("mid")), _lemmas(m.group("n2"))
    words = n1 + mid + n2
    if any(w in PEOPLE_LEMMAS for w in words) and not PLAN_WORD_RE.search(" ".join(words)):
        return False
    if n1 and n2 and n2[0] not in EVENT_LEMMAS and n1[-1] != n2[0] and not PLAN_WORD_RE.search(m.group("n2")):
        return False  # "2 учителя из 5 школ": different things counted
    if PLAN_WORD_RE.search(m.group(0)):
        return True
    if DONE_BEFORE_RE.search(sentence[: m.start()]):
        return True  # «проведено 2 из 4 экспедиционных выездов»: whatever the things, done in part
    return any(w in EVENT_LEMMAS for w in words) and (not strict or bool(DONE_VERB_RE.search(sentence)))


def find_partials(text: str, strict: bool = True) -> list[tuple[int, int, str]]:
    """(done, planned, the sentence) for each partial outcome stated in `text`. In free text
    (`strict`) a verb of doing or a word of planning must be there; an outcome cell may be
    terse («1 занятие из 7»)."""
    out: list[tuple[int, int, str]] = []
    for sentence in SENTENCE_RE.split(text or ""):
        if not _DIGIT_RE.search(sentence) or ("/" not in sentence and "из" not in sentence.lower()) \
                or TARGET_RE.search(sentence):
            continue  # every pattern below needs «из» or «/» (no other character lowers to и, з or /)
        found: tuple[int, int] | None = None
        m = REVERSED_RE.search(sentence)
        if m and int(m.group("done")) < int(m.group("plan")):
            found = int(m.group("done")), int(m.group("plan"))
        pair = parse_partial(sentence) if found is None else None
        if pair is not None and pair[0] < pair[1]:
            done, plan = pair
            for rx in (OF_RE, SLASH_RE):
                for mm in rx.finditer(sentence):
                    ok = rx is SLASH_RE or _plausible_of(mm, sentence, strict)
                    if (int(mm.group("done")), int(mm.group("plan"))) == (done, plan) and ok:
                        found = done, plan
                        break
                if found:
                    break
        if found and found[0] < found[1]:
            out.append((found[0], found[1], sentence.strip()))
    return out


class PartialOutcome(Rule):
    """Finds outcomes stated as a part of the plan: «проведено 5 занятий из 8», «выполнено 2/4».

    Looked for in the outcome cells of plan/actual and events tables and in the report's own
    paragraphs, with the numbers reported. Only counts of things done in parts qualify (sessions,
    events, lessons, tasks, or anything "из N запланированных"); a share of people («12 из 30
    обучающихся»), a count of different things («2 учителя из 5 школ»), targets («не менее 3 из
    5») and counts followed by a percent («6 / 14 %») are not partial outcomes. A programme (which
    reports no outcomes) is not checked.

    Why it matters: a partly done event is easy to miss in a long row; the reviewer wants the
    shortfall and its reason stated.

    Example: `C203 мероприятие 1 «Цикл полевых практикумов…»: выполнено частично — 5 из 8 (63 %)`.
    """

    code = "C203"
    name = "partial-outcome"
    category = Category.COMPLETENESS
    severity = Severity.WARNING
    summary = Text(ru="Результат выполнен частично", en="An outcome stated as part of the plan")
    doc_ru = """
    Находит результаты, выраженные частью плана: «проведено 5 занятий из 8», «выполнено 2/4».

    Ищет в графах результата таблиц «план – факт» и таблиц мероприятий и в абзацах отчёта,
    сообщает числа. Учитываются только счёт того, что выполняется частями (занятия,
    мероприятия, уроки, задачи или что угодно «из N запланированных»); доля людей («12 из 30
    обучающихся»), счёт разных вещей («2 учителя из 5 школ»), целевые значения («не менее 3 из
    5») и числа с процентами («6 / 14 %») частичным выполнением не считаются. Программы (в них
    нет результатов) не проверяются.

    Почему это важно: частично выполненное мероприятие легко не заметить в длинной строке;
    эксперт хочет видеть недовыполнение и его причину.

    Пример: «мероприятие 1 «Цикл полевых практикумов…»: выполнено частично — 5 из 8 (63 %)».
    """

    def check(self, report: Report, ctx: RuleContext) -> Iterable[Finding]:
        if report.kind == ReportKind.PROGRAM:
            return
        doc = report.document
        seen: set[tuple[int, int, int]] = set()
        table_blocks: set[int] = set()
        for table in report.tables:
            table_blocks.add(table.block)
            outcome_cols = [c for c, r in enumerate(table.roles) if r in OUTCOME_ROLES - {ColumnRole.FUNDING_ACTUAL}]
            if table.kind not in ("plan_actual", "events") or not outcome_cols:
                continue
            subject_col = subject_column(table)
            for dr in data_rows(doc, table):
                for c in outcome_cols:
                    for done, plan, sentence in find_partials(dr.text(c), strict=False):
                        key = (table.block, done, plan)
                        if key in seen:
                            continue
                        seen.add(key)
                        label_ru, label_en, subject = subject_label(table, dr, subject_col)
                        yield self._finding(ctx, done, plan, sentence, label_ru, label_en,
                                            evidence=f"{subject} | {sentence}",
                                            location=ctx.locate(block=table.block, row=dr.index,
                                                                column=table.headers[c]),
                                            context=" ".join(dr.text(k) for k in range(len(table.headers))))
        for i, b in enumerate(doc.blocks):
            if b.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
                continue
            for done, plan, sentence in find_partials(b.text):
                key = (i, done, plan)
                if key in seen:
                    continue
                seen.add(key)
                sec = report.section_of_block(i)
                where = f"раздел «{shorten(sec.label, 60)}»" if sec and sec.title else "текст отчёта"
                where_en = f"section “{shorten(sec.label, 60)}”" if sec and sec.title else "report text"
                yield self._finding(ctx, done, plan, sentence, where, where_en, evidence=sentence,
                                    location=ctx.locate(block=i), context=sentence)

    def _finding(self, ctx: RuleContext, done: int, plan: int, sentence: str, label_ru: str, label_en: str,
                 *, evidence: str, location, context: str = "") -> Finding:
        share = int(100 * done / plan + 0.5)
        q = shorten(sentence, 110)
        return self.finding(
            f"{label_ru}: выполнено частично — {done} из {plan} ({share} %): «{q}»",
            f"{label_en}: partly done — {done} of {plan} ({share} %): “{q}”",
            evidence=evidence,
            location=location,
            suggestion=partial_advice(context or sentence),
        )

