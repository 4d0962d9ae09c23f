"""``crampcare kb``: browse and export the knowledge base."""

from __future__ import annotations

import typer

from crampcare.cli.common import console, domain_errors, fail, print_json

app = typer.Typer(
    help="Browse the evidence-graded knowledge base.",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.command("list")
@domain_errors
def list_(
    kind: str | None = typer.Option(None, "--kind", "-k", help="Only entries of this kind."),
    grade: str | None = typer.Option(None, "--grade", "-g", help="Only entries of this grade."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """List entries (id, kind, grade, title)."""
    from crampcare.knowledge import load
    from crampcare.knowledge.export import entry_summary
    from crampcare.knowledge.schema import KINDS, Cause
    from crampcare.vocabulary import Grade

    if kind is not None and kind not in KINDS:
        fail(f"unknown kind {kind!r}; use one of: {', '.join(KINDS)}")
    if grade is not None and grade not in {g.value for g in Grade}:
        fail(f"unknown grade {grade!r}; use one of: {', '.join(g.value for g in Grade)}")
    entries = load().select(kind=kind, grade=grade)
    if as_json:
        print_json([entry_summary(e) for e in entries])
        return
    from rich.table import Table

    table = Table("id", "kind", "grade", "title", box=None, pad_edge=False)
    for e in entries:
        # A cause has no treatment grade: the column shows how strong its link is.
        rating = (
            e.grade.value if e.grade else (f"link: {e.link.value}" if isinstance(e, Cause) else "-")
        )
        table.add_row(e.id, e.kind, rating, e.title)
    out = console()
    out.print(table)
    out.print(f"{len(entries)} entries")


@app.command("show")
@domain_errors
def show(
    entry_id: str = typer.Argument(..., metavar="ID", help="Entry id (see `kb list`)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Show one entry in full: text, grade, evidence, cautions and sources."""
    from crampcare.knowledge import load
    from crampcare.knowledge.export import entry_document
    from crampcare.render.entry import entry_text

    entry = load().get(entry_id)
    if as_json:
        print_json(entry_document(entry))
    else:
        console().print(entry_text(entry, developer=True), markup=False)


@app.command("export")
@domain_errors
def export(
    as_json: bool = typer.Option(True, "--json/--no-json", help="JSON (the only format)."),
) -> None:
    """The whole knowledge base as one JSON document (a stable interface)."""
    from crampcare.knowledge import load
    from crampcare.knowledge.export import export_document

    if not as_json:
        fail("only --json export is supported")
    print_json(export_document(load()))


@app.command("lint")
@domain_errors
def lint_(
    seeds: str | None = typer.Option(
        None, "--seeds", help="Folder of the seed articles, for the copy and coverage checks."
    ),
) -> None:
    """Check the knowledge base; exit 1 when there are problems."""
    from pathlib import Path

    from crampcare.knowledge import load
    from crampcare.knowledge.lint import lint

    if seeds is not None and not Path(seeds).is_dir():
        # Linting without the articles would report "0 problems" for checks never run.
        fail(f"--seeds {seeds}: no such folder (the seed articles' folder is expected)")
    problems = lint(load(), Path(seeds) if seeds else None)
    out = console()
    for p in problems:
        out.print(str(p), markup=False)
    out.print(f"{len(problems)} problems")
    if problems:
        raise typer.Exit(1)
