"""``check --text … --json`` and ``ask "…"`` answered before Typer, Click or Rich load.

Read by ``crampcare.fastpath`` for those two commands. Their answers cannot be
stored in advance (they read free text), but their front end can be skipped:
the options are read with the option table ``crampcare.cli.fastcache`` takes
from the Typer commands, the core answers exactly as the command would call it,
and the output is written as the command writes it (``print_json``'s JSON, or
``ask``'s plain text, which Rich prints unchanged when it holds no emoji code and
no control character). The parsed lexicon and red-flag YAML come from the same
table (``knowledge.files.preload``), so PyYAML stays unloaded too.

Conservative, like ``crampcare.fastlog``: an option it does not know, a value
that might be refused or read differently, a live terminal where ``check`` would
ask its confirming questions, any error in the core: it writes nothing and
returns False, and the real app runs and answers, errors and prompts included.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    Spec = dict[str, Any]

#: Each parameter of ``check`` and ``ask`` with the default this reader relies on:
#: a parameter added to a command, or a default changed, and the fast path steps aside.
CHECK_PARAMS: dict[str, object] = {
    "text": None,
    "answers": None,
    "as_json": False,
    "semantic": False,
    "batch": None,
}
ASK_PARAMS: dict[str, object] = {
    "<argument>": None,
    "k": 3,
    "as_json": False,
    "batch": False,
    "mode": None,
}


def serve(
    command: str, args: list[str], table: Spec, later: Callable[[], bytes | None] | None = None
) -> bool:
    """Answer ``check`` or ``ask`` and print it; False (nothing printed) to run the app.

    ``later``: where the documents kept beside the table may be had (``fastpath.load_later``).
    """
    import gc

    # One question, then the process ends: its few reference cycles can wait for the
    # exit. A collection here scans tens of thousands of young objects (models, the
    # lexicon's index) for nothing: 30-60 ms, 5-8 % of the answer. Peak memory is the
    # same with or without it, even for every dev_g description in one text (38 MB).
    gc.disable()
    try:
        served = _serve(command, args, table, later)
    finally:
        from crampcare import code_cache

        code_cache.uninstall()  # the kept dataclass code (``prepare``) only while loading
    if not served:
        gc.enable()  # the app runs as it always does
    return served


def _serve(
    command: str, args: list[str], table: Spec, later: Callable[[], bytes | None] | None
) -> bool:
    try:
        prepare(table, later)
        out = answer(command, args, table)
        data = None if out is None else out.encode("utf-8")
    except Exception:
        # The core refused the text, or something unforeseen: the app answers and
        # explains, with its own message and exit code.
        return False
    if data is None:
        return False
    import os

    # Straight to the file, not through Python's buffer: if the reader has gone
    # (``| head``), nothing is left pending, and the app meets the closed pipe itself
    # and reports it as it always does.
    sys.stdout.flush()
    fd = sys.stdout.fileno()
    try:
        while data:
            data = data[os.write(fd, data) :]
    except BrokenPipeError:
        return False
    return True


def answer(command: str, args: list[str], table: Spec, terminal: bool | None = None) -> str | None:
    """What the command prints for args, or None when the app should answer.

    ``terminal``: whether standard output is a terminal (found out when None).
    """
    if command == "check":
        spec = table.get("check")
        values = read(args, spec, CHECK_PARAMS, 0) if spec else None
        if values is None:
            return None
        return check_output(values)
    spec = table.get("ask")
    values = read(args, spec, ASK_PARAMS, 1) if spec else None
    if spec is None or values is None:
        return None
    if terminal is None:
        terminal = sys.stdout.isatty() or _forced_colour()
    return ask_output(values, spec.get("top_range"), terminal)


def prepare(table: Spec, later: Callable[[], bytes | None] | None = None) -> None:
    """Make the core's first run cheap: compiled patterns and parsed YAML from the
    table (and from ``later``, the documents kept beside it, if one is needed), and
    no search for pydantic plugins where the table found none."""
    from crampcare import pattern_cache

    # A one-question process: its patterns may fill most of re's cache (some 290 of
    # 512; at half of it, a few dozen compiled anew on every run).
    pattern_cache.restore(table.get("patterns"), share=0.9)
    if no_pydantic_plugins(table.get("plugin_free")):
        import os

        # Pydantic's documented switch. Unset, its first model reads the entry points of
        # every installed distribution (10-60 ms) to find plugins that are not there.
        os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    import marshal

    from crampcare.knowledge import files

    files.preload(marshal.loads(table["yaml"]))
    # The knowledge base's fingerprint, with the stamps of the files it hashed: ``ask``
    # finds its index without hashing them again while they are unchanged.
    files.preload_fingerprint(table.get("kb_fingerprint"))
    if later is not None:
        # The documents few answers read, unpacked only if one of them is (``fastpath.save``).
        files.preload_later(later)
    files.preload_checked(marshal.loads(table["checked"]))


def no_pydantic_plugins(plugin_free: list[tuple[str, tuple[int, int]]] | None) -> bool:
    """Whether pydantic would find no plugin: ``plugin_free`` holds the folders of the
    module search path, as they were when the table found no plugin in them.

    Installing or removing a distribution changes its folder's time, and a folder added
    to the path is not in the list: either way, pydantic looks for itself.
    """
    if not plugin_free:
        return False
    import os

    known = dict(plugin_free)
    for folder in sys.path:
        try:
            info = os.stat(folder)
            stamp = (info.st_size, info.st_mtime_ns)
        except OSError:
            stamp = (-1, -1)  # missing (python311.zip, often), as ``fastpath.stamp_of`` has it
        if known.get(folder) != stamp:
            return False
    return True


def check_output(values: dict[str, Any]) -> str | None:
    """``check --text … --json``'s output, or None (no text, plain text, other options)."""
    text = values["text"]
    if text is None or not text.strip() or not values["as_json"]:
        return None
    if values["answers"] is not None or values["batch"] is not None or values["semantic"]:
        return None
    from crampcare.assessment import assess
    from crampcare.intake import read_text
    from crampcare.typed import plain

    result = assess(read_text(text), from_text=True)
    return dumps(plain(result))


