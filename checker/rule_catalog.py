"""The rules as data, for tools: `repcheck rules --format json` and `repcheck explain RULE --format json`.

Shape (docs/rules.schema.json; versioned by `schema_version`):

    {"schema_version": 1, "tool": {"name": "repcheck", "version": "…"},
     "rules": [{"code": "C201", "name": "event-without-outcome", "category": "completeness",
                "severity": "error", "corpus": false,
                "summary": {"ru": "…", "en": "…"},
                "options": [{"name": "group-from-rows", "type": "integer", "default": 3,
                             "description": null, "minimum": 2}]}]}

`explain` gives one rule object with `documentation` {"ru", "en"} (markdown) added. Options come
from each rule's pydantic `Options` model: the name a configuration uses
(`[tool.repcheck.rule-options.NAME]`), the JSON type, the default and the bounds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic_core import to_jsonable_python

from repcheck import __version__

if TYPE_CHECKING:
    from repcheck.plugin_manager import Registry
    from repcheck.rule import Rule

SCHEMA_VERSION = 1
BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "enum")


def _option_type(prop: dict[str, Any]) -> str:
    if "type" in prop:
        return str(prop["type"])
    if "enum" in prop or "const" in prop:
        return "string"
    kinds = [p.get("type") for p in prop.get("anyOf", []) if p.get("type") and p.get("type") != "null"]
    return str(kinds[0]) if kinds else "string"


def options_list(rule: type["Rule"]) -> list[dict[str, Any]]:
    """The rule's options: name, type, default, description and bounds, in the model's order."""
    model = rule.Options
    props = model.model_json_schema(by_alias=True).get("properties", {})
    out: list[dict[str, Any]] = []
    for field_name, info in model.model_fields.items():
        key = info.alias or field_name
        prop = props.get(key, {})
        entry: dict[str, Any] = {
            "name": key.replace("_", "-"),
            "type": _option_type(prop),
            "default": to_jsonable_python(info.get_default(call_default_factory=True)),
            "description": info.description,
        }
        if prop.get("type") == "array":
            entry["items"] = _option_type(prop.get("items", {}))
        for bound in BOUNDS:
            if bound in prop:
                entry[bound] = prop[bound]
        out.append(entry)
    return out


def rule_dict(rule: type["Rule"], documentation: bool = False) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": rule.code,
        "name": rule.name,
        "category": rule.category.value,
        "severity": rule.severity.value,
        "corpus": bool(rule.corpus),
        "summary": {"ru": rule.summary.get("ru"), "en": rule.summary.get("en")},
        "options": options_list(rule),
    }
    if documentation:
        data["documentation"] = {"ru": rule.documentation("ru"), "en": rule.documentation("en")}
    return data


def _tool() -> dict[str, str]:
    return {"name": "repcheck", "version": __version__}


def catalog(registry: "Registry") -> dict[str, Any]:
    """Every registered rule, by code."""
    rules = sorted(registry.rules.values(), key=lambda r: r.code)
    return {"schema_version": SCHEMA_VERSION, "tool": _tool(), "rules": [rule_dict(r) for r in rules]}


def explanation(rule: type["Rule"]) -> dict[str, Any]:
    """One rule with its documentation."""
    return {"schema_version": SCHEMA_VERSION, "tool": _tool(), "rule": rule_dict(rule, documentation=True)}
