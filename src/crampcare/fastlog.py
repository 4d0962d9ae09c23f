"""``crampcare log --now …`` written before Typer, Click or pydantic load.

Read by ``crampcare.fastpath`` when the command is ``log --now``. The options,
the places, sides, limits, the duration grammar and the INSERT statement come
from the table ``crampcare.cli.fastcache`` builds from the Typer command and
the diary's models (checked against crampcare's files on every run), so there
is one definition of each. What this module adds is a conservative reading of
the values: it accepts only what the real command certainly accepts and stores
the very row it would store, and for anything else (an unknown or repeated-odd
option, a value that might be refused, another kind of diary, a busy diary) it
writes nothing and returns False, so the real command runs and answers as always,
errors included. ``tests/cli/test_fastlog.py`` runs a table of argument lists
through both and compares output, exit code and stored row.
"""

from __future__ import annotations

import sys

from crampcare.argv import option_pairs

TYPE_CHECKING = False
if TYPE_CHECKING:
    from datetime import datetime
    from typing import Any

    Spec = dict[str, Any]

#: Each parameter of ``log`` this reader understands, with the default it relies on.
#: A parameter added to the command, or a default changed, and the fast path steps aside.
PARAMS: dict[str, object] = {
    "now": False,
    "at": None,
    "where": None,
    "side": None,
    "intensity": None,
    "duration": None,
    "woke": None,
    "did": [],
    "helped": [],
    "relief": None,
    "notes": None,
    "as_json": False,
    "prompt": None,
    "db": None,
}
_MULTIPLE = {"did", "helped"}


def serve(args: list[str], table: Spec | None) -> bool:
    """Log the episode and print what ``log`` prints; False (nothing done) to run the app."""
    if table is None:
        return False
    from datetime import datetime

    started = datetime.now().replace(microsecond=0)
    try:
        ready = prepare(args, table, started)
        if ready is None:
            return False
        db, fields, as_json = ready
        params = row(fields)
        acknowledgement(fields, 0, table, as_json)  # any surprise shows before the write
    except Exception:
        # A table or an argument this reader did not foresee: nothing is written yet,
        # and the app says what it says about it.
        return False
    from crampcare.diary import quicklog

    try:
        new_id = quicklog.insert(db, table["insert"], params)
    except quicklog.Busy:
        return False  # the app waits once more, then says the diary is busy
    if new_id is None:
        return False
    sys.stdout.write(acknowledgement(fields, new_id, table, as_json))
    sys.stdout.flush()
    return True


def prepare(
    args: list[str], table: Spec, started: datetime
) -> tuple[str | None, dict[str, Any], bool] | None:
    """The diary named, the episode's fields and --json; None when the app should answer."""
    if table["defaults"] != PARAMS or table["multiple"] != _MULTIPLE:
        return None
    values = parse(args, table)
    if values is None or not values["now"] or values["at"] is not None:
        return None
    fields = episode(values, table, started)
    if fields is None:
        return None
    return values["db"], fields, bool(values["as_json"])


def acknowledgement(fields: dict[str, Any], new_id: int, table: Spec, as_json: bool) -> str:
    """What ``log`` prints once the episode is stored: a line, or the episode as JSON."""
    started = fields["started_at"]
    if not as_json:
        return f"Logged episode {new_id} ({describe(fields, started)}).\n"
    import json

    stored = {**fields, "started_at": started.isoformat(), "id": new_id, "person_id": 1}
    data = {name: stored[name] for name in table["json_fields"]}
    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"


def parse(args: list[str], table: Spec) -> dict[str, Any] | None:
    """The options as Click reads them, or None for anything not plainly one of them."""
    values: dict[str, Any] = {
        name: list(v) if isinstance(v, list) else v for name, v in PARAMS.items()
    }
    options: dict[str, tuple[str, Any]] = table["options"]
    pairs = option_pairs(args, {name: flag is None for name, (_, flag) in options.items()})
    if pairs is None:
        return None
    for name, value in pairs:
        param, flag = options[name]
        if flag is not None:
            values[param] = flag
        # A value that looks like an option, or is not plain text, is the app's to judge.
        elif value.startswith("-") or not _utf8(value):
            return None
        elif param in _MULTIPLE:
            values[param].append(value)
        else:
            values[param] = value
    return values


