"""The built-in reporters as the plugin registry lists them, each format's module imported only
when a report is written in that format.

Every command builds the registry, and importing every reporter module brought rich (~15 ms)
into a check written as JSON, CSV or SARIF, and the HTML, table, SARIF, JUnit and GitHub modules
into every check. Here each reporter is its name, description and whether it writes bytes;
`render` imports the format's module and hands over to its reporter (the same way
repcheck.plugins.readers.builtin lists the readers). tests/ux/test_lazy_reporters.py keeps these
in step with the reporters themselves.
"""

from __future__ import annotations

import importlib
from typing import IO, TYPE_CHECKING, ClassVar

from repcheck.hookspecs import hookimpl
from repcheck.reporter import Reporter

if TYPE_CHECKING:
    from repcheck.models.results import RunResult


class LazyReporter(Reporter):
    """A reporter whose module is imported when it first writes a report."""

    module: ClassVar[str]
    cls: ClassVar[str]
    _loaded: Reporter | None = None

    def real(self) -> Reporter:
        if self._loaded is None:
            self._loaded = getattr(importlib.import_module(self.module), self.cls)()
        return self._loaded

    def render(self, result: "RunResult", out: IO[str], *, lang: str, color: bool) -> None:
        self.real().render(result, out, lang=lang, color=color)


class RichReporter(LazyReporter):
    name = "rich"
    description = "colour terminal report (plain text when piped)"
    module, cls = "repcheck.plugins.reporters.rich_reporter", "RichReporter"


class JsonReporter(LazyReporter):
    name = "json"
    description = "JSON for other tools"
    module, cls = "repcheck.plugins.reporters.json_reporter", "JsonReporter"


class HtmlReporter(LazyReporter):
    name = "html"
    description = "self-contained HTML report"
    module, cls = "repcheck.plugins.reporters.html_reporter", "HtmlReporter"


class CsvReporter(LazyReporter):
    name = "csv"
    description = "CSV: every finding, one row each"
    module, cls = "repcheck.plugins.reporters.table_reporters", "CsvReporter"


class CsvRankingReporter(LazyReporter):
    name = "csv-ranking"
    description = "CSV: the ranking of files, worst first"
    module, cls = "repcheck.plugins.reporters.table_reporters", "CsvRankingReporter"


class XlsxReporter(LazyReporter):
    name = "xlsx"
    description = "Excel workbook: ranking and findings sheets"
    binary = True
    module, cls = "repcheck.plugins.reporters.table_reporters", "XlsxReporter"


class SarifReporter(LazyReporter):
    name = "sarif"
    description = "SARIF 2.1.0 for code scanning"
    module, cls = "repcheck.plugins.reporters.sarif_reporter", "SarifReporter"


class JunitReporter(LazyReporter):
    name = "junit"
    description = "JUnit XML: a test case per file, a failure per finding"
    module, cls = "repcheck.plugins.reporters.junit_reporter", "JunitReporter"


class GithubReporter(LazyReporter):
    name = "github"
    description = "GitHub Actions annotations"
    module, cls = "repcheck.plugins.reporters.github_reporter", "GithubReporter"


# in the order the registry listed them when each module registered its own (pluggy calls the
# last registered first)
BUILTIN: tuple[type[LazyReporter], ...] = (
    GithubReporter, JunitReporter, SarifReporter, CsvReporter, CsvRankingReporter, XlsxReporter, HtmlReporter,
    JsonReporter, RichReporter,
)


@hookimpl
def repcheck_reporters() -> list[Reporter]:
    return [cls() for cls in BUILTIN]
