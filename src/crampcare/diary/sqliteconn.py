"""How every crampcare connection to a SQLite diary is set up, and who may read the file.

One set of settings for the store (through SQLAlchemy), the quick ``log --now``
path and the fast readers (plain ``sqlite3``, which start in a fraction of the
time): WAL journal, ``synchronous=FULL`` so a commit that returned is on disk,
a busy timeout so two writers queue instead of failing, and a file only its
owner can read. No SQLAlchemy here.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

BUSY_TIMEOUT_MS = 10_000
DEFAULT_FILE = "diary.sqlite3"
_SIDE_FILES = ("-wal", "-shm")
_HEADER = b"SQLite format 3\x00"


def configure(dbapi_conn: Any) -> None:
    """Apply the diary's pragmas to a fresh driver connection (autocommit: we BEGIN ourselves)."""
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def connect(path: Path) -> sqlite3.Connection:
    """A plain ``sqlite3`` connection to an existing diary file, set up like the store's."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        configure(conn)
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def sqlite_file(url_or_path: str | Path | None) -> Path | None:
    """The SQLite file a ``--db`` value or the settings point at, if it is plainly one."""
    from crampcare import settings

    if url_or_path is not None and not str(url_or_path).strip():
        return None  # the full store explains that an empty --db names nothing
    value = str(url_or_path) if url_or_path else settings.get("db")
    if not value:
        return default_path()
    if value.startswith("sqlite:///"):
        value = value[len("sqlite:///") :]
        if "?" in value:
            return None
    elif "://" in value:
        return None
    return Path(value).expanduser()


def default_path() -> Path:
    from crampcare import settings

    return settings.data_dir() / DEFAULT_FILE


def create_private(path: Path) -> None:
    """Create an empty diary file readable by its owner only (0600), if none exists.

    A health diary is nobody else's business; SQLite gives its -wal and -shm
    files the same mode as the database file. An existing file of ours that
    others may read is made private too (``make_private``).
    """
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        make_private(path)
        return
    os.close(fd)
    _private_folder(path.parent)


def looks_like_sqlite(path: Path) -> bool:
    """True for an empty file (SQLite makes it a database) or one with SQLite's header.

    Raises OSError when the file cannot be read.
    """
    with path.open("rb") as f:
        return f.read(len(_HEADER)) in (b"", _HEADER)


def make_private(path: Path) -> None:
    """Make a diary made before files were private the owner's only (file 0600).

    Run on every open, the quick ``log --now`` included. Someone else's shared
    file is left alone, and so is any file that is not a SQLite database: a
    mistyped ``--db`` (``/etc/passwd``, a notes file) is refused by the caller,
    never changed. The folder becomes 0700 only when it is crampcare's own data
    folder: a ``--db`` in the person's home or a shared folder keeps its mode.
    """
    try:
        if not path.is_file() or not looks_like_sqlite(path):
            return
    except OSError:
        return
    uid = os.getuid()
    for suffix in ("", *_SIDE_FILES):
        part = path.with_name(path.name + suffix) if suffix else path
        try:
            info = part.stat()
            if info.st_uid == uid and info.st_mode & 0o077:
                part.chmod(0o600)
        except OSError:
            continue
    _private_folder(path.parent)


def _data_folder() -> Path:
    # settings.data_dir() without creating it (a check must not leave folders behind).
    from crampcare import settings

    configured = settings.get("data_dir")
    if configured:
        return Path(configured).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("crampcare", appauthor=False))


def _private_folder(folder: Path) -> None:
    try:
        if folder.resolve() != _data_folder().resolve():
            return
        info = folder.stat()
        if info.st_uid == os.getuid() and info.st_mode & 0o077:
            folder.chmod(0o700)
    except OSError:
        return
