"""Loads built-in and outside plugins through pluggy and indexes what they contribute.

Built-ins are registered from the module list in `plugins.MODULES` and the rule bundle `repcheck.rules`,
exactly like outside plugins, which come from the ``repcheck`` entry-point group.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pluggy

from repcheck import hookspecs
from repcheck.models.finding import Category
from repcheck.profile import Profile, ProfileError, load_profile_file, resolve_profiles
from repcheck.reader import Reader
from repcheck.reporter import Reporter
from repcheck.rule import Rule

ENTRY_POINT_GROUP = "repcheck"


class RegistryError(Exception):
    """A plugin set that cannot work: duplicate codes, malformed rules, bad profiles."""


def builtin_modules() -> list[str]:
    from repcheck import plugins

    return [*plugins.MODULES, "repcheck.rules"]  # the rules come as one bundle


def make_plugin_manager(*, entry_points: bool = True, extra: Iterable[object] = ()) -> pluggy.PluginManager:
    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    for name in builtin_modules():
        pm.register(importlib.import_module(name), name=name)
    for plugin in extra:
        pm.register(plugin)
    if entry_points:
        pm.load_setuptools_entrypoints(ENTRY_POINT_GROUP)
    return pm


@dataclass
class Registry:
    readers: list[Reader] = field(default_factory=list)
    profiles: dict[str, Profile] = field(default_factory=dict)
    rules: dict[str, type[Rule]] = field(default_factory=dict)  # by code
    reporters: dict[str, Reporter] = field(default_factory=dict)

    # -- lookups --------------------------------------------------------------------------------
    def rule(self, key: str) -> type[Rule] | None:
        """A rule by code (case-insensitive) or kebab-case name."""
        key_up = key.strip().upper()
        if key_up in self.rules:
            return self.rules[key_up]
        for rule in self.rules.values():
            if rule.name == key.strip().lower():
                return rule
        return None

    def select_rules(self, select: list[str], ignore: list[str]) -> list[type[Rule]]:
        """Rules chosen by codes, code prefixes ("T4"), names or categories; ignore wins."""
        chosen = [r for r in self.rules.values() if not select or any(_matches(r, k) for k in select)]
        return [r for r in chosen if not any(_matches(r, k) for k in ignore)]

    def unknown_selectors(self, keys: list[str]) -> list[str]:
        return [k for k in keys if not any(_matches(r, k) for r in self.rules.values())]

    def reader_for(self, path: Path, head: bytes) -> Reader | None:
        """Content first (magic bytes), then the extension: a wrong extension still works.

        A fallback reader (priority below 0: plain text takes anything that looks like text) does
        not take a file whose extension another reader claims: a text-looking «.xls» is no
        spreadsheet, and the reader of that extension says it cannot read it (the file is
        reported unread, never checked as a report)."""
        sniffed = [r for r in self.readers if r.sniff(head, path)]
        specific = [r for r in sniffed if r.priority >= 0]
        if specific:
            return max(specific, key=lambda r: r.priority)
        suffix = path.suffix.lower()
        for reader in self.readers:
            if suffix in reader.extensions:
                return reader
        return max(sniffed, key=lambda r: r.priority) if sniffed else None

    def supported_extensions(self) -> set[str]:
        return {ext for r in self.readers for ext in r.extensions}

    def concrete_profiles(self) -> list[Profile]:
        return [p for p in self.profiles.values() if not p.abstract]


def _matches(rule: type[Rule], key: str) -> bool:
    k = key.strip()
    if not k:
        return False
    if k.lower() in {c.value for c in Category}:
        return rule.category.value == k.lower()
    return rule.code.upper().startswith(k.upper()) or rule.name == k.lower()


def build_registry(
    pm: pluggy.PluginManager | None = None, *, profile_paths: Iterable[Path] = ()
) -> Registry:
    pm = pm or make_plugin_manager()
    reg = Registry()
    for readers in pm.hook.repcheck_readers():
        reg.readers.extend(readers)
    _check_unique("reader", [r.name for r in reg.readers])

    for rules in pm.hook.repcheck_rules():
        for rule in rules:
            try:
                rule.validate_metadata()
            except TypeError as exc:
                raise RegistryError(str(exc)) from exc
            for other in reg.rules.values():
                if other.code == rule.code or other.name == rule.name:
                    raise RegistryError(
                        f"rules {other.__module__}.{other.__qualname__} and "
                        f"{rule.__module__}.{rule.__qualname__} share the code or name "
                        f"{rule.code} / {rule.name}"
                    )
            reg.rules[rule.code] = rule

    for reporters in pm.hook.repcheck_reporters():
        for rep in reporters:
            if rep.name in reg.reporters:
                raise RegistryError(f"two reporters are named {rep.name!r}")
            reg.reporters[rep.name] = rep

    raw: list[dict] = []
    for profiles in pm.hook.repcheck_profiles():
        raw.extend(p.model_dump(mode="json") if isinstance(p, Profile) else p for p in profiles)
    try:
        for path in profile_paths:
            files = sorted(path.glob("*.toml")) if path.is_dir() else [path]
            raw.extend(load_profile_file(f) for f in files)
        _check_unique("profile", [d["name"] for d in raw])
        reg.profiles = {p.name: p for p in resolve_profiles(raw)}
    except ProfileError as exc:
        raise RegistryError(str(exc)) from exc
    return reg


def _check_unique(what: str, names: list[str]) -> None:
    seen: set[str] = set()
    for n in names:
        if n in seen:
            raise RegistryError(f"two {what}s are named {n!r}")
        seen.add(n)
