"""The rule catalogue (docs/rules-catalogue.md) written from the rules themselves: their
metadata, docstrings and option models, as ruff writes its rule pages. Run
`python -m repcheck.catalogue > docs/rules-catalogue.md` after changing a rule;
tests/core/test_catalogue.py fails while the file is out of step."""

from __future__ import annotations

import inspect
import sys

from repcheck.models.finding import Category
from repcheck.plugin_manager import build_registry, make_plugin_manager
from repcheck.rule_catalog import options_list
from repcheck.rule import Rule

CATEGORY_PREFIX = {
    Category.STRUCTURE: "S1xx", Category.COMPLETENESS: "C2xx", Category.CONSISTENCY: "N3xx",
    Category.CHRONOLOGY: "T4xx", Category.DUPLICATION: "D5xx",
}


def _comments(model: type) -> dict[str, str]:
    """The comment block written just above each field of an options model (its meaning,
    when the field carries no description)."""
    try:
        lines = inspect.getsource(model).splitlines()
    except (OSError, TypeError):
        return {}
    found: dict[str, str] = {}
    block: list[str] = []
    for line in lines:
        s = line.strip()
        if s.startswith("#"):
            block.append(s.lstrip("# ").rstrip())
        elif ":" in s and s.split(":", 1)[0].isidentifier():
            if block:
                found[s.split(":", 1)[0]] = " ".join(block)
            block = []
        elif s:
            block = []
    return found


def _options(rule: type[Rule]) -> list[str]:
    options = options_list(rule)  # the same list as `repcheck rules --format json`
    if not options:
        return []
    lines = ["", "Options (`[tool.repcheck.rule-options." + rule.name + "]`):", "",
             "| option | default | meaning |", "|---|---|---|"]
    comments = _comments(rule.Options)
    for field_name, option in zip(rule.Options.model_fields, options):
        meaning = _cell(option["description"] or comments.get(field_name, ""))
        default = repr(option["default"]).replace("'", '"')
        lines.append(f"| `{option['name']}` | `{default}` | {meaning} |")
    return lines


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render(rules: list[type[Rule]]) -> str:
    """The catalogue as Markdown: a summary table, then each rule's documentation."""
    order = list(CATEGORY_PREFIX)
    rules = sorted(rules, key=lambda r: (order.index(r.category) if r.category in order else len(order), r.code))
    prefixes = ", ".join(f"{c.value} ({p})" for c, p in CATEGORY_PREFIX.items())
    out = [
        "# Rule catalogue",
        "",
        "<!-- Written by `python -m repcheck.catalogue` from the rules' metadata and docstrings;",
        "     do not edit by hand (tests/core/test_catalogue.py keeps it in step). -->",
        "",
        f"Codes are stable; names are kebab-case and name the problem. Categories: {prefixes}.",
        "`repcheck rules` lists them, `repcheck explain CODE` shows one (in Russian by default).",
        "",
        "| code | name | category | default severity | summary |",
        "|---|---|---|---|---|",
    ]
    out += [f"| [{r.code}](#{r.code.lower()}-{r.name}) | {r.name} | {r.category.value} | {r.severity.value} | "
            f"{_cell(r.summary.en)} |" for r in rules]
    for r in rules:
        out += ["", f"## {r.code} {r.name}", "",
                f"*{r.category.value}, {r.severity.value}* — {r.summary.en} ({r.summary.ru})", "",
                inspect.cleandoc(r.__doc__ or "")]
        out += _options(r)
    return "\n".join(out) + "\n"


def builtin_catalogue() -> str:
    """The catalogue of the built-in rules only (no outside plugins)."""
    registry = build_registry(make_plugin_manager(entry_points=False))
    return render(list(registry.rules.values()))


if __name__ == "__main__":
    sys.stdout.write(builtin_catalogue())
