"""Built-in rules: one module per rule, each registered through the repcheck_rules hook
exactly as an outside plugin's rules are."""

MODULES: list[str] = [
    "repcheck.rules.missing_section",
    "repcheck.rules.empty_section",
    "repcheck.rules.numbering_gap",
    "repcheck.rules.unrecognised_template",
    "repcheck.rules.not_a_report",
    "repcheck.rules.event_without_outcome",
    "repcheck.rules.event_outside_stage",
    "repcheck.rules.event_outside_reporting_period",
    "repcheck.rules.event_outside_project_period",
    "repcheck.rules.stage_sequence",
    "repcheck.rules.duplicate_text",
    "repcheck.rules.actual_copies_plan",
    "repcheck.rules.cross_report_duplicate",
    "repcheck.rules.empty_list_value",
    "repcheck.rules.partial_outcome",
    "repcheck.rules.impossible_number",
    "repcheck.rules.total_mismatch",
    "repcheck.rules.percentage_mismatch",
    "repcheck.rules.count_mismatch",
    "repcheck.rules.plan_item_not_reported",
]
