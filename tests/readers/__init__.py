"""Tests of the readers.

The readers need only `repcheck.models.document`, but importing it runs the `repcheck.models`
package, which also imports the structurer's models. While those are being written they may
not import; then register a bare `repcheck.models` package so that the document module still
loads and the reader tests keep running.
"""

import importlib
import sys
import types
from pathlib import Path


def _ensure_document_model_importable() -> None:
    try:
        importlib.import_module("repcheck.models")
    except ImportError:
        for name in [m for m in sys.modules if m == "repcheck.models" or m.startswith("repcheck.models.")]:
            del sys.modules[name]
        package = types.ModuleType("repcheck.models")
        package.__path__ = [str(Path(importlib.import_module("repcheck").__file__).parent / "models")]
        sys.modules["repcheck.models"] = package


_ensure_document_model_importable()
