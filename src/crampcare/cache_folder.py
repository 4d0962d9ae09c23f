"""Where crampcare keeps derived, rebuildable data (the search index, the CLI's answers).

Built-in modules only: the command line's fast path (``crampcare.cli.fastpath``)
reads it before anything else loads. The folder is the platform's user cache
folder, as platformdirs finds it (``$XDG_CACHE_HOME/crampcare`` on Linux), unless
``CRAMPCARE_CACHE_DIR`` names one, or ``CRAMPCARE_DATA_DIR`` does (a data folder
given explicitly keeps everything together: a portable install, a test).
"""

from __future__ import annotations

import os
import sys

APP = "crampcare"


def user_cache_dir() -> str:
    """The platform's user cache folder for crampcare (platformdirs' user_cache_dir)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or os.path.expanduser("~\\AppData\\Local")
        return os.path.join(base, APP, "Cache")
    if sys.platform == "darwin":
        return os.path.join(os.path.expanduser("~/Library/Caches"), APP)
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    return os.path.join(xdg if xdg else os.path.expanduser("~/.cache"), APP)


def cache_root() -> str:
    """The cache folder in use (not created here)."""
    configured = os.environ.get("CRAMPCARE_CACHE_DIR", "")
    if configured:
        return os.path.expanduser(configured)
    data = os.environ.get("CRAMPCARE_DATA_DIR", "")
    if data:
        return os.path.join(os.path.expanduser(data), "cache")
    return user_cache_dir()
