"""Answer the 3 a.m. commands from a cache, before Typer, Rich or pydantic load.

Read by the entry point (``crampcare.__main__``) before the CLI face: importing
the ``crampcare.cli`` package would load Typer, so this module lives outside it.

The CLI has one definition: the Typer app. What it prints for ``--help`` and for
``now --plain`` / ``now --json`` depends only on the arguments, the terminal
width and crampcare's own files, so ``crampcare.cli.fastcache`` runs the real
app once for each of those requests and stores the bytes it printed, with the
options of ``now`` as Typer parsed them. This module reads that table and writes
the stored bytes; for anything it does not hold exactly, the real app runs.
``log --now`` is not stored but written: ``crampcare.fastlog`` reads it with the
option table of ``log`` and logs the episode, or leaves it to the app; ``check
--text … --json`` and ``ask`` are answered by the core through ``crampcare.fastcheck``.

Only the standard library's built-in modules are used here (``os``, ``sys``,
``marshal``; and ``mmap``, a small extension module, to read the table): importing
``typing``, ``re`` or ``json`` alone would cost a third of a bare interpreter's start-up.
The cache is checked against crampcare's files on every run (their sizes and times,
then their contents when those moved), so an edited command, template or knowledge
entry can never be answered from a stale table: any doubt means the real app.
"""

from __future__ import annotations

import marshal
import os
import sys

from crampcare.argv import option_pairs
from crampcare.cache_folder import cache_root

#: Bumped when the table's layout changes.
FORMAT = 5
#: The table's key for documents read by few answers or none (``later_file``).
LATER = "yaml_later"
#: ``CRAMPCARE_FASTPATH=off`` runs the Typer app for everything (the tests compare the two).
#: Registered in ``crampcare.settings`` (the "fastpath" setting) for the docs; read here
#: from the environment because importing the registry would cost the start-up it saves.
SWITCH = "CRAMPCARE_FASTPATH"
_SOURCES = (".py", ".yaml", ".yml", ".json", ".txt", ".md")
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    Table = dict[str, Any]


def package_dir() -> str:
    return os.path.dirname(os.path.abspath(__file__))


def cache_file() -> str:
    """Where the table lives: the user cache folder (see ``crampcare.cache_folder``)."""
    tag = f"{sys.implementation.cache_tag}-{FORMAT}"
    return os.path.join(cache_root(), f"cli-{tag}.marshal")


def stamp() -> list[tuple[str, int, int]]:
    """Name, size and modification time of each of crampcare's source and data files."""
    root = package_dir()
    found: list[tuple[str, int, int]] = []
    todo = [root]
    while todo:
        folder = todo.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        todo.append(entry.path)
                elif entry.name.endswith(_SOURCES):
                    info = entry.stat()
                    found.append((entry.path[len(root) :], info.st_size, info.st_mtime_ns))
    found.sort()
    return found


def stamp_of(paths: list[str]) -> list[tuple[int, int]]:
    """Size and modification time of each file (-1, -1 for a missing one)."""
    found = []
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            found.append((-1, -1))
        else:
            found.append((info.st_size, info.st_mtime_ns))
    return found


def digest(files: list[tuple[str, int, int]]) -> str:
    """A hash of the files' names and contents: the table's real version."""
    import hashlib

    root = package_dir()
    h = hashlib.blake2b(digest_size=16)
    for name, _, _ in files:
        with open(root + name, "rb") as fh:
            h.update(name.encode() + b"\0" + fh.read() + b"\0")
    return h.hexdigest()


def load() -> Table | None:
    """The table, if it was made from exactly the files installed now."""
    try:
        table = _read(cache_file())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(table, dict) or table.get("format") != FORMAT:
        return None
    if table.get("deps") != stamp_of(table.get("dep_files", [])):
        return None  # Typer was upgraded: its help may read differently
    files = stamp()
    if table.get("stamp") == files:
        return table
    # Touched but perhaps not changed (a checkout, a copy): the contents decide.
    if table.get("digest") == digest(files):
        table["stamp"] = files
        save(table)
        return table
    return None


def later_file() -> str:
    """Where the documents kept apart from the table live (see :func:`save`)."""
    return cache_file() + ".later"


def save(table: Table) -> None:
    """Store the table; its :data:`LATER` documents (when it holds them) go to a file of
    their own, stamped with the table's digest: most runs never read them (the semantic
    screen's bank, the glossaries of other languages), and every run reads the table."""
    later = table.get(LATER)
    if later is not None:
        _write(later_file(), {"digest": table.get("digest"), "yaml": later})
        table = {key: value for key, value in table.items() if key != LATER}
    _write(cache_file(), table)


def load_later(digest: object) -> bytes | None:
    """The documents :func:`save` kept apart for the table of this ``digest``, marshalled
    (``knowledge.files.preload``'s argument); None when they are missing or were stored
    for other files."""
    try:
        found = _read(later_file())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(found, dict) or digest is None or found.get("digest") != digest:
        return None
    blob = found.get("yaml")
    return blob if isinstance(blob, bytes) else None


