"""Plugin registration: built-ins through the hooks, outside plugins through entry points."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

from repcheck.config import Config
from repcheck.engine import run
from repcheck.models.finding import Category, Severity, Text
from repcheck.plugin_manager import RegistryError, build_registry, make_plugin_manager
from repcheck.rule import Rule

PLUGIN_SOURCE = '''
from repcheck.hookspecs import hookimpl
from repcheck.models.finding import Category, Severity, Text
from repcheck.rule import Rule


class MentionsWeather(Rule):
    """Flags reports that talk about the weather (a test plugin)."""

    code = "X901"
    name = "mentions-weather"
    category = Category.COMPLETENESS
    severity = Severity.INFO
    summary = Text(ru="Упоминание погоды", en="Weather mentioned")

    def check(self, report, ctx):
        for i, b in enumerate(report.document.blocks):
            if "погод" in b.text.lower():
                yield self.finding("в отчёте говорится о погоде", "the report mentions weather",
                                   evidence=b.text, location=ctx.locate(block=i))


@hookimpl
def repcheck_rules():
    return [MentionsWeather]
'''


@pytest.fixture
def installed_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A distribution on sys.path whose entry point in the `repcheck` group names a module."""
    (tmp_path / "weather_plugin.py").write_text(PLUGIN_SOURCE, encoding="utf-8")
    dist = tmp_path / "weather_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: weather-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[repcheck]\nweather = weather_plugin\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    sys.modules.pop("weather_plugin", None)


def test_entry_point_plugin_rule_is_registered_and_runs(installed_plugin: Path, tmp_path: Path) -> None:
    registry = build_registry(make_plugin_manager())
    assert registry.rule("X901") is not None
    assert registry.rule("mentions-weather") is registry.rule("x901")
    report = tmp_path / "r.txt"
    report.write_text("ОТЧЁТ\nI. Общие сведения\nВесной стояла тёплая погода.\n", encoding="utf-8")
    from repcheck import engine

    engine._REGISTRIES.clear()
    try:
        result = run([report], Config(select=["X901"]))
    finally:
        engine._REGISTRIES.clear()
    (fr,) = result.files
    assert [f.code for f in fr.findings] == ["X901"]
    assert "погода" in fr.findings[0].evidence


def test_builtins_come_through_the_hooks() -> None:
    pm = make_plugin_manager(entry_points=False)
    names = {pm.get_name(p) for p in pm.get_plugins()}
    assert "repcheck.plugins.readers.builtin" in names  # the six readers, each module loaded when used
    assert "repcheck.rules" in names  # the rules come as one bundle
    registry = build_registry(pm)
    assert {r.name for r in registry.readers} == {"text", "docx", "pdf", "odt", "rtf", "legacy"}
    assert {"S101", "C201", "D503"} <= set(registry.rules)
    assert {"rich", "json"} <= set(registry.reporters)
    assert "generic" in registry.profiles and not registry.profiles["generic"].abstract


def _rule_module(code: str, name: str) -> object:
    ns: dict = {}
    exec(textwrap.dedent(PLUGIN_SOURCE).replace("X901", code).replace("mentions-weather", name), ns)
    mod = type(sys)("dup_plugin_" + code)
    mod.repcheck_rules = ns["repcheck_rules"]
    return mod


def test_two_rules_with_one_code_fail_at_start_up() -> None:
    pm = make_plugin_manager(entry_points=False, extra=[_rule_module("S101", "another-name")])
    with pytest.raises(RegistryError, match="S101"):
        build_registry(pm)


def test_two_rules_with_one_name_fail_at_start_up() -> None:
    pm = make_plugin_manager(entry_points=False, extra=[_rule_module("X902", "missing-section")])
    with pytest.raises(RegistryError, match="missing-section"):
        build_registry(pm)


def test_malformed_rule_code_is_rejected() -> None:
    pm = make_plugin_manager(entry_points=False, extra=[_rule_module("bad", "fine-name")])
    with pytest.raises(RegistryError, match="code"):
        build_registry(pm)


