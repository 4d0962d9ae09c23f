"""The knowledge package alone reads the packaged data files; each class name means one class."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import crampcare

PACKAGE = Path(crampcare.__file__).parent
KNOWLEDGE = PACKAGE / "knowledge"


def _modules() -> dict[str, ast.Module]:
    return {
        str(p.relative_to(PACKAGE)): ast.parse(p.read_text(encoding="utf-8"))
        for p in sorted(PACKAGE.rglob("*.py"))
        if "migrations" not in p.parts
    }


def _reads_data(tree: ast.Module) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name == "yaml" for a in node.names):
            found.append(f"line {node.lineno}: import yaml")
        elif isinstance(node, ast.ImportFrom) and node.module == "yaml":
            found.append(f"line {node.lineno}: from yaml import")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "files"
            and any(
                isinstance(a, ast.Constant) and a.value == "crampcare.knowledge" for a in node.args
            )
        ):
            found.append(f"line {node.lineno}: opens crampcare.knowledge's files")
    return found


def test_only_the_knowledge_package_reads_the_data_files() -> None:
    outside = {
        name: hits
        for name, tree in _modules().items()
        if not name.startswith("knowledge/") and (hits := _reads_data(tree))
    }
    assert outside == {}


def test_the_check_sees_a_reader() -> None:
    tree = ast.parse('import yaml\nresources.files("crampcare.knowledge")\n')
    assert len(_reads_data(tree)) == 2
    assert _reads_data(ast.parse((KNOWLEDGE / "files.py").read_text()))


def test_each_class_name_is_defined_once() -> None:
    where: dict[str, list[str]] = defaultdict(list)
    for name, tree in _modules().items():
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                where[node.name].append(name)
    assert {n: files for n, files in where.items() if len(files) > 1} == {}
