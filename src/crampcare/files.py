"""Every file the program writes goes through ``write_atomic``: all of it, or the old file.

Exports, plans, reports, charts and calendar files are written to a temporary
file in the same folder, flushed to disk (fsync) and renamed over the target, so
a full disk or a crash leaves the previous file whole, never a truncated one.
New files are private (0600): they hold a person's health diary.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from crampcare.errors import CrampcareError

PRIVATE = 0o600
_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _why(path: Path, exc: OSError) -> CrampcareError:
    if exc.errno in _FULL:
        return CrampcareError(
            f"cannot write {path}: the disk is full (or your quota is used up); "
            "nothing was written and any earlier file is unchanged"
        )
    return CrampcareError(f"cannot write {path}: {exc.strerror or exc}")


def check_writable(path: Path) -> Path:
    """``path`` if a file could be written there; CrampcareError saying why not."""
    path = path.expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise CrampcareError(f"cannot write {path}: it is a folder (give a file name)")
    if not folder.is_dir():
        raise CrampcareError(f"cannot write {path}: the folder {folder} does not exist")
    return path


def write_atomic(path: Path, data: bytes, mode: int = PRIVATE) -> None:
    """Write ``data`` to ``path`` completely or not at all (see the module docstring)."""
    path = check_writable(path)
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise _why(path, exc) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            os.fchmod(fh.fileno(), mode)
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _why(path, exc) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    # The rename is durable once the folder is synced; some filesystems cannot.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
