"""D501 duplicate-text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import Field, field_validator

from repcheck.dedup.allowlist import check_allow
from repcheck.models.finding import Category, Finding, Severity, Text
from repcheck.models.report import Report
from repcheck.rule import PASSAGE_EVIDENCE_MAX, Rule, RuleContext, RuleOptions

QUOTED_RE = re.compile(r'"[^"]*"')


class Options(RuleOptions):
    # Measured on the four seeds and the eight corpus reports (see the class docstring): every
    # repeated passage of 10+ content words that is not plan wording, passport or a name list is
    # a real copy; below 10 words the repeats are product names and list lines that legitimately
    # recur («модель использования электронных образовательных ресурсов…», 8 words).
    min_words: int = Field(10, ge=3,
                           description="content words (3+ letters, not stop words) a passage needs to be compared")
    # The highest score of two different passages measured was 86–87 (a task and the line
    # reporting it, seed 000); copies scored 95–100.
    similarity: float = Field(90.0, ge=50, le=100,
                              description="rapidfuzz ratio / token_sort_ratio (0–100) from which two passages are one")
    contained_min_words: int = Field(20, ge=0,
                                     description="a passage this long pasted inside a longer one counts too (0: off)")
    allow: list[str] = Field(default_factory=list,
                             description="more standard wording (regular expressions or phrases) that never counts")
    _allow_compiles = field_validator("allow")(check_allow)


class DuplicateText(Rule[Options]):
    """Finds paragraphs, list items and table cells repeated inside one report, verbatim or
    nearly (rapidfuzz `ratio` or `token_sort_ratio` ≥ 90 on the normalised text), and passages
    of 20+ words pasted inside a longer paragraph.

    Why it matters: a paragraph pasted into two sections answers two questions of the form with
    one text; reviewers read it as padding.

    Not compared, because they repeat by design: headings and the form's own titles and prompts
    (profile `template_phrases` and section titles); the wording of the plan (tasks, planned
    events, forecast results and products — the plan is quoted wherever it is reported on; a
    copied forecast in the "actual" column is D502); cells of columns that repeat by nature
    (numbers, dates, counts, places, responsible persons, organisations, levels, indicators,
    funding); lists of people and positions («Завучи по НМР, руководители рабочих групп»);
    titles of laws and orders and ФГОС wording (the allow-list); passages shorter than
    `min-words` content words; and the section pairs the profile declares as repeating by design
    (`duplicate_by_design`: a programme's passport summarises its body's goal, tasks, stages,
    results and plan).

    Thresholds, measured on the seeds and the corpus: among passages of 10+ content words, the
    two most similar different passages scored 86–87 (a task and the line reporting on it); real
    copies scored 95–100. Below 10 words the repeats were names of products and models.

    Example: `D501 абзац повторяет дословно текст абзаца (раздел «Управление инновационной
    деятельностью», строка файла 32): «Входная диагностика показала…»`, located at the second
    occurrence (the general conclusion).
    """

    code = "D501"
    name = "duplicate-text"
    category = Category.DUPLICATION
    severity = Severity.WARNING
    summary = Text(ru="Текст повторяется внутри отчёта", en="Text repeated inside the report")
    doc_ru = """
    Находит абзацы, пункты списков и ячейки таблиц, которые повторяются внутри одного отчёта
    дословно или почти дословно (rapidfuzz `ratio` или `token_sort_ratio` ≥ 90 на
    нормализованном тексте), а также фрагменты от 20 слов, вставленные в более длинный абзац.

    Почему это важно: один и тот же абзац, вставленный в два раздела, отвечает одним текстом на
    два вопроса формы; эксперт читает это как «воду».

    Не сравниваются, потому что повторяются по замыслу: заголовки, собственные формулировки и
    вопросы шаблона (`template_phrases` и названия разделов профиля); формулировки плана
    (задачи, запланированные мероприятия, прогнозируемые результаты и продукты — план
    цитируется везде, где по нему отчитываются; скопированный прогноз в графе «фактически» —
    это D502); ячейки граф, которые повторяются по природе (номера, даты, количество, место,
    ответственные, организации, уровень, показатели, финансирование); перечни людей и
    должностей («Завучи по НМР, руководители рабочих групп»); названия законов и приказов,
    формулировки ФГОС (разрешённый список); фрагменты короче `min-words` значимых слов; пары
    разделов, которые профиль объявляет повторяющимися по замыслу (`duplicate_by_design`:
    паспорт программы кратко повторяет её цель, задачи, этапы, результаты и план).

    Пороги измерены на эталонных отчётах и корпусе: среди фрагментов от 10 значимых слов два
    самых похожих разных фрагмента набрали 86–87 (задача и строка отчёта о ней), настоящие
    копии — 95–100. Короче 10 слов повторялись названия продуктов и моделей.

    Пример: `D501 абзац повторяет дословно текст абзаца (раздел «Управление инновационной
    деятельностью», строка файла 32): «Входная диагностика показала…»` — замечание стоит у
    второго вхождения (в общем выводе).

    Параметры: `min-words` (10), `similarity` (90), `contained-min-words` (20), `allow` (список).
    """

    def check(self, report: Report, ctx: RuleContext[Options]) -> Iterable[Finding]:
        from repcheck.dedup.allowlist import Wording, profile_titles
        from repcheck.dedup.pairs import earlier_matches
        from repcheck.dedup.similarity import contained
        from repcheck.dedup.textpass import report_text
        from repcheck.dedup.units import describe, quote

        opts = ctx.options
        profile = ctx.profile
        wording = Wording.build(opts.allow, profile.template_phrases, profile_titles(profile))
        by_design = {frozenset(p) for p in profile.duplicate_by_design if len(set(p)) == 2}

        rt = report_text(report)  # the units, their normal forms and words: shared with D502 and D503
        units, norms, sizes = [], [], []
        for ut in rt.units:
            u = ut.unit
            if u.plan_side:
                continue
            norm = ut.norm
            if rt.is_template(wording, norm):
                continue
            cmp = rt.strip(wording, norm)
            own = rt.word_count(QUOTED_RE.sub(" ", cmp) if '"' in cmp else cmp)
            if own < opts.min_words or ut.people >= 0.4:
                continue
            units.append(u)
            norms.append(cmp)
            sizes.append(rt.word_count(cmp))
        n = len(units)
        if n < 2:
            return
        cutoff = opts.similarity
        matches = earlier_matches(norms, cutoff)  # ratio or token_sort_ratio ≥ cutoff, i < j
        word_sets = [set(x.split()) for x in norms]

        # Dated items of a list are events: two held on different dates are two events, however
        # alike their wording («входная диагностика …» in September, «итоговая …» in May).
        event_dates = {e.location.block: (e.period.start, e.period.end) for e in report.events
                       if e.source == "list" and e.location is not None and e.period is not None}

        def exempt(i: int, j: int) -> bool:
            a, b = units[i], units[j]
            da, db = event_dates.get(a.block), event_dates.get(b.block)
            if da is not None and db is not None and da != db:
                return True
            return bool(a.section_id and b.section_id and a.section_id != b.section_id
                        and frozenset((a.section_id, b.section_id)) in by_design)

        big = [s >= opts.contained_min_words for s in sizes] if opts.contained_min_words else [False] * n
        big_at = [i for i in range(n) if big[i]]
        for j in range(1, n):
            first: tuple[int, float, bool] | None = None
            count = 0
            column = matches[j]
            # near-equal passages, and (for long passages) one pasted inside the other
            cands = range(j) if big[j] else sorted(set(column).union(i for i in big_at if i < j))
            for i in cands:
                score = column.get(i, 0.0)
                inside = False
                if score < cutoff:
                    short, long_ = (i, j) if len(norms[i]) <= len(norms[j]) else (j, i)
                    if not big[short] or len(word_sets[short] & word_sets[long_]) < 0.9 * len(word_sets[short]):
                        continue
                    score = contained(norms[short], norms[long_])
                    inside = score > 0
                if score < cutoff or exempt(i, j):
                    continue
                count += 1
                if first is None:
                    first = (i, score, inside)
            if first is None:
                continue
            i, score, inside = first
            a, b = units[i], units[j]
            loc_a = ctx.locate(block=a.block, row=a.row, column=a.header)
            where_ru = describe(loc_a.section, loc_a.table, loc_a.row, loc_a.column, loc_a.line)
            where_en = describe(loc_a.section, loc_a.table, loc_a.row, loc_a.column, loc_a.line, "en")
            what_ru, what_en = _what(b)
            of_ru, of_en = _what(a, genitive=True)
            verbatim = score >= 99.5
            how_ru = "дословно" if verbatim else f"почти дословно (сходство {score:.0f}%)"
            how_en = "verbatim" if verbatim else f"nearly verbatim (similarity {score:.0f}%)"
            more_ru = f"; всего повторов этого текста: {count + 1}" if count > 1 else ""
            more_en = f"; {count + 1} occurrences in all" if count > 1 else ""
            if inside:
                ru = f"{what_ru} содержит {how_ru} текст {of_ru} ({where_ru}): «{quote(a.text)}»{more_ru}"
                en = f"{what_en} contains, {how_en}, the text of {of_en} ({where_en}): “{quote(a.text)}”{more_en}"
            else:
                ru = f"{what_ru} повторяет {how_ru} текст {of_ru} ({where_ru}): «{quote(a.text)}»{more_ru}"
                en = f"{what_en} repeats {how_en} the text of {of_en} ({where_en}): “{quote(a.text)}”{more_en}"
            yield self.finding(
                ru, en,
                evidence=b.text,
                evidence_limit=PASSAGE_EVIDENCE_MAX,
                location=ctx.locate(block=b.block, row=b.row, column=b.header),
                suggestion=Text(
                    ru="оставьте текст в одном разделе; в другом напишите то, что относится именно к нему, или сошлитесь на первый",
                    en="keep the text in one section; in the other write what belongs there, or refer to the first",
                ),
            )


def _what(u, genitive: bool = False) -> tuple[str, str]:
    if u.kind == "cell":
        col = f" «{u.header}»" if u.header else ""
        col_en = f" “{u.header}”" if u.header else ""
        return (f"ячейки{col}" if genitive else f"ячейка{col}"), f"the cell{col_en}" if genitive else f"cell{col_en}"
    if u.kind == "list_item":
        return ("пункта списка" if genitive else "пункт списка"), "the list item" if genitive else "list item"
    return ("абзаца" if genitive else "абзац"), "the paragraph" if genitive else "paragraph"