def _read(path: str) -> Any:
    """A marshalled file's value, read from the file mapped into memory: ``marshal.load``
    of a file reads each large value into a buffer of its own first, and those copies
    (the 3 MB table, every run) cost more than the rest of reading it. ``ValueError``
    for an empty file, ``EOFError`` for one cut short."""
    import mmap

    with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
        return marshal.loads(data)


def _write(path: str, data: Any) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = f"{path}.{os.getpid()}.tmp"
    try:
        with open(tmp, "wb") as fh:
            marshal.dump(data, fh)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def terminal_width() -> int:
    """Click's help width: the terminal's columns (as shutil finds them), 80 at most, less 2."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())  # type: ignore[union-attr]
            measured = size.columns
        except (AttributeError, ValueError, OSError):
            measured = 0
        if columns <= 0:
            columns = measured or 80
    return max(min(columns, 80) - 2, 50)


def program_name() -> str:
    """The name Click shows in "Usage:" (``crampcare`` or ``python -m crampcare``)."""
    path = sys.argv[0]
    package = getattr(sys.modules["__main__"], "__package__", None)
    if not package:
        return os.path.basename(path)
    name = os.path.splitext(os.path.basename(path))[0]
    if name != "__main__":
        package = f"{package}.{name}"
    return f"python -m {package.lstrip('.')}"


def help_key(path: list[str], prog: str, width: int) -> str:
    return "\0".join([prog, str(width), *path])


def request(argv: list[str]) -> tuple[str, ...] | None:
    """What kind of request argv is, if the table may hold its answer."""
    if argv == ["--version"]:
        return ("version",)
    if argv and argv[-1] in ("-h", "--help") and not any(a.startswith("-") for a in argv[:-1]):
        return ("help", *argv[:-1])
    if argv and argv[0] == "now":
        return ("now",)
    if argv and argv[0] == "log" and "--now" in argv:
        return ("log",)
    free_text = any(a in ("--text", "-t") or a.startswith("--text=") for a in argv)
    if argv and argv[0] == "check" and "--json" in argv and free_text:
        return ("check",)
    if argv and argv[0] == "ask" and "--batch" not in argv:
        return ("ask",)
    return None


def now_key(args: list[str], spec: dict[str, Any]) -> str | None:
    """The table key for ``now`` with these options, parsed as Click parses them."""
    values: dict[str, Any] = dict(spec["defaults"])
    options: dict[str, tuple[str, Any]] = spec["options"]
    pairs = option_pairs(args, {name: flag is None for name, (_, flag) in options.items()})
    if pairs is None:
        return None
    for name, value in pairs:
        param, flag = options[name]
        values[param] = value if flag is None else flag
    if values["as_json"]:
        shape = "json"
    elif values["plain"] or not (sys.stdin.isatty() and sys.stdout.isatty()):
        shape = "plain"
    else:
        return None  # the live countdown: the real app
    return "\0".join(["now", str(values["where"]), str(values["context"]), shape]) + (
        "\0pregnant" if values["pregnant"] else ""
    )


def answer(argv: list[str], table: Table) -> bytes | None:
    """The stored output for argv, or None."""
    kind = request(argv)
    if kind is None:
        return None
    if kind[0] == "version":
        text: bytes | None = table.get("version")
        return text
    if kind[0] == "help":
        helps: dict[str, bytes] = table["help"]
        return helps.get(help_key(list(kind[1:]), program_name(), terminal_width()))
    outputs: dict[str, bytes] = table["now"]
    key = now_key(argv[1:], table["now_spec"])
    return None if key is None else outputs.get(key)


def run(argv: list[str]) -> str:
    """Write the stored answer for argv if there is one.

    Returns "served", "skip" (not a request the table holds: run the app),
    "miss" (the table is current but lacks this answer) or "stale" (no current
    table: run the app, then build one).
    """
    kind = request(argv)
    if kind is None or (sys.stdout.encoding or "").lower() not in ("utf-8", "utf8"):
        return "skip"
    if os.environ.get(SWITCH, "").lower() == "off":
        return "skip"
    table = load()
    if table is None:
        return "stale"
    if kind[0] == "log":
        # Not a stored answer: the episode is written now, or the app runs.
        from crampcare import fastlog

        return "served" if fastlog.serve(argv[1:], table.get("log")) else "miss"
    if kind[0] in ("check", "ask"):
        # Free text: answered now by the core, without the CLI's front end, or by the app.
        from crampcare import fastcheck

        digest = table.get("digest")
        served = fastcheck.serve(kind[0], argv[1:], table, lambda: load_later(digest))
        return "served" if served else "miss"
    out = answer(argv, table)
    if out is None:
        # The help of a known command at a new terminal width or under another program
        # name is worth adding; a misspelt command's is not (the app says it is unknown).
        known = kind[0] == "help" and any(
            k.split("\0")[2:] == list(kind[1:]) for k in table["help"]
        )
        return "stale" if known else "miss"
    sys.stdout.buffer.write(out)
    sys.stdout.flush()
    return "served"
