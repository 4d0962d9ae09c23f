"""Write the semantic screen's bank of labelled vignettes from the blind vignette sets.

The bank (``knowledge/data/lexicon/red_flag_bank.yaml``) keeps, per vignette,
only its text, its level (the most correct of its accepted levels) and, for an
emergency or urgent one, the red-flag rule its label names. The rule is read
from the label's ``why`` by the patterns below, first match wins among the rules
whose level the vignette accepts (the more specific rules come first: an
eclamptic fit before a fit, a wound with lockjaw before a wound). A red-flag
vignette whose ``why`` matches no pattern stops the build: extend the patterns.

Only sets that helpers wrote blind and that are kept in the tests go in; never
a sealed set still kept outside the repository.

Then rebuild the shipped embeddings (the suite fails until they match the new
bank): ``PYTHONPATH=src python -m crampcare.semantic_build``.

Usage: python -m benchmarks.semantic_bank_build tests/data/triage_blind/*.jsonl
       [--vote JSON] [--word-sets N] [--out PATH]

Round s17's bank (docs/semantic-triage.md, "Round s17"): the fourteen sets of the word
channel first, then dev L..BF; dev BG..BO stay out, measured held out:

    python -m benchmarks.semantic_bank_build --word-sets 14 \
      tests/data/triage_blind/dev_[a-k].jsonl \
      tests/data/triage_blind/sealed_2026-12-0[236].jsonl \
      tests/data/triage_blind/dev_[l-z].jsonl tests/data/triage_blind/dev_a[a-z].jsonl \
      tests/data/triage_blind/dev_b[a-f].jsonl --exclude \
      tests/data/triage_blind/sealed_2026-12-0[45].jsonl tests/data/triage_blind/dev_b[g-o].jsonl

(Seven vignettes of dev AO-BE repeat, word for word, a text of a held-out set: they stay
out, so the held-out sets share no text with the bank.)

Round s18's bank (docs/semantic-triage.md, "Round s18"): dev BG..BO join; dev BP..BU and
2026-12-04/-05 stay out, and so do the 14 vignettes of dev L..BF that repeat a text of
BP..BU word for word (one of dev A..K does too, and stays: the word channel's share of
the bank is never cut):

    python -m benchmarks.semantic_bank_build --word-sets 14 \
      tests/data/triage_blind/dev_[a-k].jsonl \
      tests/data/triage_blind/sealed_2026-12-0[236].jsonl \
      tests/data/triage_blind/dev_[l-z].jsonl tests/data/triage_blind/dev_a[a-z].jsonl \
      tests/data/triage_blind/dev_b[a-o].jsonl --exclude \
      tests/data/triage_blind/sealed_2026-12-0[45].jsonl tests/data/triage_blind/dev_b[p-u].jsonl

Round s20's bank (docs/semantic-triage.md, "Round s20"): dev BP..CM join (there is no dev
CE or CK); 2026-12-04/-05, every sealed set and the round's fresh batches stay out, and so
does every later vignette that repeats one of their texts word for word (a sealed set may
be held out: its texts are matched, never printed; the word channel's share is still
never cut):

    python -m benchmarks.semantic_bank_build --word-sets 14 \
      tests/data/triage_blind/dev_[a-k].jsonl \
      tests/data/triage_blind/sealed_2026-12-0[236].jsonl \
      tests/data/triage_blind/dev_[l-z].jsonl tests/data/triage_blind/dev_a[a-z].jsonl \
      tests/data/triage_blind/dev_b[a-z].jsonl tests/data/triage_blind/dev_c[a-m].jsonl \
      --exclude tests/data/triage_blind/sealed_2026-12-0[45].jsonl \
      benchmarks/sealed/*.jsonl.gz /work/blind/dev_c[n-q].jsonl

Round s28 built a bank with dev CN..EK as well (27,915 vignettes) and measured it; it was
not shipped (docs/semantic-triage.md, "Round s28"). The command, should the next round
try again (the patterns for its eighteen new labels are below):

    python -m benchmarks.semantic_bank_build --word-sets 14 \
      tests/data/triage_blind/dev_[a-k].jsonl \
      tests/data/triage_blind/sealed_2026-12-0[236].jsonl \
      tests/data/triage_blind/dev_[l-z].jsonl tests/data/triage_blind/dev_a[a-z].jsonl \
      tests/data/triage_blind/dev_b[a-z].jsonl tests/data/triage_blind/dev_c[a-z].jsonl \
      tests/data/triage_blind/dev_d[a-z].jsonl tests/data/triage_blind/dev_e[a-k].jsonl \
      --exclude tests/data/triage_blind/sealed_2026-12-0[45].jsonl benchmarks/sealed/*.jsonl.gz
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from benchmarks import vignettes

OUT = Path("src/crampcare/knowledge/data/lexicon/red_flag_bank.yaml")
RED = ("emergency", "urgent")

# (rule id, pattern over the label's ``why``), most specific first.
PATTERNS: list[tuple[str, str]] = [
    ("rf_eclampsia", r"(?<!pre-)(?<!pre )eclamp|pregnan\w*.*(seiz|fit\b|"
     r"convuls)|(seiz|fit\b|convuls).*pregnan"),
    ("rf_pre_eclampsia", r"pre-?eclamp|pregnan\w*.*(headache|vision|visual|swelling|puffy)"),
    ("rf_tetanus_lockjaw", r"lockjaw|lock-jaw|trismus|jaw|"
     r"(trouble|difficulty|problems?) swallowing|"
     r"open\w* (the |his |her |their )?mouth|facial stiff"),
    ("rf_tetanus_wound", r"tetanus|wound|nail|\bjabs?\b|vaccin|bite|barbed"),
    ("rf_limb_ischaemia", r"isch"),
    ("rf_poisoning", r"poison|overdose|ingest|toxic|tablets|pills|antifreeze|bleach|swallowed"),
    ("rf_pulmonary_embolism", r"\bPE\b|embol|breath|"
     r"haemoptysis|hemoptysis|cough\w* (up )?blood|chest pain"),
    ("rf_seizure", r"seiz|\bfits?\b|fitting|convuls|unrespons|"
     r"not respond|unconscious|loss of consciousness|ictal|shaking|jerk|rigid"),
    ("rf_meningitis", r"mening|stiff neck|neck stiff|fever|rash|febrile|photophob"),
    ("rf_heat_stroke", r"heat ?stroke|anhidrosis|hyperthermia|no sweat|"
     r"not sweat|stopped sweat|hot dry|heat"),
    ("rf_seizure", r"confus|disorient"),
    ("rf_toxin", r"\blead\b|mercury|solvent|pesticide|expos|"
     r"toxin|arsenic|insecticide|organophos|chemical"),
    ("rf_rhabdomyolysis", r"rhabdo|cola|dark urine|\btea\b|brown (urine|wee|pee)|urine"),
    ("rf_dark_urine", r"cola|dark|urine|brown|\btea\b"),
    ("rf_limb_ischaemia", r"cold|pale|pulseless|no pulse|discolou?r|white|blue|numb"),
    ("rf_calf_tear", r"\btear\b|\bpop|achilles|ruptur|snap|tiptoe|tip-toe|push off|"
     r"stand on (his |her |my )?toes"),
    ("rf_dvt", r"dvt|clot|thromb|swollen|swelling|vein|phleb|calf"),
    ("rf_tetany", r"tetany|calcium|hypocalc|tingl|perioral|carp"),
    ("rf_fainting", r"faint|pass(ed)? out|syncope|black(ed)? ?out|collapse"),
    ("rf_trunk_cramps", r"trunk|chest|\barms?\b|belly|abdom|"
     r"all over|whole body|generali[sz]ed|stomach|back"),
    ("rf_fluid_loss", r"fluid|vomit|diarr|dehyd|sweat|gastro|sick"),
    ("rf_long_cramp", r"minute|\blong|hour|persist|prolong|"
     r"not eas|stretch|won'?t (let go|ease)|lasting"),
    # Round s17: terse labels of the later sets, after every pattern above (so no
    # vignette the patterns above already place moves).
    ("rf_pulmonary_embolism", r"lung"),
    ("rf_tetanus_lockjaw", r"tetanus"),
    ("rf_tetanus_wound", r"\bcut\b|booster"),
    ("rf_long_cramp", r"\bmins?\b|>\s*10"),
    ("rf_tetany", r"pins and needles|(round|around) (the )?mouth"),
    ("rf_heat_stroke", r"\bhot\b"),
    ("rf_poisoning", r"chemical|drank"),
    # Round s20: dev CH's emergency labels (a double dose; a pesticide with its signs).
    ("rf_poisoning", r"dosing|pesticide"),
    # Round s28: the labels of dev CN..EK that named no rule above.
    ("rf_eclampsia", r"pregnan\w*.*twitch"),
    ("rf_tetanus_lockjaw", r"swallowing|mouth (won'?t open|opening)"),
    ("rf_poisoning", r"spirits|rat bait|spiked|double dose|detergent|medicine"),
    ("rf_limb_ischaemia", r"lifeless"),
    ("rf_trunk_cramps", r"forearm"),
    ("rf_tetany", r"neck (operation|surgery)|lips like|buzzing lips|fizzy mouth"),
    ("rf_calf_tear", r"rise on (his |her |my )?toes|blow-like"),
    ("rf_seizure", r"stiffening|twitching|not making sense"),
]  # fmt: skip


def flag_of(why: str, levels: list[str], rule_levels: Mapping[str, str]) -> str | None:
    """The red-flag rule a label's ``why`` names, among the rules at an accepted level."""
    for rule, pattern in PATTERNS:
        if rule_levels[rule] in levels and re.search(pattern, why, re.IGNORECASE):
            return rule
    return None


