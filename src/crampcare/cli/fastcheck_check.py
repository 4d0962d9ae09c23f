"""Before ``crampcare.fastcheck`` may answer ``check`` and ``ask``, it must agree with the app.

The fast reader's options come from the Typer commands and its answers from the
same core calls, but the way it writes them is its own code. So when the table is
built, a few requests run through the real app and through the fast reader; if
any output differs (a command that now prints something else), the table leaves
that command out and the app answers it until the two agree again.
"""

from __future__ import annotations

from typing import Any

from crampcare import fastcheck

PROBES: dict[str, tuple[tuple[str, ...], ...]] = {
    "check": (
        ("--text", "calf cramp at night, no swelling", "--json"),
        ("--json", "-t", "my left calf is swollen, red and hot since the long flight"),
        ("--text=sudden chest pain and I can't breathe", "--json"),
        ("--json", "--text", "cramps in both feet, I take a statin, 70 years old"),
    ),
    "ask": (
        ("is tonic water good for cramps?",),
        ("--json", "is tonic water good for cramps?"),
        ("what helps a cramp in the calf at night", "-k", "5"),
        ("my calf is swollen and hot, what should I do?", "--json", "--top", "2"),
    ),
}


def agreeing(table: dict[str, Any]) -> set[str]:
    """The commands (of ``check``, ``ask``) whose every probe the fast reader prints as the app."""
    found: set[str] = set()
    for command, probes in PROBES.items():
        try:
            if all(_same(command, list(probe), table) for probe in probes):
                found.add(command)
        except Exception:
            continue  # unproven: the app answers this command
    return found


def _same(command: str, args: list[str], table: dict[str, Any]) -> bool:
    from crampcare.cli import inprocess

    done = inprocess.run([command, *args])
    if done.code != 0 or done.stderr:
        return False
    fast = fastcheck.answer(command, args, table, terminal=False)
    return fast is not None and fast.encode("utf-8") == done.stdout
