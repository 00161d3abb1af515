"""Built-in rules: one module per rule (a module whose name starts with «_» holds helpers).

The bundle registers through the `repcheck_rules` hook exactly as an outside plugin's rules do;
adding a rule is adding its module here and its YAML cases under tests/rules/cases/."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from repcheck.hookspecs import hookimpl
from repcheck.rule import Rule


def rule_modules() -> list[str]:
    """The modules that hold one rule each, in name order."""
    return sorted(f"{__name__}.{m.name}" for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_"))


def builtin_rules() -> list[type[Rule]]:
    """Every concrete rule class defined in a rule module, by code."""
    found: list[type[Rule]] = []
    for name in rule_modules():
        module = importlib.import_module(name)
        found.extend(
            cls for _, cls in inspect.getmembers(module, inspect.isclass)
            if issubclass(cls, Rule) and cls.__module__ == name and "code" in cls.__dict__
        )
    return sorted(found, key=lambda cls: cls.code)


@hookimpl
def repcheck_rules() -> list[type[Rule]]:
    return builtin_rules()
