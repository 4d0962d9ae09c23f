"""``crampcare diary simulate``: fill a diary with synthetic records whose truth is known.

Registered on the ``diary`` group by ``cli/diary.py``. Thin: parse, call
``crampcare.analysis.simulate``, write through the store in one transaction, print
the planted truth.
"""

from __future__ import annotations

from collections.abc import Iterator

import typer

from crampcare.cli.common import console, domain_errors, fail, print_json

MAX_PERSON_DAYS = 5_000_000


def _planted(items: list[str]) -> dict[str, float] | None:
    if not items:
        return None
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        try:
            out[name.strip()] = float(value)
        except ValueError:
            fail(f"--plant takes FACTOR=RR, e.g. caffeine_cups=2.0, not {item!r}")
        if not sep or out[name.strip()] <= 0:
            fail(f"--plant takes FACTOR=RR with RR above 0, not {item!r}")
    return out


@domain_errors
def simulate_cmd(
    persons: int = typer.Option(1, "--persons", "-n", min=1, help="How many people."),
    days: int = typer.Option(365, "--days", "-d", min=1, max=36500, help="Days per person."),
    seed: int = typer.Option(0, "--seed", "-s", help="Random seed (same seed, same diary)."),
    plant: list[str] = typer.Option(
        [],
        "--plant",
        metavar="FACTOR=RR",
        help="Give everyone this trigger (repeatable); default: two random ones each.",
    ),
    db: str | None = typer.Option(
        None,
        "--db",
        help="Diary database: a file path or a postgresql:// URL.",
        metavar="PATH|URL",
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the planted truth as JSON."),
) -> None:
    """Write synthetic diaries with planted triggers (for demos and tests); print the truth.

    Person ids run from 1. Each person's true relative risk for each planted factor
    is printed; every other factor has no effect.
    """
    if persons * days > MAX_PERSON_DAYS:
        fail(f"at most {MAX_PERSON_DAYS:,} person-days in one run")
    from crampcare.analysis.simulate import iter_checkins, iter_episodes, simulate_columns
    from crampcare.diary.models import AnyCheckIn, AnyEpisode
    from crampcare.diary.store import Diary

    cols, truth = simulate_columns(persons, days, seed, planted=_planted(plant))

    def rows() -> Iterator[tuple[int, AnyEpisode | AnyCheckIn]]:
        # Streamed: a clinic-sized simulation never holds every record in memory.
        for e in iter_episodes(cols, seed):
            yield e.person_id, e
        for c in iter_checkins(cols):
            yield c.person_id, c

    with Diary.open(db) as diary:
        written = diary.import_rows(rows())
        where = diary.where
    if as_json:
        print_json(
            {
                "written": {"episodes": written.episodes, "checkins": written.checkins},
                "truth": truth.model_dump(mode="json"),
            }
        )
        return
    out = console()
    out.print(
        f"Wrote {written.episodes} episodes and {written.checkins} check-ins "
        f"for {persons} person(s) to {where}."
    )
    for p in truth.persons[:20]:
        planted = ", ".join(f"{k} ×{v:g}" for k, v in p.relative_risks.items()) or "none"
        out.print(
            f"person {p.person_id}: cramp nights {p.cramp_night_rate:.0%}, "
            f"planted triggers: {planted}"
        )
    if persons > 20:
        out.print(f"... and {persons - 20} more (use --json for all).")
