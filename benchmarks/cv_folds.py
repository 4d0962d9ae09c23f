"""The fold options both banks' cross-validations share (``neighbour_cv``, ``semantic_bank_cv``).

One definition, so that "held out", "which folds" and "every Nth inner fold" mean the same
in the word channel's and the semantic channel's figures.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def add_fold_options(parser: argparse.ArgumentParser) -> None:
    """``--heldout`` sets kept out of the bank, ``--folds`` to hold out, ``--inner N``."""
    parser.add_argument(
        "--heldout",
        nargs="*",
        type=Path,
        default=[],
        help="sets kept out of the bank: measured with all the files as the bank and the vote"
        " chosen on them",
    )
    parser.add_argument(
        "--inner",
        type=int,
        default=1,
        help="choose the vote on every Nth set's inner fold only (the bank still holds all)",
    )
    parser.add_argument(
        "--folds",
        nargs="*",
        help="hold out only these sets (their file stems; none: only --heldout/--final)",
    )


def chosen_folds(sets: list[int], files: list[Path], stems: list[str] | None) -> list[int]:
    """The sets to hold out in turn: all of them, or those ``--folds`` names."""
    return sets if stems is None else [s for s in sets if files[s].stem in stems]
