"""Charts render as real PNG and SVG, and are left out when there is nothing to draw."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from crampcare.analysis.person import analyse
from crampcare.analysis.simulate import simulate
from crampcare.render import chart_cache
from crampcare.render.charts import CHARTS, calendar, forest, render_all


def test_every_chart_renders_as_png_and_svg_deterministically() -> None:
    records, _ = simulate(1, 200, seed=9, cramp_rate=(0.3, 0.3))
    result = analyse(records.episodes, records.checkins)
    svgs = render_all(result, "svg")
    pngs = render_all(result, "png")
    assert set(svgs) == set(pngs) == set(CHARTS)
    assert all(p.startswith(b"\x89PNG") for p in pngs.values())
    assert all(b"<svg" in s for s in svgs.values())
    assert forest(result, "svg") == svgs["forest"]  # same input, same bytes


def test_nothing_to_draw_gives_no_chart() -> None:
    empty = analyse([], [])
    assert render_all(empty, "svg") == {}
    assert calendar(empty) is None


def test_cached_charts_are_those_of_exactly_this_analysis(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CRAMPCARE_CACHE_DIR", str(tmp_path))
    records, _ = simulate(1, 120, seed=4, cramp_rate=(0.3, 0.3))
    result = analyse(records.episodes, records.checkins)
    assert chart_cache.cached(result, None) is None  # nothing drawn yet
    drawn = chart_cache.chart_files(result, None)
    assert drawn["svg"] == render_all(result, "svg")
    # Records read again make an equal analysis: the same charts, without drawing.
    again = analyse(list(records.episodes), list(records.checkins))
    assert chart_cache.cached(again, None) == drawn
    # One more cramp changes the analysis, so the charts are not taken from the cache.
    extra = records.episodes[-1].model_copy(update={"intensity": 9})
    changed = analyse([*records.episodes, extra], records.checkins)
    assert changed != result
    assert chart_cache.cached(changed, None) is None
    assert chart_cache.cached(result, date(2020, 1, 1)) is None  # another period
