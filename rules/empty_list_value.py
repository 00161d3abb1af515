"""C204 empty-list-value."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import Field

from repcheck.models.document import Block, BlockKind
from repcheck.models.finding import Category, Finding, Severity, Text
from repcheck.models.report import Report
from repcheck.rule import Rule, RuleContext, RuleOptions

# "Социальные –", "- Экономические —", "Другое ______", "Другое: ___", "Иное (указать) -"
EMPTY_VALUE_RE = re.compile(
    r"^(?P<label>[A-Za-zА-Яа-яЁё][A-Za-zА-Яа-яЁё ,()/«»\"'.-]{0,79}?)\s*"
    r"(?::\s*(?:[–—-]+|_{2,}|\.{3,})?|\s[–—-]+|\s?_{2,}|\s?\.{3,}|[–—])\s*$"
)
# Optional slots of a form: left blank when there is nothing "other" to report.
OPTIONAL_LABEL_RE = re.compile(r"^(другое|иное|прочее|другие|иные|прочие)(\s*\(.*\))?$", re.IGNORECASE)
HYPHEN_CUT_RE = re.compile(r"[А-Яа-яЁёA-Za-z]-$")  # "проблемно-": a word cut by hyphenation
# Signature and approval lines of the title page: blanks to be filled by hand.
SIGNATURE_RE = re.compile(r"подпис|^дата$|^м\.?\s*п\.?$|утвержда|согласован|расшифровк|^ф\.?\s*и\.?\s*о\.?$", re.IGNORECASE)


# An answer that says nothing: a dash, underscores, «нет» alone.
PLACEHOLDER_ANSWER_RE = re.compile(r"^[\s\-–—_.]*(?:нет)?[\s\-–—_.]*$", re.IGNORECASE)


class Options(RuleOptions):
    # A label longer than this is a sentence ending in a dash, not a list line with an empty value.
    max_label_words: int = Field(6, ge=1)


def empty_label(block: Block, max_words: int) -> str | None:
    """The label of a list line left without a value, or None."""
    if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
        return None
    text = block.text.strip()
    if not text or HYPHEN_CUT_RE.search(text):
        return None
    m = EMPTY_VALUE_RE.match(text)
    if not m:
        return None
    label = m.group("label").strip(" -–—:")
    if not label or len(label.split()) > max_words or SIGNATURE_RE.search(label):
        return None
    if re.search(r":\s*$", text):
        return None  # a line ending with a colon introduces the lines below it
    return label


class EmptyListValue(Rule[Options]):
    """Finds list lines of a form left without a value: «Социальные –», «Другое ______».

    Report forms ask for values as list lines («Описание эффектов: Социальные – …; Технологические
    – …»). A line that keeps only its label and a dash or a blank line of underscores was not
    filled in. Consecutive empty lines are reported together. An optional slot on its own
    («Другое ___» after filled lines) is left alone: it is blank when there is nothing else to
    report. A word cut by a hyphen at the end of a line («проблемно-») is not an empty value, nor
    is a line ending with a colon that introduces the lines below.

    Why it matters: an unfilled line of the form shows the section was not written, even when
    its heading is there.

    Example: `C204 «Описание эффектов»: строки «Социальные», «Технологические», «Экономические»,
    «Другое» оставлены без значения`.
    """

    code = "C204"
    name = "empty-list-value"
    category = Category.COMPLETENESS
    severity = Severity.WARNING
    summary = Text(ru="Строка перечня без значения", en="A list line left without a value")
    doc_ru = """
    Находит строки перечней формы, оставленные без значения: «Социальные –», «Другое ______».

    Формы отчётов просят значения строками перечня («Описание эффектов: Социальные – …;
    Технологические – …»). Строка, в которой осталась только подпись и тире или линия
    подчёркиваний, не заполнена. Подряд идущие пустые строки сообщаются одним замечанием.
    Необязательная строка сама по себе («Другое ___» после заполненных строк) не отмечается: она
    пуста, когда добавить нечего. Слово, перенесённое по дефису в конце строки («проблемно-»), и
    строка с двоеточием, открывающая перечень ниже, пустыми не считаются.

    Почему это важно: незаполненная строка формы показывает, что раздел не написан, даже если
    его заголовок на месте.

    Пример: «Описание эффектов»: строки «Социальные», «Технологические», «Экономические»,
    «Другое» оставлены без значения.
    """

    def check(self, report: Report, ctx: RuleContext[Options]) -> Iterable[Finding]:
        yield from self._unanswered(report, ctx)
        opts = ctx.options
        blocks = report.document.blocks
        group: list[tuple[int, str]] = []
        for i, b in enumerate(blocks + [Block(kind=BlockKind.HEADING)]):
            label = empty_label(b, opts.max_label_words) if i < len(blocks) else None
            if label is not None and (not group or group[-1][0] == i - 1):
                group.append((i, label))
                continue
            if group:
                finding = self._group_finding(report, ctx, group)
                if finding is not None:
                    yield finding
            group = [(i, label)] if label is not None else []

    def _unanswered(self, report: Report, ctx: RuleContext[Options]) -> Iterable[Finding]:
        """A questionnaire's question («Каковы результаты анкетирования …?») answered only by
        «–», «нет» or nothing: the form asked and the report did not say."""
        doc = report.document
        for table in report.tables:
            block = doc.blocks[table.block]
            assert block.table is not None
            for r, row in enumerate(block.table.rows):
                cells = [c for c in row.cells if not c.merged]
                texts = [c.text.strip() for c in cells]
                q = next((k for k, t in enumerate(texts) if t.endswith("?") and len(t) >= 15), None)
                if q is None or q + 1 >= len(cells) or any(texts[q + 1:]) and not all(
                        PLACEHOLDER_ANSWER_RE.match(t) for t in texts[q + 1:]):
                    continue
                answer = next((t for t in texts[q + 1:] if t), "")
                question = texts[q]
                yield self.finding(
                    f"вопрос «{question}» оставлен без ответа" + (f": только «{answer}»" if answer else ""),
                    f"the question “{question}” is not answered" + (f": only “{answer}”" if answer else ""),
                    evidence=question,
                    location=ctx.locate(block=table.block, row=r),
                    suggestion=Text(ru="ответьте на вопрос формы или напишите, почему сведений нет",
                                    en="answer the form's question or say why there is nothing to report"),
                )

    def _group_finding(self, report: Report, ctx: RuleContext, group: list[tuple[int, str]]) -> Finding | None:
        labels = [label for _, label in group]
        if all(OPTIONAL_LABEL_RE.match(lbl) for lbl in labels):
            return None  # only the optional "Другое ___" slot is blank
        blocks = report.document.blocks
        first = group[0][0]
        intro = self._intro(report, first)
        where_ru = f"«{intro}»: " if intro else ""
        where_en = f"“{intro}”: " if intro else ""
        quoted = ", ".join(f"«{lbl}»" for lbl in labels)
        quoted_en = ", ".join(f"“{lbl}”" for lbl in labels)
        if len(labels) == 1:
            ru = f"{where_ru}строка {quoted} оставлена без значения"
            en = f"{where_en}the line {quoted_en} has no value"
        else:
            ru = f"{where_ru}строки {quoted} оставлены без значения"
            en = f"{where_en}the lines {quoted_en} have no value"
        evidence = " / ".join(blocks[i].text.strip() for i, _ in group)
        return self.finding(
            ru, en,
            evidence=evidence,
            location=ctx.locate(block=first, line=blocks[first].location.line),
            suggestion=Text(ru="впишите значение или «нет», если сказать нечего",
                            en="write the value, or «нет» if there is nothing to report"),
        )

    @staticmethod
    def _intro(report: Report, first: int) -> str:
        """The heading or the line ending with a colon right above the list."""
        blocks = report.document.blocks
        for i in range(first - 1, max(-1, first - 8), -1):
            b = blocks[i]
            text = b.text.strip()
            if b.kind is BlockKind.TABLE:
                break
            if b.kind is BlockKind.HEADING or text.endswith(":"):
                return text.rstrip(":").strip()[:80]
        return ""

