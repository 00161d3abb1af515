"""docs/rules-catalogue.md is written from the rules (python -m repcheck.catalogue) and must
stay in step with them."""

from __future__ import annotations

from pathlib import Path

from repcheck.catalogue import builtin_catalogue, render
from repcheck.models.finding import Category, Severity, Text
from repcheck.rule import Rule, RuleOptions

CATALOGUE = Path(__file__).resolve().parents[2] / "docs" / "rules-catalogue.md"


def test_the_committed_catalogue_is_the_rules_own() -> None:
    assert CATALOGUE.read_text(encoding="utf-8") == builtin_catalogue(), (
        "docs/rules-catalogue.md is out of step: run `python -m repcheck.catalogue > docs/rules-catalogue.md`"
    )


def test_a_rules_docstring_summary_and_commented_options_reach_the_catalogue() -> None:
    class Options(RuleOptions):
        # Months an event may lie beyond the edge before it counts.
        slack_months: int = 2

    class Late(Rule[Options]):
        """Finds events reported after the deadline.

        Why it matters: a late event was not part of the period."""

        code = "X903"
        name = "late-event"
        category = Category.CHRONOLOGY
        severity = Severity.WARNING
        summary = Text(ru="Мероприятие после срока", en="An event after the deadline")

    text = render([Late])
    assert "| [X903](#x903-late-event) | late-event | chronology | warning | An event after the deadline |" in text
    assert "## X903 late-event" in text and "Why it matters: a late event was not part of the period." in text
    assert "| `slack-months` | `2` | Months an event may lie beyond the edge before it counts. |" in text
