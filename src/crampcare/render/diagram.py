"""Body diagrams as SVG with acupoints marked (no drawing library needed).

Each view is a simple outline of the right leg (from behind, the front, the
outer or inner side), the face, or a hand, in a 200 x 400 box, with a few
landmarks (kneecap, knee crease, ankle bones, lips) so a point can be found
by eye. A point's diagram position (0..1, 0..1) is scaled into the box. The
SVG carries a title and description, so it is accessible, and is
deterministic, so tests can read it.

The hand view carries no acupoint; ``su_jok_svg`` shades on it the finger
zones that seed 000 describes in words (its own figures are missing).

Outlines use only absolute ``M``, ``L``, ``C`` and ``Z`` commands, so they can
be flattened into polygons here and a test can check that every point lands
inside its body part.
"""

from __future__ import annotations

import re
from html import escape

from crampcare.knowledge.schema import Acupoint

WIDTH, HEIGHT = 200, 400
#: Room under the body for a visible caption.
CAPTION_HEIGHT = 24

# The right leg from behind: the outer (fibular) side is on the viewer's right.
_BACK = (
    "M52 12 C48 70 58 130 70 170 C62 200 56 240 72 285 C80 305 84 330 86 345 "
    "C84 365 80 382 88 392 L114 392 C122 382 118 365 116 345 C118 330 122 305 130 285 "
    "C146 240 140 200 130 170 C144 130 152 70 148 12 Z"
)
# The right leg from the front: the outer side is on the viewer's left.
_FRONT = (
    "M50 12 C46 70 56 130 68 168 C64 200 62 230 70 270 C76 300 82 330 84 345 "
    "C78 360 70 378 72 392 L130 392 C132 378 124 360 116 345 C120 320 132 280 134 240 "
    "C136 205 132 185 132 168 C146 130 152 70 150 12 Z"
)
# The right leg from its outer side: the front faces right, the toes point right.
_OUTER = (
    "M60 12 C50 70 56 130 66 170 C52 205 50 240 66 285 C74 310 76 330 76 345 "
    "C74 365 66 380 70 392 L176 392 C180 384 170 376 150 370 C134 364 124 356 122 345 "
    "C120 310 124 250 128 200 C132 185 136 172 134 160 C140 120 146 60 140 12 Z"
)

_NUMBER = re.compile(r"[MLCZ]|-?\d+(?:\.\d+)?")


def _mirror(path: str) -> str:
    """The path flipped left-right in the 200-wide box (outer side -> inner side)."""
    out: list[str] = []
    coord_index = 0
    for token in _NUMBER.findall(path):
        if token.isalpha():
            out.append(token)
            coord_index = 0
            continue
        value = float(token)
        if coord_index % 2 == 0:
            value = WIDTH - value
        out.append(f"{value:g}")
        coord_index += 1
    return " ".join(out)


_OUTLINES: dict[str, str] = {
    "back": _BACK,
    "front": _FRONT,
    "outer": _OUTER,
    # The inner side is the outer side seen in a mirror: toes point left.
    "inner": _mirror(_OUTER),
    "face": (
        "M100 30 C40 30 28 110 32 190 C38 290 66 370 100 372 "
        "C134 370 162 290 168 190 C172 110 160 30 100 30 Z"
    ),
    # Palm side of a left hand (thumb on the left); the Su Jok zones sit on it.
    "hand": (
        "M56 392 L46 300 L14 214 C10 200 24 192 30 204 L58 262 L50 214 L50 74 "
        "C50 58 74 58 74 74 L76 206 L78 56 C78 36 104 36 104 56 L106 206 L108 74 "
        "C108 58 132 58 132 74 L134 208 L136 114 C136 100 156 100 156 114 L158 230 "
        "L160 330 C160 370 150 392 150 392 Z"
    ),
}

