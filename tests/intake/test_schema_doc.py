"""docs/intake.schema.json is generated from the Intake model and docs/intake.md covers it.

Regenerate the schema after changing the model:

    .venv/bin/python tests/intake/test_schema_doc.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from crampcare.intake import Intake, Symptoms
from crampcare.triage_rules import red_flags
from crampcare.typed import field_names, json_schema, validate

DOCS = Path(__file__).resolve().parents[2] / "docs"
SCHEMA = DOCS / "intake.schema.json"
GUIDE = DOCS / "intake.md"


def current_schema() -> dict[str, Any]:
    schema = json_schema(Intake)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def test_committed_schema_matches_the_model() -> None:
    assert SCHEMA.is_file(), "run: .venv/bin/python tests/intake/test_schema_doc.py"
    assert SCHEMA.read_text(encoding="utf-8") == render(current_schema()), (
        "docs/intake.schema.json is stale; run: .venv/bin/python tests/intake/test_schema_doc.py"
    )


def test_the_guide_names_every_field() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z_]+)`", text))
    missing = (set(field_names(Intake)) | set(field_names(Symptoms))) - named
    assert missing == set()


def test_the_guide_names_every_rule() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    assert {r.id for r in red_flags()} - set(re.findall(r"rf_[a-z_]+", text)) == set()


def test_an_example_in_the_guide_is_a_valid_intake() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    block = re.search(r"```json\n(.*?)```", text, re.DOTALL)
    assert block is not None
    validate(Intake, json.loads(block.group(1)))


if __name__ == "__main__":
    SCHEMA.write_text(render(current_schema()), encoding="utf-8")
    print(f"wrote {SCHEMA}")
