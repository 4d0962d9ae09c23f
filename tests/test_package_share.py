"""No top-level package holds more than 15 % of the code: one vocabulary, one contract.

A package that keeps growing past that share is doing two jobs; split it along
its seam (as ``clinicweb`` left ``web``) rather than raise the limit.
"""

from __future__ import annotations

from pathlib import Path

import crampcare

SRC = Path(crampcare.__file__).parent
LIMIT = 0.15


def _lines(paths: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8").splitlines()) for p in paths)


def package_shares(root: Path) -> dict[str, float]:
    """Each top-level package's share of all ``.py`` lines under ``root`` (migrations count)."""
    total = _lines(list(root.rglob("*.py")))
    return {
        d.name: _lines(list(d.rglob("*.py"))) / total
        for d in sorted(root.iterdir())
        if (d / "__init__.py").is_file()
    }


def test_no_package_holds_more_than_15_percent_of_the_code() -> None:
    shares = package_shares(SRC)
    over = {name: f"{share:.1%}" for name, share in shares.items() if share > LIMIT}
    assert over == {}


def test_the_share_counts_every_package_and_nested_file(tmp_path: Path) -> None:
    (tmp_path / "big" / "deep").mkdir(parents=True)
    (tmp_path / "big" / "__init__.py").write_text("")
    (tmp_path / "big" / "deep" / "m.py").write_text("x = 1\n" * 3)
    (tmp_path / "small").mkdir()
    (tmp_path / "small" / "__init__.py").write_text("y = 2\n")
    (tmp_path / "top.py").write_text("z = 3\n" * 6)
    (tmp_path / "data").mkdir()  # no __init__.py: not a package
    (tmp_path / "data" / "x.py").write_text("w = 4\n" * 2)
    assert package_shares(tmp_path) == {"big": 0.25, "small": 1 / 12}


def test_the_real_packages_are_seen() -> None:
    shares = package_shares(SRC)
    assert {"web", "clinicweb", "diary", "cli", "intake", "accounts"} <= set(shares)
    assert "triage" not in shares  # a module at the top, not a package
