"""Built-in rules: one module per rule, each registered through the repcheck_rules hook
exactly as an outside plugin's rules are."""

MODULES: list[str] = [
    "rules.missing_section",
]
