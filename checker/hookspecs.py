"""The hooks through which built-in and outside plugins contribute readers, profiles, rules
and reporters. Built-ins use exactly these hooks (see repcheck.plugin_manager.BUILTIN_PLUGINS).

An outside plugin is a module registered under the ``repcheck`` entry-point group:

    [project.entry-points.repcheck]
    myplugin = "my_package.repcheck_plugin"

with functions decorated by ``repcheck.hookimpl``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from repcheck.profile import Profile
    from repcheck.reader import Reader
    from repcheck.reporter import Reporter
    from repcheck.rule import Rule

PROJECT = "repcheck"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def repcheck_readers() -> "list[Reader]":
    """Return readers: objects that turn a file into a Document."""


@hookspec
def repcheck_profiles() -> "list[Profile]":
    """Return report profiles (kinds of report with their mandatory sections and vocabulary)."""


@hookspec
def repcheck_rules() -> "list[type[Rule]]":
    """Return rule classes (subclasses of repcheck.rule.Rule or repcheck.rule.CorpusRule)."""


@hookspec
def repcheck_reporters() -> "list[Reporter]":
    """Return reporters: output formats such as rich, json."""
