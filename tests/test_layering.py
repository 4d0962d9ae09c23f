"""The core never imports the faces: layering is checked, not hoped for."""

from __future__ import annotations

import ast
from pathlib import Path

import crampcare

PACKAGE = Path(crampcare.__file__).parent
# The clinic server's face (sign-in, accounts, clinician pages) is a face too.
FACES = ("crampcare.cli", "crampcare.web", "crampcare.clinicweb")
# ``python -m crampcare`` is an entry point into the CLI face, not core.
ENTRY_POINTS = ("crampcare.__main__",)


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.level:
                base = _module_name(path).split(".")[: -node.level]
                found.add(".".join([*base, node.module]))
            else:
                found.add(node.module)
    return found


def _core_modules() -> list[Path]:
    return [
        p for p in PACKAGE.rglob("*.py") if not _module_name(p).startswith(FACES + ENTRY_POINTS)
    ]


def test_core_never_imports_cli_or_web() -> None:
    offenders = {
        _module_name(p): sorted(i for i in _imports(p) if i.startswith(FACES))
        for p in _core_modules()
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_check_sees_the_core() -> None:
    names = {_module_name(p) for p in _core_modules()}
    assert "crampcare.knowledge.loader" in names
    assert "crampcare.accounts" in names
    assert not any(n.startswith(FACES) for n in names)
    assert "crampcare.clinicweb.auth" not in names
