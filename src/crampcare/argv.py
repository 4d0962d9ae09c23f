"""A command line's options split as Click splits them, for the fast paths that answer
before Click loads (``now``, ``log --now``, ``serve``): each judges the values itself."""

from __future__ import annotations


def option_pairs(args: list[str], takes_value: dict[str, bool]) -> list[tuple[str, str]] | None:
    """Each option in ``args`` with its value as Click splits them ("--name=value", or the
    next word; a flag's value is ""), or None for anything not plainly one of them: an
    unknown option, a flag given a value, a value missing. The fast paths that read a
    command's options (``now``, ``log --now``, ``serve``) judge the values themselves."""
    pairs = []
    i = 0
    while i < len(args):
        token = args[i]
        name, eq, value = token.partition("=") if token.startswith("--") else (token, "", "")
        if name not in takes_value:
            return None
        if not takes_value[name]:
            if eq:
                return None
        elif not eq:
            i += 1
            if i == len(args):
                return None
            value = args[i]
        pairs.append((name, value))
        i += 1
    return pairs
