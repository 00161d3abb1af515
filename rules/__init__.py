"""Built-in rules: one module per rule, each registered through the repcheck_rules hook
exactly as an outside plugin's rules are."""

MODULES: list[str] = [
    "rules.missing_section",
    "rules.empty_section",
    "rules.numbering_gap",
    "rules.unrecognised_template",
    "rules.event_without_outcome",
    "rules.event_outside_stage",
    "rules.event_outside_reporting_period",
    "rules.event_outside_project_period",
    "rules.stage_sequence",
    "rules.duplicate_text",
    "rules.actual_copies_plan",
    "rules.cross_report_duplicate",
    "rules.empty_list_value",
    "rules.partial_outcome",
    "rules.impossible_number",
    "rules.total_mismatch",
    "rules.percentage_mismatch",
    "rules.count_mismatch",
    "rules.plan_item_not_reported",
]
