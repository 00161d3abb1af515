"""Pydantic validation errors worded for a person: which key, what is wrong, in Russian or English."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError


def format_validation_error(path: Path | str, exc: ValidationError, lang: str = "ru",
                            title: tuple[str, str] = ("ошибка в конфигурации", "error in the configuration")) -> str:
    en = lang == "en"
    lines = [f"{title[1] if en else title[0]} {path}:"]
    for err in exc.errors():
        key = ".".join(str(p) for p in err["loc"])
        if err["type"] == "extra_forbidden":
            lines.append(f"  unknown key “{key}”" if en else f"  неизвестный ключ «{key}»")
        else:
            lines.append(f"  “{key}”: {err['msg']}" if en else f"  «{key}»: {russian_error(err)}")
    return "\n".join(lines)


def russian_error(err: Any) -> str:
    """A pydantic error in Russian (the common kinds; others as pydantic words them)."""
    kind, ctx = err["type"], err.get("ctx") or {}
    given = err.get("input")
    simple = {
        "finite_number": f"нужно конечное число, а не {given!r}",
        "int_parsing": f"нужно целое число, а не {given!r}",
        "int_from_float": f"нужно целое число, а не {given!r}",
        "int_parsing_size": f"слишком большое число: {given!r}",
        "int_type": f"нужно целое число, а не {given!r}",
        "float_parsing": f"нужно число, а не {given!r}",
        "float_type": f"нужно число, а не {given!r}",
        "bool_type": f"нужно true или false, а не {given!r}",
        "bool_parsing": f"нужно true или false, а не {given!r}",
        "string_type": f"нужна строка, а не {given!r}",
        "list_type": "нужен список [ … ]",
        "dict_type": "нужна таблица (раздел TOML)",
        "model_type": "нужна таблица (раздел TOML)",
        "missing": "обязательный ключ не задан",
        "string_too_short": "не может быть пустым",
    }
    if kind in simple:
        return simple[kind]
    bounds = {"greater_than": "больше", "greater_than_equal": "не меньше", "less_than": "меньше",
              "less_than_equal": "не больше"}
    if kind in bounds:
        limit = next(iter(ctx.values()), "")
        if isinstance(limit, float) and limit.is_integer():
            limit = int(limit)
        return f"должно быть {bounds[kind]} {limit}, а задано {given!r}"
    if kind == "literal_error":
        return f"допустимо: {ctx.get('expected', '')}; задано {given!r}"
    if kind == "value_error":
        return str(ctx.get("error", err["msg"]))
    return str(err["msg"])
