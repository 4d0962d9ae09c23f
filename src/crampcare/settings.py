"""One registry of settings: name, environment variable, default and help.

The CLI's options, their validation and docs/settings.md are driven from here,
so a setting cannot exist in one place and be missing in another.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Imported where a folder is made: pathlib (with urllib.parse and ipaddress) is
    # 2-5 ms that ``check --text`` does not need to read a setting.
    from pathlib import Path


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "data_dir",
        "CRAMPCARE_DATA_DIR",
        "",
        "Folder for crampcare's data (the diary database, TLS files). "
        "Default: the platform's user data folder.",
    ),
    Setting(
        "cache_dir",
        "CRAMPCARE_CACHE_DIR",
        "",
        "Folder for derived data that is rebuilt when missing (search index, knowledge-base "
        "and command-line caches). Default: the cache folder inside the data folder when "
        "CRAMPCARE_DATA_DIR is set, else the platform's user cache folder "
        "($XDG_CACHE_HOME/crampcare on Linux).",
    ),
    Setting(
        "db",
        "CRAMPCARE_DB",
        "",
        "Diary database: a file path (SQLite) or a database URL "
        "(sqlite:///..., postgresql://...). Default: diary.sqlite3 in the data folder.",
    ),
    Setting(
        "semantic_triage",
        "CRAMPCARE_SEMANTIC_TRIAGE",
        "on",
        "The second triage channel (sentence embeddings against red-flag descriptions; "
        "needs the semantic extra): on or off. When on, serve loads it at start-up and "
        "check uses it with --semantic.",
    ),
    Setting(
        "neighbour_triage",
        "CRAMPCARE_NEIGHBOUR_TRIAGE",
        "on",
        "The word triage channel (the nearest labelled blind vignettes by shared words "
        "and letters; no extra needed, fast): on or off. When on, every free-text check "
        "(check --text and --batch, the web check and API, ask's red-flag screen) may add "
        "the settling question of the red flag the nearest vignettes name; it never "
        "lowers a level.",
    ),
    Setting(
        "allow_hosts",
        "CRAMPCARE_ALLOW_HOSTS",
        "",
        "Host names and addresses the web app answers to besides localhost, 127.0.0.1 "
        "and [::1], separated by commas (`serve --allow-host` adds to them, and serve "
        "adds the address it listens on). Requests naming any other host get a 400, "
        "which stops DNS-rebinding pages.",
    ),
    Setting(
        "log_format",
        "CRAMPCARE_LOG_FORMAT",
        "text",
        "How the web app logs: text (warnings and errors only, for one person's terminal) "
        "or json (one JSON line per request and per message on standard error, with a "
        "request id, method, path, status and duration, and no personal data; for a "
        "clinic's server).",
    ),
    Setting(
        "fastpath",
        "CRAMPCARE_FASTPATH",
        "on",
        "off: every command runs through the full command-line app, never the quick "
        "start-up path (same output, slower start; the tests compare the two). Read by "
        "the start-up path itself, which cannot afford to import this registry.",
    ),
    Setting(
        "multi_user",
        "CRAMPCARE_MULTI_USER",
        "off",
        "on: the web app is a clinic server (`serve --multi-user`): accounts by "
        "invitation, a diary per person, sharing with clinicians by consent. Needs a "
        "PostgreSQL `db`; create the first admin with `crampcare accounts create-admin`.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> str:
    """The value of a setting: its environment variable if set, else its default."""
    setting = _BY_NAME[name]
    return os.environ.get(setting.env, setting.default)


def allowed_hosts() -> list[str]:
    """The extra host names the web app answers to (the allow_hosts setting)."""
    return [h.strip() for h in get("allow_hosts").split(",") if h.strip()]


def multi_user() -> bool:
    """Whether the web app runs as a clinic server (the multi_user setting)."""
    return get("multi_user").strip().lower() in ("on", "1", "true", "yes")


def data_dir() -> Path:
    """The folder for crampcare's data, created on first use."""
    from pathlib import Path

    configured = get("data_dir")
    if configured:
        path = Path(configured).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("crampcare", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    """Derived, rebuildable data (knowledge-base and search caches), created on first use."""
    from pathlib import Path

    from crampcare.cache_folder import cache_root

    path = Path(cache_root())
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_reference() -> str:
    """The Markdown of docs/settings.md, from the registry."""
    lines = [
        "# Settings",
        "",
        "Generated from `crampcare.settings.SETTINGS` by `python scripts/gen_docs.py`.",
        "Each setting is an environment variable; some commands also take it as an option.",
        "",
        "| setting | environment variable | default | what it does |",
        "|---|---|---|---|",
    ]
    for s in SETTINGS:
        lines.append(f"| `{s.name}` | `{s.env}` | {s.default or '(see text)'} | {s.help} |")
    return "\n".join(lines) + "\n"
