"""``report --charts``: chart files, drawn once per diary state and then taken from a cache.

Outside the CLI package so that ``crampcare.fastreport`` can take charts from
the cache without loading the CLI.

Drawing the four charts as PNG and SVG with matplotlib costs seconds (its import
alone a third of a second), more than the rest of a report together. The charts
are drawn from the analysis alone (``charts.render_all``), so the same analysis
and code draw the same charts: they are kept in the user's cache folder, keyed by
a hash of exactly those inputs, and a report of an unchanged diary does not
import matplotlib at all. A change that changes the analysis, a new ``--since``,
a new crampcare or matplotlib (its ``_version.py``) makes a new key. The analysis
is hashed as its JSON
(tens of kilobytes), not the records behind it: hashing a 10-year diary's
records cost a tenth of a whole report. Only the newest few entries stay.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from crampcare.render.report_text import report_json

if TYPE_CHECKING:
    from crampcare.analysis.results import Analysis

KINDS: tuple[Literal["png", "svg"], ...] = ("png", "svg")
KEEP = 4


def _matplotlib() -> str:
    """The installed matplotlib's version, without importing it or ``importlib.metadata``.

    Its ``_version.py`` (written at install, one line) is read as text; ``metadata``
    (which imports the email package) was a sixth of a cached report's whole process.
    """
    from importlib.util import find_spec

    spec = find_spec("matplotlib")
    if spec is not None and spec.origin is not None:
        with contextlib.suppress(OSError):
            return (Path(spec.origin).parent / "_version.py").read_text(encoding="utf-8")
    from importlib import metadata  # another layout: ask the installed package's metadata

    return metadata.version("matplotlib")


def _key(result: Analysis, since: date | None) -> str:
    import crampcare
    from crampcare.render import charts

    digest = hashlib.sha256()
    code = Path(charts.__file__).stat()
    digest.update(
        f"{crampcare.__version__}|{_matplotlib()}|{code.st_mtime_ns}|"
        f"{code.st_size}|{since}".encode()
    )
    digest.update(json.dumps(report_json(result)).encode())
    return digest.hexdigest()[:32]


def chart_files(result: Analysis, since: date | None) -> dict[str, dict[str, bytes]]:
    """Chart bytes by kind and name: from the cache, or drawn now and cached."""
    found = cached(result, since)
    if found is not None:
        return found
    from crampcare import settings
    from crampcare.render.charts import render_all

    root = settings.cache_dir() / "charts"
    entry = root / _key(result, since)

    drawn: dict[str, dict[str, bytes]] = {kind: render_all(result, kind) for kind in KINDS}
    _store(root, entry, drawn)
    return drawn


def cached(result: Analysis, since: date | None) -> dict[str, dict[str, bytes]] | None:
    """The charts of exactly this analysis and period from the cache, or None."""
    from crampcare import settings

    entry = settings.cache_dir() / "charts" / _key(result, since)
    try:
        names = json.loads((entry / "charts.json").read_text(encoding="utf-8"))
        return {
            kind: {name: (entry / f"{name}.{kind}").read_bytes() for name in names}
            for kind in KINDS
        }
    except (OSError, ValueError):
        return None  # not drawn yet (or a damaged entry)


def _store(root: Path, entry: Path, drawn: dict[str, dict[str, bytes]]) -> None:
    # A cache that cannot be written only costs the next report its speed.
    from crampcare.files import write_atomic

    try:
        entry.mkdir(parents=True, exist_ok=True, mode=0o700)
        for kind, charts in drawn.items():
            for name, data in charts.items():
                write_atomic(entry / f"{name}.{kind}", data)
        # The manifest last: an entry without one is never read.
        names = sorted(drawn[KINDS[0]])
        write_atomic(entry / "charts.json", json.dumps(names).encode("utf-8"))
        entries = sorted(root.iterdir(), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[KEEP:]:
            shutil.rmtree(old, ignore_errors=True)
    except Exception:  # any failure here must not fail the report
        shutil.rmtree(entry, ignore_errors=True)
