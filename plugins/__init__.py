"""Built-in plugins: readers, profiles and reporters, registered through the same hooks as
outside plugins (repcheck.plugin_manager loads every module listed here)."""

MODULES = [
    # the six readers (text, docx, pdf, odt, rtf, legacy), each module imported on first use
    "repcheck.plugins.readers.builtin",
    "repcheck.plugins.profiles",
    # the nine reporters (rich, json, html, csv, csv-ranking, xlsx, sarif, junit, github), each
    # module imported when a report is written in its format
    "repcheck.plugins.reporters.builtin",
]
