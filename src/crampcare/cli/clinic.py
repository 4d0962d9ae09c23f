"""``crampcare clinic``: what a clinic's stored diaries say about each factor.

Thin: parse, call ``crampcare.analysis.clinic_store``, render. Plain output is in
words and counts of people; person ids appear only with ``--json``.
"""

from __future__ import annotations

import typer

from crampcare.cli.common import console, domain_errors, print_json

app = typer.Typer(
    help="Analyses across many people's diaries (for a clinic).",
    no_args_is_help=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _ratio(rr: float | None, low: float | None, high: float | None) -> str:
    if rr is None or low is None or high is None:
        return "not enough data"
    return f"{rr:.2f} ({low:.2f}-{high:.2f})"


@app.command("analyse")
@domain_errors
def analyse(
    db: str = typer.Option(
        ...,
        "--db",
        help="The clinic's diary database: a file path or a postgresql:// URL.",
        metavar="PATH|URL",
    ),
    as_json: bool = typer.Option(
        False, "--json", help="Print every person's tables and figures as JSON."
    ),
) -> None:
    """For each daily factor: how much it raises the chance of a cramp night across
    everyone, and for how many people their own diary shows a clear link."""
    from crampcare.analysis import clinic_store
    from crampcare.analysis.results import FDR_Q

    with clinic_store.open_stored(db) as diary:
        found = clinic_store.clinic_analysis(diary)
    if as_json:
        print_json(clinic_store.as_json(found))
        return
    out = console()
    people = len(found.person_ids)
    if found.checkins == 0:
        out.print(f"No daily check-ins to analyse yet ({people} people with entries).")
        return
    out.print(
        f"{people:,} people, {found.checkins:,} daily check-ins, "
        f"{found.cramp_nights:,} of them followed by a night with cramps."
    )
    out.print(
        "Relative risk: how much more often a cramp night follows a day with the factor, "
        "pooled over everyone, each person compared with themselves (95 % interval in "
        "brackets). Judged: people with enough nights with and without it. More or fewer "
        "cramps: people whose own diary shows a clear link "
        f"(false discovery rate {FDR_Q:.0%})."
    )
    from rich.table import Table

    table = Table(
        "Factor",
        "Relative risk",
        "Judged",
        "More cramps",
        "Fewer cramps",
        box=None,
        pad_edge=False,
    )
    for f in clinic_store.factor_summaries(found):
        table.add_row(
            f.label,
            _ratio(f.pooled_rr, f.pooled_low, f.pooled_high),
            f"{f.persons_tested:,}",
            f"{f.persons_more:,}",
            f"{f.persons_fewer:,}",
        )
    out.print(table)
    if found.checkins_left_out:
        out.print(
            f"{found.checkins_left_out:,} stored check-in(s) left out: a value is outside "
            "the diary's limits (edited by hand?)."
        )
