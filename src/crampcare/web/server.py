"""Run the web app under uvicorn: one process, or several that each own a socket.

With several workers, uvicorn shares one listening socket between them and
they race to accept each connection. Under a burst of new connections (a
clinic's morning, or wrk's 50) the race is lopsided: one run of the load
benchmark left 12 connections on one worker and 38 on the other, and every
question on the busy one waited three times as long. On Linux each worker
here binds its own socket with ``SO_REUSEPORT`` instead, and the kernel
spreads connections evenly by hashing their addresses (as nginx's
``reuseport`` does). Elsewhere, and for one worker, uvicorn runs as usual.

The supervisor imports the app's code once and forks the workers from itself
(``preload``): a worker is then ready as soon as it has built its app, instead of
starting an interpreter and importing everything again (about 1.5 s of CPU each,
several seconds each on a busy machine), and the imported code's pages are shared
until written. Before the fork it also builds what answering needs (ask's tables,
the red-flag reader: web/app.py's ``prepare``), so a worker is warm as it serves;
nothing that starts a thread is loaded before the fork: each worker opens tantivy,
then loads the semantic triage model in the background once it serves (web/app.py).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

APP = "crampcare.web.server:worker_app"
#: uvicorn settings shared by every way of running.
OPTIONS: dict[str, Any] = {"factory": True, "log_level": "warning", "access_log": False}
#: Workers that die before they serve, in a row of this many, make the supervisor give up.
#: (Counted by readiness, not by a time window: on a busy machine a worker that cannot
#: start may take longer than any window just to import, and was then restarted for ever.)
_MAX_EARLY_DEATHS = 5

log = logging.getLogger("crampcare.web")


def tune_gc() -> None:
    """Process-wide GC settings for a served worker (not for an app built in a test).

    Requests make short-lived objects and few cycles: collecting the young
    generation every 700 allocations put pauses into ask's p99 under load.
    """
    import gc

    gc.set_threshold(50_000, 20, 100)


#: How long a thread may hold the interpreter lock while another waits for it (Python's
#: default is 5 ms). A served worker's database threads wake for a few microseconds of
#: work each (a fetched row, a finished commit) while the event loop thread runs other
#: requests; at 5 ms each such wake-up could wait 5 ms for its turn, several times in
#: one request, and under a crowd several threads queued behind each other.
SWITCH_INTERVAL_S = 0.001


def tune_threads() -> None:
    """Process-wide thread switching for a served worker (not for an app built in a test)."""
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def worker_app() -> Any:
    """The app a uvicorn worker serves (its factory): ``create_app`` in a tuned process.

    deploy/systemd's service runs this factory, as ``serve`` does.
    """
    from crampcare.web import create_app

    tune_gc()
    tune_threads()
    return create_app()


def reuse_port_supported() -> bool:
    """Whether the kernel balances connections between sockets sharing a port."""
    return sys.platform.startswith("linux") and hasattr(socket, "SO_REUSEPORT")


def run(host: str, port: int, workers: int, tls: tuple[Any, Any] | None = None) -> None:
    """Serve until interrupted (Ctrl+C or SIGTERM); HTTPS with ``tls`` = (cert, key) files."""
    import uvicorn

    from crampcare.web.one_write import OneWriteProtocol

    if tls is not None or workers == 1 or not reuse_port_supported():
        ssl: dict[str, Any] = {"ssl_certfile": tls[0], "ssl_keyfile": tls[1]} if tls else {}
        uvicorn.run(
            APP, host=host, port=port, workers=workers, http=OneWriteProtocol, **OPTIONS, **ssl
        )
        return
    if not Supervisor(host, port, workers).run():
        from crampcare.errors import CrampcareError

        raise CrampcareError("the web app's workers keep failing to start; see the messages above")


def listening_socket(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` that other workers may bind too (SO_REUSEPORT)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    sock.listen(2048)
    return sock


def preload() -> None:
    """Import what every worker runs, in the supervisor, before it forks them.

    No thread may be running here (a fork copies only the thread that forks):
    the app starts its threads in each worker's lifespan. Frozen, the imported
    objects stay out of the workers' garbage collections, so their pages stay
    shared instead of being copied when a collection writes to them.
    """
    import gc

    _restore_patterns()
    # AnyIO's asyncio backend (ssl and its streams with it): Starlette loads it at the
    # first call it sends to a thread, which in a worker is the first /readyz (the
    # diary's query) or the first free-text check, 50 ms of CPU each time, in each.
    import anyio._backends._asyncio  # noqa: F401
    import uvicorn
    import uvicorn.loops.uvloop
    import uvicorn.protocols.http.httptools_impl  # noqa: F401

    import crampcare.web.one_write  # noqa: F401

    _restore_stored()
    from crampcare.web.app import prepare

    # Ask's tables, the red-flag reader and the answers' JSON writers, once here rather
    # than in each worker after it serves. Round s8 measured this as half a second later
    # to a 200 from /readyz, which then did not wait for the warm-up; what counts is
    # ready for people (the first question and check answered quickly), and with one
    # core busy the two workers shared one core for the same work twice: ready came
    # 0.96x the release's with it here, 1.12x with it in the workers (round s11).
    prepare()
    _preload_database()
    gc.freeze()


def _restore_stored() -> None:
    """What the CLI's fast path stored (``crampcare.fastpath``), when it is current: the
    compiled patterns, the lexicon's and red flags' parsed and validated documents.

    The table is versioned by every source and data file and by the parser that made
    it, and each document is found by its file's exact bytes (``fastcheck.prepare``, as
    a fast ``check`` that falls back to the app uses it). No table (no command run yet),
    a stale one, or the switch off: the start parses and compiles as before.
    """
    import os

    from crampcare import fastpath

    if os.environ.get(fastpath.SWITCH, "").lower() == "off":
        return
    table = fastpath.load()
    if table is None:
        return
    from crampcare import fastcheck

    try:
        fastcheck.prepare(table)
    except Exception:  # a damaged table costs only the time it would have saved
        return


def patterns_file() -> str:
    """Where the supervisor keeps the patterns it compiled (see ``_restore_patterns``)."""
    from crampcare.cache_folder import cache_root

    return os.path.join(cache_root(), f"serve-patterns-{sys.implementation.cache_tag}.marshal")


def _restore_patterns() -> None:
    """The regular expressions a supervisor compiled before, compiled in microseconds.

    Importing the app and reading the warm-up's text compiles some 400 patterns (the
    intake's most), a fifth of the CPU before the fork. The compiled code of each is
    kept in the cache folder once the workers are warm (``_keep_patterns``) and put
    back into ``re``'s cache here (``crampcare.pattern_cache``: found only by the
    pattern's exact text and flags, for the Python that stored it, checked before it
    was stored), so a pattern that changed, or a new one, is compiled as usual. The
    fast path's switch off, or no file: everything compiles as before.
    """
    from crampcare import fastpath, pattern_cache

    if os.environ.get(fastpath.SWITCH, "").lower() == "off":
        return

    try:
        with open(patterns_file(), "rb") as fh:
            stored = fh.read()
    except OSError:
        return
    # All of them: the table was taken from re's own cache, so it fits by construction (at
    # 95 % a table of 492, round s27's, left six patterns to compile at first use).
    pattern_cache.restore(stored, share=1.0)


def _keep_patterns() -> int | None:
    """Store the patterns this supervisor compiled that the file lacks, in a child of
    its own at the lowest priority (so neither the workers nor anyone else waits for
    it), once the workers are warm; the child's pid, or None."""
    from crampcare import fastpath

    if os.environ.get(fastpath.SWITCH, "").lower() == "off":
        return None
    try:
        child = os.fork()
    except OSError:
        return None
    if child:
        return child
    code = 0  # pragma: no cover (the child's coverage is not collected)
    try:  # pragma: no cover
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        # Nothing of the server's: no output, no inherited pipe held open.
        devnull = os.open(os.devnull, os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        os.closerange(3, 65536)
        os.nice(19)
        signal.alarm(120)
        _write_patterns(patterns_file())
    except BaseException:  # pragma: no cover
        code = 1
    os._exit(code)  # pragma: no cover


def _write_patterns(path: str) -> None:
    from crampcare import pattern_cache

    try:
        with open(path, "rb") as fh:
            stored: bytes | None = fh.read()
    except OSError:
        stored = None
    table = pattern_cache.kept(stored)
    if table is None:
        return
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as fh:
            fh.write(table)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _preload_database() -> None:
    """PostgreSQL's dialect, once here, when the diary is on PostgreSQL (a clinic).

    The diary's modules import it where they use it: a SQLite diary never does, and
    its import was a twentieth of the start before the workers were forked.
    """
    from crampcare.diary.db import resolve_url

    try:
        url = resolve_url()
    except Exception:  # a bad setting is reported where the diary is opened, as before
        return
    if url.startswith("postgres"):
        from crampcare.diary import pgfast

        pgfast.dialect()


#: In a forked worker: the workers' shared warm flags and this worker's slot in them
#: (set by the supervisor just before it forks the worker).
_slot: tuple[Any, int] | None = None


def _worker(host: str, port: int, ready: Any) -> None:
    import uvicorn

    if _slot is not None:
        from crampcare.web import app

        # /readyz says ready once every worker is warm: the kernel may hand the first
        # person's connection to either.
        app.SIBLINGS = app.Siblings(*_slot)

    # Forked from the supervisor: its signal handlers are not this worker's (uvicorn
    # sets its own once it runs; until then a SIGTERM or Ctrl+C simply stops it).
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.default_int_handler)

    class Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            if self.started:
                ready.set()  # serving: a death from now on is not a failure to start

    _stop_with(os.getppid())
    sock = listening_socket(host, port)
    from crampcare.web.one_write import OneWriteProtocol

    config = uvicorn.Config(APP, http=OneWriteProtocol, **OPTIONS)
    Server(config).run(sockets=[sock])


