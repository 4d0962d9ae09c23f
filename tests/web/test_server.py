"""`crampcare serve --workers N`: each worker owns a socket on the port (Linux), and is kept up."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from crampcare.web.server import reuse_port_supported
from tests.web.conftest import _free_port

pytestmark = pytest.mark.skipif(
    not reuse_port_supported(), reason="SO_REUSEPORT balancing is Linux's"
)


def _listeners(port: int) -> set[int]:
    """Pids of the processes with a listening TCP socket on ``port`` (from /proc)."""
    inodes: set[str] = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            local, state, inode = fields[1], fields[3], fields[9]
            if state == "0A" and int(local.rsplit(":", 1)[1], 16) == port:
                inodes.add(inode)
    pids: set[int] = set()
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            links = [os.readlink(fd) for fd in (proc / "fd").iterdir()]
        except OSError:
            continue
        if any(link == f"socket:[{inode}]" for link in links for inode in inodes):
            pids.add(int(proc.name))
    return pids


def _wait(check: Callable[[], bool], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError("timed out")


def _healthy(url: str) -> bool:
    try:
        return httpx.get(url + "/healthz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.fixture
def two_workers(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], int]]:
    port = _free_port()
    env = {**os.environ, "CRAMPCARE_DATA_DIR": str(tmp_path), "NO_COLOR": "1"}
    with (tmp_path / "server.log").open("wb") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "crampcare", "serve", "--workers", "2", "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            _wait(lambda: _healthy(f"http://127.0.0.1:{port}") and len(_listeners(port)) == 2)
            yield proc, port
        finally:
            if proc.poll() is None:
                proc.terminate()
                proc.wait(timeout=20)


def test_each_worker_listens_on_the_port_with_its_own_socket(
    two_workers: tuple[subprocess.Popen[bytes], int],
) -> None:
    proc, port = two_workers
    workers = _listeners(port)
    assert len(workers) == 2
    assert proc.pid not in workers  # the supervisor accepts nothing itself
    url = f"http://127.0.0.1:{port}"
    answer = httpx.post(url + "/api/v1/ask", json={"question": "calf cramp at night"}, timeout=10)
    assert answer.status_code == 200 and answer.json()["answers"]


def test_a_worker_that_dies_is_replaced(two_workers: tuple[subprocess.Popen[bytes], int]) -> None:
    proc, port = two_workers
    victim = min(_listeners(port))
    os.kill(victim, signal.SIGKILL)
    _wait(lambda: victim not in _listeners(port) and len(_listeners(port)) == 2)
    # The new worker listens before it can answer (on a busy machine, seconds before):
    # service is back when health checks answer again, several in a row (the kernel
    # hands each connection to either worker).
    url = f"http://127.0.0.1:{port}"
    _wait(lambda: all(_healthy(url) for _ in range(4)), timeout=90)
    assert proc.poll() is None


def test_sigterm_stops_the_supervisor_and_its_workers(
    two_workers: tuple[subprocess.Popen[bytes], int],
) -> None:
    proc, port = two_workers
    workers = _listeners(port)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=20) == 0
    for pid in workers:
        assert (
            not Path(f"/proc/{pid}").exists()
            or "zombie" in Path(f"/proc/{pid}/status").read_text().lower()
        )


def test_workers_stop_when_the_supervisor_is_killed(
    two_workers: tuple[subprocess.Popen[bytes], int],
) -> None:
    """SIGKILL leaves no orphans holding the port."""
    proc, port = two_workers
    workers = _listeners(port)
    proc.kill()
    proc.wait()
    _wait(lambda: not _listeners(port), timeout=15)
    _wait(lambda: not any(_running(pid) for pid in workers), timeout=15)


def _running(pid: int) -> bool:
    try:
        return "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()
    except OSError:
        return False


def _crash(host: str, port: int, ready: object) -> None:
    sys.exit(3)  # a worker that cannot start (say, its app fails to import)


def test_the_supervisor_gives_up_when_workers_keep_dying_at_start() -> None:
    from crampcare.web.server import Supervisor

    # However slowly a busy machine starts them: a worker that never served is a failure.
    supervisor = Supervisor("127.0.0.1", _free_port(), 2, target=_crash)
    assert supervisor.run() is False
    assert supervisor.early_deaths == 5


def test_serve_says_so_and_fails_when_workers_cannot_start(
    runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    from crampcare.cli import app
    from crampcare.web import server

    monkeypatch.setattr(server.Supervisor, "run", lambda self: False)
    result = runner.invoke(app, ["serve", "--workers", "2", "--port", str(_free_port())])
    assert result.exit_code == 2
    assert "workers keep failing to start" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


#: Runs the supervisor's preload in a fresh interpreter and says what it left behind.
_PRELOAD = """
import json, os, threading
from crampcare.web.server import preload
preload()
from crampcare.search.engine import _SHARED
python_threads = threading.active_count()
child = os.fork()
if child == 0:
    os._exit(0)