def episode(values: dict[str, Any], table: Spec, started: datetime) -> dict[str, Any] | None:
    """The episode's fields as ``EpisodeIn`` would hold them, or None if it might refuse them."""
    limits: dict[str, tuple[float, float]] = table["bounds"]
    fields: dict[str, Any] = {"started_at": started, "duration_s": None}
    where = values["where"]
    if where is None:
        fields["location"] = table["default_location"]
    else:
        key = where.strip().lower().replace("-", "_").replace(" ", "_")
        if key not in table["places"]:
            return None
        fields["location"] = table["places"][key]
    side = table["default_side"] if values["side"] is None else values["side"].strip().lower()
    if side not in table["sides"]:
        return None
    fields["side"] = side
    fields["intensity"] = _number(values["intensity"], int, limits["intensity"])
    if fields["intensity"] is False:
        return None
    if values["duration"] is not None:
        seconds = _duration(values["duration"], table["duration"])
        low, high = limits["duration_s"]
        if seconds is None or not low <= seconds <= high:
            return None
        fields["duration_s"] = seconds
    woke = values["woke"]
    fields["woke"] = started.hour < table["woke_before"] if woke is None else woke
    for param, name in (("did", "actions"), ("helped", "helped")):
        items = [part.strip() for v in values[param] for part in v.split(",") if part.strip()]
        if len(items) > table["max_items"] or any(len(v) > table["max_item"] for v in items):
            return None
        fields[name] = items
    fields["minutes_to_relief"] = _number(values["relief"], float, limits["minutes_to_relief"])
    if fields["minutes_to_relief"] is False:
        return None
    notes = values["notes"] or ""
    if len(notes) > table["max_notes"]:
        return None
    fields["notes"] = notes
    return fields


def row(fields: dict[str, Any]) -> tuple[object, ...]:
    """The INSERT's parameters, as ``sqliterows.sqlite_episode`` makes them."""
    import json

    return (
        1,
        fields["started_at"].isoformat(" ", "microseconds"),
        fields["duration_s"],
        fields["location"],
        fields["side"],
        fields["intensity"],
        int(fields["woke"]),
        json.dumps(fields["actions"]) if fields["actions"] else "[]",
        json.dumps(fields["helped"]) if fields["helped"] else "[]",
        fields["minutes_to_relief"],
        fields["notes"],
    )


def describe(fields: dict[str, Any], started: datetime) -> str:
    """``cli.diary_common.describe`` for these fields."""
    parts = [started.strftime("%Y-%m-%d %H:%M"), fields["location"]]
    if fields["side"] != "none":
        parts.append(fields["side"])
    if fields["intensity"] is not None:
        parts.append(f"{fields['intensity']}/10")
    return ", ".join(parts)


def _number(text: str | None, kind: type, bounds: tuple[float, float]) -> Any:
    """A plain decimal number within bounds, None when not given, False to step aside."""
    if text is None:
        return None
    digits = text.replace(".", "", 1) if kind is float else text
    if not (digits.isascii() and digits.isdigit()):
        return False
    value = kind(text)
    return value if bounds[0] <= value <= bounds[1] else False


def _duration(text: str, grammar: tuple[str, int]) -> int | None:
    """``entry.parse_duration``'s seconds for a duration it accepts, else None."""
    import math
    import re

    match = re.match(grammar[0], text, grammar[1])
    if not match:
        return None
    amount = float(match.group(1))
    unit = (match.group(2) or "s").lower()
    factor = 3600 if unit.startswith("h") else 60 if unit.startswith("m") else 1
    if not math.isfinite(amount * factor):
        return None
    seconds = round(amount * factor)
    return seconds if seconds >= 1 else None


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeError:
        return False
    return True
