"""Counted nouns in both languages: «1 предупреждение», «2 предупреждения», «5 предупреждений»;
"1 warning", "2 warnings".

Russian picks one of three forms by the last two digits: 1, 21, 101 → the first ("one");
2–4, 22–24 → the second ("few"); 0, 5–20, 11–14, 25–30 → the third ("many").
"""

from __future__ import annotations

# noun key → ((one, few, many) in Russian, (one, many) in English)
NOUNS: dict[str, tuple[tuple[str, str, str], tuple[str, str]]] = {
    "file": (("файл", "файла", "файлов"), ("file", "files")),
    "error": (("ошибка", "ошибки", "ошибок"), ("error", "errors")),
    "warning": (("предупреждение", "предупреждения", "предупреждений"), ("warning", "warnings")),
    "info": (("совет", "совета", "советов"), ("info", "info")),  # «замечание» is any finding
    "finding": (("замечание", "замечания", "замечаний"), ("finding", "findings")),
    "unreadable": (("не прочитан", "не прочитаны", "не прочитано"), ("unreadable", "unreadable")),
    "section": (("раздел", "раздела", "разделов"), ("section", "sections")),
    "stage": (("этап", "этапа", "этапов"), ("stage", "stages")),
    "table": (("таблица", "таблицы", "таблиц"), ("table", "tables")),
    "event": (("мероприятие", "мероприятия", "мероприятий"), ("event", "events")),
    "entry": (("запись", "записи", "записей"), ("entry", "entries")),
    "sign": (("знак", "знака", "знаков"), ("character", "characters")),
    "character": (("знак", "знака", "знаков"), ("character", "characters")),
    "heading": (("заголовок", "заголовка", "заголовков"), ("heading", "headings")),
}


def plural_ru(n: int, one: str, few: str, many: str) -> str:
    """The Russian form of a noun after the number `n`."""
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def plural_en(n: int, one: str, many: str) -> str:
    return one if abs(n) == 1 else many


def noun(n: int, key: str, lang: str) -> str:
    """The noun `key` in the form that follows the number `n`."""
    ru, en = NOUNS[key]
    return plural_en(n, *en) if lang == "en" else plural_ru(n, *ru)


def count(n: int, key: str, lang: str) -> str:
    """«5 предупреждений» / "5 warnings"."""
    return f"{n} {noun(n, key, lang)}"
