"""argparse's own words in Russian: «использование», «параметры», «показать эту справку и выйти»,
and its error messages.

argparse looks its strings up through the module-level `_` and `ngettext` (gettext) at the moment
it uses them: while a parser is built (section titles, the help option) and while it parses or
prints (usage, errors). `argparse_language("ru")` swaps those two functions for the duration of a
`with` block, so only repcheck's parsers are affected and the process-wide gettext is untouched.
English is argparse's own text.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from repcheck.i18n import plural_ru

# Every msgid of argparse (Python 3.11–3.13); tests/ux/test_cli_language.py checks that the running
# Python's argparse has none that is missing here.
RU: dict[str, str] = {
    "usage: ": "использование: ",
    "positional arguments": "аргументы",
    "options": "параметры",
    "optional arguments": "параметры",
    "show this help message and exit": "показать эту справку и выйти",
    "argument %(argument_name)s: %(message)s": "аргумент %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: ошибка: %(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s: предупреждение: %(message)s\n",
    "unrecognized arguments: %s": "неизвестные аргументы: %s",
    "ambiguous option: %(option)s could match %(matches)s":
        "неоднозначный параметр: %(option)s может означать %(matches)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "недопустимое значение %(value)r (допустимы: %(choices)s)",
    "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)":
        "недопустимое значение %(value)r, может быть, %(closest)r? (допустимы: %(choices)s)",
    "invalid %(type)s value: %(value)r": "недопустимое значение %(value)r (ожидается %(type)s)",
    "can't open '%(filename)s': %(error)s": "не удалось открыть «%(filename)s»: %(error)s",
    "expected one argument": "нужно одно значение",
    "expected at most one argument": "нужно не больше одного значения",
    "expected at least one argument": "нужно хотя бы одно значение",
    "the following arguments are required: %s": "не заданы обязательные аргументы: %s",
    "one of the arguments %s is required": "нужен один из аргументов: %s",
    "not allowed with argument %s": "нельзя вместе с аргументом %s",
    "ignored explicit argument %r": "лишнее значение %r",
    "unexpected option string: %s": "неожиданный параметр: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "неизвестная команда %(parser_name)r (есть: %(choices)s)",
    "command '%(parser_name)s' is deprecated": "команда «%(parser_name)s» устарела",
    "option '%(option)s' is deprecated": "параметр «%(option)s» устарел",
    "argument '%(argument_name)s' is deprecated": "аргумент «%(argument_name)s» устарел",
    "show program's version number and exit": "показать версию программы и выйти",
    # Mistakes in building a parser (a programmer's, never a user's), for completeness.
    ".__call__() not defined": ".__call__() не определён",
    "'required' is an invalid argument for positionals": "«required» недопустим для позиционных аргументов",
    "mutually exclusive arguments must be optional": "взаимоисключающие аргументы должны быть необязательными",
    "%r is not callable": "%r нельзя вызвать",
    "cannot merge actions - two groups are named %r": "нельзя объединить действия: две группы названы %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r":
        "недопустимый параметр %(option)r: должен начинаться с символа %(prefix_chars)r",
    "dest= is required for options like %r": "для параметров вида %r нужен dest=",
    "invalid conflict_resolution value: %r": "недопустимое значение conflict_resolution: %r",
    "cannot have multiple subparser arguments": "подкоманды можно задать только один раз",
    "conflicting subparser: %s": "подкоманда задана дважды: %s",
    "conflicting subparser alias: %s": "псевдоним подкоманды задан дважды: %s",
    'argument "-" with mode %r': "аргумент «-» с режимом %r",
}

# ngettext msgids: (singular, plural) → Russian (one, few, many)
RU_PLURAL: dict[tuple[str, str], tuple[str, str, str]] = {
    ("conflicting option string: %s", "conflicting option strings: %s"):
        ("параметр задан дважды: %s", "параметры заданы дважды: %s", "параметры заданы дважды: %s"),
    ("expected %s argument", "expected %s arguments"):
        ("нужно %s значение", "нужно %s значения", "нужно %s значений"),
}


def gettext_ru(message: str) -> str:
    return RU.get(message, message)


def ngettext_ru(singular: str, plural: str, n: int) -> str:
    forms = RU_PLURAL.get((singular, plural))
    if forms is None:
        return singular if n == 1 else plural
    return plural_ru(n, *forms)


def _gettext_en(message: str) -> str:
    return message


def _ngettext_en(singular: str, plural: str, n: int) -> str:
    return singular if n == 1 else plural


@contextmanager
def argparse_language(lang: str) -> Iterator[None]:
    """argparse speaks `lang` ("ru" or "en") inside the block."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    if lang == "en":
        argparse._, argparse.ngettext = _gettext_en, _ngettext_en  # type: ignore[attr-defined]
    else:
        argparse._, argparse.ngettext = gettext_ru, ngettext_ru  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
