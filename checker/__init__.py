"""repcheck: a rule-based checker for reports of educational innovation sites."""

__version__ = "0.1.0"

from repcheck.hookspecs import hookimpl  # noqa: E402  (for plugin authors)

__all__ = ["__version__", "hookimpl"]
