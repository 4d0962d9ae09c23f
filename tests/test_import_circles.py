"""No two crampcare modules import each other, however indirectly: the layers stay a tree.

Every import counts, also one inside a function or under TYPE_CHECKING: a
circle deferred to run time is still a circle in the design.
"""

from __future__ import annotations

import ast
from pathlib import Path

import crampcare

PACKAGE = Path(crampcare.__file__).parent


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _graph() -> dict[str, set[str]]:
    every = {_module_name(p) for p in PACKAGE.rglob("*.py")}
    # Alembic's scripts are loaded by Alembic, not imported: they are named, not walked.
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                # ``from pkg import mod`` names the submodule when there is one.
                subs = {f"{node.module}.{a.name}" for a in node.names}
                found.update(s for s in subs if s in paths)
                if not subs <= every:
                    found.add(node.module)
        # A package's __init__ that only hands names on is its face, not a room of its own.
        graph[name] = {m for m in found if m in paths and m != name and m != "crampcare"}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_circle_among_crampcare_modules() -> None:
    assert circles(_graph()) == []


def test_the_circle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert circles(graph) == [["a", "b", "c"]]


def test_the_graph_sees_real_imports() -> None:
    graph = _graph()
    assert "crampcare.knowledge.loader" in graph["crampcare.knowledge"]
    assert "crampcare.analysis.results" in graph["crampcare.analysis.person"]
