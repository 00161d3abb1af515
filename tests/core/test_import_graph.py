"""The project's modules form no import circle, TYPE_CHECKING and function-level imports
included: each layer imports only from the layers before it."""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path

PACKAGES = ("repcheck", "repcheck.rules", "repcheck.plugins")


def project_modules() -> dict[str, Path]:
    """Every module of the installed packages, by dotted name."""
    found: dict[str, Path] = {}
    for name in PACKAGES:
        for root in importlib.import_module(name).__path__:
            for path in Path(root).rglob("*.py"):
                rel = path.relative_to(root).with_suffix("").parts
                if rel[-1] == "__init__":
                    rel = rel[:-1]
                dotted = ".".join((name, *rel))
                if dotted.split(".")[:2] in (["repcheck", "rules"], ["repcheck", "plugins"]) and name == "repcheck":
                    continue  # an installed wheel nests them under repcheck/: walked as their own package
                found[dotted] = path
    return found


def _imported(tree: ast.AST, module: str, is_package: bool, modules: set[str] | None = None) -> Iterator[str]:
    """The modules an import statement loads: `from pkg import sub` loads pkg.sub (pkg itself
    only as every submodule import does); `from pkg import name` loads pkg."""
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                yield sub if modules is None or sub in modules else base
                if modules is None:
                    yield base


def import_graph() -> dict[str, set[str]]:
    modules = project_modules()
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        targets = {t for t in _imported(tree, name, path.name == "__init__.py", set(modules)) if t in modules}
        graph[name] = targets - {name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_walker_sees_a_circle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_walker_resolves_relative_and_from_imports() -> None:
    tree = ast.parse("from . import sibling\nfrom .. import up\nif False:\n    from repcheck.x import y\n")
    got = set(_imported(tree, "repcheck.a.b", is_package=False))
    assert {"repcheck.a.sibling", "repcheck.up", "repcheck.x", "repcheck.x.y"} <= got


def test_no_import_circle_among_the_projects_modules() -> None:
    graph = import_graph()
    assert len(graph) > 60 and "repcheck.rules.missing_section" in graph
    assert cycles(graph) == []
