"""The core's public names are exported from ``crampcare``; ``__all__`` is complete."""

from __future__ import annotations

import subprocess
import sys

import crampcare


def test_every_name_in_all_resolves() -> None:
    for name in crampcare.__all__:
        assert getattr(crampcare, name) is not None, name


def test_every_public_core_name_is_exported() -> None:
    # The names each core package declares public must all be reachable from crampcare.
    import crampcare.guide
    import crampcare.intake
    import crampcare.plan
    import crampcare.search
    import crampcare.triage

    expected = {
        "triage",
        "TriageResult",
        "build_plan",
        "Plan",
        "build_session",
        "Session",
        "parse_text",
        "Intake",
        "ask",
        "AskResult",
        "Diary",
        "analyse",
        "simulate",
    }
    assert expected <= set(crampcare.__all__)


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
