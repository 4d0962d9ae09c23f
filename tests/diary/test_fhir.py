"""FHIR R4 export: every bundle validates with fhir.resources (its R4B models) and is coded."""

from __future__ import annotations

import itertools
from datetime import date, datetime
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from hypothesis import given, settings

from crampcare.diary.fhir import FACTOR_SYSTEM, LOINC, SNOMED, bundle
from crampcare.diary.models import FACTORS, CheckIn, CheckInIn, Episode, EpisodeIn
from crampcare.vocabulary import DIARY_LOCATIONS, DIARY_SIDES
from tests.diary.strategies import diaries


def _valid(document: dict[str, Any]) -> Bundle:
    parsed = Bundle.model_validate(document)
    assert parsed.type == "collection"
    return parsed


def _codes(concept: dict[str, Any], system: str) -> list[str]:
    return [c["code"] for c in concept.get("coding", []) if c["system"] == system]


def _episode(**extra: Any) -> Episode:
    return Episode.model_validate(
        {"id": 5, "started_at": datetime(2026, 3, 1, 3, 10), "side": "left", "intensity": 7} | extra
    )


def test_a_calf_cramp_is_a_coded_observation() -> None:
    ep = _episode(duration_s=90, woke=True, minutes_to_relief=2.5, actions=["stretch"])
    document = bundle([ep], [])
    _valid(document)
    obs = document["entry"][0]["resource"]
    assert obs["resourceType"] == "Observation" and obs["status"] == "final"
    assert _codes(obs["code"], SNOMED) == ["449918009"]
    assert _codes(obs["code"], "http://hl7.org/fhir/sid/icd-10") == ["R25.2"]
    period = obs["effectivePeriod"]
    start, end = datetime.fromisoformat(period["start"]), datetime.fromisoformat(period["end"])
    assert (end - start).total_seconds() == 90
    assert start.replace(tzinfo=None) == ep.started_at
    severity = [c for c in obs["component"] if _codes(c["code"], LOINC) == ["72514-3"]]
    assert [c["valueInteger"] for c in severity] == [7]
    assert _codes(obs["bodySite"], SNOMED) == ["53840002", "53840002:272741003=7771000"]
    assert obs["bodySite"]["text"] == "left calf"


def test_cramps_elsewhere_use_the_general_cramp_code() -> None:
    document = bundle([_episode(location="foot", side="right", intensity=None)], [])
    _valid(document)
    obs = document["entry"][0]["resource"]
    assert _codes(obs["code"], SNOMED) == ["55300003"]
    assert _codes(obs["bodySite"], SNOMED) == ["56459004", "56459004:272741003=24028007"]
    assert not [c for c in obs["component"] if _codes(c["code"], LOINC)]
    assert "end" not in obs["effectivePeriod"]


@pytest.mark.parametrize(
    ("location", "side"), list(itertools.product(DIARY_LOCATIONS, DIARY_SIDES))
)
def test_every_location_and_side_exports_validly(location: str, side: str) -> None:
    document = bundle([_episode(location=location, side=side)], [])
    _valid(document)
    site = document["entry"][0]["resource"]["bodySite"]
    assert site["text"]
    if side in ("left", "right", "both") and site.get("coding"):
        assert ":272741003=" in site["coding"][-1]["code"]


def test_daily_factors_become_observations() -> None:
    ci = CheckIn(
        id=3,
        day=date(2026, 3, 1),
        exercise=True,
        caffeine_cups=4,
        fluids_l=1.5,
        stress=2,
        custom={"cold feet": True, "steps": 12000},
        notes="long shift",
    )
    document = bundle([], [ci])
    _valid(document)
    resources = [e["resource"] for e in document["entry"]]
    by_code = {(_codes(r["code"], FACTOR_SYSTEM) or [r["code"]["text"]])[0]: r for r in resources}
    assert set(by_code) == {"exercise", "caffeine_cups", "fluids_l", "stress", "cold feet", "steps"}
    assert by_code["exercise"]["valueBoolean"] is True
    assert by_code["caffeine_cups"]["valueInteger"] == 4
    assert by_code["fluids_l"]["valueQuantity"]["code"] == "L"
    assert by_code["cold feet"]["valueBoolean"] is True
    assert all(r["effectiveDateTime"] == "2026-03-01" for r in resources)
    assert all(r["category"][0]["coding"][0]["code"] == "social-history" for r in resources)


def test_entry_urls_are_unique_and_stable() -> None:
    records = (
        [_episode(id=i) for i in range(1, 4)],
        [CheckIn(id=1, day=date(2026, 3, 1), heat=True)],
    )
    first, second = bundle(*records), bundle(*records)
    urls = [e["fullUrl"] for e in first["entry"]]
    assert len(set(urls)) == len(urls) == 4
    assert urls == [e["fullUrl"] for e in second["entry"]]


@settings(max_examples=40, deadline=None)
@given(diaries)
def test_any_diary_exports_a_valid_bundle(
    records: tuple[list[EpisodeIn], tuple[CheckInIn, ...]],
) -> None:
    eps, cis = records
    stored_eps = [Episode(id=i + 1, **e.model_dump()) for i, e in enumerate(eps)]
    stored_cis = [CheckIn(id=i + 1, **c.model_dump()) for i, c in enumerate(cis)]
    document = bundle(stored_eps, stored_cis)
    parsed = _valid(document)
    answered = sum(sum(getattr(c, n) is not None for n in FACTORS) + len(c.custom) for c in cis)
    assert len(parsed.entry or []) == len(eps) + answered
