"""The search normaliser: what a person types and what the page says meet on the same terms."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kb.search.normalise import stem_en, stems_tr, terms, tokens
from kb.turkish import fold

CASES = json.loads((Path(__file__).parent / "normalise_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{c['lang']}:{c['text']}" for c in CASES])
def test_shared_cases_python_side(case):
    # The browser side checks the same file in test_fold_js.py.
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


def _js_constant(name: str) -> str:
    source = (Path(__file__).resolve().parents[2] / "overrides" / "assets" / "javascripts"
              / "kb-fold.js").read_text(encoding="utf-8")
    match = re.search(rf"var {name} = (\[.*?\]|\{{.*?\}}|\d+|\"[^\"]*\")(?:\.sort\(\w+\))?;",
                      source, re.S)
    assert match, name
    return match.group(1)


def test_js_rules_are_the_python_rules():
    """The suffix list and limits live in Python and JS: they must be the same rules."""
    from kb.search import normalise

    assert set(re.findall(r'"([a-z]+)"', _js_constant("TR_SUFFIXES"))) == set(
        normalise.TR_SUFFIXES)
    assert dict(re.findall(r'(\w+): "(\w+)"', _js_constant("EN_IRREGULAR"))) == (
        normalise.EN_IRREGULAR)
    assert int(_js_constant("MIN_STEM")) == normalise.MIN_STEM
    assert int(_js_constant("MAX_STRIPS")) == normalise.MAX_STRIPS
    assert _js_constant("VOWELS").strip('"') == "".join(sorted(normalise._VOWELS))
