"""Build the table ``crampcare.cli.fastpath`` answers from, by running the real app.

Every stored answer is what the Typer app printed for that request in this
process, so the fast path cannot say anything the app would not: it only skips
the imports. Built after a command that could have been answered from it (and
on demand by ``benchmarks/startup.py`` and the tests).
"""

from __future__ import annotations

import itertools
import marshal
from typing import Any

from crampcare import fastpath
from crampcare.cli import fastcheck_check, fastlog_check, inprocess
from crampcare.cli.inprocess import DEFAULT_WIDTH


def _invoke(args: list[str], prog: str, width: int = DEFAULT_WIDTH) -> bytes:
    done = inprocess.run(args, prog, width)
    if done.code != 0:
        raise RuntimeError(f"{args} exited {done.code}: {done.stderr[-300:]!r}")
    return done.stdout


def _paths(group: Any, ctx: Any, prefix: list[str]) -> list[list[str]]:
    """Every command path: [], ["now"], ["kb"], ["kb", "list"], ..."""
    paths = [prefix]
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if command is None or command.hidden:
            continue
        if hasattr(command, "list_commands"):
            paths += _paths(command, ctx, [*prefix, name])
        else:
            paths.append([*prefix, name])
    return paths


def now_spec(command: Any) -> dict[str, Any]:
    """How Click reads a command's options: option string -> (parameter, flag value or None).

    With each parameter's default and the names of those given more than once
    (``multiple``). Only options: a command with arguments is not read by the fast path.
    """
    options: dict[str, tuple[str, Any]] = {}
    defaults: dict[str, Any] = {}
    multiple: set[str] = set()
    for param in command.params:
        if param.param_type_name != "option" or param.name is None:
            defaults[f"<{param.param_type_name}>"] = None
            continue
        if param.name == "help":
            continue
        defaults[param.name] = param.default
        if param.multiple:
            multiple.add(param.name)
        for opt in param.opts:
            options[opt] = (param.name, True if param.is_flag else None)
        for opt in param.secondary_opts:
            options[opt] = (param.name, False)
    return {"options": options, "defaults": defaults, "multiple": multiple}


def log_spec(command: Any) -> dict[str, Any]:
    """What ``crampcare.fastlog`` reads ``log --now`` with, from the command and the models."""
    import dataclasses

    from crampcare.diary.entry import _DURATION
    from crampcare.diary.models import MAX_ITEM, Episode, EpisodeIn
    from crampcare.diary.sqliterows import INSERT_EPISODE
    from crampcare.vocabulary import DIARY_SIDES, PLACES, WOKE_BEFORE_HOUR, diary_location

    fields = EpisodeIn.model_fields
    limits = {name: _limits(field.metadata) for name, field in fields.items()}
    bounds = {n: (low, high) for n, (low, high, _) in limits.items() if low is not None}
    return {
        **now_spec(command),
        "places": {word: diary_location(word) for word in PLACES},
        "default_location": fields["location"].default,
        "sides": list(DIARY_SIDES),
        "default_side": fields["side"].default,
        "bounds": bounds,
        "max_items": min(limits["actions"][2], limits["helped"][2]),
        "max_item": MAX_ITEM,
        "max_notes": limits["notes"][2],
        "duration": (_DURATION.pattern, int(_DURATION.flags)),
        "woke_before": WOKE_BEFORE_HOUR,
        "insert": INSERT_EPISODE,
        "json_fields": [f.name for f in dataclasses.fields(Episode)],
    }


def _range(command: Any, name: str) -> tuple[int, int] | None:
    """The closed, unclamped integer range of one of a command's options (None: another kind)."""
    for param in command.params:
        if param.name != name:
            continue
        descriptor = getattr(param, "type_descriptor", None)
        info = getattr(descriptor, "parameter_info", None)
        low, high = getattr(info, "min", None), getattr(info, "max", None)
        # Clamped or open bounds accept values the fast reader would read differently.
        odd = any(getattr(info, flag, False) for flag in ("clamp", "min_open", "max_open"))
        if isinstance(low, int) and isinstance(high, int) and not odd:
            return low, high
    return None


def _limits(metadata: list[Any]) -> tuple[Any, Any, Any]:
    """A field's (ge, le, max_length) from its pydantic constraints."""
    found = {}
    for item in metadata:
        for name in ("ge", "le", "max_length"):
            if hasattr(item, name):
                found[name] = getattr(item, name)
    return found.get("ge"), found.get("le"), found.get("max_length")


def plugin_free() -> list[tuple[str, tuple[int, int]]] | None:
    """The module search path's folders with their stamps, if pydantic has no plugin in them.

    Read by ``crampcare.fastcheck.no_pydantic_plugins``; None when a plugin is installed.
    """
    import sys
    from importlib.metadata import entry_points

    folders = list(sys.path)
    stamps = fastpath.stamp_of(folders)
    # "" (the working folder, whichever it is then) cannot be stamped: no promise.
    if "" in folders or list(entry_points(group="pydantic")):
        return None
    return list(zip(folders, stamps, strict=True))