def build(
    paths: list[Path],
    vote: dict[str, Any],
    word_sets: int | None = None,
    exclude: frozenset[str] = frozenset(),
) -> tuple[dict[str, Any], list[str]]:
    from crampcare.triage_rules import red_flags

    rule_levels = {r.id: r.level for r in red_flags()}
    cases: list[dict[str, Any]] = []
    unmapped: list[str] = []
    words: int | None = None
    for n, path in enumerate(paths):
        if n == word_sets:
            words = len(cases)
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            # The same words in a held-out set: left out, but never from the word
            # channel's share (its index stays as shipped; round s18: one vignette of
            # dev A-K repeats a text of dev BP-BU, and stays).
            if row["text"] in exclude and (word_sets is None or n >= word_sets):
                continue
            level = row["levels"][0]
            case: dict[str, Any] = {"text": row["text"], "level": level}
            if level in RED:
                flag = flag_of(row["why"], row["levels"], rule_levels)
                if flag is None:
                    unmapped.append(f"{path.name} {row.get('id')}: {row['why']}")
                case["flag"] = flag
            cases.append(case)
    if words is None:
        return {"vote": vote, "cases": cases}, unmapped
    return {"vote": vote, "words": words, "cases": cases}, unmapped


HEADER = """\
# The semantic screen's bank: blind vignettes, labelled (crampcare.intake.semantic_bank).
# Written by benchmarks/semantic_bank_build.py from tests/data/triage_blind/*.jsonl:
# each vignette's text, its level (the most correct accepted level) and, for an
# emergency or urgent one, the red-flag rule its label names. Do not edit by hand.
# `vote` was chosen by leave-one-set-out cross-validation
# (benchmarks/semantic_bank_cv.py, docs/semantic-triage.md); it may raise, which the
# emergencies of the held-out sets need (docs/semantic-triage.md, round s17).
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--vote", help="JSON of the vote's thresholds (default: keep the file's)")
    parser.add_argument(
        "--word-sets",
        type=int,
        help="the word channel indexes only the first N files' vignettes (default: all)",
    )
    parser.add_argument(
        "--exclude",
        nargs="*",
        type=Path,
        default=[],
        help="held-out sets (sealed ones too): a vignette whose text is also in one stays"
        " out of the bank",
    )
    args = parser.parse_args(argv)
    # A sealed set may be held out (its texts only keep a vignette that repeats one out
    # of the bank; none is printed), never banked.
    if any(vignettes.is_sealed(p) for p in args.files):
        print("a sealed set never goes into the bank", file=sys.stderr)
        return 2
    if args.vote:
        vote = json.loads(args.vote)
    else:
        vote = yaml.safe_load(args.out.read_text(encoding="utf-8"))["vote"]
    held = frozenset(row["text"] for path in args.exclude for row in vignettes.read(path))
    data, unmapped = build(args.files, vote, args.word_sets, held)
    if unmapped:
        print(
            "red-flag vignettes whose label names no rule:", *unmapped, sep="\n  ", file=sys.stderr
        )
        return 1
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    args.out.write_text(HEADER + text, encoding="utf-8")
    kept = len(data["cases"])
    read = sum(1 for path in args.files for row in vignettes.read(path))
    print(f"{args.out}: {kept} vignettes ({read - kept} that repeat a held-out text left out)")
    print("now rebuild the shipped embeddings: python -m crampcare.semantic_build")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
