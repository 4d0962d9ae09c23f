"""The core's public names are exported from ``crampcare``; ``__all__`` is complete."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
from types import ModuleType

import crampcare


def test_every_name_in_all_resolves() -> None:
    for name in crampcare.__all__:
        assert getattr(crampcare, name) is not None, name


#: Public in their package but not at the top: parts a caller of the core needs only
#: through the names above (an Intake's parts, a plan's items, search internals).
PACKAGE_ONLY = {
    "crampcare.knowledge": {"load"},  # exported as load_knowledge
    "crampcare.intake": {"Fact", "Medicine", "Symptoms"},
    "crampcare.plan": {"PlanItem", "Reminder"},
    "crampcare.search": {"TriageAdvice", "fuse", "searcher"},
    "crampcare.guide": {"SessionStep"},
}


def _all_of(module: ModuleType) -> list[str]:
    names = getattr(module, "__all__", None)
    return list(names) if names is not None else []


def test_every_name_in_an_all_is_really_there() -> None:
    # A stale __all__ (a name moved away) fails here, in any crampcare module.
    missing = {}
    for info in pkgutil.walk_packages(crampcare.__path__, "crampcare."):
        faces = ("crampcare.cli", "crampcare.web", "crampcare.clinicweb", "crampcare.__main__")
        if ".migrations" in info.name or info.name.startswith(faces):
            continue
        module = importlib.import_module(info.name)
        gone = [n for n in _all_of(module) if not hasattr(module, n)]
        if gone:
            missing[info.name] = gone
    assert missing == {}


def test_every_public_core_name_is_exported_or_kept_in_its_package() -> None:
    for package, kept in PACKAGE_ONLY.items():
        public = set(_all_of(importlib.import_module(package)))
        assert kept <= public, (package, kept - public)
        assert public - kept <= set(crampcare.__all__), (package, public - kept)


def test_no_export_is_named_like_a_module_of_crampcare() -> None:
    # Importing ``crampcare.x`` binds the package attribute ``x`` to that module, so
    # an export called ``x`` would silently turn into a module (as ``triage`` and
    # ``assess`` once did, before their modules became triage_rules and assessment).
    modules = {info.name for info in pkgutil.iter_modules(crampcare.__path__)}
    assert set(crampcare._EXPORTS) & modules == set()


def test_each_export_is_the_object_its_module_defines() -> None:
    # Every module behind an export imported first: none of them may rebind a name.
    for module in set(crampcare._EXPORTS.values()):
        importlib.import_module(module)
    wrong = set()
    for name, module in crampcare._EXPORTS.items():
        source = importlib.import_module(module)
        if getattr(crampcare, name) is not getattr(source, crampcare._RENAMED.get(name, name)):
            wrong.add(name)
    assert wrong == set()
    assert callable(crampcare.triage) and callable(crampcare.assess)


def test_all_matches_the_lazy_export_table() -> None:
    assert set(crampcare.__all__) == {"__version__", *crampcare._EXPORTS}


def test_unknown_name_is_an_attribute_error() -> None:
    try:
        crampcare.no_such_thing  # noqa: B018
    except AttributeError as exc:
        assert "no_such_thing" in str(exc)
    else:
        raise AssertionError("expected AttributeError")


def test_importing_crampcare_loads_no_heavy_library() -> None:
    code = (
        "import sys, crampcare; "
        "heavy = [m for m in ('sqlalchemy', 'numpy', 'tantivy', 'matplotlib', 'jinja2', "
        "'starlette', 'pydantic') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
