"""``crampcare points``: the acupressure and self-massage atlas."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from crampcare.cli.common import console, domain_errors, fail, print_json

if TYPE_CHECKING:  # typing only: the CLI imports the core inside commands
    from crampcare.knowledge.schema import Acupoint


def register(app: typer.Typer) -> None:
    app.command("points")(points)


@domain_errors
def points(
    code: str | None = typer.Argument(
        None, help="Point code or name, e.g. BL57, Chengshan, Wei-zhong (omit to list all)."
    ),
    svg: Path | None = typer.Option(
        None, "--svg", help="Write a body diagram of the point (or of --view) to this file."
    ),
    view: str | None = typer.Option(
        None,
        "--view",
        help="Only points on this diagram: back, front, outer, inner, face (hand: Su Jok zones).",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """The acupressure atlas: where each point is, how to press it and for how long.

    Without CODE, lists every point. With CODE (a WHO code like BL57, or any
    name or spelling the source articles use), shows that point. --svg draws it
    on a body diagram.
    """
    from crampcare.knowledge import load
    from crampcare.knowledge.atlas import find_point, point_uses
    from crampcare.knowledge.export import entry_document
    from crampcare.knowledge.schema import Acupoint
    from crampcare.render.diagram import VIEWS

    if view is not None and view not in VIEWS:
        fail(f"unknown view {view!r}; use one of {', '.join(VIEWS)}")
    kb = load()
    if code is None:
        atlas = [p for p in kb.of_kind(Acupoint) if view is None or p.diagram.view == view]
        if svg is not None:
            if view is None:
                fail("--svg needs a point CODE or a --view")
            _write_svg(svg, atlas, view)
            return
        if view == "hand" and not as_json:
            console().print(
                "The hand view shows the Su Jok finger zones (no points): "
                "crampcare points --view hand --svg FILE",
                markup=False,
            )
            return
        if as_json:
            print_json([entry_document(p) for p in atlas])
            return
        _print_list(atlas)
        return

    point = find_point(kb, code)
    if svg is not None:
        _write_svg(svg, [point], point.diagram.view)
        return
    uses = point_uses(kb, point)
    if as_json:
        doc = entry_document(point)
        doc["used_in"] = [{"technique": u.technique_id, "step": u.step} for u in uses]
        print_json(doc)
        return
    from crampcare.render.entry import entry_text
    from crampcare.words import people_text

    out = console()
    out.print(entry_text(point), markup=False)
    out.print(
        f"\nOn the diagram: {point.diagram.view} view "
        f"(`crampcare points {point.code} --svg {point.code}.svg`)",
        markup=False,
    )
    if uses:
        out.print("\nUsed in:", markup=False)
        for u in uses:
            out.print(f"  - {people_text(u.technique_title)}, step {u.step}", markup=False)


def _print_list(atlas: list[Acupoint]) -> None:
    from crampcare.render.entry import format_seconds

    out = console()
    out.print(f"{'CODE':<5} {'NAME':<13} {'VIEW':<6} {'PRESS':<10} WHERE", markup=False)
    for p in atlas:
        dur = format_seconds(p.seconds, p.seconds_max)
        where = p.title.split(": ", 1)[-1]
        out.print(f"{p.code:<5} {p.pinyin:<13} {p.diagram.view:<6} {dur:<10} {where}", markup=False)
    out.print(
        "\nAll points: no good evidence for cramps (traditional practice); press gently."
        "\nSu Jok finger zones: crampcare points --view hand --svg FILE",
        markup=False,
    )


def _write_svg(path: Path, shown: list[Acupoint], view: str) -> None:
    from crampcare.render.diagram import point_svg, su_jok_svg

    # No acupoint sits on the hand: its diagram is the Su Jok finger zones.
    drawing = su_jok_svg() if view == "hand" and not shown else point_svg(shown, view=view)
    from crampcare.errors import CrampcareError
    from crampcare.files import write_atomic

    try:
        write_atomic(path, drawing.encode("utf-8"))
    except CrampcareError as exc:
        fail(str(exc))
    console().print(f"Wrote {path}", markup=False)
