"""Suggestions follow from what a row lacks (rules/_advice.py): a reason already given is not asked
for, a new date already given is not asked for, and what has no date is never asked for one."""

from __future__ import annotations

import pytest

from repcheck.rules._advice import no_outcome_advice, not_held_advice, partial_advice, states_new_date


@pytest.mark.parametrize(("text", "new_date"), [
    ("Перенесено на 2024 год в связи с ремонтом", True),
    ("перенесён на 19.02.2026", True),
    ("перенесена организатором на октябрь 2025 г.", True),
    ("перенесено на следующий этап", True),
    ("новая дата согласована с управлением образования", True),
    ("будет проведён в марте 2025 г.", True),
    ("запланировано на IV квартал", True),
    ("Перенесено", False),
    ("Семинар перенесён в онлайн-формат и проведён 14 марта", False),
    ("не проводилось в связи с карантином", False),
    ("переносом сроков краевого плана", False),
    ("", False),
])
def test_a_new_date_is_recognised(text, new_date):
    assert states_new_date(text) is new_date


@pytest.mark.parametrize(("text", "reason", "asks"), [
    ("не проводилось", False, "укажите причину, по которой мероприятие не проведено, и новый срок"),
    ("не проводилось в связи с карантином", False, "причина указана; укажите новый срок проведения"),
    ("не проводилось", True, "причина указана; укажите новый срок проведения"),
    ("перенесено на май 2026 г.", False, "новый срок указан; укажите причину, по которой мероприятие не проведено"),
    ("перенесено на май 2026 г. в связи с ремонтом", False, "причина и новый срок указаны: внесите мероприятие"),
])
def test_an_event_not_held_is_asked_only_for_what_it_lacks(text, reason, asks):
    assert not_held_advice(text, reason).ru.startswith(asks)


@pytest.mark.parametrize(("role", "reason", "ru", "en"), [
    ("organisation", False, "укажите, в чём состояло фактическое участие организации, или почему его не было",
     "state what the organisation actually did, or why it took no part"),
    ("planned_participation", True, "причина указана; если участия не было, так и напишите",
     "a reason is given; if there was no participation"),
    ("indicator", False, "впишите фактическое значение показателя или почему его нет",
     "fill in the indicator's actual value, or why there is none"),
    ("indicator", True, "впишите фактическое значение показателя", "fill in the indicator's actual value"),
    ("planned_result", False, "укажите, что получено по этой строке, или почему ничего",
     "state what came of this row, or why nothing did"),
])
def test_rows_without_a_date_are_never_asked_for_one(role, reason, ru, en):
    advice = no_outcome_advice(role, "empty", "", reason)
    assert advice.ru.startswith(ru) and advice.en.startswith(en)
    assert "срок" not in advice.ru and "date" not in advice.en
    if reason:
        assert "или почему" not in advice.ru


@pytest.mark.parametrize(("state", "text", "reason", "ru"), [
    ("empty", "—", False, "укажите, что сделано по этой строке, или причину невыполнения и новый срок"),
    ("empty", "—", True, "причина указана; укажите, что всё же сделано по этой строке, или новый срок"),
    ("empty", "— перенесено на 2026 год", False, "новый срок указан; укажите причину невыполнения"),
    ("empty", "— перенесено на 2026 год", True, "причина и новый срок указаны"),
    ("status_only", "Выполнено", False, "опишите результат (продукт) этой строки"),
    ("not_held", "Перенесено на 2024 год в связи с ремонтом, новая дата согласована", True,
     "причина и новый срок указаны: внесите мероприятие в план на новый срок"),
])
def test_an_event_row_is_asked_for_what_it_lacks(state, text, reason, ru):
    assert no_outcome_advice("event", state, text, reason).ru.startswith(ru)


@pytest.mark.parametrize(("sentence", "ru"), [
    ("Проведено 2 из 6 занятий.", "укажите причину недовыполнения и когда будет выполнена остальная часть"),
    ("Проведено 2 из 6 занятий в связи с болезнью педагога.", "причина указана; укажите, когда будет выполнена"),
    ("Проведено 2 из 6 занятий, остальные перенесены на сентябрь 2025 г.", "срок указан; укажите причину"),
    ("Проведено 2 из 6 занятий из-за карантина, остальные перенесены на сентябрь 2025 г.", "причина и срок указаны"),
])
def test_a_partial_outcome_is_asked_for_what_it_lacks(sentence, ru):
    assert partial_advice(sentence).ru.startswith(ru)