# Landmarks drawn inside the outline: (kind, svg attributes). They are what a
# person looks for on their own body: the kneecap, the crease, the ankle bones.
_LANDMARKS: dict[str, list[tuple[str, str]]] = {
    "back": [
        ("path", 'd="M76 176 Q100 183 124 176"'),  # knee crease
        ("path", 'd="M80 294 Q90 272 100 256 Q110 272 120 294"'),  # lower ends of the calf bulges
        ("path", 'd="M94 296 L96 345 M106 296 L104 345"'),  # Achilles tendon
    ],
    "front": [
        ("ellipse", 'cx="100" cy="168" rx="15" ry="17"'),  # kneecap
        ("path", 'd="M98 192 C96 250 98 300 102 340"'),  # front edge of the shin bone
        ("circle", 'cx="84" cy="190" r="2.5"'),  # outer knee-eye (ST35)
        ("circle", 'cx="116" cy="190" r="2.5"'),  # inner knee-eye
    ],
    "outer": [
        ("ellipse", 'cx="130" cy="166" rx="6" ry="15"'),  # kneecap, side on
        ("circle", 'cx="88" cy="192" r="6"'),  # head of the fibula
        ("circle", 'cx="100" cy="345" r="7"'),  # outer ankle bone
    ],
    "inner": [
        ("ellipse", 'cx="70" cy="166" rx="6" ry="15"'),  # kneecap, side on
        ("circle", 'cx="100" cy="340" r="7"'),  # inner ankle bone
    ],
    "face": [
        ("ellipse", 'cx="72" cy="160" rx="14" ry="6"'),  # eyes
        ("ellipse", 'cx="128" cy="160" rx="14" ry="6"'),
        ("path", 'd="M100 165 L92 228 Q100 236 108 228"'),  # nose
        ("path", 'd="M95 236 L94 266 M105 236 L106 266"'),  # philtrum ridges
        ("path", 'd="M74 274 Q88 264 100 268 Q112 264 126 274"'),  # upper lip
        ("path", 'd="M74 275 Q100 281 126 275"'),  # mouth line
        ("path", 'd="M78 277 Q100 296 122 277"'),  # lower lip
        ("path", 'd="M86 306 Q100 300 114 306"'),  # groove between lip and chin
    ],
    "hand": [
        # finger joint creases: index, middle, ring, little
        ("path", 'd="M50 118 L74 118 M50 164 L74 164 M78 92 L104 92 M78 146 L104 146"'),
        ("path", 'd="M108 106 L132 106 M108 156 L132 156 M136 140 L156 140 M136 178 L156 178"'),
    ],
}

# Su Jok zones from seed 000's text: the middle and nearest (proximal) finger
# bones of the middle and ring fingers stand for the lower leg and the thigh.
# (x, y, width, height) of each bone on the hand outline above.
SU_JOK_ZONES: dict[str, list[tuple[int, int, int, int]]] = {
    "middle_phalanx": [(78, 92, 26, 54), (108, 106, 24, 50)],
    "proximal_phalanx": [(78, 146, 26, 60), (108, 156, 24, 52)],
}
_ZONE_STYLE = {
    "middle_phalanx": ("#e67e22", "middle bones = calf"),
    "proximal_phalanx": ("#2e86c1", "nearest bones = thigh"),
}

_LABELS = {
    "back": "back of the right leg",
    "front": "front of the right leg",
    "outer": "outer side of the right leg",
    "inner": "inner side of the right leg",
    "face": "the face",
    "hand": "the palm side of a left hand",
}

VIEWS: tuple[str, ...] = tuple(_OUTLINES)


def _cubic(
    p0: tuple[float, float],
    p1: tuple[float, float],
    p2: tuple[float, float],
    p3: tuple[float, float],
    steps: int,
) -> list[tuple[float, float]]:
    pts = []
    for i in range(1, steps + 1):
        t = i / steps
        u = 1 - t
        pts.append(
            (
                u**3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t**3 * p3[0],
                u**3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t**3 * p3[1],
            )
        )
    return pts


def outline_polygon(view: str, steps: int = 16) -> list[tuple[float, float]]:
    """A view's outline flattened to a polygon, in diagram pixels."""
    tokens = _NUMBER.findall(_OUTLINES[view])
    poly: list[tuple[float, float]] = []
    i = 0
    command = "M"
    while i < len(tokens):
        if tokens[i].isalpha():
            command = tokens[i]
            i += 1
            if command == "Z":
                continue
        nums = [float(t) for t in tokens[i : i + (6 if command == "C" else 2)]]
        if command == "C":
            p1, p2, p3 = (nums[0], nums[1]), (nums[2], nums[3]), (nums[4], nums[5])
            poly += _cubic(poly[-1], p1, p2, p3, steps)
            i += 6
        else:
            poly.append((nums[0], nums[1]))
            i += 2
    return poly