#: The data files whose parsed documents the fast ``check`` and ``ask`` are given.
PRELOADED = ("lexicon", "entries/red_flags.yaml")
#: Those of them a fast answer reads for few texts (the glossary of a language found in
#: the text) or none (the semantic screen's bank and exemplars: ``check --semantic``
#: is the app's): three quarters of the documents' bytes, kept out of the table that
#: every run reads, in a file unpacked on the first document not found in the table.
LATER = (
    "lexicon/glossaries.yaml",
    "lexicon/red_flag_bank.yaml",
    "lexicon/red_flag_exemplars.yaml",
)


def checked_documents() -> dict[tuple[str, bytes], bytes]:
    """The validated lexicon and red flags, for ``knowledge.files.preload_checked``."""
    from crampcare import flag_rules
    from crampcare.intake import lexicon

    return {**lexicon.checked_table(), **flag_rules.checked_table()}


def build(prog: str, width: int) -> fastpath.Table:
    """The whole table for this program name, at this help width and the usual one."""
    from crampcare.vocabulary import CONTEXTS, SESSION_PLACES

    files = fastpath.stamp()
    root = inprocess.command()
    ctx = root.make_context(prog, ["--help"], resilient_parsing=True)
    helps: dict[str, bytes] = {}
    for path, w in itertools.product(_paths(root, ctx, []), sorted({width, DEFAULT_WIDTH})):
        helps[fastpath.help_key(path, prog, w)] = _invoke([*path, "--help"], prog, w)
    now = root.get_command(ctx, "now")
    log = root.get_command(ctx, "log")
    check = root.get_command(ctx, "check")
    ask = root.get_command(ctx, "ask")
    assert now is not None and log is not None and check is not None and ask is not None
    outputs: dict[str, bytes] = {}
    for where, context, pregnant, shape in itertools.product(
        SESSION_PLACES,
        CONTEXTS,
        (False, True),
        ("plain", "json"),
    ):
        args = ["now", "--where", where, "--context", context, f"--{shape}"]
        key = "\0".join(["now", where, context, shape]) + ("\0pregnant" if pregnant else "")
        outputs[key] = _invoke(args + (["--pregnant"] if pregnant else []), prog)
    import typer
    import typer.core

    from crampcare.knowledge.files import marshalled, stamped_fingerprint, yaml_parser_file

    deps = [typer.__file__ or "", typer.core.__file__ or "", inprocess.formatting.__file__ or ""]
    # PyYAML too: the table holds documents it parsed.
    deps.append(yaml_parser_file())
    free_text: dict[str, Any] = {
        # The lexicon and the red flags, parsed: what `check` and `ask` read first.
        # One blob: the other fast answers load the table without unpacking it.
        "yaml": marshal.dumps(marshalled(*PRELOADED, skip=LATER)),
        # What they read for few texts or none, in a file of its own (``fastpath.save``).
        fastpath.LATER: marshal.dumps(marshalled(*LATER)),
        # The lexicon's and red flags' documents validated (pydantic) now, as plain
        # values, so the fast answers read them without pydantic.
        "checked": marshal.dumps(checked_documents()),
        "kb_fingerprint": stamped_fingerprint(),
        "check": now_spec(check),
        "ask": {**now_spec(ask), "top_range": _range(ask, "k")},
    }
    free_text["plugin_free"] = plugin_free()
    # Left out (the app answers) unless the fast reader agrees with the app.
    agreeing = fastcheck_check.agreeing(free_text)
    for command, params in (("check", check.params), ("ask", ask.params)):
        # An option read from the environment is one the fast reader cannot see.
        if command not in agreeing or any(getattr(p, "envvar", None) for p in params):
            free_text[command] = None
    return {
        **free_text,
        "format": fastpath.FORMAT,
        "dep_files": deps,
        "deps": fastpath.stamp_of(deps),
        "stamp": files,
        "digest": fastpath.digest(files),
        "version": _invoke(["--version"], prog),
        "help": helps,
        "now": outputs,
        "now_spec": now_spec(now),
        # Left out (the app answers) unless the fast reader agrees with the app.
        "log": spec if fastlog_check.agrees(spec := log_spec(log)) else None,
    }


def refresh() -> None:
    """Build and store the table for the program name and terminal of this run."""
    table = build(fastpath.program_name(), fastpath.terminal_width())
    old = fastpath.load()
    if old is not None and old.get("digest") == table["digest"]:
        # Same files: keep the answers for other program names and widths too.
        table["help"] = {**old["help"], **table["help"]}
    fastpath.save(table)
    if table.get("check") is not None or table.get("ask") is not None:
        from crampcare import pattern_cache

        # Found by answering with the table just saved, in a new process.
        patterns = pattern_cache.collect()
        if patterns is not None:
            table["patterns"] = patterns
            fastpath.save(table)
