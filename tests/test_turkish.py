"""Turkish text rules that every list, slug and search on the site relies on."""

from __future__ import annotations

import pytest

from kb.turkish import collate, fold, lower, slugify, upper


@pytest.mark.parametrize(
    ("text", "expected"),
    [("IŞIK", "ışık"), ("İZMİR", "izmir"), ("Bizİzmir", "bizizmir"), ("IĞDIR", "ığdır")],
)
def test_lower_uses_turkish_i_rules(text, expected):
    assert lower(text) == expected
    assert "\u0307" not in lower(text)  # never i + combining dot


def test_upper_uses_turkish_i_rules():
    assert upper("izmir ışık") == "İZMİR IŞIK"


@pytest.mark.parametrize(
    "variants",
    [
        ["IŞIK", "ışık", "isik", "ISIK", "Işık"],
        ["İzmir", "izmir", "IZMIR", "İZMİR"],
        ["yaşlı", "yasli", "YAŞLI", "YASLI"],
        ["göçmen", "gocmen", "GÖÇMEN"],
        ["ağız", "agiz", "AĞIZ"],
    ],
)
def test_fold_makes_every_keyboard_spelling_equal(variants):
    assert len({fold(v) for v in variants}) == 1


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Bizİzmir Dayanışma Noktaları", "bizizmir-dayanisma-noktalari"),
        ("Mersin Modeli", "mersin-modeli"),
        ("Sürdürülebilirlik ve İnovasyon Merkezi", "surdurulebilirlik-ve-inovasyon-merkezi"),
        ("  Çağ Üniversitesi — Göç! ", "cag-universitesi-goc"),
    ],
)
def test_slugify(title, slug):
    assert slugify(title) == slug


def test_turkish_alphabetical_order():
    words = ["Zeytinburnu", "Şişli", "Sarıçam", "Çukurova", "Cadde", "İzmir", "Iğdır",
             "Ödemiş", "Osmangazi", "Ünye", "Uşak", "Ğ", "Gaziantep"]
    assert collate(words) == ["Cadde", "Çukurova", "Gaziantep", "Ğ", "Iğdır", "İzmir",
                              "Osmangazi", "Ödemiş", "Sarıçam", "Şişli", "Uşak", "Ünye",
                              "Zeytinburnu"]


def test_turkish_order_is_case_insensitive_and_words_before_longer_words():
    assert collate(["ilçe", "İl", "il belediyesi"]) == ["İl", "il belediyesi", "ilçe"]


def test_english_order_ignores_diacritics():
    assert collate(["Zeytinburnu", "Şişli", "Sarıçam"], lang="en") == [
        "Sarıçam", "Şişli", "Zeytinburnu"]
