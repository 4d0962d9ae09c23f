"""Contraindication conditions in the words a person reads ("Not for: pregnancy").

Entries store a condition as a situation name (``anticoagulants``) or ``allergy:<thing>``;
those names are for the data and ``--json``. Pages, answers and plans show these words.
"""

from __future__ import annotations

from crampcare.vocabulary import Situation

#: Who an item is not for, as it follows "Not for" (every Situation has words: a test checks).
WHO_NOT_FOR: dict[str, str] = {
    Situation.PREGNANCY: "pregnancy",
    Situation.BREASTFEEDING: "breastfeeding",
    Situation.DIABETES: "people with diabetes",
    Situation.NEUROPATHY: "people with numb feet or nerve damage (neuropathy)",
    Situation.ANTICOAGULANTS: "people taking blood thinners",
    Situation.KIDNEY_DISEASE: "people with kidney disease",
    Situation.LIVER_DISEASE: "people with liver disease",
    Situation.HEART_DISEASE: "people with heart disease",
    Situation.HEART_FAILURE: "people with heart failure",
    Situation.CHILD: "children",
    Situation.OLDER_ADULT: "older people",
    Situation.ALCOHOL: "people who drink heavily",
    Situation.BROKEN_SKIN: "broken or damaged skin",
    Situation.VARICOSE_VEINS: "people with varicose veins",
    Situation.SALT_RESTRICTED: "people on a low-salt diet",
    Situation.DIURETICS: "people taking water tablets (diuretics)",
    Situation.EPILEPSY: "people with epilepsy",
}


def condition_words(condition: str) -> str:
    """'people taking blood thinners', 'people allergic to garlic': never the stored name."""
    if condition.startswith("allergy:"):
        thing = condition.split(":", 1)[1].replace("_", " ")
        return f"people allergic to {thing}"
    return WHO_NOT_FOR.get(condition, condition.replace("_", " "))
