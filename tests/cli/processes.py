"""crampcare run as a separate process, the way a person's shell runs it.

The fast paths answer before Typer loads, so only a real process shows what they
print; every test that compares them with the app starts it here, with the same
environment.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from crampcare import fastpath

ROOT = Path(__file__).resolve().parents[2]


def crampcare_process(
    argv: Sequence[str],
    *,
    cache: Path | None = None,
    data: Path | None = None,
    fast: bool | None = None,
    flags: Sequence[str] = (),
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python [flags] -m crampcare argv`` from this tree's sources.

    ``cache``/``data``: the cache and data folders (a data folder also drops any
    ``CRAMPCARE_DB`` so the diary is the folder's); ``fast``: the fast path on or off
    (None leaves the switch as the environment has it).
    """
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        "COLUMNS": "80",
    }
    if cache is not None:
        env["CRAMPCARE_CACHE_DIR"] = str(cache)
    if data is not None:
        env["CRAMPCARE_DATA_DIR"] = str(data)
        env.pop("CRAMPCARE_DB", None)
    if fast is not None:
        env[fastpath.SWITCH] = "on" if fast else "off"
    return subprocess.run(
        [sys.executable, *flags, "-m", "crampcare", *argv],
        capture_output=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
