"""Built-in plugins: readers, profiles and reporters, registered through the same hooks as
outside plugins (checker.plugin_manager loads every module listed here)."""

MODULES = [
    "plugins.readers.text",
    "plugins.readers.docx",
    "plugins.readers.pdf",
    "plugins.readers.odt",
    "plugins.readers.rtf",
    "plugins.readers.legacy",
    "plugins.profiles",
    "plugins.reporters.rich_reporter",
    "plugins.reporters.json_reporter",
    "plugins.reporters.html_reporter",
    "plugins.reporters.table_reporters",
    "plugins.reporters.sarif_reporter",
    "plugins.reporters.junit_reporter",
    "plugins.reporters.github_reporter",
]