def ask_output(
    values: dict[str, Any], top_range: tuple[int, int] | None, terminal: bool
) -> str | None:
    """``ask "…"``'s output (JSON, or plain text off a terminal), or None.

    ``top_range``: the bounds of ``-k`` as the command checks them (None: unknown).
    """
    question = values["<argument>"]
    if question is None or values["batch"] or values["mode"] not in (None, "lexical"):
        return None
    k = values["k"]
    if isinstance(k, str):
        if not (k.isascii() and k.isdigit()):
            return None
        k = int(k)
    if top_range is None or not top_range[0] <= k <= top_range[1]:
        return None  # out of range, or bounds not understood: the app's to refuse
    as_json = bool(values["as_json"])
    if not as_json and terminal:
        return None  # Rich decides what a terminal gets
    from crampcare.search import Searcher

    result = Searcher().ask(question, k=k, mode="lexical")
    if as_json:
        return dumps(result.document())
    from crampcare.search.text import result_text

    text = result_text(result)
    return text + "\n" if rich_leaves_alone(text) else None


def dumps(data: Any) -> str:
    """``cli.common.print_json``'s text."""
    import json

    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"


def rich_leaves_alone(text: str) -> bool:
    """Whether Rich prints this text (no markup, soft wrap, no terminal) exactly as it is.

    Rich replaces emoji codes (``:pill:``) even without markup, expands tabs and drops
    control characters; text with none of them passes through unchanged.
    """
    import re

    if re.search(r":[^\s:]*:", text):
        return False
    return not any((ch < " " and ch != "\n") or ch == "\x7f" for ch in text)


def _forced_colour() -> bool:
    import os

    return any(name in os.environ for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE"))


def read(
    args: list[str], spec: Spec, expected: dict[str, object], arguments: int
) -> dict[str, Any] | None:
    """The options (and up to ``arguments`` positional values) as Click reads them, or None."""
    if spec["defaults"] != expected or spec["multiple"]:
        return None
    values: dict[str, Any] = dict(expected)
    options: dict[str, tuple[str, Any]] = spec["options"]
    seen: set[str] = set()
    positional: list[str] = []
    i = 0
    while i < len(args):
        token = args[i]
        i += 1
        if not token.startswith("-"):
            if not _utf8(token):
                return None
            positional.append(token)
            continue
        name, eq, inline = token.partition("=") if token.startswith("--") else (token, "", "")
        known = options.get(name)
        if known is None:
            return None  # "--", "-", a glued short option, a misspelling: the app's
        param, flag = known
        if param in seen:
            return None  # given twice: Click's rule, not worth guessing
        seen.add(param)
        if flag is not None:
            if eq:
                return None
            values[param] = flag
            continue
        if not eq:
            if i == len(args):
                return None
            inline = args[i]
            i += 1
        # A value that looks like an option, or is not plain text, is the app's to judge.
        if inline.startswith("-") or not _utf8(inline):
            return None
        values[param] = inline
    if len(positional) > arguments:
        return None
    if positional:
        values["<argument>"] = positional[0]
    return values


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeError:
        return False
    return True


def pattern_samples(table: Spec | None) -> None:
    """For ``pattern_cache.collect``, in a new process: answer its samples as the fast
    path does with ``table`` (the fast path's, just stored), then write every text
    pattern this process compiled (and the lexicon patterns' triggers, and the code of
    the dataclasses and named tuples it defined: ``code_cache``), marshalled, to
    standard output."""
    import marshal
    import re

    from crampcare.pattern_cache import SAMPLES, TRIGGERS, compiled, shared, tag, widen

    if table is None:
        raise SystemExit(1)
    widen()  # every pattern the samples compile is kept, however many
    from crampcare import code_cache

    # Before anything defines its dataclasses: their code is kept with the patterns.
    code_cache.install()
    prepare(table)
    for text in SAMPLES["check"]:
        answer("check", ["--text", text, "--json"], table)
    for question in SAMPLES["ask"]:
        answer("ask", [question], table, terminal=False)
    patterns = list(re._cache)  # type: ignore[attr-defined]
    if len(patterns) >= re._MAXCACHE:  # type: ignore[attr-defined]
        raise SystemExit(1)  # some were dropped: do not guess which
    found = compiled((pattern, flags) for _, pattern, flags in patterns)
    stored = {
        "tag": tag(),
        "patterns": found,
        "triggers": shared(TRIGGERS),
        "code": code_cache.kept(),
    }
    sys.stdout.buffer.write(marshal.dumps(stored))
