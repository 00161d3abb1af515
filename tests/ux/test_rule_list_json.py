"""`repcheck rules --format json` and `repcheck explain RULE --format json`: the rules as data for
CI tools and editors, checked against the schema committed in docs/rules.schema.json."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest

from repcheck.config import Config
from repcheck.engine import registry_for

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "docs" / "rules.schema.json").read_text(encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(SCHEMA)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


@pytest.fixture(scope="module")
def registry():
    return registry_for(Config())


def test_rule_list_validates_and_lists_every_rule_with_both_summaries(cli, registry):
    res = cli("rules", "--format", "json")
    assert res.code == 0 and res.err == ""
    doc = res.json()
    VALIDATOR.validate(doc)
    codes = [r["code"] for r in doc["rules"]]
    assert codes == sorted(registry.rules) and len(codes) >= 19
    by_code = {r["code"]: r for r in doc["rules"]}
    for code, rule in registry.rules.items():
        entry = by_code[code]
        assert (entry["name"], entry["category"], entry["severity"]) == (
            rule.name, rule.category.value, rule.severity.value)
        assert entry["summary"] == {"ru": rule.summary.ru, "en": rule.summary.en}
    # the JSON is the same whatever the language of the messages
    assert cli("rules", "--format", "json", "--lang", "en").json() == doc


def test_options_carry_the_defaults_and_bounds_of_each_rules_model(cli, registry):
    doc = cli("rules", "-f", "json").json()
    by_code = {r["code"]: r for r in doc["rules"]}
    for code, rule in registry.rules.items():
        defaults = rule.Options().model_dump(by_alias=True)
        listed = {o["name"]: o["default"] for o in by_code[code]["options"]}
        assert listed == {k.replace("_", "-"): v for k, v in defaults.items()}, code
    c201 = {o["name"]: o for o in by_code["C201"]["options"]}["group-from-rows"]
    assert (c201["type"], c201["default"], c201["minimum"]) == ("integer", 3, 2)
    allow = {o["name"]: o for o in by_code["D501"]["options"]}["allow"]
    assert (allow["type"], allow["items"], allow["default"]) == ("array", "string", [])
    same_org = {o["name"]: o for o in by_code["D503"]["options"]}["same-organisation"]
    assert same_org["enum"] == ["ignore", "info"] and same_org["default"] == "ignore"


@pytest.mark.parametrize("key", ["C201", "event-without-outcome", "c201"])
def test_explain_json_gives_one_rule_with_its_documentation(cli, key):
    res = cli("explain", key, "--format", "json")
    assert res.code == 0
    doc = res.json()
    VALIDATOR.validate(doc)
    rule = doc["rule"]
    assert rule["code"] == "C201" and rule["name"] == "event-without-outcome"
    assert "Фактическое" in rule["documentation"]["ru"] and "plan/actual" in rule["documentation"]["en"]
    assert rule["options"][0]["name"] == "group-from-rows"


def test_unknown_rule_is_a_usage_error_in_the_runs_language(cli):
    ru = cli("explain", "Z999", "--format", "json")
    assert ru.code == 2 and ru.out == "" and "правило «Z999» не найдено" in ru.err
    en = cli("explain", "Z999", "--lang", "en")
    assert en.code == 2 and "no rule “Z999”" in en.err and not any("а" <= ch <= "я" for ch in en.err)


def test_the_schema_rejects_what_a_tool_could_not_use(cli):
    doc = cli("rules", "-f", "json").json()
    broken = copy.deepcopy(doc)
    del broken["rules"][0]["summary"]["en"]
    assert not VALIDATOR.is_valid(broken)
    broken = copy.deepcopy(doc)
    del next(r for r in broken["rules"] if r["options"])["options"][0]["default"]
    assert not VALIDATOR.is_valid(broken)
    broken = copy.deepcopy(doc)
    broken["rules"][0]["severity"] = "fatal"
    assert not VALIDATOR.is_valid(broken)
    explained = cli("explain", "C201", "-f", "json").json()
    del explained["rule"]["documentation"]
    assert not VALIDATOR.is_valid(explained)
