"""The clinical lint: the packaged knowledge base passes it, and each check really fires.

Every check here is a class of error the clinical review found (docs/clinical-review.md);
the bad-data tests show that a new entry repeating one fails.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crampcare.knowledge import load
from crampcare.knowledge.clinical_lint import (
    check_foods,
    check_grade_claims,
    check_person_text,
    check_primary_sources,
    check_urls,
    clinical_lint,
    url_problem,
)
from crampcare.knowledge.loader import KnowledgeBase, parse_entries

_SEED = "002_206b154d7945aaec.txt"
_NHS = "https://www.nhs.uk/conditions/leg-cramps/"


def _kb(*raw: dict[str, Any]) -> KnowledgeBase:
    entries = parse_entries(list(raw), "t.yaml")
    return KnowledgeBase({e.id: e for e in entries})


def _remedy(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "rm_sample",
        "kind": "remedy",
        "title": "Sample remedy",
        "text": "A sample remedy used only by the tests.",
        "grade": "unproven",
        "evidence": "No trial of this sample remedy was found.",
        "remedy_kind": "folk",
        "route": "oral",
        "sources": [{"seed": _SEED, "passage": "Garlic oil helps a lot"}, {"url": _NHS}],
    }
    base.update(over)
    return base


def _messages(problems: list[Any]) -> str:
    return " | ".join(str(p) for p in problems)


def test_the_knowledge_base_passes_every_clinical_check() -> None:
    assert [str(p) for p in clinical_lint(load())] == []


# --- sources --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD009402.pub3//pl", "//"),
        ("http://cks.nice.org.uk/leg-cramps", "https"),
        ("https://www.nhs.uk/conditions/leg-cramps/).", "punctuation"),
        (
            "https://www.doctoori.net/health-information/conditions/?condition=leg-cramps",
            "not a primary source",
        ),
        ("https://www.getpikled.com/the-science-behind-pickle-juice/", "not a primary source"),
        ("https://www.nhs.uk.evil.example/leg-cramps", "not a primary source"),
        # Cochrane by DOI, papers by DOI or PubMed: not through a journal's or a
        # private publisher's own pages, which move and sit behind paywalls.
        ("https://www.cochranelibrary.com/cdsr/doi/10.1002/14651858.CD009402.pub3/full", "DOI"),
        ("https://journals.lww.com/acsm-csmr/Fulltext/2015/09000/x.aspx", "DOI"),
        ("https://www.merckmanuals.com/home/muscle-cramps", "not a primary source"),
        ("https://www.mayoclinic.org/diseases-conditions/muscle-cramp", "not a primary source"),
        ("https://www.ncbi.nlm.nih.gov/pubmed/28241153", "pubmed.ncbi.nlm.nih.gov"),
    ],
)
def test_broken_mirrored_or_commercial_urls_are_rejected(url: str, why: str) -> None:
    problem = url_problem(url)
    assert problem is not None and why in problem
    found = check_urls(_kb(_remedy(sources=[{"url": url}])))
    assert len(found) == 1 and why in str(found[0])


@pytest.mark.parametrize(
    "url",
    [
        _NHS,
        "https://cks.nice.org.uk/topics/leg-cramps/",
        "https://doi.org/10.1002/14651858.CD010655.pub3",
        "https://pubmed.ncbi.nlm.nih.gov/22963024/",
        "https://bnf.nice.org.uk/drugs/quinine/",
        "https://medlineplus.gov/ency/article/003193.htm",
    ],
)
def test_primary_sources_are_accepted(url: str) -> None:
    assert url_problem(url) is None


def test_a_medical_claim_citing_only_the_seeds_is_found() -> None:
    seeds_only = _remedy(sources=[{"seed": _SEED, "passage": "Garlic oil helps a lot"}])
    problems = check_primary_sources(_kb(seeds_only))
    assert len(problems) == 1 and "primary source" in str(problems[0])
    assert check_primary_sources(_kb(_remedy())) == []


def test_every_red_flag_cites_a_primary_source() -> None:
    # The eclampsia, meningitis and poisoning rules cited only the translated articles.
    for rule in load().select(kind="red_flag"):
        assert any(s.url and url_problem(s.url) is None for s in rule.sources), rule.id


# --- words people read --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pull the toes up as in [fa_toe_pull] and hold.",
        "Drink normally (see pv_normal_hydration) instead of forcing water.",
        "For more, run crampcare kb show fa_toe_pull in a terminal.",
        "The seed says to rub the calf until it is warm and red.",
        "Seed 001's routine presses the point for half a minute.",
        "As the article's figure 4 shows, mark three points on the finger.",
        "Taken from 002_206b154d7945aaec.txt, paragraph three of the list.",
        "Trials show little effect (https://www.nhs.uk/conditions/leg-cramps/).",
        "No trials were found (evidence table row 18) for this advice.",
    ],
)
def test_ids_commands_seed_names_and_figures_in_person_text_are_found(text: str) -> None:
    kb = _kb(
        _remedy(text=text, related=["fa_toe_pull"]),
        _remedy(id="fa_toe_pull", title="Toe pull"),
        _remedy(id="pv_normal_hydration", title="Drink normally"),
    )
    problems = [p for p in check_person_text(kb) if p.where == "rm_sample"]
    assert problems, text


def test_food_words_about_seeds_are_not_mistaken_for_the_seed_articles() -> None:
    text = "Pumpkin seeds and sunflower seeds are rich in magnesium; thyme seed drops are not food."
    assert check_person_text(_kb(_remedy(text=text))) == []


_ID_PART = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8)


@given(prefix=_ID_PART, rest=_ID_PART, wrap=st.sampled_from(["[{}]", "(see {})", "see {}", "{}"]))
def test_any_entry_id_named_in_person_text_is_found(prefix: str, rest: str, wrap: str) -> None:
    other = f"{prefix}_{rest}"
    text = "Stretch the calf gently, then " + wrap.format(other) + " for what comes next."
    kb = _kb(_remedy(text=text), _remedy(id=other, title="Another entry"))
    assert [p for p in check_person_text(kb) if p.where == "rm_sample"], text


# --- grades against their own words ---------------------------------------------------


def test_ineffective_with_no_trial_is_found() -> None:
    # "Ineffective" means tested and found not to work; untested cannot be ineffective.
    untested = _remedy(
        grade="ineffective",
        evidence="No trial has tested painkillers for cramps; guidance advises against.",
    )
    problems = check_grade_claims(_kb(untested))
    assert len(problems) == 1 and "ineffective" in str(problems[0])


def test_may_help_whose_text_says_no_effect_was_shown_is_found() -> None:
    unsupported = _remedy(
        grade="may_help", text="A direct effect on night cramps has not been shown for this habit."
    )
    assert len(check_grade_claims(_kb(unsupported))) == 1
    # A negative trial beside a positive one is conflicting evidence: may help stands.
    mixed = _remedy(
        grade="may_help",
        evidence="One trial showed fewer cramps; another found no effect in quinine users.",
    )
    assert check_grade_claims(_kb(mixed)) == []


@pytest.mark.parametrize(
    "warning",
    [
        "Homemade garlic-in-oil can grow the botulism germ.",
        "Alcohol on the skin has caused alcohol poisoning in children.",
        "Overdose can be fatal.",
    ],
)
def test_a_harmless_grade_beside_a_serious_harm_warning_is_found(warning: str) -> None:
    problems = check_grade_claims(_kb(_remedy(warning=warning)))
    assert len(problems) == 1 and "avoid" in str(problems[0])
    assert check_grade_claims(_kb(_remedy(grade="avoid", warning=warning))) == []


# --- foods --------------------------------------------------------------------------


def _food(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "fd_sample",
        "kind": "food",
        "title": "Hazelnuts",
        "text": "Hazelnuts give some magnesium; a sample food for the tests.",
        "grade": "unproven",
        "evidence": "Foods are harmless for most people but unproven for cramps.",
        "per_100g": {
            "magnesium_mg": 163,
            "potassium_mg": 680,
            "calcium_mg": 114,
            "phosphorus_mg": 290,
        },
        "serving_g": 28,
        "serving": "a small handful (28 g)",
        "nutrient_source": "https://fdc.nal.usda.gov/",
        "sources": [
            {"url": "https://fdc.nal.usda.gov/", "note": "SR Legacy food: Nuts, hazelnuts"}
        ],
    }
    base.update(over)
    return base


def test_whole_nuts_without_the_choking_flag_are_found() -> None:
    problems = check_foods(_kb(_food()))
    assert len(problems) == 1 and "choking" in str(problems[0])
    assert check_foods(_kb(_food(choking_risk_under_5=True))) == []


def test_a_food_without_its_usda_record_is_found() -> None:
    bare = _food(choking_risk_under_5=True, sources=[{"url": "https://fdc.nal.usda.gov/"}])
    assert "USDA" in _messages(check_foods(_kb(bare)))


def test_kb_lint_runs_the_clinical_checks() -> None:
    from crampcare.knowledge.lint import lint

    bad = _kb(_remedy(sources=[{"url": "http://cks.nice.org.uk/leg-cramps"}]))
    assert any("https" in str(p) for p in lint(bad))


def test_a_page_cited_twice_in_one_entry_is_found() -> None:
    from crampcare.knowledge.clinical_lint import check_repeated_sources

    twice = _remedy(sources=[{"url": _NHS}, {"url": _NHS}])
    found = check_repeated_sources(_kb(twice))
    assert len(found) == 1 and "more than once" in str(found[0])
    assert check_repeated_sources(_kb(_remedy())) == []


def test_the_medicines_lexicon_cites_primary_sources_only() -> None:
    from crampcare.knowledge.clinical_lint import check_lexicon_sources

    assert check_lexicon_sources() == []


def test_a_non_primary_source_in_the_medicines_lexicon_is_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from crampcare.knowledge import clinical_lint

    data = {"classes": [{"id": "diuretic", "sources": [{"url": "https://merckmanuals.com/x"}]}]}
    monkeypatch.setattr(clinical_lint, "data_yaml", lambda *parts: data)
    problems = clinical_lint.check_lexicon_sources()
    assert [p.where for p in problems] == ["lexicon/medicines.yaml: diuretic sources[0]"]
    assert "not a primary source" in problems[0].message
    assert problems == [p for p in clinical_lint.clinical_lint(load()) if "lexicon" in p.where]
