"""The registry's reporters (repcheck.plugins.reporters.builtin) stand for the reporter modules,
which are imported only when a report is written in their format: each stand-in must say what its
reporter says (name, description, binary) and write exactly what it writes."""

from __future__ import annotations

import importlib
import io
from pathlib import Path

import pytest

from repcheck.config import Config
from repcheck.engine import registry_for, run
from repcheck.plugins.reporters import builtin

ROOT = Path(__file__).resolve().parents[2]
MODULES = ("rich_reporter", "json_reporter", "html_reporter", "table_reporters", "sarif_reporter",
           "junit_reporter", "github_reporter")


def _real_reporters() -> dict[str, object]:
    out = {}
    for name in MODULES:
        for rep in importlib.import_module(f"repcheck.plugins.reporters.{name}").repcheck_reporters():
            out[rep.name] = rep
    return out


def test_every_reporter_module_is_listed_with_its_name_description_and_kind():
    real = _real_reporters()
    lazy = {cls.name: cls() for cls in builtin.BUILTIN}
    assert sorted(lazy) == sorted(real)
    for name, stand_in in lazy.items():
        target = stand_in.real()
        assert type(target) is type(real[name])
        assert (stand_in.description, stand_in.binary) == (target.description, target.binary)


def test_the_registry_lists_the_stand_ins():
    reg = registry_for(Config())
    assert sorted(reg.reporters) == sorted(_real_reporters())
    assert all(isinstance(r, builtin.LazyReporter) for r in reg.reporters.values())


@pytest.mark.parametrize("fmt", ["rich", "json", "csv", "csv-ranking", "sarif", "junit", "github", "html"])
def test_a_stand_in_writes_what_its_reporter_writes(fmt):
    result = run([ROOT / "corpus" / "text" / "kip-annual-clean.txt", ROOT / "corpus" / "text" / "kip-annual-copy.txt"],
                 Config(), jobs=1, use_cache=False)
    stand_in = registry_for(Config()).reporters[fmt]
    real = _real_reporters()[fmt]
    a, b = io.StringIO(), io.StringIO()
    stand_in.render(result, a, lang="ru", color=False)
    real.render(result, b, lang="ru", color=False)
    assert a.getvalue() == b.getvalue() and a.getvalue()