def _stop_with(parent: int) -> None:
    """Stop this worker (gracefully, by SIGTERM) once its supervisor is gone, even if killed.

    Otherwise a supervisor killed with SIGKILL leaves its workers serving, and
    holding the port, for ever.
    """

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, name="crampcare-parent-watch", daemon=True).start()


class Supervisor:
    """Starts the workers, restarts one that dies, stops them all on a signal."""

    def __init__(
        self,
        host: str,
        port: int,
        workers: int,
        target: Callable[[str, int, Any], None] = _worker,
    ) -> None:
        self.host, self.port, self.count, self.target = host, port, workers, target
        # Forked (Linux only, like SO_REUSEPORT): see preload().
        self.context = multiprocessing.get_context("fork")
        self.workers: list[tuple[Any, Any]] = []
        self.stopping = False
        self.gave_up = False
        self.early_deaths = 0
        #: Each worker's flag, set once it is warm for people (web/app.py's Siblings).
        self.warm = self.context.Array("b", workers, lock=False)

    def _start(self, slot: int) -> tuple[Any, Any]:
        """A new worker in ``slot`` and the event it sets once it serves."""
        global _slot
        ready = self.context.Event()
        self.warm[slot] = 0
        _slot = (self.warm, slot)  # copied into the worker by the fork
        try:
            process = self.context.Process(target=self.target, args=(self.host, self.port, ready))
            process.start()
        finally:
            _slot = None
        return process, ready

    def _stop(self, *_: Any) -> None:
        self.stopping = True

    def run(self) -> bool:
        """Serve until a signal (True), or until workers keep dying at start (False)."""
        if self.target is _worker:
            preload()
        previous = {sig: signal.signal(sig, self._stop) for sig in (signal.SIGTERM, signal.SIGINT)}
        keeper: int | None = None
        try:
            self.workers = [self._start(n) for n in range(self.count)]
            kept = self.target is not _worker  # only a real server's patterns are kept
            while not self.stopping:
                time.sleep(0.2)
                self._replace_dead()
                if not kept and all(self.warm):
                    kept = True
                    keeper = _keep_patterns()
                if keeper is not None and os.waitpid(keeper, os.WNOHANG)[0]:
                    keeper = None
        finally:
            self._shutdown()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
        return not self.gave_up

    def _replace_dead(self) -> None:
        for n, (process, ready) in enumerate(self.workers):
            if process.is_alive() or self.stopping:
                continue
            if ready.is_set():
                self.early_deaths = 0
            else:
                self.early_deaths += 1
                if self.early_deaths >= _MAX_EARLY_DEATHS:
                    self.stopping = self.gave_up = True
                    return
            log.warning("worker %s exited with %s; starting another", process.pid, process.exitcode)
            self.workers[n] = self._start(n)

    def _shutdown(self) -> None:
        for process, _ in self.workers:
            if process.is_alive():
                process.terminate()  # SIGTERM: uvicorn finishes open requests, then exits
        deadline = time.monotonic() + 10
        for process, _ in self.workers:
            process.join(max(0.1, deadline - time.monotonic()))
            if process.is_alive():
                process.kill()
                process.join()
