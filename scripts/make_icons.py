"""Draw the app icons (192 and 512 px PNG) for the web app manifest.

A white leg-and-foot outline with a small pulse mark on the app's red, inside
the central 80 % so the icon survives a round "maskable" crop. Run from the
repository root; the PNGs are committed, so this only runs when the icon changes.

    python scripts/make_icons.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "src/crampcare/web/static/icons"
RED = (179, 38, 30, 255)
WHITE = (255, 255, 255, 255)


def icon(size: int) -> Image.Image:
    scale = 4  # draw large, then shrink: smooth edges without an anti-aliasing library
    s = size * scale
    img = Image.new("RGBA", (s, s), RED)
    d = ImageDraw.Draw(img)
    u = s / 100  # a 100-unit grid; everything stays within 12..88 (the safe zone)

    def p(x: float, y: float) -> tuple[float, float]:
        return (x * u, y * u)

    w = int(6 * u)
    # Lower leg: shin and calf, the calf bulging backwards.
    d.line([p(44, 16), p(44, 62), p(46, 72)], fill=WHITE, width=w, joint="curve")
    d.line(
        [p(58, 16), p(63, 30), p(62, 46), p(57, 60), p(58, 70)], fill=WHITE, width=w, joint="curve"
    )
    # Foot: heel, sole, toes pulled up.
    d.line([p(46, 72), p(34, 80), p(24, 76)], fill=WHITE, width=w, joint="curve")
    d.line([p(58, 70), p(60, 80), p(34, 84), p(24, 76)], fill=WHITE, width=w, joint="curve")
    # A small pulse mark at the calf: the cramp.
    d.line(
        [p(68, 36), p(74, 36), p(77, 29), p(81, 43), p(84, 36), p(88, 36)],
        fill=WHITE,
        width=int(4 * u),
        joint="curve",
    )
    return img.resize((size, size), Image.Resampling.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        icon(size).save(OUT / f"icon-{size}.png", optimize=True)
        print(OUT / f"icon-{size}.png")


if __name__ == "__main__":
    main()
