"""The search normaliser: what a person types and what the page says meet on the same terms."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kb.search.normalise import analyse, stem_en, stems_tr, terms, tokens
from kb.turkish import fold

CASES = json.loads((Path(__file__).parent / "normalise_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['lang']}:{c['text']}" for c in CASES])
def test_shared_cases_python_side(case):
    # The engine checks the same file in Node: js/normalise.test.cjs.
    assert fold(case["text"]) == case["fold"]
    assert terms(case["text"], case["lang"]) == case["terms"]


@pytest.mark.parametrize(
    "forms",
    [
        ["izmir", "IZMIR", "İzmir", "İZMİR", "İzmir'de", "İzmir’in"],
        ["yasli", "yaşlı", "YAŞLI", "yaşlılara", "yaşlıların", "Yaşlılar"],
        ["kullanici", "kullanıcı", "kullanıcıların", "KULLANICILAR"],
        ["ışık", "IŞIK", "isik", "ışığı"],
        ["kadin", "kadın", "kadınlar", "kadınlara", "KADINLARIN"],
        ["gocmen", "göçmen", "göçmenler", "göçmenlere"],
        ["agiz", "ağız", "AĞIZ"],
        ["dayanışma", "dayanışmanın", "dayanisma", "dayanışmayı"],
        ["kurs", "kursu", "kursları", "kurslara"],
        ["sağlık", "sağlığı", "saglik"],
    ],
)
def test_turkish_forms_share_a_stem(forms):
    stem_sets = [set(s) for form in forms for s in terms(form, "tr")]
    assert set.intersection(*stem_sets), forms


def test_ambiguous_suffixes_still_meet():
    # 'mersinde' parses as mersi+nde or mersin+de; the text writes "Mersin" or "Mersin'de".
    assert set(stems_tr("mersinde")) & set(stems_tr("mersin"))
    assert set(stems_tr("belediyesinde")) & set(stems_tr("belediye"))


def test_unrelated_words_stay_apart():
    assert not set(stems_tr("merkez")) & set(stems_tr("mersin"))
    assert not set(stems_tr("bag")) & set(stems_tr("bak"))  # bağ/bak: one syllable keeps its ğ


@pytest.mark.parametrize(
    ("word", "singular"),
    [("municipalities", "municipality"), ("centres", "centre"), ("women", "woman"),
     ("classes", "class"), ("boxes", "box"), ("status", "status"), ("migrants", "migrant"),
     ("municipality's", "municipality")],
)
def test_english_plural_to_singular(word, singular):
    assert stem_en(word) == singular


def test_tokens_keep_offsets_of_the_original_text():
    text = "Bizİzmir'de yaşlılara, IŞIK!"
    assert [(text[s:e], w) for s, e, w in tokens(text)] == [
        ("Bizİzmir'de", "Bizİzmir'de"), ("yaşlılara", "yaşlılara"), ("IŞIK", "IŞIK")]


def test_combining_dot_from_a_javascript_lowercase_is_harmless():
    assert terms("i\u0307zmir", "tr") == terms("İzmir", "tr")


def test_the_browser_s_tables_are_generated_from_python():
    """kb-search-text.js reads kb-search-rules.json: it must be what rules.py says today."""
    from kb.search import rules

    if os.environ.get("KB_BLESS"):  # after changing rules.py: KB_BLESS=1 pytest …
        rules.main()
    assert rules.JSON_PATH.read_text(encoding="utf-8") == rules.rules_json(), (
        "kb-search-rules.json is stale: run python -m kb.search.rules")


@pytest.mark.parametrize(("derived", "base"), [
    ("İzmirli", "İzmir"), ("Bucalı", "Buca"), ("İzmir'deki", "İzmir"), ("izmirdeki", "izmir"),
    ("Mersinliler", "Mersin"), ("sonraki", "sonra"),
])
def test_derivational_endings_meet_their_base(derived, base):
    assert set(terms(derived, "tr")[0]) & set(terms(base, "tr")[0])


def test_a_derivational_stem_is_never_the_main_one():
    # yaşlı is yaş + lı: both stems are indexed, but "yaşlı" means "yaşlı" first.
    assert stems_tr("yasli") == ["yasl", "yas"]


@pytest.mark.parametrize(("text", "whole", "parts"), [
    ("Ar-Ge", "arge", ["ar", "ge"]), ("R&D", "rd", ["r", "d"]),
    ("low-income", "lowincome", ["low", "income"]),
])
def test_a_compound_is_a_word_and_its_parts(text, whole, parts):
    words = analyse(text, "en")
    assert [w[2] for w in words] == [whole, *parts]
    assert [w[4] for w in words] == [False] + [True] * len(parts)
