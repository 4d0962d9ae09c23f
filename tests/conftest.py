"""Shared fixtures: the seed articles, a temporary data folder, the CLI runner."""

from __future__ import annotations

import gc
import os
import shutil
import tempfile
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]

# What every test gets from _isolated_data below, for the whole process as well: test
# modules build apps at import (Schemathesis loads /openapi.json through one while pytest
# collects, which runs the app's lifespan and its warm-up thread), and session fixtures
# (a live server) start before any test's own folder exists. Without this the warm-up
# imported torch and embedded the semantic bank into the real user's cache folder in the
# background of every run, while the first tests ran.
_SESSION_DATA = tempfile.mkdtemp(prefix="crampcare-tests-")
os.environ["CRAMPCARE_DATA_DIR"] = _SESSION_DATA
os.environ["CRAMPCARE_SEMANTIC_TRIAGE"] = "off"


def _seeds_dir() -> Path:
    configured = os.environ.get("CRAMPCARE_SEEDS")
    return Path(configured) if configured else ROOT.parent / "shared" / "seeds"


# Hypothesis' default 200 ms deadline per example is a timing check, not a property:
# on a shared two-core machine running two test workers it fails tests at random
# (an example that took 263 ms once and 165 ms when replayed). Tests that pin speed
# say so with their own timers.
settings.register_profile("crampcare", deadline=None)
settings.load_profile("crampcare")

SEEDS = _seeds_dir()
#: Worked triage and ask examples, copied into the repository so a clone stands alone.
REFERENCE = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The five source articles; without them the tests that read them skip, saying why."""
    if not SEEDS.is_dir():
        pytest.skip(f"source articles not found at {SEEDS}: set CRAMPCARE_SEEDS to read them")
    return SEEDS


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data folder; nothing touches the real user's files."""
    data = tmp_path / "data"
    monkeypatch.setenv("CRAMPCARE_DATA_DIR", str(data))
    monkeypatch.delenv("CRAMPCARE_DB", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    # The semantic triage screen loads torch (seconds, hundreds of MB): only the
    # tests that are about it turn it on.
    monkeypatch.setenv("CRAMPCARE_SEMANTIC_TRIAGE", "off")
    yield data


#: The threads a served app starts: the warm-up of the search index and the diary, and
#: the semantic screen's load (started by the warm-up, or by a triage that found it missing).
WARM_UPS = ("crampcare-warm", "crampcare-semantic-load")


def _join_warm_ups() -> None:
    """Wait for every app's warm-up thread to finish.

    A warm-up that outlives its test imports modules and writes caches while the next
    test runs, on another test's time; two such threads once broke pytest's own warnings
    capture ("dictionary changed size during iteration").
    """
    for thread in threading.enumerate():
        if thread.name in WARM_UPS:
            thread.join(timeout=600)  # a guard against a hang, not a time limit
            if thread.is_alive():
                pytest.fail(f"an app's warm-up thread ({thread!r}) did not finish")


@pytest.fixture(autouse=True)
def _no_background_warm_up(_isolated_data: Path) -> Iterator[None]:
    """No warm-up runs when a test starts; its own warm-ups end in its data folder."""
    _join_warm_ups()
    yield
    _join_warm_ups()


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_SESSION_DATA, ignore_errors=True)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright (no browser download).

    One for the whole session, defined here so every folder shares it: a second
    Playwright cannot start while this one runs (its event loop is running).
    """
    from tests.web.conftest import CHROMIUM, CHROMIUM_ARGS

    assert Path(CHROMIUM).exists(), f"Chromium not found at {CHROMIUM}: .ci/run installs it"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


# Schemathesis makes one test per API operation, all under the same node id. pytest-xdist
# schedules by node id, so it would run one of them and drop the rest in silence (4 of 45
# here). Such tests are marked and run in one process by scripts/check; a distributed run
# that still holds them stops instead of passing with tests left out.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    seen = Counter(item.nodeid for item in items)
    for item in items:
        if seen[item.nodeid] > 1:
            item.add_marker(pytest.mark.one_process)
    # scripts/check runs only the files it names beside the workers: one more would be left out.
    named = os.environ.get("CRAMPCARE_ONE_PROCESS_FILES")
    if named is not None:
        files = {Path(f).resolve() for f in named.split()}
        left = sorted({str(i.path) for i in items if seen[i.nodeid] > 1} - {str(f) for f in files})
        if left:
            raise pytest.UsageError(
                f"{left[0]} holds tests that share a node id: add it to ONE_PROCESS_FILES in"
                " scripts/check"
            )


def pytest_collection_finish(session: pytest.Session) -> None:
    # The 16,000 collected tests and the modules they loaded live to the end of the run:
    # kept out of the collector's full scans, as a served worker keeps its warm objects.
    gc.collect()
    gc.freeze()
    if not hasattr(session.config, "workerinput"):
        return
    shared = sorted({i.nodeid for i in session.items if i.get_closest_marker("one_process")})
    if shared:
        raise pytest.UsageError(
            f"{len(shared)} node ids are shared by several tests and xdist would drop all but"
            f" one (e.g. {shared[0]}): run them with -p no:xdist -m one_process"
        )
