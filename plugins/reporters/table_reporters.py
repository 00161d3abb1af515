"""Spreadsheet outputs: the ranking and every finding as tables.

- `csv` — one row per finding (with its file's organisation, kind and score, so that it can be
  filtered and pivoted), plus one row per unreadable file with the error column filled;
- `csv-ranking` — one row per file, worst first (the ranking table);
- `xlsx` — a workbook with both tables as sheets (and a third one for the run's notes).

CSV is UTF-8 with a byte-order mark (so that Excel recognises Cyrillic), comma-separated. Text
cells that a spreadsheet would run as a formula (starting with = + @, or - followed by a letter,
digit or bracket) get a leading apostrophe; the xlsx writer stores every text as text.
"""

from __future__ import annotations

import csv
import io
import re
from typing import IO, Any

from repcheck.models.results import FileResult, RunResult
from repcheck.hookspecs import hookimpl
from repcheck.models.finding import Finding
from repcheck.reporter import Reporter
from repcheck.plugins.reporters.common import (
    RankRow,
    category_label,
    kind_label,
    notes,
    quality_score,
    ranking,
    severity_label,
    t,
)

_FORMULA = re.compile(r"^(?:[=+@\t\r]|-[^\s\-–—])")


def csv_safe(value: Any) -> Any:
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return value


def ranking_header(lang: str) -> list[str]:
    return [t(lang, "Место", "Rank"), t(lang, "Файл", "File"), t(lang, "Организация", "Organisation"),
            t(lang, "Вид отчёта", "Kind"), t(lang, "Профиль", "Profile"), t(lang, "Ошибки", "Errors"),
            t(lang, "Предупреждения", "Warnings"), t(lang, "Советы", "Info"),
            t(lang, "Оценка (0–100)", "Score (0–100)"), t(lang, "Обязательных разделов", "Mandatory sections"),
            t(lang, "Из них есть", "Present"), t(lang, "Оригинальность текста (доля)", "Originality (share)"),
            t(lang, "Главная проблема", "Top problem"), t(lang, "Ошибка чтения", "Read error")]


def ranking_row(r: RankRow, lang: str) -> list[Any]:
    fr = r.file
    if fr.error is not None:
        return [r.rank, fr.path, "", "", "", None, None, None, None, None, None, None, "", fr.error.get(lang)]
    st = fr.stats
    return [r.rank, fr.path, st.organisation, kind_label(fr.kind, lang), fr.profile or "", r.errors, r.warnings,
            r.infos, r.score, st.mandatory_sections, st.mandatory_present,
            st.originality, r.top, ""]


def findings_header(lang: str) -> list[str]:
    return [t(lang, "Файл", "File"), t(lang, "Организация", "Organisation"), t(lang, "Вид отчёта", "Kind"),
            t(lang, "Оценка файла", "File score"), t(lang, "Код", "Code"), t(lang, "Правило", "Rule"),
            t(lang, "Категория", "Category"), t(lang, "Важность", "Severity"), t(lang, "Сообщение", "Message"),
            t(lang, "Раздел", "Section"), t(lang, "Таблица", "Table"), t(lang, "Строка таблицы", "Row"),
            t(lang, "Столбец", "Column"), t(lang, "Страница", "Page"), t(lang, "Строка файла", "Line"),
            t(lang, "Фрагмент", "Evidence"), t(lang, "Как исправить", "Suggestion"),
            t(lang, "Другие файлы", "Related files"), t(lang, "Ошибка чтения", "Read error")]


def finding_row(fr: FileResult, f: Finding, lang: str) -> list[Any]:
    loc = f.location
    return [fr.path, fr.stats.organisation, kind_label(fr.kind, lang), quality_score(fr), f.code, f.rule,
            category_label(f.category, lang), severity_label(f.severity, lang), f.message.get(lang),
            loc.section or "", loc.table, loc.row, loc.column or "", loc.page, loc.line, f.evidence,
            f.suggestion.get(lang) if f.suggestion else "", "; ".join(f.related), ""]


def finding_rows(result: RunResult, lang: str) -> list[list[Any]]:
    rows: list[list[Any]] = []
    for fr in result.files:
        if fr.error is not None:
            rows.append([fr.path, "", "", None, "", "", "", "", "", "", None, None, "", None, None, "", "", "",
                         fr.error.get(lang)])
            continue
        rows.extend(finding_row(fr, f, lang) for f in fr.findings)
    return rows


def _write_csv(out: IO[str], header: list[str], rows: list[list[Any]]) -> None:
    out.write("\ufeff")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(header)
    for row in rows:
        w.writerow(["" if v is None else csv_safe(v) for v in row])


class CsvReporter(Reporter):
    name = "csv"
    description = "CSV: every finding, one row each"

    def render(self, result: RunResult, out: IO[str], *, lang: str, color: bool) -> None:
        _write_csv(out, findings_header(lang), finding_rows(result, lang))


class CsvRankingReporter(Reporter):
    name = "csv-ranking"
    description = "CSV: the ranking of files, worst first"

    def render(self, result: RunResult, out: IO[str], *, lang: str, color: bool) -> None:
        _write_csv(out, ranking_header(lang), [ranking_row(r, lang) for r in ranking(result, lang)])


class XlsxReporter(Reporter):
    name = "xlsx"
    description = "Excel workbook: ranking and findings sheets"
    binary = True

    def render(self, result: RunResult, out: IO[Any], *, lang: str, color: bool) -> None:
        from openpyxl import Workbook
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        wb = Workbook()
        sheets = [
            (wb.active, t(lang, "Рейтинг", "Ranking"), ranking_header(lang),
             [ranking_row(r, lang) for r in ranking(result, lang)], {2: 40, 3: 30, 13: 60, 14: 50}),
            (wb.create_sheet(), t(lang, "Замечания", "Findings"), findings_header(lang),
             finding_rows(result, lang), {1: 40, 2: 30, 9: 70, 10: 30, 16: 50, 17: 50, 19: 50}),
        ]
        run_notes = notes(result, lang)
        if run_notes:
            sheets.append((wb.create_sheet(), t(lang, "Примечания", "Notes"), [t(lang, "Примечание", "Note")],
                           [[n] for n in run_notes], {1: 120}))
        head_font = Font(bold=True)
        head_fill = PatternFill("solid", fgColor="DDE4EE")
        for ws, title, header, rows, widths in sheets:
            ws.title = title
            ws.append(header)
            for c in ws[1]:
                c.font, c.fill = head_font, head_fill
                c.alignment = Alignment(wrap_text=True, vertical="top")
            for r_i, row in enumerate(rows, start=2):
                for c_i, v in enumerate(row, start=1):
                    if v is None or v == "":
                        continue
                    cell = ws.cell(row=r_i, column=c_i)
                    if isinstance(v, str):
                        cell.value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", v)
                        cell.data_type = "s"  # never a formula, whatever the text starts with
                        if len(v) > 40:
                            cell.alignment = Alignment(wrap_text=True, vertical="top")
                    else:
                        cell.value = v
            for c_i in range(1, len(header) + 1):
                ws.column_dimensions[get_column_letter(c_i)].width = widths.get(c_i, 16)
            ws.freeze_panes = "A2"
            if rows:
                ws.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(rows) + 1}"
        buf = io.BytesIO()
        wb.save(buf)
        out.write(buf.getvalue())


@hookimpl
def repcheck_reporters() -> list[Reporter]:
    return [CsvReporter(), CsvRankingReporter(), XlsxReporter()]
