"""Food entries: the seeds' mineral sources, with figures a dietitian would accept."""

from __future__ import annotations

import re

from crampcare.knowledge import load
from crampcare.knowledge.schema import Food
from crampcare.vocabulary import Grade

#: Every food the seed articles name as a source of magnesium, potassium or calcium.
SEED_FOODS = (
    "fd_almonds",
    "fd_pumpkin_seeds",
    "fd_sunflower_seeds",
    "fd_walnuts",
    "fd_buckwheat",
    "fd_soybeans",
    "fd_broccoli",
    "fd_parsley",
    "fd_spinach",
    "fd_apple",
    "fd_banana",
    "fd_grapefruit",
    "fd_avocado",
    "fd_dried_apricots",
    "fd_raisins",
    "fd_dates",
    "fd_prunes",
    "fd_beets",
    "fd_garlic",
    "fd_chicken",
    "fd_salmon",
    "fd_sardines",
    "fd_milk",
    "fd_kefir",
    "fd_yogurt",
    "fd_hard_cheese",
    "fd_cottage_cheese",
    "fd_white_beans",
    "fd_oats",
    "fd_wheat_bran",
    "fd_wheat_germ",
    "fd_cocoa",
)
NUTS_AND_SEEDS = ("fd_almonds", "fd_pumpkin_seeds", "fd_sunflower_seeds", "fd_walnuts")
DAIRY = ("fd_milk", "fd_kefir", "fd_yogurt", "fd_hard_cheese", "fd_cottage_cheese")
#: A usual renal-diet cut-off for a high-potassium portion (mg).
HIGH_POTASSIUM_PORTION = 200


def foods() -> dict[str, Food]:
    return {f.id: f for f in load().of_kind(Food)}


def per_portion(food: Food, nutrient: str) -> float:
    value: float = getattr(food.per_100g, nutrient)
    return value * food.serving_g / 100


def test_there_are_at_least_25_foods() -> None:
    assert len(foods()) >= 25


def test_every_food_the_seeds_name_has_an_entry() -> None:
    assert [i for i in SEED_FOODS if i not in foods()] == []


def test_pumpkin_seeds_are_richest_in_magnesium_among_nuts_and_seeds() -> None:
    group = {i: foods()[i].per_100g.magnesium_mg for i in NUTS_AND_SEEDS}
    assert max(group, key=group.__getitem__) == "fd_pumpkin_seeds"


def test_hard_cheese_is_richest_in_calcium_among_dairy_and_dairy_beats_fruit() -> None:
    group = {i: foods()[i].per_100g.calcium_mg for i in DAIRY}
    assert max(group, key=group.__getitem__) == "fd_hard_cheese"
    assert foods()["fd_milk"].per_100g.calcium_mg > 10 * foods()["fd_banana"].per_100g.calcium_mg


def test_dried_fruit_has_more_potassium_than_fresh() -> None:
    f = foods()
    assert f["fd_dried_apricots"].per_100g.potassium_mg > 5 * f["fd_apple"].per_100g.potassium_mg
    assert f["fd_raisins"].per_100g.potassium_mg > f["fd_banana"].per_100g.potassium_mg


def test_sardines_with_bones_have_far_more_calcium_than_fish_fillet() -> None:
    f = foods()
    assert f["fd_sardines"].per_100g.calcium_mg > 10 * f["fd_salmon"].per_100g.calcium_mg


def test_figures_and_portions_are_within_plausible_ranges() -> None:
    for food in foods().values():
        n = food.per_100g
        assert 0 < n.magnesium_mg <= 700, food.id
        assert 0 < n.potassium_mg <= 2000, food.id
        assert 0 < n.calcium_mg <= 1300, food.id
        assert 3 <= food.serving_g <= 300, food.id
        assert re.search(r"\d+ ?g\)?", food.serving), f"{food.id} serving names no grams"


def test_text_gives_the_same_figures_as_the_table() -> None:
    for food in foods().values():
        text = " ".join(food.text.split())
        n = food.per_100g
        for value in (n.magnesium_mg, n.potassium_mg, n.calcium_mg):
            assert f"{value:g} mg" in text, f"{food.id} text lacks {value:g} mg"
        portion_mg = round(per_portion(food, "magnesium_mg"))
        assert f"roughly {portion_mg} mg" in text, f"{food.id} portion figure is stale"


def test_high_potassium_portions_are_ruled_out_for_kidney_disease() -> None:
    for food in foods().values():
        hits = food.contraindicated_for({"kidney_disease"})
        if per_portion(food, "potassium_mg") >= HIGH_POTASSIUM_PORTION:
            assert hits and "potassium" in hits[0].reason, food.id
        for hit in hits:
            # Only potassium or phosphorus load rules a food out for kidney patients.
            assert "potassium" in hit.reason or "phosphorus" in hit.reason, food.id
    f = foods()
    assert f["fd_banana"].contraindicated_for({"kidney_disease"})
    assert "phosphorus" in f["fd_wheat_bran"].contraindicated_for({"kidney_disease"})[0].reason
    assert not f["fd_apple"].contraindicated_for({"kidney_disease"})


def test_allergens_are_flagged() -> None:
    f = foods()
    expected = {
        "allergy:nuts": ("fd_almonds", "fd_walnuts"),
        "allergy:milk": DAIRY,
        "allergy:fish": ("fd_salmon", "fd_sardines"),
        "allergy:soy": ("fd_soybeans",),
        "allergy:wheat": ("fd_wheat_bran", "fd_wheat_germ"),
    }
    for condition, ids in expected.items():
        for food_id in ids:
            assert f[food_id].contraindicated_for({condition}), f"{food_id} lacks {condition}"
    assert not f["fd_apple"].contraindicated_for({"allergy:nuts", "allergy:milk"})


def test_foods_are_honestly_unproven_for_cramps() -> None:
    for food in foods().values():
        assert food.grade is Grade.UNPROVEN, food.id
        assert "no trial" in food.text, food.id


def test_every_food_cites_the_usda_record_it_comes_from() -> None:
    for food in foods().values():
        assert food.nutrient_source.startswith("https://fdc.nal.usda.gov/"), food.id
        notes = [s.note or "" for s in food.sources if s.url and "fdc.nal.usda.gov" in s.url]
        assert any("SR Legacy" in n for n in notes), f"{food.id} names no SR Legacy food"
        assert any(s.seed for s in food.sources), f"{food.id} cites no seed passage"