BOOM_SOURCE = '''
from repcheck.hookspecs import hookimpl
from repcheck.models.finding import Category, Severity, Text
from repcheck.rule import Rule


class Boom(Rule):
    """Always crashes (a test plugin)."""

    code = "X999"
    name = "always-crashes"
    category = Category.STRUCTURE
    severity = Severity.WARNING
    summary = Text(ru="падает", en="crashes")

    def check(self, report, ctx):
        raise ValueError("boom")


@hookimpl
def repcheck_rules():
    return [Boom]
'''


def test_a_crashing_rule_becomes_an_error_finding_and_the_run_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from repcheck.models.finding import Category

    (tmp_path / "boom_plugin.py").write_text(BOOM_SOURCE, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    good = tmp_path / "a.txt"
    good.write_text("ОТЧЁТ\nI. Общие сведения\nТекст.\n", encoding="utf-8")
    other = tmp_path / "b.txt"
    other.write_text("ОТЧЁТ\nII. Результаты\nТекст.\n", encoding="utf-8")
    result = run([good, other], Config(select=["X999", "S101"], plugins=["boom_plugin"], cache=False))
    assert len(result.files) == 2
    for fr in result.files:
        crash = [f for f in fr.findings if f.code == "X999"]
        assert len(crash) == 1 and crash[0].category is Category.INTERNAL
        assert "boom" in crash[0].message.ru
        assert any(f.code == "S101" for f in fr.findings), "other rules still ran"


def test_a_rule_is_one_module_the_bundle_finds_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Adding a rule is adding its module: the bundle collects every rule class of every module
    of repcheck.rules (helper modules start with «_»), with no list to extend."""
    import repcheck.rules as bundle

    extra = tmp_path / "extra_rules"
    extra.mkdir()
    (extra / "mentions_weather.py").write_text(
        textwrap.dedent(PLUGIN_SOURCE).replace("@hookimpl", "").replace("def repcheck_rules", "def _unused"),
        encoding="utf-8",
    )
    (extra / "_helpers.py").write_text("class NotARule: pass\n", encoding="utf-8")
    monkeypatch.setattr(bundle, "__path__", [*bundle.__path__, str(extra)])
    codes = [r.code for r in bundle.builtin_rules()]
    assert "X901" in codes and codes == sorted(codes)
    assert len(codes) == len(set(codes))


def test_a_rules_options_come_from_its_type_argument_with_kebab_keys() -> None:
    from pydantic import ValidationError

    from repcheck.rule import RuleOptions

    class WindowOptions(RuleOptions):
        max_months: int = 3

    class Window(Rule[WindowOptions]):
        """A test rule with options."""

        code = "X902"
        name = "window"
        category = Category.CHRONOLOGY
        severity = Severity.INFO
        summary = Text(ru="окно", en="window")

    assert Window.Options is WindowOptions
    assert Window.Options.model_validate({"max-months": 5}).max_months == 5
    with pytest.raises(ValidationError):
        Window.Options.model_validate({"max-monthz": 5})


def _readme_rule_plugin() -> str:
    """The README's «Writing a rule» example and its hook, as one outside module."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Writing a rule", 1)[1].split("\n## ", 1)[0]
    blocks = [b.split("```", 1)[0] for b in section.split("```python\n")[1:]]
    assert len(blocks) == 2, "the section shows the rule and its registration"
    return blocks[0] + "\n" + blocks[1]


def test_the_readmes_rule_example_registers_through_the_entry_point_group(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "signature_plugin.py").write_text(_readme_rule_plugin(), encoding="utf-8")
    dist = tmp_path / "signature_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: signature-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[repcheck]\nsignature = signature_plugin\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    from repcheck import engine

    engine._REGISTRIES.clear()
    try:
        report = tmp_path / "r.txt"
        report.write_text("ОТЧЁТ\nI. Общие сведения\nРабота велась весь год.\n", encoding="utf-8")
        signed = tmp_path / "signed.txt"
        signed.write_text("ОТЧЁТ\nI. Общие сведения\nРабота велась весь год.\nПодпись директора\n", encoding="utf-8")
        result = run([report, signed], Config(select=["X101"], rule_options={"missing-signature": {"tail-blocks": 3}}))
    finally:
        engine._REGISTRIES.clear()
        sys.modules.pop("signature_plugin", None)
    by_name = {Path(fr.path).name: [f.code for f in fr.findings] for fr in result.files}
    assert by_name == {"r.txt": ["X101"], "signed.txt": []}
