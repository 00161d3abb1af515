"""Suggestions that follow from what a row lacks.

A row of a plan/actual table, an item of a list of events or a partial outcome may already state
the reason («в связи с ремонтом»), the new date («перенесено на 2024 год», «новая дата
согласована», «будет проведён в марте») or a result; the suggestion asks only for what is not
there, and asks for a new date only of what has a date: an event or a task, not a partner
organisation («Фактическое участие») or an indicator («Фактическое значение»).
"""

from __future__ import annotations

import re

from repcheck.models.finding import Text
from repcheck.structurer.events import states_reason

_MONTH = r"(?:январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
_WHEN = (rf"(?:\d|{_MONTH}|следующ|будущ|нов|очередн|осен|весн|зим|лет|втор|перв|треть|четв[её]рт|I{{1,3}}V?\b|IV\b"
         r"|конец|начал|период|срок)")
NEW_DATE_RE = re.compile(
    rf"(?<![а-яё])(?:перенес[её]?н?\w*|отложен\w*|перен[её]сл\w*)\s+(?:\S+\s+){{0,3}}?(?:на|в|до)\s+{_WHEN}"
    rf"|(?<![а-яё])нов\w*\s+(?:срок|дат)"
    rf"|(?<![а-яё])(?:будет|будут|планиру\w+|запланирован\w*)\s+(?:\S+\s+){{0,2}}?(?:на|в|до|к)\s+{_WHEN}"
    rf"|(?<![а-яё])(?:состоится|пройд[её]т|проводится)\s+(?:\S+\s+){{0,2}}?(?:на|в|до|к)?\s*{_WHEN}",
    re.IGNORECASE,
)

# Roles of the subject column (repcheck.models.report.ColumnRole values) whose rows have dates.
DATED_SUBJECTS = frozenset({"event", "task"})


def states_new_date(text: str) -> bool:
    """The text gives the new date of what did not happen: «перенесено на 2024 год», «новая дата
    согласована», «будет проведён в марте 2025 г.», «перенесён на следующий этап»."""
    return bool(NEW_DATE_RE.search(text or ""))


def not_held_advice(text: str, reason: bool, dated: bool = True) -> Text:
    """What to add to an event said not to have taken place (in `text`, with its reason cell)."""
    reason = reason or states_reason(text)
    new_date = states_new_date(text)
    if not dated:
        if reason:
            return Text(ru="причина указана; если участия не было, так и напишите в графе о фактическом участии",
                        en="a reason is given; if there was no participation, say so in the actual column")
        return Text(ru="укажите, в чём состояло фактическое участие, или почему его не было",
                    en="state what the actual participation was, or why there was none")
    return _by_what_is_given(reason, new_date, NOT_HELD_ADVICE)


def no_outcome_advice(subject_role: str | None, state: str, text: str, reason: bool) -> Text:
    """What to add to a row of a plan/actual table whose outcome is missing.

    `state`: "empty" (no outcome), "not_held" (the outcome cell says it did not happen) or
    "status_only" (only a completion mark); `text`: the row's outcome, status and reason cells."""
    dated = subject_role in DATED_SUBJECTS or subject_role is None
    if state == "status_only":
        return Text(ru="опишите результат (продукт) этой строки: отметка о выполнении его не заменяет",
                    en="describe the result (product) of this row: a completion mark does not replace it")
    if state == "not_held":
        return not_held_advice(text, reason, dated)
    if subject_role in ("organisation", "planned_participation"):
        if reason:
            return Text(ru="причина указана; если участия не было, так и напишите в графе о фактическом участии",
                        en="a reason is given; if there was no participation, say so in the actual column")
        return Text(ru="укажите, в чём состояло фактическое участие организации, или почему его не было",
                    en="state what the organisation actually did, or why it took no part")
    if subject_role == "indicator":
        return Text(ru="впишите фактическое значение показателя" + ("" if reason else " или почему его нет"),
                    en="fill in the indicator's actual value" + ("" if reason else ", or why there is none"))
    if not dated:
        return Text(ru="укажите, что получено по этой строке" + ("" if reason else ", или почему ничего"),
                    en="state what came of this row" + ("" if reason else ", or why nothing did"))
    return _by_what_is_given(reason, states_new_date(text), ROW_ADVICE)


def partial_advice(text: str) -> Text:
    """What to add to an outcome stated as a part of the plan («проведено 2 из 6»)."""
    return _by_what_is_given(states_reason(text), states_new_date(text), PARTIAL_ADVICE)


# (reason given, new date given) → what is still to be said
NOT_HELD_ADVICE: dict[tuple[bool, bool], tuple[str, str]] = {
    (True, True): ("причина и новый срок указаны: внесите мероприятие в план на новый срок",
                   "the reason and the new date are given: put the event into the plan for its new date"),
    (True, False): ("причина указана; укажите новый срок проведения", "a reason is given; state the new date"),
    (False, True): ("новый срок указан; укажите причину, по которой мероприятие не проведено",
                    "the new date is given; state why the event was not held"),
    (False, False): ("укажите причину, по которой мероприятие не проведено, и новый срок",
                     "state why the event was not held and the new date"),
}
ROW_ADVICE: dict[tuple[bool, bool], tuple[str, str]] = {
    (True, True): ("причина и новый срок указаны: впишите в графу результатов, что строка перенесена",
                   "the reason and the new date are given: say in the outcome column that the row was moved"),
    (True, False): ("причина указана; укажите, что всё же сделано по этой строке, или новый срок",
                    "a reason is given; state what was done for this row after all, or the new date"),
    (False, True): ("новый срок указан; укажите причину невыполнения",
                    "the new date is given; state why it was not done"),
    (False, False): ("укажите, что сделано по этой строке, или причину невыполнения и новый срок",
                     "state what was done for this row, or why it was not and the new date"),
}
PARTIAL_ADVICE: dict[tuple[bool, bool], tuple[str, str]] = {
    (True, True): ("причина и срок указаны: проверьте, что остальная часть внесена в план",
                   "the reason and the date are given: make sure the rest is in the plan"),
    (True, False): ("причина указана; укажите, когда будет выполнена остальная часть",
                    "a reason is given; state when the rest will be done"),
    (False, True): ("срок указан; укажите причину недовыполнения", "the date is given; state why the rest was not done"),
    (False, False): ("укажите причину недовыполнения и когда будет выполнена остальная часть",
                     "state why the rest was not done and when it will be"),
}


def _by_what_is_given(reason: bool, new_date: bool, table: dict[tuple[bool, bool], tuple[str, str]]) -> Text:
    ru, en = table[(bool(reason), bool(new_date))]
    return Text(ru=ru, en=en)
