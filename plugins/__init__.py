"""Built-in plugins: readers, profiles and reporters, registered through the same hooks as
outside plugins (repcheck.plugin_manager loads every module listed here)."""

MODULES = [
    "repcheck.plugins.readers.text",
    "repcheck.plugins.readers.docx",
    "repcheck.plugins.readers.pdf",
    "repcheck.plugins.readers.odt",
    "repcheck.plugins.readers.rtf",
    "repcheck.plugins.readers.legacy",
    "repcheck.plugins.profiles",
    "repcheck.plugins.reporters.rich_reporter",
    "repcheck.plugins.reporters.json_reporter",
    "repcheck.plugins.reporters.html_reporter",
    "repcheck.plugins.reporters.table_reporters",
    "repcheck.plugins.reporters.sarif_reporter",
    "repcheck.plugins.reporters.junit_reporter",
    "repcheck.plugins.reporters.github_reporter",
]
