"""Line drawings for first-aid and stretch steps: technique -> picture and its words.

One drawing per technique, in one style (static/drawings/*.svg); the alt text
says what the picture shows, so the step reads the same without it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources

from markupsafe import Markup


@cache
def _svg(name: str) -> str:
    # Inline, so the page's own stylesheet colours it (night mode) and animates it.
    return resources.files("crampcare.web").joinpath(f"static/drawings/{name}.svg").read_text()


# technique id -> (drawing file, alt text)
DRAWINGS: dict[str, tuple[str, str]] = {
    "fa_toe_pull": (
        "toe-pull",
        "Sitting with the leg straight, a hand pulls the toes back towards the shin.",
    ),
    "fa_wall_stretch": (
        "wall-stretch",
        "Hands on a wall, the cramping leg straight behind with the heel on the floor.",
    ),
    "st_calf_stretch_nightly": (
        "wall-stretch",
        "Hands on a wall, one leg straight behind with the heel on the floor.",
    ),
    "st_hamstring_stretch": (
        "hamstring-stretch",
        "Sitting with one leg straight, leaning forward from the hips towards the foot.",
    ),
    "st_quad_stretch": (
        "quad-stretch",
        "Standing on one leg, holding the other foot behind towards the buttock.",
    ),
    "fa_heel_walk": (
        "heel-walk",
        "Walking on the heels with the toes and the front of the feet lifted.",
    ),
    "fa_helper_stretch": (
        "seated",
        "Sitting on the edge of the bed with the leg out straight.",
    ),
    "fa_deep_massage": (
        "seated",
        "Sitting on the edge of the bed, both hands rubbing the calf.",
    ),
    "fa_squeeze_release": (
        "seated",
        "Sitting, both hands squeezing the cramping muscle.",
    ),
    "fa_toe_press": (
        "toe-pull",
        "Sitting with the leg straight, a hand pulls the toes back towards the shin.",
    ),
    "fa_swimming_cramp": (
        "water-cramp",
        "Floating on the back, one hand raised to call for help, the other pulling the toes.",
    ),
}


def drawings_for(technique_ids: Iterable[str]) -> dict[str, dict[str, str]]:
    """The drawings a session's steps use, as {technique id: {svg, alt}}."""
    out: dict[str, dict[str, str]] = {}
    for tid in technique_ids:
        if tid in DRAWINGS:
            name, alt = DRAWINGS[tid]
            out[tid] = {"svg": Markup(_svg(name)), "alt": alt}
    return out
