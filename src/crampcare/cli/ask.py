"""``crampcare ask``: a free-text question answered from the knowledge base."""

from __future__ import annotations

import sys
from typing import Any

import typer

from crampcare.cli.common import USAGE, console, domain_errors, err_console, fail, print_json

MODE_HELP = (
    "lexical: BM25 with a synonym table, whole command ~0.3 s. "
    "hybrid: adds sentence embeddings (needs the semantic extra); loading the model "
    "costs ~4-12 s of start-up, then ~10 ms a question, so it suits --batch and the server. "
    "auto: hybrid when the extra is installed, else lexical. "
    "Default: lexical: on the held-out questions hybrid answered no better "
    "(docs/ask.md), at 18 times the cost."
)


def register(app: typer.Typer) -> None:
    """Add ``ask`` to the top-level app."""
    app.command("ask")(ask)


@domain_errors
def ask(
    question: str | None = typer.Argument(None, help="Your question, in your own words."),
    k: int = typer.Option(3, "-k", "--top", min=1, max=20, help="How many answers."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    batch: bool = typer.Option(
        False,
        "--batch",
        help='Read JSON lines {"id", "question"} on stdin; write one JSON answer per line.',
    ),
    mode: str | None = typer.Option(None, "--mode", help=MODE_HELP, metavar="auto|lexical|hybrid"),
) -> None:
    """Answer a question about cramps from the knowledge base, with grades and sources.

    Red flags in the question (a swollen, hot calf) bring the triage advice first.
    """
    if mode is not None and mode not in {"auto", "lexical", "hybrid"}:
        fail(f"unknown mode {mode!r}; use auto, lexical or hybrid")
    from crampcare.search import Searcher

    if batch:
        if question is not None:
            fail("give either a question or --batch (questions on stdin), not both")
        _batch(Searcher(), k, mode or "lexical")
        return
    if question is None:
        fail('give a question, e.g. crampcare ask "is tonic water good for cramps?"')
    result = Searcher().ask(question, k=k, mode=mode or "lexical")  # type: ignore[arg-type]
    if as_json:
        print_json(result.document())
        return
    from crampcare.search.text import result_text

    console().print(result_text(result), markup=False, highlight=False, soft_wrap=True)


def _batch(searcher: Any, k: int, mode: str) -> None:
    import json

    from crampcare.errors import CrampcareError

    bad = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        ident: Any = None
        try:
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"not valid JSON ({exc.msg}, column {exc.colno})") from exc
            if not isinstance(item, dict):
                raise ValueError("each line must be a JSON object")
            ident = item.get("id")
            question = item.get("question")
            if not isinstance(question, str):
                raise ValueError('each line needs a "question" string')
            doc = {"id": ident, **searcher.ask(question, k=k, mode=mode).document()}
        except (ValueError, CrampcareError) as exc:
            bad += 1
            doc = {"id": ident, "line": number, "error": str(exc)}
        sys.stdout.write(json.dumps(doc, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    if bad:
        err_console().print(f"Error: {bad} input line(s) could not be answered", markup=False)
        raise typer.Exit(USAGE)
