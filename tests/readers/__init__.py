"""Tests of the readers.

The readers need only `checker.models.document`, but importing it runs the `checker.models`
package, which also imports the structurer's models. While those are being written they may
not import; then register a bare `checker.models` package so that the document module still
loads and the reader tests keep running.
"""

import importlib
import sys
import types
from pathlib import Path


def _ensure_document_model_importable() -> None:
    try:
        importlib.import_module("checker.models")
    except ImportError:
        for name in [m for m in sys.modules if m == "checker.models" or m.startswith("checker.models.")]:
            del sys.modules[name]
        package = types.ModuleType("checker.models")
        package.__path__ = [str(Path(importlib.import_module("checker").__file__).parent / "models")]
        sys.modules["checker.models"] = package


_ensure_document_model_importable()
