"""``crampcare`` and ``python -m crampcare``: the stored answer if there is one, else the CLI.

Outside the ``crampcare.cli`` package on purpose: importing that package loads
Typer. Until it knows the app must run, this uses built-in modules only (see
``crampcare.fastpath``).
"""

from __future__ import annotations

import sys


def main() -> None:
    """Console-script entry point."""
    from crampcare import fastpath

    argv = sys.argv[1:]
    if argv[:1] == ["report"]:
        from crampcare import fastreport

        if fastreport.serve(argv[1:], fastpath.SWITCH):
            return
    found = fastpath.run(argv)
    import gc

    if found == "served":
        # The answer is out and the process ends. Its exit would collect every object
        # it made, twice over (the lexicon, its patterns, the ask index: 7 % of `ask`'s
        # CPU) to find cycles the operating system frees anyway; frozen objects are
        # left out of those collections. Nothing is written or closed by them: the
        # answer went straight to the file, and the standard streams are flushed at
        # exit as before.
        gc.freeze()
        return

    # A command lives for a fraction of a second and makes few reference cycles, but
    # loads thousands of objects (models, the index's vocabulary): collecting the young
    # generation every 700 allocations cost `crampcare ask` 10-30 ms of its start-up.
    gc.set_threshold(50_000, 20, 100)
    if argv[:1] == ["serve"]:
        # The web app's plain start, without the CLI's front end (web/fastserve.py).
        from crampcare.web import fastserve

        if fastserve.serve(argv[1:], fastpath.SWITCH):
            return
    from crampcare.cli.app import app

    try:
        app()
    finally:
        if found == "stale":
            _refresh()


def _refresh() -> None:
    """Store the answers for next time, after this run's output is out."""
    sys.stdout.flush()
    try:
        from crampcare.cli import fastcache

        fastcache.refresh()
    except Exception:
        # Only speed is lost: the next run asks the app again. Never fail a command
        # that already answered because a cache folder is read-only or full.
        pass


if __name__ == "__main__":
    main()
