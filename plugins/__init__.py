"""Built-in plugins: readers, profiles and reporters, registered through the same hooks as
outside plugins (repcheck.plugin_manager loads every module listed here)."""

MODULES = [
    # the six readers (text, docx, pdf, odt, rtf, legacy), each module imported on first use
    "repcheck.plugins.readers.builtin",
    "repcheck.plugins.profiles",
    "repcheck.plugins.reporters.rich_reporter",
    "repcheck.plugins.reporters.json_reporter",
    "repcheck.plugins.reporters.html_reporter",
    "repcheck.plugins.reporters.table_reporters",
    "repcheck.plugins.reporters.sarif_reporter",
    "repcheck.plugins.reporters.junit_reporter",
    "repcheck.plugins.reporters.github_reporter",
]