os.waitpid(child, 0)
print(json.dumps({
    "python_threads": python_threads,
    "threads_after_a_fork": sorted(os.listdir("/proc/self/task")),
    "searchers": len(_SHARED),
    "tantivy_open": [s.index.opened() for s in _SHARED.values()],
}))
"""


def test_the_supervisor_preloads_with_no_thread_running(tmp_path: Path) -> None:
    # Workers are forked from the preload: a thread running there (tantivy starts one
    # when it opens) would be missing, perhaps holding a lock, in every worker. Ask's
    # tables are read before the fork (prepare), tantivy by each worker after it.
    # numpy's BLAS pool is a native thread that OpenBLAS itself ends at a fork: once a
    # fork has been made, the main thread is alone.
    env = {**os.environ, "CRAMPCARE_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run(
        [sys.executable, "-c", _PRELOAD], env=env, capture_output=True, text=True, check=True
    ).stdout
    import json

    state = json.loads(out)
    assert state["python_threads"] == 1
    assert len(state["threads_after_a_fork"]) == 1  # the main thread alone
    assert state["searchers"] == 1 and state["tantivy_open"] == [False]


def test_a_first_serve_builds_its_index_apart_and_still_forks_alone(tmp_path: Path) -> None:
    # A fresh install has no search index: writing one starts tantivy's threads, so it
    # is built in a forked child and the supervisor still forks its workers alone.
    env = {
        **os.environ,
        "CRAMPCARE_DATA_DIR": str(tmp_path / "data"),
        "CRAMPCARE_CACHE_DIR": str(tmp_path / "empty-cache"),
    }
    out = subprocess.run(
        [sys.executable, "-c", _PRELOAD], env=env, capture_output=True, text=True, check=True
    ).stdout
    import json

    state = json.loads(out)
    assert state["python_threads"] == 1
    assert len(state["threads_after_a_fork"]) == 1
    assert any((tmp_path / "empty-cache").rglob("ask-meta.json"))  # built, by the child


#: The supervisor's preload, then a SQLite diary's writes, in a fresh interpreter: whether
#: PostgreSQL's dialect was loaded after each.
_DIALECTS = """
import sys
from datetime import date, datetime
from crampcare.web.server import preload
preload()
preloaded = "sqlalchemy.dialects.postgresql" in sys.modules
if sys.argv[1] == "sqlite":
    from crampcare.diary.models import CheckInIn, EpisodeIn
    from crampcare.diary.store import Diary
    diary = Diary.open()
    diary.add_episode(EpisodeIn(started_at=datetime(2026, 12, 4, 3, 0)), idempotency_key="k1")
    diary.set_checkin(CheckInIn(day=date(2026, 12, 3), exercise=True))
    diary.merge_checkin(date(2026, 12, 3), {"long_sitting": True})
    diary.close()
