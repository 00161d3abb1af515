"""Built-in reporters: one module per output format."""
