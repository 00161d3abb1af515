"""Built-in plugins: readers, profiles and reporters, registered through the same hooks as outside plugins."""
