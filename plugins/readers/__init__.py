"""Built-in readers: one module per file format."""
