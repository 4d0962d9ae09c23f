"""The catalogue of hostile inputs for the CLI bad-input harness (``test_bad_input.py``).

Each case is (name, argv). Placeholders in ``{}`` are filled in by the harness with
real paths: ``db`` (a diary with records), ``damaged`` (a diary whose tables were
altered), ``dir`` (an existing folder), ``file`` (an existing text file), ``missing``
(a folder that does not exist), ``noperm`` (a place the user may not write),
``nonutf8_json``/``nonutf8_csv`` (Latin-1 bytes), ``nested_json`` (100,000 levels
of arrays), ``huge_csv`` (a row with 3,000 actions), ``nul_csv``, ``markup`` (a
file name that is Rich markup), and for ``check --batch``: ``binary``, ``nul_text``,
``empty``, ``blank``, ``huge_line`` and JSON-lines files with a broken line, a line
without text, an array line, a bad id and an escaped NUL. A ``--batch`` case must
also write no results. Every case must exit 2 with a one-line message,
no traceback, and leave the diary unchanged.
"""

from __future__ import annotations

BIG = "9" * 5000  # a 5,000-digit number
I63 = str(2**63)
I31 = str(2**31)
NUL = "a\x00b"
MARKUP = "[/x]"
OLD = "0001-01-01T00:00:00+14:00"
FAR = "9999-12-31T23:59:59-12:00"

DB = ["--db", "{db}"]

