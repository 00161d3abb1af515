"""The installed import namespace is `repcheck` only: checker/ → repcheck, rules/ →
repcheck.rules, plugins/ → repcheck.plugins (pyproject's package-dir mapping)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import repcheck

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = {"repcheck": "checker", "repcheck.rules": "rules", "repcheck.plugins": "plugins"}


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]


def _packages_on_disk() -> set[str]:
    found: set[str] = set()
    for name, folder in FOLDERS.items():
        base = ROOT / folder
        for init in base.rglob("__init__.py"):
            rel = init.parent.relative_to(base).parts
            found.add(".".join((name, *rel)))
    return found


def test_every_package_folder_is_installed_under_repcheck() -> None:
    setuptools = _setuptools()
    assert setuptools["package-dir"] == FOLDERS
    assert set(setuptools["packages"]) == _packages_on_disk()


def test_console_script_and_entry_points_name_the_repcheck_namespace() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    targets = [*project["scripts"].values(), *project["gui-scripts"].values()]
    assert targets and all(t.startswith("repcheck.") for t in targets)


def test_rules_and_plugins_are_not_top_level_packages() -> None:
    # run outside the repository so that its folders are not on sys.path
    code = (
        "import importlib.util as u, repcheck.rules, repcheck.plugins;"
        "print(u.find_spec('rules') is None, u.find_spec('plugins') is None, u.find_spec('checker') is None)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/", check=True)
    assert proc.stdout.split() == ["True", "True", "True"]


def test_python_dash_m_repcheck_runs() -> None:
    proc = subprocess.run([sys.executable, "-m", "repcheck", "--version"], capture_output=True, text=True, cwd="/")
    assert proc.returncode == 0 and repcheck.__version__ in proc.stdout
