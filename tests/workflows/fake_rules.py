"""Rules for the workflow tests, loaded through the `plugins` configuration key (so that worker
processes load them too). They report what the test texts mark, so the tests do not depend on
the real rules' heuristics:

- a paragraph or table cell containing «ОШИБКА: …», «ВНИМАНИЕ: …» or «ЗАМЕТКА: …» gives an
  error (X901), a warning (X902) or an info finding (X903), the text after the marker as evidence;
- «ПОВТОР: …» lines shared by several files give a corpus duplication finding (X905) in each;
- «АВАРИЯ» kills the worker process (X904), to test that a crash becomes that file's error.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterable

from repcheck.hookspecs import hookimpl
from repcheck.models.finding import Category, Finding, Severity, Text
from repcheck.rule import CorpusItem, CorpusRule, Rule, RuleContext


def _texts(report):
    """(block, row or None, text) for every paragraph and table cell."""
    for i, b in enumerate(report.document.blocks):
        if b.table is not None:
            for r, row in enumerate(b.table.rows):
                for c in row.cells:
                    if not c.merged:
                        yield i, r, c.text
        else:
            yield i, None, b.full_text


class _Marker(Rule):
    marker = ""

    def check(self, report, ctx: RuleContext) -> Iterable[Finding]:
        pat = re.compile(re.escape(self.marker) + r":\s*(.+)")
        for block, row, text in _texts(report):
            m = pat.search(text)
            if m:
                ev = m.group(1).strip()
                yield self.finding(f"отмечено «{ev}»", f"marked “{ev}”", evidence=ev,
                                   location=ctx.locate(block=block, row=row))


class MarkedError(_Marker):
    """Reports text marked ОШИБКА (test rule)."""

    code, name, category, severity = "X901", "marked-error", Category.CONSISTENCY, Severity.ERROR
    summary = Text(ru="Отмеченная ошибка", en="Marked error")
    marker = "ОШИБКА"


class MarkedWarning(_Marker):
    """Reports text marked ВНИМАНИЕ (test rule)."""

    code, name, category, severity = "X902", "marked-warning", Category.COMPLETENESS, Severity.WARNING
    summary = Text(ru="Отмеченное предупреждение", en="Marked warning")
    marker = "ВНИМАНИЕ"


class MarkedInfo(_Marker):
    """Reports text marked ЗАМЕТКА (test rule)."""

    code, name, category, severity = "X903", "marked-info", Category.CHRONOLOGY, Severity.INFO
    summary = Text(ru="Отмеченная заметка", en="Marked note")
    marker = "ЗАМЕТКА"


class CrashMarker(Rule):
    """Kills its process on АВАРИЯ (test rule)."""

    code, name, category, severity = "X904", "crash-marker", Category.STRUCTURE, Severity.ERROR
    summary = Text(ru="Аварийное завершение", en="Crash")

    def check(self, report, ctx):
        if any("АВАРИЯ" in text for _b, _r, text in _texts(report)):
            os._exit(7)
        return ()


class SharedLine(CorpusRule):
    """Lines «ПОВТОР: …» found in several files (test corpus rule)."""

    code, name, category, severity = "X905", "shared-line", Category.DUPLICATION, Severity.WARNING
    summary = Text(ru="Повтор между отчётами", en="Shared between reports")

    def extract(self, report, ctx):
        out = []
        for block, row, text in _texts(report):
            m = re.search(r"ПОВТОР:\s*(.+)", text)
            if m:
                out.append((m.group(1).strip(), ctx.locate(block=block, row=row)))
        return out

    def check_corpus(self, items: list[CorpusItem], options) -> Iterable[tuple[str, Finding]]:
        where = defaultdict(list)
        for item in items:
            for text, loc in item.data:
                where[text].append((item.path, loc))
        for text, places in where.items():
            paths = sorted({p for p, _ in places})
            if len(paths) < 2:
                continue
            for path, loc in places:
                others = [p for p in paths if p != path]
                yield path, self.finding(f"текст «{text}» есть и в других отчётах", f"text “{text}” is in other reports too",
                                         evidence=text, location=loc, related=others)


@hookimpl
def repcheck_rules():
    return [MarkedError, MarkedWarning, MarkedInfo, CrashMarker, SharedLine]