print(preloaded, "sqlalchemy.dialects.postgresql" in sys.modules)
"""


@pytest.mark.parametrize(
    ("db", "expected"),
    [("", "False False"), ("postgresql://nobody@127.0.0.1:1/none", "True True")],
)
def test_postgresqls_dialect_is_preloaded_for_a_postgresql_diary_and_never_for_sqlite(
    tmp_path: Path, db: str, expected: str
) -> None:
    # Its import was a twentieth of the supervisor's start before the fork: a SQLite
    # diary (the single-user app) never needs it, even to write; a clinic's workers
    # find it loaded, made once before the fork.
    env = {**os.environ, "CRAMPCARE_DATA_DIR": str(tmp_path / "data"), "CRAMPCARE_DB": db}
    if not db:
        # A diary made before (making one runs its migrations, whose tool loads every
        # dialect it knows, once).
        made = "from crampcare.diary.store import Diary; Diary.open().close()"
        subprocess.run([sys.executable, "-c", made], env=env, check=True)
    out = subprocess.run(
        [sys.executable, "-c", _DIALECTS, "postgresql" if db else "sqlite"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.split() == expected.split()


def test_the_supervisor_restores_what_the_fast_path_stored_when_it_is_current(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The CLI's table (compiled patterns, parsed and validated lexicon and red flags) is
    # versioned by every source file: fastpath.load gives it only when current.
    from crampcare import fastcheck, fastpath
    from crampcare.web import server

    table = {"yaml": b"", "checked": b""}
    given: list[object] = []
    monkeypatch.setattr(fastcheck, "prepare", given.append)
    monkeypatch.delenv(fastpath.SWITCH, raising=False)
    monkeypatch.setattr(fastpath, "load", lambda: table)
    server._restore_stored()
    assert given == [table]
    # None stored, or stale: nothing restored; the start parses and compiles as before.
    monkeypatch.setattr(fastpath, "load", lambda: None)
    server._restore_stored()
    assert given == [table]
    # The fast path switched off: its table is not read at all.
    monkeypatch.setenv(fastpath.SWITCH, "off")
    monkeypatch.setattr(fastpath, "load", lambda: pytest.fail("read with the switch off"))
    server._restore_stored()
    assert given == [table]


def test_a_damaged_table_only_costs_the_time_it_would_have_saved(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crampcare import fastcheck, fastpath
    from crampcare.web import server

    def broken(table: object) -> None:
        raise ValueError("bad marshal data")

    monkeypatch.delenv(fastpath.SWITCH, raising=False)
    monkeypatch.setattr(fastpath, "load", lambda: {"yaml": b"\x00"})
    monkeypatch.setattr(fastcheck, "prepare", broken)
    server._restore_stored()  # no error: the start goes on


def test_a_served_supervisor_keeps_its_patterns_for_the_next_start(
    two_workers: tuple[subprocess.Popen[bytes], int], tmp_path: Path
) -> None:
    # Once its workers are warm, a child of the supervisor stores the patterns it
    # compiled (in the cache folder: here the data folder's); the next start puts
    # them back into re's cache instead of compiling them.
    import marshal
    import re

    from crampcare import pattern_cache

    found: list[Path] = []

    def stored_now() -> bool:
        found[:] = list(tmp_path.glob("cache/serve-patterns-*.marshal"))
        return bool(found)

    _wait(stored_now, 120)
    _wait(lambda: not list(tmp_path.glob("cache/serve-patterns-*.tmp")), 60)
    stored = found[0].read_bytes()
    table = marshal.loads(stored)
    assert table["tag"] == pattern_cache.tag() and len(table["patterns"]) > 100
    saved = dict(re._cache)  # type: ignore[attr-defined]
    try:
        re._cache.clear()  # type: ignore[attr-defined]
        # (as the server does: every stored pattern, which came from re's cache and fits it)
        assert len(table["patterns"]) <= re._MAXCACHE  # type: ignore[attr-defined]
        assert pattern_cache.restore(stored, share=1.0) == len(table["patterns"])
    finally:
        re._cache.clear()  # type: ignore[attr-defined]
        re._cache.update(saved)  # type: ignore[attr-defined]


def test_the_patterns_are_not_read_or_kept_with_the_fast_path_off(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from crampcare import fastpath, pattern_cache
    from crampcare.web import server

    monkeypatch.setattr(server, "patterns_file", lambda: str(tmp_path / "p.marshal"))
    (tmp_path / "p.marshal").write_bytes(b"stored")
    given: list[object] = []
    monkeypatch.setattr(pattern_cache, "restore", lambda stored, share: given.append(stored))
    monkeypatch.setenv(fastpath.SWITCH, "off")
    server._restore_patterns()
    assert server._keep_patterns() is None
    assert given == []
    monkeypatch.delenv(fastpath.SWITCH)
    server._restore_patterns()
    assert given == [b"stored"]
    (tmp_path / "p.marshal").unlink()
    server._restore_patterns()  # no file: the start compiles as before
    assert given == [b"stored"]