CASES: list[tuple[str, list[str]]] = [
    # -- log ---------------------------------------------------------------------------
    ("log at year 1 with offset", ["log", "--at", OLD, *DB]),
    ("log at year 9999 with offset", ["log", "--at", FAR, *DB]),
    ("log at year 1", ["log", "--at", "0001-01-01 00:00", *DB]),
    ("log at empty", ["log", "--at", "", *DB]),
    ("log at markup", ["log", "--at", MARKUP, *DB]),
    ("log duration 0", ["log", "--now", "--duration", "0", *DB]),
    ("log duration 0s", ["log", "--now", "--duration", "0s", *DB]),
    ("log duration 5000 digits", ["log", "--now", "--duration", BIG, *DB]),
    ("log duration empty", ["log", "--now", "--duration", "", *DB]),
    ("log intensity 2^63", ["log", "--now", "--intensity", I63, *DB]),
    ("log intensity 5000 digits", ["log", "--now", "--intensity", BIG, *DB]),
    ("log intensity negative", ["log", "--now", "--intensity", "-1", *DB]),
    ("log where empty", ["log", "--now", "--where", "", *DB]),
    ("log where markup", ["log", "--now", "--where", MARKUP, *DB]),
    ("log side markup", ["log", "--now", "--side", "[bold]x", *DB]),
    ("log notes NUL", ["log", "--now", "--notes", NUL, *DB]),
    ("log notes too long", ["log", "--now", "--notes", "x" * 2001, *DB]),
    ("log 3000 actions", ["log", "--now", "--did", ",".join(["walk"] * 3000), *DB]),
    ("log action NUL", ["log", "--now", "--did", NUL, *DB]),
    ("log relief nan", ["log", "--now", "--relief-min", "nan", *DB]),
    ("log relief inf", ["log", "--now", "--relief-min", "inf", *DB]),
    ("log relief negative", ["log", "--now", "--relief-min", "-5", *DB]),
    ("log db sqlite memory", ["log", "--now", "--db", "sqlite://"]),
    ("log db sqlite :memory:", ["log", "--now", "--db", "sqlite:///:memory:"]),
    ("log db folder", ["log", "--now", "--db", "{dir}"]),
    ("log db in missing unwritable", ["log", "--now", "--db", "{noperm}/diary.sqlite3"]),
    ("log db not a database", ["log", "--now", "--db", "{file}"]),
    ("log db damaged schema", ["log", "--now", "--db", "{damaged}"]),
    ("log db unknown scheme", ["log", "--now", "--db", "mysql://x@y/z"]),
    ("log db unreachable postgres", ["log", "--now", "--db", "postgresql://u@127.0.0.1:1/x"]),
    ("log db empty", ["log", "--now", "--db", ""]),
    # -- day ---------------------------------------------------------------------------
    ("day year 1", ["day", "--date", "0001-01-01", "--stress", "1", *DB]),
    ("day year 9999", ["day", "--date", "9999-12-31", "--stress", "1", *DB]),
    ("day empty date", ["day", "--date", "", "--stress", "1", *DB]),
    ("day markup date", ["day", "--date", MARKUP, *DB]),
    ("day stress negative", ["day", "--stress", "-5", "--no-prompt", *DB]),
    ("day caffeine 5000 digits", ["day", "--caffeine", BIG, "--no-prompt", *DB]),
    ("day caffeine 2^63", ["day", "--caffeine", I63, "--no-prompt", *DB]),
    ("day fluids nan", ["day", "--fluids", "nan", "--no-prompt", *DB]),
    ("day custom empty name", ["day", "--custom", "=yes", "--no-prompt", *DB]),
    ("day custom empty", ["day", "--custom", "", "--no-prompt", *DB]),
    ("day custom nan", ["day", "--custom", "x=nan", "--no-prompt", *DB]),
    ("day custom 1e400", ["day", "--custom", "x=1e400", "--no-prompt", *DB]),
    ("day custom 1e300", ["day", "--custom", "x=1e300", "--no-prompt", *DB]),
    ("day custom NUL", ["day", "--custom", "a\x00b=yes", "--no-prompt", *DB]),
    ("day custom long name", ["day", "--custom", "x" * 41 + "=1", "--no-prompt", *DB]),
    ("day custom standard", ["day", "--custom", "stress=1", "--no-prompt", *DB]),
    (
        "day 31 customs",
        ["day", *[a for i in range(31) for a in ("--custom", f"f{i}=1")], "--no-prompt", *DB],
    ),
    ("day notes NUL", ["day", "--notes", NUL, "--no-prompt", *DB]),
    ("day damaged schema", ["day", "--stress", "1", "--no-prompt", "--db", "{damaged}"]),
    # -- diary show / edit / delete ------------------------------------------------------
    ("show id 2^63", ["diary", "show", I63, *DB]),
    ("show id 2^31", ["diary", "show", I31, *DB]),
    ("show id 5000 digits", ["diary", "show", BIG, *DB]),
    ("show id 0", ["diary", "show", "0", *DB]),
    ("show id negative", ["diary", "show", *DB, "--", "-1"]),
    ("show id markup", ["diary", "show", MARKUP, *DB]),
    ("show id empty", ["diary", "show", "", *DB]),
    ("show damaged schema", ["diary", "show", "1", "--db", "{damaged}"]),
    ("edit id 2^63", ["diary", "edit", I63, "--intensity", "3", *DB]),
    ("edit id 2^31", ["diary", "edit", I31, "--intensity", "3", *DB]),
    ("edit start year 1", ["diary", "edit", "1", "--at", OLD, *DB]),
    ("edit start year 9999", ["diary", "edit", "1", "--at", FAR, *DB]),
    ("edit duration 0", ["diary", "edit", "1", "--duration", "0", *DB]),
    ("edit notes NUL", ["diary", "edit", "1", "--notes", NUL, *DB]),
    ("edit intensity 11", ["diary", "edit", "1", "--intensity", "11", *DB]),
    ("edit nothing", ["diary", "edit", "1", *DB]),
    ("delete id 2^63", ["diary", "delete", I63, "--yes", *DB]),
    ("delete id 2^31", ["diary", "delete", I31, "--yes", *DB]),
    ("delete id 0", ["diary", "delete", "0", "--yes", *DB]),
    ("delete without yes", ["diary", "delete", "1", *DB]),
    # -- diary list ----------------------------------------------------------------------
    ("list since year 1", ["diary", "list", "--since", "0001-01-01", *DB]),
    ("list until year 9999", ["diary", "list", "--until", "9999-12-31", *DB]),
    ("list since markup", ["diary", "list", "--since", MARKUP, *DB]),
    ("list damaged schema", ["diary", "list", "--db", "{damaged}"]),
    ("list db sqlite memory", ["diary", "list", "--db", "sqlite://"]),
    # -- diary import --------------------------------------------------------------------
    ("import non-UTF-8 JSON", ["diary", "import", "{nonutf8_json}", *DB]),
    ("import non-UTF-8 CSV", ["diary", "import", "{nonutf8_csv}", *DB]),
    ("import deeply nested JSON", ["diary", "import", "{nested_json}", *DB]),
    ("import 3000 actions", ["diary", "import", "{huge_csv}", *DB]),
    ("import NUL in CSV", ["diary", "import", "{nul_csv}", *DB]),
    ("import a folder", ["diary", "import", "{dir}", "--format", "csv", *DB]),
    ("import missing file", ["diary", "import", "{missing}/x.csv", *DB]),
    ("import markup name", ["diary", "import", "{markup}", *DB]),
    ("import unknown format", ["diary", "import", "{file}", "--format", "xml", *DB]),
    ("import empty name", ["diary", "import", "", *DB]),
    ("import into damaged", ["diary", "import", "{good_csv}", "--db", "{damaged}"]),
    # -- diary export --------------------------------------------------------------------
    ("export to a folder", ["diary", "export", "-o", "{dir}", *DB]),
    ("export to missing folder", ["diary", "export", "-o", "{missing}/x.csv", *DB]),
    ("export no permission", ["diary", "export", "-o", "{noperm}/x.csv", *DB]),
    ("export markup missing", ["diary", "export", "-o", "{missing}/[/x].csv", *DB]),
    ("export unknown format", ["diary", "export", "-f", "xml", *DB]),
    ("export until year 9999", ["diary", "export", "--until", "9999-12-31", *DB]),
    ("export damaged", ["diary", "export", "--db", "{damaged}"]),
    # -- diary simulate ------------------------------------------------------------------
    ("simulate db memory", ["diary", "simulate", "--days", "30", "--db", "sqlite://"]),
    ("simulate plant junk", ["diary", "simulate", "--plant", "x=abc", *DB]),
    ("simulate days 0", ["diary", "simulate", "--days", "0", *DB]),
    # -- report --------------------------------------------------------------------------
    ("report to a folder", ["report", "-o", "{dir}", *DB]),
    ("report to missing folder", ["report", "-o", "{missing}/r.md", *DB]),
    ("report no permission", ["report", "-o", "{noperm}/r.txt", *DB]),
    ("report charts is a file", ["report", "--charts", "{file}", *DB]),
    ("report charts missing parent", ["report", "--charts", "{missing}/a/b", *DB]),
    ("report charts no permission", ["report", "--charts", "{noperm}/charts", *DB]),
    ("report since year 1", ["report", "--since", "0001-01-01", *DB]),
    ("report since markup", ["report", "--since", MARKUP, *DB]),
    ("report person 2^63", ["report", "--person", I63, *DB]),
    ("report pdf to screen", ["report", "-f", "pdf", *DB]),
    ("report damaged", ["report", "--db", "{damaged}"]),
    ("report db memory", ["report", "--db", "sqlite://"]),
    # -- plan ----------------------------------------------------------------------------
    ("plan answers non-UTF-8", ["plan", "-a", "{nonutf8_json}"]),
    ("plan answers nested", ["plan", "-a", "{nested_json}"]),
    ("plan answers missing", ["plan", "-a", "{missing}/a.json"]),
    ("plan answers folder", ["plan", "-a", "{dir}"]),
    ("plan answers markup", ["plan", "-a", "{markup}"]),
    ("plan output folder", ["plan", "-o", "{dir}"]),
    ("plan output missing folder", ["plan", "-o", "{missing}/p.txt"]),
    ("plan output no permission", ["plan", "-f", "ics", "-o", "{noperm}/p.ics"]),
    ("plan unknown format", ["plan", "-f", "docx"]),
    # -- check ---------------------------------------------------------------------------
    ("check answers non-UTF-8", ["check", "-a", "{nonutf8_json}"]),
    ("check answers nested", ["check", "-a", "{nested_json}"]),
    ("check answers missing", ["check", "-a", "{missing}/a.json"]),
    ("check answers folder", ["check", "-a", "{dir}"]),
    ("check answers markup", ["check", "-a", "{markup}"]),
    ("check batch missing file", ["check", "--batch", "{missing}/cases.jsonl"]),
    ("check batch folder", ["check", "--batch", "{dir}"]),
    ("check batch binary file", ["check", "--batch", "{binary}"]),
    ("check batch NUL bytes", ["check", "--batch", "{nul_text}"]),
    ("check batch non-UTF-8", ["check", "--batch", "{nonutf8_json}"]),
    ("check batch empty file", ["check", "--batch", "{empty}"]),
    ("check batch blank lines only", ["check", "--batch", "{blank}"]),
    ("check batch huge line", ["check", "--batch", "{huge_line}"]),
    ("check batch broken JSON line", ["check", "--batch", "{broken_jsonl}"]),
    ("check batch JSON without text", ["check", "--batch", "{no_text_jsonl}"]),
    ("check batch JSON array line", ["check", "--batch", "{array_jsonl}"]),
    ("check batch JSON bad id", ["check", "--batch", "{bad_id_jsonl}"]),
    ("check batch NUL escape", ["check", "--batch", "{nul_escape_jsonl}"]),
    ("check batch markup name", ["check", "--batch", "{markup}"]),
    ("check batch with text", ["check", "--batch", "{file}", "--text", "calf cramp"]),
    # -- ask -----------------------------------------------------------------------------
    ("ask top 0", ["ask", "--top", "0", "calf cramp"]),
    ("ask top 2^63", ["ask", "--top", I63, "calf cramp"]),
    ("ask mode junk", ["ask", "--mode", "[/x]", "calf cramp"]),
    # -- points --------------------------------------------------------------------------
    ("points code markup", ["points", MARKUP]),
    ("points view markup", ["points", "--view", MARKUP]),
    ("points svg folder", ["points", "--view", "hand", "--svg", "{dir}"]),
    ("points svg missing folder", ["points", "--view", "hand", "--svg", "{missing}/p.svg"]),
    ("points svg no permission", ["points", "--view", "hand", "--svg", "{noperm}/p.svg"]),
    # -- kb ------------------------------------------------------------------------------
    ("kb lint seeds missing", ["kb", "lint", "--seeds", "/nonexistent"]),
    ("kb lint seeds a file", ["kb", "lint", "--seeds", "{file}"]),
    ("kb show markup", ["kb", "show", MARKUP]),
    ("kb show empty", ["kb", "show", ""]),
    # -- now -----------------------------------------------------------------------------
    ("now plain where markup", ["now", "--plain", "--where", MARKUP]),
    ("now plain where empty", ["now", "--plain", "--where", ""]),
    ("now plain context junk", ["now", "--plain", "--context", "[bold]x"]),
    # -- accounts (clinic server; refused before the database is touched) -----------------
    ("accounts invite role markup", ["accounts", "invite", "--role", MARKUP, *DB]),
    ("accounts invite days 0", ["accounts", "invite", "--days", "0", *DB]),
    ("accounts invite days 5000 digits", ["accounts", "invite", "--days", BIG, *DB]),
    ("accounts admin name markup", ["accounts", "create-admin", MARKUP, "--password-stdin", *DB]),
    (
        "accounts admin empty password",
        ["accounts", "create-admin", "boss", "--password-stdin", *DB],
    ),
    ("accounts list on a folder", ["accounts", "list", "--db", "{dir}"]),
    ("serve multi-user on sqlite", ["serve", "--multi-user", *DB]),
    # -- serve (refused before it starts) ------------------------------------------------
    ("serve port 0", ["serve", "--port", "0"]),
    ("serve port 5000 digits", ["serve", "--port", BIG]),
]
