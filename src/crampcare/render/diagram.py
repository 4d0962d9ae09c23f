"""Body diagrams as SVG with acupoints marked (no drawing library needed).

Each view is a simple outline in a 200 x 400 box; a point's diagram position
(0..1, 0..1) is scaled into it. The SVG carries a title and description, so it
is accessible, and is deterministic, so tests can read it.
"""

from __future__ import annotations

from html import escape

from crampcare.knowledge.schema import Acupoint

WIDTH, HEIGHT = 200, 400

# Outlines per view: leg seen from behind/front/outside/inside, the face, a hand.
_OUTLINES: dict[str, str] = {
    "back": (
        "M70 10 C60 60 58 120 66 170 C60 210 58 260 70 320 C72 350 70 370 60 390 "
        "L110 390 C104 370 102 350 108 320 C122 260 126 210 120 170 "
        "C130 120 128 60 118 10 Z"
    ),
    "front": (
        "M70 10 C60 60 58 120 66 170 C62 210 64 260 72 320 C74 350 72 370 62 390 "
        "L112 390 C106 370 104 350 106 320 C116 260 122 210 118 170 "
        "C128 120 126 60 118 10 Z"
    ),
    "outer": (
        "M80 10 C70 60 70 120 76 170 C70 220 74 270 84 330 C86 355 84 372 70 388 "
        "L150 390 C150 378 128 368 116 352 C118 300 126 230 118 170 "
        "C126 120 126 60 120 10 Z"
    ),
    "inner": (
        "M80 10 C74 60 74 120 82 170 C74 230 82 300 84 352 C72 368 50 378 50 390 "
        "L130 388 C116 372 114 355 116 330 C126 270 130 220 124 170 "
        "C130 120 130 60 120 10 Z"
    ),
    "face": (
        "M100 40 C40 40 30 120 36 200 C44 290 70 360 100 370 C130 360 156 290 164 200 "
        "C170 120 160 40 100 40 Z"
    ),
    "hand": (
        "M60 390 L60 230 L40 150 L52 144 L72 206 L70 60 L86 58 L92 190 L100 40 L116 42 "
        "L116 190 L128 60 L144 64 L136 200 L154 110 L168 116 L150 250 L140 390 Z"
    ),
}

_LABELS = {
    "back": "back of the right leg",
    "front": "front of the right leg",
    "outer": "outer side of the right leg",
    "inner": "inner side of the right leg",
    "face": "the face",
    "hand": "the palm side of a hand",
}


def point_svg(points: list[Acupoint], view: str | None = None) -> str:
    """An SVG of one body view with these points marked and labelled."""
    if not points and view is None:
        raise ValueError("need at least one point or a view")
    view = view or points[0].diagram.view
    shown = [p for p in points if p.diagram.view == view]
    names = ", ".join(f"{p.code} {p.pinyin}" for p in shown) or "no points"
    title = f"{', '.join(p.code for p in shown) or 'Body'} on the {_LABELS[view]}"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'width="{WIDTH}" height="{HEIGHT}" role="img" aria-labelledby="t d">',
        f'<title id="t">{escape(title)}</title>',
        f'<desc id="d">Diagram of {_LABELS[view]} marking {escape(names)}.</desc>',
        f'<path d="{_OUTLINES[view]}" fill="#f3e3d3" stroke="#6b4f3a" stroke-width="2"/>',
    ]
    for p in shown:
        x, y = p.diagram.x * WIDTH, p.diagram.y * HEIGHT
        anchor = "start" if x < WIDTH * 0.6 else "end"
        dx = 10 if anchor == "start" else -10
        parts.append(
            f'<g class="point" data-code="{p.code}">'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="#c0392b" '
            'stroke="#fff" stroke-width="2"/>'
            f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" font-family="sans-serif" font-size="12" '
            f'text-anchor="{anchor}" fill="#222">{escape(p.code)}</text></g>'
        )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
