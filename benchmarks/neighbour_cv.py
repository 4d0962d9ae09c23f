"""The word channel (crampcare.intake.neighbours), cross-validated leave-one-set-out.

For each labelled set of the bank, the index is built from the other sets only
(their words and labels; the held-out set adds nothing, not even to the idf),
the vote's thresholds are chosen on those other sets by an inner
leave-one-set-out (each inner set queried against the rest of the fold's index;
the idf there includes the inner set's words, never its labels), and the
held-out set is measured once, through the same filter the product applies (a
question already asked or settled by the text is not asked again; a flag the
reader already raised is left alone). Similarities come from the index's own
terms and weights through a sparse product (numpy and scipy here, for speed;
the product sums the same posting lists in pure Python).

Per held-out set, for the lexical reader alone and with the channel:
emergency/urgent cases ending at self-care with no question (the key figure),
emergency/urgent cases ending at self-care, self-care cases asked a question
(the cost), self-care cases raised by the channel; then what the channel alone
catches (its question or raise at an accepted level), since the reader is tuned
on every one of these sets and misses almost none of them.

The thresholds maximise the emergency/urgent cases the channel alone catches
while at most ``--budget`` of the self-care cases are asked a question (by the
reader or the channel); a raise is kept only if it raises no self-care case in
the inner folds and raises no case at all above its accepted levels.

``--heldout`` sets (not in the bank) are measured with the whole bank's index and
the thresholds chosen on all bank sets (``--final`` prints only those).
``--shipped`` holds the shipped vote (``neighbour_build.VOTE``) fixed instead of
choosing one per fold (no inner folds: quick). ``--folds STEM ...`` holds out only those
sets (none: only ``--heldout``/``--final``); ``--inner N`` chooses the vote on every Nth
inner fold only (a big bank). A bank vignette whose text a ``--heldout`` set repeats stays
out, as in the build.

Usage: python -m benchmarks.neighbour_cv tests/data/triage_blind/{dev_*,sealed_2026-12-0[236]}.jsonl
       --heldout tests/data/triage_blind/sealed_2026-12-0[45].jsonl
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.cv_folds import add_fold_options, chosen_folds
from benchmarks.semantic_bank_build import flag_of

ORDER = {"self_care": 0, "doctor": 1, "urgent": 2, "emergency": 3}
GRID_K = [3, 5, 7, 10, 15, 20]
GRID_ASK_SHARE = [0.2, 0.35, 0.5, 0.65, 0.8]
GRID_ASK = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]
GRID_NEAR: list[float | None] = [None, 0.7, 0.6, 0.5, 0.45, 0.4]
GRID_RAISE_SHARE = [0.7, 0.9, 1.0]
GRID_RAISE = [0.3, 0.4, 0.5, 0.6, 9.0]  # 9: never raises
COLUMNS = ("E/U to self-care unasked", "E/U to self-care", "self-care asked",
           "self-care raised", "raised too high", "alone: E/U caught",
           "alone: self-care asked")  # fmt: skip


def read(paths: list[Path], start: int = 0) -> list[dict[str, Any]]:
    """Rows with the lexical reader's result and what the channel's filter needs."""
    from crampcare.assessment import BY_ID, is_settled
    from crampcare.intake import parse_text
    from crampcare.neighbour_build import CHARS
    from crampcare.neighbour_terms import terms
    from crampcare.triage_rules import red_flags, triage

    rule_levels = {r.id: r.level for r in red_flags()}
    rows: list[dict[str, Any]] = []
    for set_no, path in enumerate(paths, start):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            accepted = [ORDER[x] for x in row["levels"]]
            top = row["levels"][0]
            intake = parse_text(row["text"])
            level = ORDER[triage(intake).level]
            asked: set[str] = set()
            for c in intake.concerns:
                if c.level and ORDER[c.level] > level:
                    level = ORDER[c.level]
                elif c.question:
                    asked.add(c.question)
            rows.append({
                "set": set_no, "text": row["text"], "top": ORDER[top], "level": top,
                "low": min(accepted), "high": max(accepted), "lex": level, "asked": asked,
                "topics": {c.topic for c in intake.concerns},
                "settled": {q for q in BY_ID if is_settled(BY_ID[q], intake)},
                "flag": flag_of(row["why"], row["levels"], rule_levels)
                if ORDER[top] >= 2 else None,
                "terms": terms(row["text"], CHARS),
            })  # fmt: skip
    return rows


def context() -> tuple[dict[str, str], set[str], dict[str, int]]:
    """Each flag's question, the flags that may raise, each question's level."""
    from crampcare.intake.exemplars import load_exemplars
    from crampcare.intake.questions import QUESTIONS

    flags = load_exemplars().flags
    questions = {f.topic: f.question for f in flags}
    return (
        questions,
        {f.topic for f in flags if f.raise_},
        {q.id: ORDER[q.level] for q in QUESTIONS},
    )


def index_of(rows: list[dict[str, Any]], bank: list[int], questions: dict[str, str]) -> Any:
    from crampcare.intake.neighbours import Index
    from crampcare.neighbour_build import index_doc

    doc = index_doc(
        [rows[i]["terms"] for i in bank],
        [(rows[i]["level"], rows[i]["flag"]) for i in bank],
        questions,
        set(),
        {"k": 10, "ask_share": 1, "ask": 1},
    )
    return Index.of(doc)


def similarities(index: Any, queries: list[dict[str, Any]]) -> Any:
    """Each query's similarity to every vignette of the index, as Index.similarities
    sums it (the same terms and weights; a sparse product, for speed)."""
    import numpy as np
    from scipy import sparse

    from crampcare.neighbour_terms import weigh

    docs = sparse.csc_matrix(
        (np.asarray(index.weights), np.asarray(index.ids), np.asarray(index.starts)),
        shape=(len(index.cases), len(index.idf)),
    )
    rows, cols, values = [], [], []
    for n, query in enumerate(queries):
        numbered = {
            at: c for t, c in query["terms"].items() if (at := index.position(t)) is not None
        }
        for at, w in weigh(numbered, lambda at: index.idf[at]).items():
            rows.append(n)
            cols.append(at)
            values.append(w)
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=(len(queries), len(index.idf)))
    return np.asarray((matrix @ docs.T).todense())


def top(sims: Any, allowed: Any, k: int = 15) -> list[tuple[int, float]]:
    """The k nearest among the allowed vignettes (index, similarity), nearest first."""
    import numpy as np

    pool = sims[allowed]
    k = min(k, len(pool))
    best = np.argpartition(-pool, k - 1)[:k]
    best = best[np.argsort(-pool[best], kind="stable")]
    return [(int(allowed[i]), float(pool[i])) for i in best if pool[i] > 0]


def outcome(row: dict[str, Any], verdict: Any, ctx: Any) -> tuple[int, str | None, int, int]:
    """(raised rank or -1, the question the product's filter lets it ask or None,
    the channel alone's raise and question ranks)."""
    questions, _, levels = ctx
    if verdict is None or verdict.flag not in questions:
        return -1, None, -1, -1
    question = questions[verdict.flag]
    alone_raise = ORDER[verdict.level] if verdict.level else -1
    alone_ask = levels[question]
    if verdict.flag in row["topics"]:
        return -1, None, alone_raise, alone_ask
    if verdict.level:
        return ORDER[verdict.level], None, alone_raise, alone_ask
    if question in row["asked"] or question in row["settled"]:
        return -1, None, alone_raise, alone_ask
    return -1, question, alone_raise, alone_ask


def tally(rows: list[dict[str, Any]], results: list[Any] | None) -> Counter[str]:
    t: Counter[str] = Counter()
    for i, row in enumerate(rows):
        raised, question, alone_raise, alone_ask = results[i] if results else (-1, None, -1, -1)
        final = max(row["lex"], raised)
        asked = bool(row["asked"]) or question is not None
        t["n"] += 1
        t["raised too high"] += raised > row["high"] and row["lex"] <= row["high"]
        if row["top"] >= 2:
            t["eu"] += 1
            t["E/U to self-care"] += final == 0
            t["E/U to self-care unasked"] += final == 0 and not asked
            t["alone: E/U caught"] += max(alone_raise, alone_ask) >= row["low"]
            t["alone: E/U raised"] += alone_raise >= row["low"]
        if row["top"] == 0:
            t["sc"] += 1
            t["self-care asked"] += asked and final <= row["high"]
            t["self-care raised"] += raised > row["high"] and row["lex"] <= row["high"]
            t["alone: self-care asked"] += alone_ask >= 0 or alone_raise >= 0
    return t


def cell(t: Counter[str], column: str) -> str:
    n = t[column]
    if column in ("self-care asked", "alone: self-care asked"):
        return f"{n}/{t['sc']} ({100 * n / max(t['sc'], 1):.1f} %)"
    if column == "alone: E/U caught":
        return f"{n}/{t['eu']}"
    if column.startswith("E/U"):
        return f"{n}/{t['eu']}"
    return str(n)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--budget", type=float, default=0.2, help="self-care asked, at most")
    parser.add_argument("--final", action="store_true", help="only the vote on all sets")
    parser.add_argument(
        "--shipped", action="store_true", help="hold the shipped vote (neighbour_build.VOTE) fixed"
    )
    add_fold_options(parser)
    args = parser.parse_args(argv)
    import numpy as np

    import crampcare.intake  # noqa: F401  (first: crampcare.bank_vote alone is a cycle)
    from crampcare.bank_vote import vote
    from crampcare.intake.neighbours import NeighbourVote

    rows = read(args.files)
    held_rows = read(args.heldout, len(args.files))
    ctx = context()
    questions, may_raise, _ = ctx
    sets = list(range(len(args.files)))
    # A bank vignette whose words a held-out set repeats stays out, as in the build.
    held_texts = {r["text"] for r in held_rows}
    of = {
        s: [i for i, r in enumerate(rows) if r["set"] == s and r["text"] not in held_texts]
        for s in sets
    }

    def near_lists(bank_sets: list[int], queries: list[dict[str, Any]]) -> tuple[Any, Any]:
        """The index of bank_sets and each query's similarity to its vignettes."""
        bank = [i for s in bank_sets for i in of[s]]
        index = index_of(rows, bank, questions)
        return index, similarities(index, queries)

    def verdicts(index: Any, sims: Any, allowed: Any, rule: Any) -> list[Any]:
        return [vote(top(s, allowed), index.cases, rule, may_raise) for s in sims]

    def choose(train: list[int]) -> NeighbourVote:
        """NeighbourVote chosen by leave-one-set-out over ``train``."""
        bank = [i for s in train for i in of[s]]
        index, sims = near_lists(train, [rows[i] for i in bank])
        position = {b: n for n, b in enumerate(bank)}
        inner = []
        for g in train[:: args.inner]:
            allowed = np.asarray([position[i] for s in train if s != g for i in of[s]])
            inner.append(([rows[i] for i in of[g]], [sims[position[i]] for i in of[g]], allowed))
        cache: dict[int, list[list[Any]]] = {}

        def measure(rule: NeighbourVote) -> Counter[str]:
            t: Counter[str] = Counter()
            for g, (query_rows, query_sims, allowed) in enumerate(inner):
                if g not in cache:
                    cache[g] = [top(s, allowed) for s in query_sims]
                res = [
                    outcome(r, vote(nb, index.cases, rule, may_raise), ctx)
                    for r, nb in zip(query_rows, cache[g], strict=True)
                ]
                t += tally(query_rows, res)
            return t

        best: Any = None
        for k, share, ask in itertools.product(GRID_K, GRID_ASK_SHARE, GRID_ASK):
            rule = NeighbourVote(k=k, ask_share=share, ask=ask)
            t = measure(rule)
            if t["self-care asked"] <= args.budget * t["sc"]:
                key = (t["alone: E/U caught"], -t["self-care asked"])
                if best is None or key > best[0]:
                    best = (key, rule)
        assert best is not None, "no thresholds within the budget"
        for close in GRID_NEAR[1:]:
            rule = NeighbourVote(best[1].k, best[1].ask_share, best[1].ask, near=close)
            t = measure(rule)
            if t["self-care asked"] <= args.budget * t["sc"]:
                key = (t["alone: E/U caught"], -t["self-care asked"])
                if key > best[0]:
                    best = (key, rule)
        chosen: NeighbourVote = best[1]
        raised: Any = None
        for share, rise in itertools.product(GRID_RAISE_SHARE, GRID_RAISE):
            if share < chosen.ask_share or rise < chosen.ask or rise > 1:
                continue
            rule = NeighbourVote(chosen.k, chosen.ask_share, chosen.ask, share, rise, chosen.near)
            t = measure(rule)
            if t["raised too high"] == 0 and t["self-care asked"] <= args.budget * t["sc"]:
                key = (t["alone: E/U raised"], -t["E/U to self-care"])
                if raised is None or key > raised[0]:
                    raised = (key, rule)
        # A raise is kept only when it brings some red flag to its level in the inner folds.
        return raised[1] if raised and raised[0][0] > 0 else chosen

    def describe(rule: NeighbourVote) -> str:
        return json.dumps({k: v for k, v in vars(rule).items() if v not in (None, 9.0)})

    def vote_for(train: list[int]) -> NeighbourVote:
        """The vote for a bank of ``train``: the shipped one, or chosen on ``train``."""
        if args.shipped:
            from crampcare.neighbour_build import VOTE

            return NeighbourVote(**VOTE)
        return choose(train)

    if args.final:
        print(describe(vote_for(sets)).replace('"raise_"', '"raise"'))
        return 0
    print("| held out | reader | " + " | ".join(COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 2) + "|")
    totals: dict[str, Counter[str]] = {}

    def report(name: str, held: list[dict[str, Any]], res: list[Any]) -> None:
        for label, results in (("lexical", None), ("+ neighbour", res)):
            t = tally(held, results)
            totals[label] = totals.get(label, Counter()) + t
            print(f"| {name} | {label} | " + " | ".join(cell(t, c) for c in COLUMNS) + " |")

    folds = chosen_folds(sets, args.files, args.folds)
    for h in folds:
        train = [s for s in sets if s != h]
        rule = vote_for(train)
        held = [rows[i] for i in of[h]]
        index, sims = near_lists(train, held)
        allowed = np.arange(len(index.cases))
        res = [
            outcome(r, v, ctx)
            for r, v in zip(held, verdicts(index, sims, allowed, rule), strict=True)
        ]
        print(f"<!-- {args.files[h].stem}: {describe(rule)} -->", flush=True)
        report(args.files[h].stem, held, res)
    for label, t in totals.items():
        print(f"| all | {label} | " + " | ".join(cell(t, c) for c in COLUMNS) + " |")
    if held_rows:
        rule = vote_for(sets)
        print(f"<!-- held out, all bank sets: {describe(rule)} -->")
        totals.clear()
        index, sims = near_lists(sets, held_rows)
        allowed = np.arange(len(index.cases))
        res = [
            outcome(r, v, ctx)
            for r, v in zip(held_rows, verdicts(index, sims, allowed, rule), strict=True)
        ]
        for n, path in enumerate(args.heldout, len(args.files)):
            pick = [i for i, r in enumerate(held_rows) if r["set"] == n]
            report(f"{path.stem} (held out)", [held_rows[i] for i in pick], [res[i] for i in pick])
        for label, t in totals.items():
            print(f"| all held out | {label} | " + " | ".join(cell(t, c) for c in COLUMNS) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
