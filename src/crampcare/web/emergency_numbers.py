"""Which emergency number to offer first, from the browser's language tag (en-GB -> 999).

The page shows one number, large, and the others behind a choice: three numbers
side by side make a frightened person stop and think. The server picks from
``Accept-Language`` (works without JavaScript); the page's script refines it with
``navigator.language`` from the same table, sent along as data.
"""

from __future__ import annotations

from typing import Any

DEFAULT = "112"
# 112 works across the EU/EEA and from most mobile phones elsewhere.
EU_EEA = frozenset(
    {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
     "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH"}
)  # fmt: skip
BY_REGION: dict[str, str] = {
    "GB": "999",
    "UK": "999",
    "US": "911",
    "CA": "911",
    "AU": "000",
    **{code: "112" for code in EU_EEA},
}
#: The choices under "Another country?", in the order shown.
CHOICES = [
    ("112", "Europe and most mobile phones"),
    ("999", "United Kingdom"),
    ("911", "United States and Canada"),
    ("000", "Australia"),
]


def region_of(tag: str) -> str | None:
    """The region subtag of a language tag ("en-GB" -> "GB"), if it has one."""
    parts = tag.strip().replace("_", "-").split("-")
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            return part.upper()
    return None


def number_for(tag: str) -> tuple[str, bool]:
    """The number for a language tag, and whether it was known (False: the default)."""
    region = region_of(tag)
    if region is not None and region in BY_REGION:
        return BY_REGION[region], True
    return DEFAULT, False


def numbers_for(accept_language: str) -> dict[str, Any]:
    """What the emergency screen needs: the first choice, the others and the table."""
    first = accept_language.split(",")[0].split(";")[0] if accept_language else ""
    number, known = number_for(first)
    return {"number": number, "known": known, "choices": CHOICES, "by_region": BY_REGION}
