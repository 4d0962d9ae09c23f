"""docs/report.schema.json is generated from the Analysis model; docs/analysis.md names
every field; a real report's JSON fits the model.

Regenerate the schema after changing the model:

    .venv/bin/python tests/analysis/test_report_schema.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from crampcare.analysis.person import analyse
from crampcare.analysis.results import Analysis, FactorResult, ReliefResult
from crampcare.analysis.simulate import simulate
from crampcare.render.report_text import REPORT_KIND, report_json, report_json_schema
from crampcare.typed import dump, field_names, validate

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCHEMA = DOCS / "report.schema.json"
GUIDE = DOCS / "analysis.md"


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_committed_schema_matches_the_model() -> None:
    assert SCHEMA.is_file(), "run: .venv/bin/python tests/analysis/test_report_schema.py"
    assert SCHEMA.read_text(encoding="utf-8") == render(report_json_schema()), (
        "docs/report.schema.json is stale; regenerate it (see this module's docstring)"
    )


def test_the_guide_names_every_field() -> None:
    named = set(re.findall(r"`([a-z0-9_]+)`", GUIDE.read_text(encoding="utf-8")))
    fields = set(field_names(Analysis)) | set(field_names(FactorResult))
    fields |= set(field_names(ReliefResult))
    assert fields - named == set()


def test_report_json_round_trips_through_the_model() -> None:
    records, _ = simulate(1, 120, seed=3)
    data = json.loads(json.dumps(report_json(analyse(records.episodes, records.checkins))))
    assert data.pop("kind") == REPORT_KIND and data.pop("version") == 1
    again = validate(Analysis, data)
    assert dump(again, mode="json") == data
    assert report_json(again) == {"kind": REPORT_KIND, "version": 1, **data}


def test_report_json_is_what_pydantic_writes_for_the_analysis_in_plain_types() -> None:
    records, _ = simulate(1, 400, seed=5)
    result = analyse(records.episodes, records.checkins)
    data = report_json(result)
    assert data == {"kind": REPORT_KIND, "version": 1, **dump(result, mode="json")}

    def kinds(value: Any) -> set[type]:
        if isinstance(value, dict):
            return set().union(*map(kinds, value.values())) if value else set()
        if isinstance(value, list):
            return set().union(*map(kinds, value)) if value else set()
        return {type(value)}

    # No numpy scalar leaves: every writer (json.dumps, the web's encoder) takes these.
    assert kinds(data) <= {str, int, float, bool, type(None)}


if __name__ == "__main__":
    SCHEMA.write_text(render(report_json_schema()), encoding="utf-8")
