"""The acupoint atlas: codes, every seed spelling, cautions, and diagram positions."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from crampcare.knowledge import load
from crampcare.knowledge.atlas import UnknownPoint, find_point, point_uses
from crampcare.knowledge.lint import normalise, seed_texts
from crampcare.knowledge.schema import Acupoint
from crampcare.render.diagram import HEIGHT, WIDTH, contains
from crampcare.vocabulary import Grade

CODES = ["BL57", "BL40", "GB34", "ST36", "ST38", "BL60", "KI3", "SP10", "GV26", "CV24"]

# Every spelling the seeds use for a point, and the seed it comes from.
SEED_SPELLINGS = [
    ("Cheng Shan", "BL57", "002"),
    ("Chengshan", "BL57", "001"),
    ("Wei-zhong", "BL40", "002"),
    ("Vecunda", "BL40", "001"),
    ("small knowledge committee", "BL40", "001"),
    ("the middle point of the small knowledge committee", "BL40", "001"),
    ("Yang-lin-quan", "GB34", "002"),
    ("Yanglingquan", "GB34", "001"),
    ("Zusanli", "ST36", "001"),
    ("8 inches below the eyes of the outer knee", "ST38", "001"),
    ("Kunlun", "BL60", "001"),
    ("Taixi", "KI3", "001"),
    ("Xue-hai", "SP10", "002"),
]

# Names a reader may type that are not in the seeds.
OTHER_NAMES = [
    ("Weizhong", "BL40"),
    ("bl57", "BL57"),
    ("承山", "BL57"),
    ("Xuehai", "SP10"),
    ("Tiaokou", "ST38"),
    ("Renzhong", "GV26"),
    ("Shuigou", "GV26"),
    ("Chengjiang", "CV24"),
    ("yang ling quan", "GB34"),
]

EXPECTED_VIEW = {
    "BL57": "back",
    "BL40": "back",
    "GB34": "outer",
    "ST36": "front",
    "ST38": "front",
    "BL60": "outer",
    "KI3": "inner",
    "SP10": "front",
    "GV26": "face",
    "CV24": "face",
}


def _point(code: str) -> Acupoint:
    return find_point(load(), code)


def _px(code: str) -> tuple[float, float]:
    d = _point(code).diagram
    return d.x * WIDTH, d.y * HEIGHT


def test_the_atlas_holds_exactly_the_ten_seed_points() -> None:
    points = load().of_kind(Acupoint)
    assert sorted(p.code for p in points) == sorted(CODES)
    assert all(p.id == p.code.lower() for p in points)


@pytest.mark.parametrize(("spelling", "code", "seed"), SEED_SPELLINGS)
def test_every_seed_spelling_resolves_to_its_point(
    spelling: str, code: str, seed: str, seeds_dir: Path
) -> None:
    texts = {name[:3]: normalise(text) for name, text in seed_texts(seeds_dir).items()}
    assert normalise(spelling) in texts[seed], "the spelling really is in the seed"
    assert find_point(load(), spelling).code == code
    assert spelling in _point(code).aliases or spelling == _point(code).pinyin


@pytest.mark.parametrize(("name", "code"), OTHER_NAMES)
def test_codes_pinyin_and_chinese_names_resolve(name: str, code: str) -> None:
    assert find_point(load(), name).code == code


def test_an_unknown_name_suggests_the_nearest_point() -> None:
    with pytest.raises(UnknownPoint) as info:
        find_point(load(), "Chengshn")
    assert info.value.suggestions[0] == "BL57"
    assert "crampcare points" in str(info.value)


def test_a_technique_id_is_not_an_acupoint() -> None:
    with pytest.raises(UnknownPoint):
        find_point(load(), "fa_toe_pull")


def test_acupressure_is_graded_unproven_for_every_point() -> None:
    assert {p.grade for p in load().of_kind(Acupoint)} == {Grade.UNPROVEN}


def test_kunlun_is_contraindicated_in_pregnancy() -> None:
    conditions = {c.condition for c in _point("BL60").contraindications}
    assert conditions == {"pregnancy"}
    others = [p.code for p in load().of_kind(Acupoint) if p.contraindicated_for({"pregnancy"})]
    assert others == ["BL60"]


def test_weizhong_is_pressed_gently_because_of_the_vessels() -> None:
    point = _point("BL40")
    assert "gentle" in " ".join(point.cautions).lower()
    assert "never hard" in point.press


@pytest.mark.parametrize("code", CODES)
def test_every_point_is_timed_cited_and_explained(code: str) -> None:
    point = _point(code)
    assert 5 <= point.seconds <= (point.seconds_max or point.seconds) <= 120
    assert any(
        s.url and "who.int" in s.url and "WHO Standard" in (s.note or "") for s in point.sources
    )
    assert point.chinese and point.english
    assert len(point.questions) >= 2


def test_garbled_names_are_explained_in_the_text() -> None:
    assert "Vecunda" in _point("BL40").text and "small knowledge committee" in _point("BL40").text
    assert "8 inches below the eyes of the outer knee" in _point("ST38").text


@pytest.mark.parametrize("code", CODES)
def test_every_point_sits_inside_its_body_outline_on_the_right_view(code: str) -> None:
    d = _point(code).diagram
    assert d.view == EXPECTED_VIEW[code]
    assert contains(d.view, d.x, d.y)


def test_chengshan_is_below_the_knee_crease_point_midway_to_the_ankle() -> None:
    (x40, y40), (x57, y57) = _px("BL40"), _px("BL57")
    assert x40 == x57 == WIDTH / 2  # both on the midline of the back of the leg
    assert y40 + 60 < y57 < HEIGHT * 0.75


def test_tiaokou_is_well_below_zusanli_on_the_outer_side_of_the_shin() -> None:
    (x36, y36), (x38, y38) = _px("ST36"), _px("ST38")
    assert math.dist((x36, y36), (x38, y38)) > 40  # the markers (r = 6) never overlap
    assert y38 > y36
    # On the front view of the right leg the outer side is on the viewer's left.
    assert x36 < WIDTH / 2 and x38 < WIDTH / 2


def test_xuehai_is_above_the_kneecap_on_the_inner_side() -> None:
    x, y = _px("SP10")
    assert x > WIDTH / 2 and y < 151  # kneecap top edge is at y = 151


def test_ankle_points_sit_behind_their_ankle_bones() -> None:
    # Outer view: the heel is on the left of the outer ankle bone (100, 345).
    x60, y60 = _px("BL60")
    assert x60 < 100 and abs(y60 - 345) < 10
    # Inner view, mirrored: the heel is on the right of the inner ankle bone (100, 340).
    x3, y3 = _px("KI3")
    assert x3 > 100 and abs(y3 - 340) < 10


def test_lip_points_are_on_the_midline_upper_above_lower() -> None:
    (x26, y26), (x24, y24) = _px("GV26"), _px("CV24")
    assert x26 == x24 == WIDTH / 2
    assert y26 < 268 < y24  # the upper lip line is at about y = 268


def test_point_uses_lists_the_steps_that_press_a_point() -> None:
    kb = load()
    uses = {(u.technique_id, u.step) for u in point_uses(kb, _point("KI3"))}
    assert uses == {("rt_seated_self_massage", 8)}
    bl57 = {(u.technique_id, u.step) for u in point_uses(kb, _point("BL57"))}
    assert bl57 == {("rt_seated_self_massage", 7), ("fa_acupressure_emergency", 2)}


@pytest.mark.parametrize(
    ("view", "x", "y"),
    [("back", 0.05, 0.5), ("front", 0.5, 0.995), ("outer", 0.95, 0.3), ("face", 0.5, 0.02)],
)
def test_positions_off_the_body_are_outside_the_outline(view: str, x: float, y: float) -> None:
    assert not contains(view, x, y)