def contains(view: str, x: float, y: float) -> bool:
    """Whether a diagram position (0..1, 0..1) lies inside the view's outline."""
    px, py = x * WIDTH, y * HEIGHT
    poly = outline_polygon(view)
    inside = False
    j = len(poly) - 1
    for i, (xi, yi) in enumerate(poly):
        xj, yj = poly[j]
        if (yi > py) != (yj > py) and px < (xj - xi) * (py - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def point_svg(points: list[Acupoint], view: str | None = None) -> str:
    """An SVG of one body view with these points marked and labelled."""
    if not points and view is None:
        raise ValueError("need at least one point or a view")
    view = view or points[0].diagram.view
    if view not in _OUTLINES:
        raise ValueError(f"unknown view {view!r}; use one of {', '.join(VIEWS)}")
    shown = [p for p in points if p.diagram.view == view]
    names = ", ".join(f"{p.code} {p.pinyin}" for p in shown) or "no points"
    title = f"{', '.join(p.code for p in shown) or 'Body'} on the {_LABELS[view]}"
    total = HEIGHT + CAPTION_HEIGHT
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {total}" '
        f'width="{WIDTH}" height="{total}" role="img" aria-labelledby="t d">',
        f'<title id="t">{escape(title)}</title>',
        f'<desc id="d">Diagram of {_LABELS[view]} marking {escape(names)}.</desc>',
        f'<rect width="{WIDTH}" height="{total}" fill="#ffffff"/>',
        f'<path id="outline" d="{_OUTLINES[view]}" fill="#f3e3d3" stroke="#6b4f3a" '
        'stroke-width="2"/>',
        '<g class="landmarks" fill="none" stroke="#a08670" stroke-width="1.5">',
    ]
    parts += [f"<{tag} {attrs}/>" for tag, attrs in _LANDMARKS[view]]
    parts.append("</g>")
    for p in shown:
        x, y = p.diagram.x * WIDTH, p.diagram.y * HEIGHT
        anchor = "start" if x < WIDTH * 0.6 else "end"
        dx = 10 if anchor == "start" else -10
        parts.append(
            f'<g class="point" data-code="{p.code}">'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="#c0392b" '
            'stroke="#fff" stroke-width="2"/>'
            f'<text x="{x + dx:.1f}" y="{y + 4:.1f}" font-family="sans-serif" font-size="12" '
            f'font-weight="bold" text-anchor="{anchor}" fill="#222" stroke="#fff" '
            f'stroke-width="3" paint-order="stroke">{escape(p.code)}</text></g>'
        )
    parts.append(
        f'<text x="{WIDTH / 2:.0f}" y="{HEIGHT + 16}" font-family="sans-serif" font-size="12" '
        f'text-anchor="middle" fill="#444">{escape(_LABELS[view].capitalize())}</text>'
    )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def su_jok_svg() -> str:
    """The Su Jok finger zones of seed 000 on a hand; its own figures are missing."""
    total = HEIGHT + CAPTION_HEIGHT * 3
    desc = (
        "Palm side of a left hand. On the middle and ring fingers, the middle finger "
        "bones are shaded orange (they stand for the lower leg and calf) and the bones "
        "nearest the palm blue (the thigh). Seed 000's figures 1 to 5, which show the "
        "movements and three marked points, are missing, so no points are drawn."
    )
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {total}" '
        f'width="{WIDTH}" height="{total}" role="img" aria-labelledby="t d">',
        '<title id="t">Su Jok finger zones for leg cramps</title>',
        f'<desc id="d">{escape(desc)}</desc>',
        f'<rect width="{WIDTH}" height="{total}" fill="#ffffff"/>',
        f'<path id="outline" d="{_OUTLINES["hand"]}" fill="#f3e3d3" stroke="#6b4f3a" '
        'stroke-width="2"/>',
    ]
    for zone, boxes in SU_JOK_ZONES.items():
        colour, _ = _ZONE_STYLE[zone]
        for x, y, w, h in boxes:
            parts.append(
                f'<rect class="zone" data-zone="{zone}" x="{x}" y="{y}" width="{w}" '
                f'height="{h}" rx="4" fill="{colour}" fill-opacity="0.55"/>'
            )
    parts.append('<g class="landmarks" fill="none" stroke="#a08670" stroke-width="1.5">')
    parts += [f"<{tag} {attrs}/>" for tag, attrs in _LANDMARKS["hand"]]
    parts.append("</g>")
    for i, (colour, label) in enumerate(_ZONE_STYLE.values()):
        y = HEIGHT + 6 + i * 18
        parts.append(
            f'<rect x="8" y="{y}" width="12" height="12" fill="{colour}" fill-opacity="0.55"/>'
            f'<text x="26" y="{y + 10}" font-family="sans-serif" font-size="11" '
            f'fill="#222">{escape(label)}</text>'
        )
    parts.append(
        f'<text x="8" y="{HEIGHT + 56}" font-family="sans-serif" font-size="10" fill="#555">'
        "Seed figures 1-5 missing: no points</text>"
    )
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
