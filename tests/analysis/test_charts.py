"""Charts render as real PNG and SVG, and are left out when there is nothing to draw."""

from __future__ import annotations

from crampcare.analysis.person import analyse
from crampcare.analysis.simulate import simulate
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
