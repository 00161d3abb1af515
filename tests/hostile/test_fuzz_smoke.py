"""The fuzzing script stays runnable: a second of each kind of target (the long runs are by hand)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "fuzz" / "fuzz_readers.py"


@pytest.fixture(scope="module")
def fuzz_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("fuzz_readers", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("target", ["text", "docx", "rtf", "dates"])
def test_fuzz_target_runs(fuzz_module, target: str) -> None:  # type: ignore[no-untyped-def]
    count, failures = fuzz_module.fuzz(target, 0.5, examples_per_round=20)
    assert count > 0 and not failures, failures[:1]


def test_fuzz_lists_its_targets(fuzz_module, capsys) -> None:  # type: ignore[no-untyped-def]
    assert fuzz_module.main(["--list"]) == 0
    assert {"text", "docx", "odt", "rtf", "pdf", "structurer", "dates", "numbers"} <= set(capsys.readouterr().out.split())
