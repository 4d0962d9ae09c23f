"""FHIR R4 export: the diary as a Bundle (type ``collection``) of Observations.

One Observation per episode, coded SNOMED CT 449918009 "Cramp in lower leg"
for the calf and 55300003 "Cramp" elsewhere, plus ICD-10 R25.2; the 0-10 pain
score is a LOINC 72514-3 component; the body site is a SNOMED CT body structure
with laterality as a post-coordinated qualifier (attribute 272741003). Each
answered daily factor is an Observation too; no standard code fits those, so
they carry crampcare's own code system (documented in docs/diary.md) and custom
factors are text-coded.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from crampcare.diary.models import FACTORS, CheckIn, Episode

SNOMED = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
FACTOR_SYSTEM = "urn:crampcare:fhir:daily-factor"
EPISODE_SYSTEM = "urn:crampcare:fhir:episode"
PERSON_SYSTEM = "urn:crampcare:person"
_NAMESPACE = uuid.UUID("6f0c1e0a-3f57-4b0e-9a56-2c9d8f1b7e41")

CRAMP_LOWER_LEG = ("449918009", "Cramp in lower leg")
CRAMP = ("55300003", "Cramp")
PAIN_SEVERITY = ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
LATERALITY_ATTRIBUTE = "272741003"
# location -> (SNOMED CT body structure, display, plain words); None where no single code fits.
BODY_SITES: dict[str, tuple[str | None, str, str]] = {
    "calf": ("53840002", "Calf of leg", "calf"),
    "foot": ("56459004", "Foot", "foot"),
    "toes": ("29707007", "Toe", "toes"),
    "thigh_front": ("68367000", "Thigh", "front of thigh"),
    "thigh_back": ("68367000", "Thigh", "back of thigh"),
    "hands": ("85562004", "Hand", "hand"),
    "whole_body": ("38266002", "Entire body as a whole", "whole body"),
    "chest_belly": (None, "", "chest or belly"),
    "other": (None, "", "other place"),
}
LATERALITY: dict[str, tuple[str, str]] = {
    "left": ("7771000", "Left"),
    "right": ("24028007", "Right"),
    "both": ("51440002", "Right and left"),
}
# factor -> UCUM unit for decimal factors (counts and 0-3 scales are integers).
UNITS: dict[str, str] = {
    "hours_on_feet": "h",
    "fluids_l": "L",
    "alcohol_units": "{unit}",
    "heel_height_cm": "cm",
}


def _coding(system: str, code: str, display: str) -> dict[str, str]:
    return {"system": system, "code": code, "display": display}


def _category(code: str, display: str) -> list[dict[str, Any]]:
    return [{"coding": [_coding(CATEGORY, code, display)]}]


def _instant(value: datetime) -> str:
    # FHIR needs an offset once a time is given; diary times are local wall-clock.
    return value.astimezone().isoformat(timespec="seconds")


def _subject(person_id: int) -> dict[str, Any]:
    return {"identifier": {"system": PERSON_SYSTEM, "value": str(person_id)}}


def body_site(location: str, side: str) -> dict[str, Any]:
    """A CodeableConcept for where the cramp was, laterality as a SNOMED CT qualifier."""
    code, display, words = BODY_SITES[location]
    lateral = LATERALITY.get(side)
    text = f"{side} {words}" if lateral else words
    concept: dict[str, Any] = {"text": text}
    if code is None:
        return concept
    codings = [_coding(SNOMED, code, display)]
    if lateral is not None:
        expression = f"{code}:{LATERALITY_ATTRIBUTE}={lateral[0]}"
        codings.append({"system": SNOMED, "code": expression, "display": f"{display}, {text}"})
    concept["coding"] = codings
    return concept


def episode_observation(ep: Episode) -> dict[str, Any]:
    """One cramp episode as an Observation."""
    finding = CRAMP_LOWER_LEG if ep.location == "calf" else CRAMP
    obs: dict[str, Any] = {
        "resourceType": "Observation",
        "id": f"episode-{ep.id}",
        "identifier": [{"system": EPISODE_SYSTEM, "value": f"{ep.person_id}/{ep.id}"}],
        "status": "final",
        "category": _category("survey", "Survey"),
        "code": {
            "coding": [
                _coding(SNOMED, *finding),
                _coding(ICD10, "R25.2", "Cramp and spasm"),
            ],
            "text": "Muscle cramp",
        },
        "subject": _subject(ep.person_id),
        "bodySite": body_site(ep.location, ep.side),
    }
    if ep.duration_s:
        obs["effectivePeriod"] = {
            "start": _instant(ep.started_at),
            "end": _instant(ep.started_at + timedelta(seconds=ep.duration_s)),
        }
    else:
        obs["effectivePeriod"] = {"start": _instant(ep.started_at)}
    components: list[dict[str, Any]] = []
    if ep.intensity is not None:
        components.append(
            {"code": {"coding": [_coding(LOINC, *PAIN_SEVERITY)]}, "valueInteger": ep.intensity}
        )
    components.append(
        {
            "code": {"coding": [_coding(EPISODE_SYSTEM, "woke", "Woke from sleep")]},
            "valueBoolean": ep.woke,
        }
    )
    if ep.minutes_to_relief is not None:
        components.append(
            {
                "code": {
                    "coding": [_coding(EPISODE_SYSTEM, "minutes-to-relief", "Minutes to relief")]
                },
                "valueQuantity": {
                    "value": ep.minutes_to_relief,
                    "unit": "min",
                    "system": UCUM,
                    "code": "min",
                },
            }
        )
    obs["component"] = components
    notes = []
    if ep.actions:
        notes.append("Did: " + "; ".join(ep.actions))
    if ep.helped:
        notes.append("Helped: " + "; ".join(ep.helped))
    if ep.notes.strip():
        notes.append(ep.notes.strip())
    if notes:
        obs["note"] = [{"text": n} for n in notes]
    return obs


def _factor_value(name: str, value: bool | float) -> dict[str, Any]:
    if isinstance(value, bool):
        return {"valueBoolean": value}
    if name in UNITS:
        unit = UNITS[name]
        return {"valueQuantity": {"value": value, "unit": unit, "system": UCUM, "code": unit}}
    if isinstance(value, int):
        return {"valueInteger": value}
    return {"valueQuantity": {"value": value}}


def checkin_observations(ci: CheckIn) -> list[dict[str, Any]]:
    """Each answered factor of a daily check-in as its own Observation."""
    out: list[dict[str, Any]] = []
    answered: list[tuple[str, dict[str, Any], bool | float]] = []
    for name, (_type, label) in FACTORS.items():
        value = getattr(ci, name)
        if value is not None:
            answered.append((name, {"coding": [_coding(FACTOR_SYSTEM, name, label)]}, value))
    for name, value in sorted(ci.custom.items()):
        answered.append((f"custom-{name}", {"text": name}, value))
    for i, (name, code, value) in enumerate(answered):
        obs: dict[str, Any] = {
            "resourceType": "Observation",
            "id": f"checkin-{ci.id}-{i}",
            "identifier": [
                {"system": FACTOR_SYSTEM, "value": f"{ci.person_id}/{ci.day.isoformat()}/{name}"}
            ],
            "status": "final",
            "category": _category("social-history", "Social History"),
            "code": code,
            "subject": _subject(ci.person_id),
            "effectiveDateTime": ci.day.isoformat(),
            **_factor_value(name, value),
        }
        if ci.notes.strip() and i == 0:
            obs["note"] = [{"text": ci.notes.strip()}]
        out.append(obs)
    return out


def bundle(episodes: Iterable[Episode], checkins: Iterable[CheckIn]) -> dict[str, Any]:
    """A FHIR R4 Bundle (collection) of every episode and answered daily factor."""
    resources: list[dict[str, Any]] = [episode_observation(e) for e in episodes]
    for ci in checkins:
        resources.extend(checkin_observations(ci))
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": datetime.now().astimezone().isoformat(timespec="seconds"),
        "entry": [
            {
                "fullUrl": f"urn:uuid:{_entry_uuid(r)}",
                "resource": r,
            }
            for r in resources
        ],
    }


def _entry_uuid(resource: dict[str, Any]) -> uuid.UUID:
    # Stable across exports, so a receiver can recognise a record it has seen.
    ident = resource["identifier"][0]
    return uuid.uuid5(_NAMESPACE, f"{ident['system']}|{ident['value']}")
