"""``crampcare report`` to the screen, answered before Typer and Rich load.

The Typer command (``crampcare.cli.report``) stays the one definition of
``report``; this is a shortcut for its most common use, reading a SQLite diary
and printing the text or JSON report, that skips the CLI's imports (Typer, Click,
Rich and the app's other commands: about a third of a report's whole process).
It computes the report with the same functions, in the same order, and writes
the same bytes (``tests/cli/test_report_fast.py`` compares the two as separate
processes, the app run with ``CRAMPCARE_FASTPATH=off``).

It answers only what it is certain of: the options ``--db``, ``--person``,
``--since``, ``--format text|json`` and ``--charts`` (an existing folder, the
charts of this diary state already in the cache), each at most once, a diary the
quick reader takes (a SQLite file at the newest schema) and no record left out.
Anything else, and any error, runs the app, which explains: nothing is printed
before the whole report is ready (chart files, as in the app, come before it,
and the app writes the same bytes over them).
"""

from __future__ import annotations

import os
import sys

#: Option -> the app's parameter; a value always follows (as ``--opt V`` or ``--opt=V``).
_OPTIONS = {
    "--db": "db",
    "--person": "person",
    "--since": "since",
    "--format": "fmt",
    "-f": "fmt",
    "--charts": "charts",
}
_FORMATS = ("text", "json")


def _parse(args: list[str]) -> dict[str, str] | None:
    values: dict[str, str] = {}
    i = 0
    while i < len(args):
        name, eq, value = args[i].partition("=")
        if not name.startswith("--"):
            name, eq, value = args[i], "", ""  # ``-f=json`` is not Click's spelling
        param = _OPTIONS.get(name)
        if param is None or param in values:
            return None
        if not eq:
            i += 1
            if i == len(args):
                return None
            value = args[i]
        values[param] = value
        i += 1
    return values


def _report(values: dict[str, str]) -> str | None:
    """The report's text exactly as the app would print it, or None to let the app run."""
    fmt = values.get("fmt", "text")
    person_text = values.get("person", "1")
    if fmt not in _FORMATS or not (person_text.isascii() and person_text.isdigit()):
        return None
    person = int(person_text)
    if person < 1 or person_text != str(person):
        return None
    from pathlib import Path

    from crampcare.diary import quickread, sqliteconn

    charts = Path(values["charts"]) if "charts" in values else None
    if charts is not None and not charts.is_dir():
        return None  # the app makes the folder or says why it cannot

    start = None
    if "since" in values:
        from crampcare.diary.entry import parse_day

        start = parse_day(values["since"])
    path = sqliteconn.sqlite_file(values.get("db"))
    if path is None:
        return None
    problems: list[str] = []
    found = quickread.read_whole(path, person, start, problems)
    if found is None or problems:
        return None  # the app warns about what was left out
    from crampcare.analysis.person import analyse

    episodes, checkins = list(found[0]), list(found[1])
    result = analyse(episodes, checkins, since=start)
    if charts is not None:
        from crampcare.render.chart_cache import cached
        from crampcare.render.report_files import write_changed

        drawn = cached(result, start)
        if drawn is None:
            return None  # the first report of this diary state: the app draws them
        for kind, files in drawn.items():
            for name, data in files.items():
                write_changed(charts / f"{name}.{kind}", data)
    if fmt == "json":
        import json

        from crampcare.render.report_text import report_json

        return json.dumps(report_json(result), ensure_ascii=False, indent=2, default=str) + "\n"
    from crampcare.render.report_text import report_text

    text = report_text(result)
    return text if text.endswith("\n") else text + "\n"


def serve(args: list[str], switch: str) -> bool:
    """Print the report for ``report ARGS`` and say True, or say False: run the app."""
    if os.environ.get(switch, "").lower() == "off":
        return False
    if (sys.stdout.encoding or "").lower() not in ("utf-8", "utf8"):
        return False
    values = _parse(args)
    if values is None:
        return False
    import gc

    # No garbage collection while the report is made: a report lives for a fraction of
    # a second and makes almost no reference cycles, but imports numpy and reads
    # thousands of records, so each collection scans objects that live to the end
    # (a tenth of a 10-year report's CPU). Back on before the app runs, if it must.
    paused = gc.isenabled()
    gc.disable()
    try:
        text = _report(values)
    except Exception:
        return False  # the app says what is wrong, in its words
    finally:
        if paused:
            gc.enable()
    if text is None or "\x1b" in text:
        return False  # Click would strip escape codes off a pipe; leave that to it
    sys.stdout.write(text)
    return True
