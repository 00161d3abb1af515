"""Built-in rules: one module per rule, each registered through the repcheck_rules hook."""
