"""repcheck: a rule-based checker for reports of educational innovation sites."""

from repcheck.version import __version__

from repcheck.hookspecs import hookimpl  # noqa: E402  (for plugin authors)

__all__ = ["__version__", "hookimpl"]
