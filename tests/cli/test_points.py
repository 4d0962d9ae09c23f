"""`crampcare points`: list, show, JSON, SVG diagrams, clean errors."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from crampcare.cli.app import app

CODES = ["BL57", "BL40", "GB34", "ST36", "ST38", "BL60", "KI3", "SP10", "GV26", "CV24"]
SVG = "{http://www.w3.org/2000/svg}"


def _outline_box(root: ET.Element) -> tuple[float, float, float, float]:
    outline = root.find(f"{SVG}path[@id='outline']")
    assert outline is not None
    nums = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", outline.attrib["d"])]
    xs, ys = nums[0::2], nums[1::2]
    return min(xs), min(ys), max(xs), max(ys)


def test_list_shows_every_point_with_its_press_time(runner: CliRunner) -> None:
    result = runner.invoke(app, ["points"])
    assert result.exit_code == 0, result.output
    for code in CODES:
        assert re.search(rf"^{code}\s", result.output, re.M), code
    assert "Chengshan" in result.output and "30 s-2 min" in result.output


def test_show_one_point_by_code_has_location_press_and_uses(runner: CliRunner) -> None:
    result = runner.invoke(app, ["points", "BL57"])
    assert result.exit_code == 0, result.output
    assert "Chengshan (BL57)" in result.output
    assert "Where:" in result.output and "How to press:" in result.output
    assert "Seated self-massage and acupressure for calf cramps, step" in result.output
    assert "rt_seated_self_massage" not in result.output, "people read titles, not ids"


@pytest.mark.parametrize(("name", "code"), [("Vecunda", "BL40"), ("cheng shan", "BL57")])
def test_seed_spellings_work_as_the_code_argument(runner: CliRunner, name: str, code: str) -> None:
    result = runner.invoke(app, ["points", name, "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["code"] == code


def test_json_list_has_every_point_with_the_export_fields(runner: CliRunner) -> None:
    result = runner.invoke(app, ["points", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert sorted(d["code"] for d in data) == sorted(CODES)
    for d in data:
        assert {"id", "kind", "grade", "sources", "diagram", "location"} <= set(d)


def test_json_for_one_point_lists_the_steps_that_press_it(runner: CliRunner) -> None:
    result = runner.invoke(app, ["points", "BL60", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["contraindications"][0]["condition"] == "pregnancy"
    assert {"technique": "rt_seated_self_massage", "step": 8} in data["used_in"]


def test_unknown_code_exits_2_with_a_clean_message(runner: CliRunner) -> None:
    result = runner.invoke(app, ["points", "XX99"])
    assert result.exit_code == 2
    assert "No acupoint is called 'XX99'" in result.output
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit)


@pytest.mark.parametrize("code", CODES)
def test_svg_is_well_formed_with_the_point_inside_the_outline(
    runner: CliRunner, code: str, tmp_path: Path
) -> None:
    out = tmp_path / f"{code}.svg"
    result = runner.invoke(app, ["points", code, "--svg", str(out)])
    assert result.exit_code == 0, result.output
    root = ET.fromstring(out.read_text(encoding="utf-8"))
    assert root.tag == f"{SVG}svg"
    title = root.find(f"{SVG}title")
    assert title is not None and code in (title.text or "")
    groups = root.findall(f"{SVG}g[@class='point']")
    assert [g.attrib["data-code"] for g in groups] == [code]
    circle = groups[0].find(f"{SVG}circle")
    assert circle is not None
    cx, cy = float(circle.attrib["cx"]), float(circle.attrib["cy"])
    x0, y0, x1, y1 = _outline_box(root)
    assert x0 < cx < x1 and y0 < cy < y1


def test_svg_of_a_view_marks_all_its_points(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "back.svg"
    result = runner.invoke(app, ["points", "--view", "back", "--svg", str(out)])
    assert result.exit_code == 0, result.output
    root = ET.fromstring(out.read_text(encoding="utf-8"))
    codes = {g.attrib["data-code"] for g in root.findall(f"{SVG}g[@class='point']")}
    assert codes == {"BL57", "BL40"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["points", "--svg", "x.svg"], "--svg needs a point CODE"),
        (["points", "--view", "elbow"], "unknown view 'elbow'"),
    ],
)
def test_bad_options_exit_2_with_a_message(
    runner: CliRunner, args: list[str], message: str
) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output


def test_unwritable_svg_path_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "dir" / "p.svg"
    result = runner.invoke(app, ["points", "BL57", "--svg", str(target)])
    assert result.exit_code == 2
    assert "cannot write" in result.output


def test_help_describes_the_command(runner: CliRunner) -> None:
    result = runner.invoke(app, ["points", "-h"])
    assert result.exit_code == 0
    assert "acupressure atlas" in result.output


def test_hand_view_draws_the_su_jok_zones_without_inventing_points(
    runner: CliRunner, tmp_path: Path
) -> None:
    out = tmp_path / "hand.svg"
    result = runner.invoke(app, ["points", "--view", "hand", "--svg", str(out)])
    assert result.exit_code == 0, result.output
    root = ET.fromstring(out.read_text(encoding="utf-8"))
    assert root.findall(f"{SVG}g[@class='point']") == []
    zones = root.findall(f"{SVG}rect[@class='zone']")
    assert sorted({z.attrib["data-zone"] for z in zones}) == ["middle_phalanx", "proximal_phalanx"]
    assert len(zones) == 4  # two bones on each of the middle and ring fingers
    x0, y0, x1, y1 = _outline_box(root)
    for z in zones:
        x, y = float(z.attrib["x"]), float(z.attrib["y"])
        w, h = float(z.attrib["width"]), float(z.attrib["height"])
        assert x0 < x and x + w < x1 and y0 < y and y + h < y1
    desc = root.find(f"{SVG}desc")
    assert desc is not None and "missing" in (desc.text or "")
