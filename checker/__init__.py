"""repcheck: a rule-based checker for reports of educational innovation sites."""

__version__ = "0.1.0"
