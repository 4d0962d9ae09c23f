"""``crampcare points``: the acupressure and self-massage atlas."""

from __future__ import annotations

from pathlib import Path

import typer

from crampcare.cli.common import console, domain_errors, fail, print_json


def register(app: typer.Typer) -> None:
    app.command("points")(points)


@domain_errors
def points(
    code: str | None = typer.Argument(None, help="Point code, e.g. BL57 (omit to list all)."),
    svg: Path | None = typer.Option(None, "--svg", help="Write a body diagram of the point here."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """The acupressure atlas: where each point is, how to press and for how long."""
    from crampcare.knowledge import load
    from crampcare.knowledge.export import entry_document
    from crampcare.knowledge.schema import Acupoint
    from crampcare.render.entry import entry_text, format_seconds

    kb = load()
    atlas = kb.of_kind(Acupoint)
    if code is None:
        if svg is not None:
            fail("--svg needs a point CODE")
        if as_json:
            print_json([entry_document(p) for p in atlas])
            return
        out = console()
        for p in atlas:
            dur = format_seconds(p.seconds, p.seconds_max)
            out.print(
                f"{p.code:<5} {p.pinyin:<14} {p.grade.value:<10} {dur:<10} {p.title}", markup=False
            )
        return
    entry = kb.get(code)
    if not isinstance(entry, Acupoint):
        fail(f"{code!r} is not an acupoint; try `crampcare points` for the list")
    if svg is not None:
        from crampcare.render.diagram import point_svg

        try:
            svg.write_text(point_svg([entry]), encoding="utf-8")
        except OSError as exc:
            fail(f"cannot write {svg}: {exc.strerror}")
        console().print(f"Wrote {svg}", markup=False)
        return
    if as_json:
        print_json(entry_document(entry))
    else:
        console().print(entry_text(entry), markup=False)
