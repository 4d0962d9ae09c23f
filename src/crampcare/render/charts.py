"""Charts of an analysis as SVG or PNG bytes (matplotlib, Agg, imported lazily).

Four charts: a calendar of cramp nights, the time-of-night histogram, a forest
plot of the factors (relative risk with CI on a log axis) and minutes to relief
per method. Each returns None when there is nothing to draw.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Literal

from crampcare.analysis.results import Analysis

if TYPE_CHECKING:
    from matplotlib.figure import Figure

Format = Literal["svg", "png"]
INK = "#222222"
GRID = "#dddddd"
CRAMP = ("#f4a582", "#d6604d", "#b2182b")  # 1, 2, 3+ episodes
QUIET = "#a6d96a"
NO_CHECKIN = "#eeeeee"
ACCENT = "#2166ac"


def _figure(width: float, height: float) -> Figure:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    return fig


def _save(fig: Figure, fmt: Format) -> bytes:
    import matplotlib

    buf = io.BytesIO()
    rc: Any = {"svg.hashsalt": "crampcare", "svg.fonttype": "path", "font.size": 10}
    meta: dict[str, Any] = {"Date": None} if fmt == "svg" else {"Software": None}
    with matplotlib.rc_context(rc):
        fig.savefig(buf, format=fmt, dpi=150 if fmt == "png" else 100, metadata=meta)
    return buf.getvalue()


def _style(ax: Any) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(colors=INK)


def calendar(a: Analysis, fmt: Format = "svg") -> bytes | None:
    """Nights as squares, a row per month (the last 12 months of a long diary)."""
    from matplotlib.colors import ListedColormap
    from matplotlib.patches import Patch

    cal = a.calendar
    if cal.first_day is None or not cal.episodes:
        return None
    last = cal.first_day + timedelta(days=len(cal.episodes) - 1)
    start = date(last.year - 1, last.month + 1, 1) if last.month < 12 else date(last.year, 1, 1)
    start = max(start, date(cal.first_day.year, cal.first_day.month, 1))
    months = (last.year - start.year) * 12 + last.month - start.month + 1
    grid = [[float("nan")] * 31 for _ in range(months)]
    names = []
    for m in range(months):
        y, mo = start.year + (start.month - 1 + m) // 12, (start.month - 1 + m) % 12 + 1
        names.append(date(y, mo, 1).strftime("%b %Y"))
        for d in range(31):
            try:
                day = date(y, mo, d + 1)
            except ValueError:
                break
            i = (day - cal.first_day).days
            if 0 <= i < len(cal.episodes):
                eps, seen = cal.episodes[i], cal.checked_in[i]
                grid[m][d] = 0 if not seen and not eps else 1 if not eps else 1 + min(eps, 3)
    fig = _figure(7.0, 0.75 + 0.235 * months)
    ax = fig.add_subplot()
    cmap = ListedColormap([NO_CHECKIN, QUIET, *CRAMP]).with_extremes(bad="white")
    ax.imshow(grid, cmap=cmap, vmin=-0.5, vmax=4.5, aspect="equal")
    ax.set_yticks(range(months), names, fontsize=8)
    ax.set_xticks(range(0, 31, 5), [str(d + 1) for d in range(0, 31, 5)], fontsize=8)
    ax.set_xticks([x - 0.5 for x in range(32)], minor=True)
    ax.set_yticks([y - 0.5 for y in range(months + 1)], minor=True)
    ax.grid(which="minor", color="white", linewidth=1.5)
    ax.tick_params(which="both", length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    trimmed = start > cal.first_day
    title = "Cramp nights, last 12 months" if trimmed else "Cramp nights"
    ax.set_title(f"{title} (a row per month)", loc="left", color=INK, fontsize=10)
    legend = [
        Patch(color=QUIET, label="no cramps"),
        Patch(color=CRAMP[0], label="1 episode"),
        Patch(color=CRAMP[1], label="2"),
        Patch(color=CRAMP[2], label="3+"),
        Patch(color=NO_CHECKIN, label="no check-in"),
    ]
    fig.legend(handles=legend, loc="outside lower center", ncols=5, frameon=False, fontsize=8)
    return _save(fig, fmt)


def hours(a: Analysis, fmt: Format = "svg") -> bytes | None:
    """Episodes by hour of start, from 18:00 round to 17:00 so the night is in one piece."""
    if sum(a.hours) == 0:
        return None
    order = [(18 + k) % 24 for k in range(24)]
    fig = _figure(6.4, 2.8)
    ax = fig.add_subplot()
    ax.bar(range(24), [a.hours[h] for h in order], color=ACCENT, width=0.85)
    ax.set_xticks(range(0, 24, 2), [f"{order[k]:02d}:00" for k in range(0, 24, 2)], fontsize=8)
    ax.set_ylabel("episodes")
    ax.set_title("When cramps started (hour of the day)", loc="left", color=INK)
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="y", color=GRID)
    ax.set_axisbelow(True)
    _style(ax)
    return _save(fig, fmt)


def forest(a: Analysis, fmt: Format = "svg") -> bytes | None:
    """Relative risk with its 95 % CI per factor tested, on a log axis."""
    rows = [f for f in a.factors if f.relative_risk is not None]
    if not rows:
        return None
    rows = list(reversed(rows))  # findings on top
    fig = _figure(7.0, 0.9 + 0.36 * len(rows))
    ax = fig.add_subplot()
    for y, f in enumerate(rows):
        assert f.relative_risk is not None and f.ci_low is not None and f.ci_high is not None
        found = f.status in ("more_cramps", "fewer_cramps")
        color = "#b2182b" if found else "#777777"
        ax.plot([f.ci_low, f.ci_high], [y, y], color=color, linewidth=2, solid_capstyle="butt")
        ax.plot(
            [f.relative_risk], [y], "D" if found else "o", color=color, markersize=6 if found else 5
        )
    ax.axvline(1.0, color=INK, linewidth=0.8)
    ax.set_xscale("log")
    lo = min(f.ci_low or 1 for f in rows)
    hi = max(f.ci_high or 1 for f in rows)
    ax.set_xlim(min(0.5, lo / 1.2), max(2.0, hi * 1.2))
    from matplotlib.ticker import FixedLocator, NullLocator

    scale = (0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50)
    ticks = [t for t in scale if lo / 1.2 <= t <= hi * 1.2 or t == 1]
    ax.xaxis.set_major_locator(FixedLocator(ticks))
    ax.xaxis.set_minor_locator(NullLocator())
    ax.set_xticklabels([f"{t:g}×" for t in ticks])
    ax.set_yticks(range(len(rows)), [_short(f.label) for f in rows], fontsize=8)
    ax.set_ylim(-0.7, len(rows) - 0.3)
    ax.set_xlabel("cramp nights with the factor ÷ without (95 % CI, log scale)")
    ax.set_title(
        f"Factors: red = finding after correction (q ≤ {a.fdr_q:g}), grey = could be chance",
        loc="left",
        color=INK,
        fontsize=9,
    )
    ax.grid(axis="x", color=GRID)
    ax.set_axisbelow(True)
    _style(ax)
    return _save(fig, fmt)


def _short(text: str) -> str:
    return text if len(text) <= 38 else text[:36] + "…"


def relief(a: Analysis, fmt: Format = "svg") -> bytes | None:
    """Minutes to relief when each method helped: median and middle half."""
    rows = [r for r in a.relief if r.median_minutes is not None]
    if not rows:
        return None
    rows = list(reversed(rows))  # fastest on top
    fig = _figure(7.0, 0.9 + 0.42 * len(rows))
    ax = fig.add_subplot()
    for y, r in enumerate(rows):
        assert r.q1_minutes is not None and r.q3_minutes is not None
        assert r.median_minutes is not None
        ax.barh(y, r.q3_minutes - r.q1_minutes, left=r.q1_minutes, height=0.5, color="#92c5de")
        ax.plot([r.median_minutes], [y], "|", color=INK, markersize=16, markeredgewidth=2)
    ax.set_yticks(
        range(len(rows)),
        [f"{r.method.replace('_', ' ')} (helped {r.helped}/{r.used})" for r in rows],
        fontsize=8,
    )
    ax.set_xlim(0, max(r.q3_minutes or 0 for r in rows) * 1.15)
    ax.set_xlabel("minutes to relief when it helped (bar: middle half; line: median)")
    ax.set_title("Relief methods, fastest on top", loc="left", color=INK)
    ax.grid(axis="x", color=GRID)
    ax.set_axisbelow(True)
    _style(ax)
    return _save(fig, fmt)


CHARTS: dict[str, tuple[str, Callable[[Analysis, Format], bytes | None]]] = {
    "calendar": ("Calendar of cramp nights", calendar),
    "hours": ("Time of night the cramps started", hours),
    "forest": ("Factors and cramp nights (relative risk, 95 % CI)", forest),
    "relief": ("Minutes to relief per method", relief),
}


def render_all(a: Analysis, fmt: Format = "svg") -> dict[str, bytes]:
    """Every chart that has something to show, by name."""
    out = {}
    for name, (_, draw) in CHARTS.items():
        data = draw(a, fmt)
        if data is not None:
            out[name] = data
    return out
