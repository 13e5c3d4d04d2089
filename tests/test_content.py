"""The real knowledge base: vocabularies, records and practices as a reader will meet them.

These tests load the repository itself (not fixtures), so they fail when content breaks a
rule that the validator cannot know: Turkish spelling, both languages saying the same,
references that make sense, the seed practices being complete.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kb.library import Library, load_library
from kb.schema.fields import SECTIONS
from kb.turkish import lower, slugify

ROOT = Path(__file__).resolve().parents[1]

SEED_PRACTICES = {
    "bizizmir-dayanisma-noktalari",
    "mersin-modeli",
    "buca-surdurulebilirlik-ve-inovasyon-merkezi",
    "vida-modeli",
}

# Words as they come out of a keyboard without Turkish letters. None of them may appear in
# Turkish text; the proper names among them may not appear in English text either, because
# the library keeps Turkish names as they are spelt (İzmir, Kuşadası, Türkiye).
ASCIIFIED_NAMES = [
    "Izmir", "Bizizmir", "Istanbul", "Kusadasi", "Sisli", "Saricam", "Reyhanli", "Aydin",
    "Turkiye", "Turkey", "Dokuz Eylul", "Cag Universit", "Cukurova", "Karsilama",
]
ASCIIFIED_TURKISH = ASCIIFIED_NAMES + [
    "Buyuksehir", "Dayanisma", "Noktalari", "Surdurulebilir", "Universitesi", "Isvec",
    "Baskanligi", "Mudurlugu", "Ogrenci", "yasli", "cocuk", "gocmen", "kadin", "isbirligi",
    "iş birligi",
]
# Spellings the Turkish Language Association (TDK) does not use, with the one it does.
NON_STANDARD_TURKISH = {"işbirliği": "iş birliği", "işbirliğiyle": "iş birliğiyle",
                        "dahil": "dâhil", "hemşerilik": "hemşehrilik"}
NON_STANDARD = re.compile(r"(?<!\w)(" + "|".join(NON_STANDARD_TURKISH) + r")(?!\w)", re.IGNORECASE)
BROKEN_I = "i\u0307"  # what JavaScript's toLowerCase makes of 'İ': an i with a combining dot
TURKISH_LETTERS = set("çğıöşüÇĞİÖŞÜ")


def _word_pattern(words: list[str]) -> re.Pattern:
    # Not re.IGNORECASE: Python folds 'I', 'ı' and 'İ' together, so /Izmir/i matches 'İzmir'.
    variants = {v for w in words for v in (w, w.lower(), w.upper(), w[0].upper() + w[1:])}
    alternatives = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
    return re.compile(r"(?<![\w])(" + alternatives + r")")


ASCII_TR = _word_pattern(ASCIIFIED_TURKISH)
ASCII_NAMES = _word_pattern(ASCIIFIED_NAMES)


@pytest.fixture(scope="module")
def loaded() -> tuple[Library, list]:
    return load_library(ROOT)


@pytest.fixture(scope="module")
def lib(loaded) -> Library:
    return loaded[0]


def _texts(practice: dict, lang: str) -> dict[str, str]:
    """Every piece of text a reader sees for one practice in one language, by where it is."""
    text = practice["langs"][lang]
    out = {"title": text["title"], "summary": text["summary"], "body": text["body"]}
    for key, value in text["transferability"].items():
        out[f"transferability.{key}"] = value
    for i, figure in enumerate(practice.get("key_figures", [])):
        out[f"key_figures[{i}].label"] = figure["label"][lang]
    if "unit" in practice["contact"]:
        out["contact.unit"] = practice["contact"]["unit"][lang]
    return out


NUMBER_WORDS = {
    "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
    "two": 2, "twice": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}


def _numbers(text: str, words: bool = False) -> set[int]:
    """The numbers a text states, whatever the language's way of writing them."""
    # "70 bin", "70 binden" (Turkish thousands with a case suffix), "70.000", "70,000".
    text = re.sub(r"(\d+)\s+bin(?:den|in|e|de|i|le|lik)?(?!\w)",
                  lambda m: str(int(m.group(1)) * 1000), text)
    text = re.sub(r"(?<=\d)[.,](?=\d{3}\b)", "", text)
    found = {int(n) for n in re.findall(r"\d+", text)}
    if words:  # "iki yıllık", "held twice": only for finding a figure, not for comparing
        found |= {n for w, n in NUMBER_WORDS.items()
                  if re.search(rf"(?<!\w){w}(?!\w)", lower(text))}
    return found


# --- the whole repository -------------------------------------------------------------


def test_repository_validates_without_errors(loaded):
    _, diagnostics = loaded
    errors = [d for d in diagnostics if d.severity == "error"]
    assert not errors, "\n".join(f"{d.file}:{d.line}: {d.message('en')}" for d in errors)


def test_no_warnings_except_age(loaded):
    # A `last_verified` older than 18 months is a real signal to re-check, not a test failure.
    _, diagnostics = loaded
    warnings = [d for d in diagnostics if d.severity == "warning" and d.code != "date.stale"]
    assert not warnings, "\n".join(f"{d.file}:{d.line}: {d.message('en')}" for d in warnings)


def test_seed_practices_are_published(lib):
    published = {p["id"] for p in lib.published()}
    assert SEED_PRACTICES <= published


# --- vocabularies ---------------------------------------------------------------------


def test_81_provinces_with_unique_plates_and_known_regions(lib):
    provinces = lib.vocabularies["provinces"]
    regions = lib.vocabularies["regions"]
    assert len(provinces) == 81
    assert sorted(p["plate"] for p in provinces.values()) == list(range(1, 82))
    assert set(regions) == {"akdeniz", "doğu-anadolu", "ege", "güneydoğu-anadolu",
                            "iç-anadolu", "karadeniz", "marmara"}
    for pid, province in provinces.items():
        assert province["region"] in regions, pid
        # The id is the Turkish lowercase of the name: İzmir → izmir, Iğdır → ığdır.
        assert pid == lower(province["tr"]).replace(" ", "-"), pid


@pytest.mark.parametrize("name,plate,region", [
    ("İzmir", 35, "ege"), ("İstanbul", 34, "marmara"), ("Mersin", 33, "akdeniz"),
    ("Osmaniye", 80, "akdeniz"), ("Şanlıurfa", 63, "güneydoğu-anadolu"),
    ("Iğdır", 76, "doğu-anadolu"), ("Düzce", 81, "karadeniz"), ("Kırıkkale", 71, "iç-anadolu"),
])
def test_province_facts(lib, name, plate, region):
    by_name = {p["tr"]: p for p in lib.vocabularies["provinces"].values()}
    assert by_name[name]["plate"] == plate
    assert by_name[name]["region"] == region


def test_sdgs_have_the_official_names(lib):
    sdgs = lib.vocabularies["sdgs"]
    assert sorted(sdgs) == list(range(1, 18))
    assert sdgs[1]["tr"] == "Yoksulluğa Son" and sdgs[1]["en"] == "No poverty"
    assert sdgs[11]["tr"] == "Sürdürülebilir Şehirler ve Topluluklar"
    assert sdgs[17]["tr"] == "Amaçlar için Ortaklıklar"
    assert sdgs[17]["en"] == "Partnerships for the goals"


def test_fixed_enumerations(lib):
    v = lib.vocabularies
    assert list(v["municipality-types"]) == ["metropolitan", "provincial", "district", "town",
                                             "foreign"]
    assert v["municipality-types"]["metropolitan"]["tr"] == "Büyükşehir belediyesi"
    assert set(v["statuses"]) == {"planned", "active", "completed", "discontinued"}
    assert set(v["evidence-levels"]) == {"self-reported", "internally-evaluated",
                                         "independently-evaluated"}
    assert {"türkiye", "isveç", "kuzey-makedonya"} <= set(v["countries"])
    assert set(v["languages"]) == {"tr", "en", "sv"}
    for name in ("statuses", "evidence-levels"):
        for tid, term in v[name].items():
            assert term.get("description"), f"{name}: {tid} needs a description for readers"


def test_vocabulary_turkish_labels_are_spelt_in_turkish(lib):
    for name, terms in lib.vocabularies.items():
        for tid, term in terms.items():
            assert not ASCII_TR.search(term["tr"]), f"{name}: {tid}: {term['tr']!r}"
            assert not ASCII_NAMES.search(term["en"]), f"{name}: {tid}: {term['en']!r}"


# --- records --------------------------------------------------------------------------


def _referenced_municipalities(lib: Library) -> list[tuple[str, str]]:
    """(where, id) of every reference that must be a municipality."""
    refs = []
    for p in lib.practices.values():
        refs.append((f"{p['id']}: municipality", p["municipality"]))
        refs += [(f"{p['id']}: replication_interest", r["municipality"])
                 for r in p.get("replication_interest", [])]
    for rid, rec in lib.records["municipality"].items():
        if "parent" in rec:
            refs.append((f"{rid}: parent", rec["parent"]))
    return refs


def test_every_referenced_municipality_exists_with_type_and_place(lib):
    municipalities = lib.records["municipality"]
    for where, mid in _referenced_municipalities(lib):
        assert mid in municipalities, f"{where}: {mid} is not a municipality record"
    for mid, m in municipalities.items():
        assert m["type"] in lib.vocabularies["municipality-types"], mid
        if m["type"] == "foreign":
            assert m["country"] != "türkiye", mid
            assert "province" not in m, mid
        else:
            assert m["province"] in lib.vocabularies["provinces"], mid
            assert m["country"] == "türkiye", mid


def test_district_parents_are_metropolitan_in_the_same_province(lib):
    municipalities = lib.records["municipality"]
    for mid, m in municipalities.items():
        if "parent" in m:
            parent = municipalities[m["parent"]]
            assert m["type"] == "district", mid
            assert parent["type"] == "metropolitan", mid
            assert parent["province"] == m["province"], mid


@pytest.mark.parametrize("mid,type_,province,parent", [
    ("izmir-buyuksehir-belediyesi", "metropolitan", "izmir", None),
    ("buca-belediyesi", "district", "izmir", "izmir-buyuksehir-belediyesi"),
    ("kusadasi-belediyesi", "district", "aydın", "aydin-buyuksehir-belediyesi"),
    # Osmaniye is not a metropolitan province: Kadirli has no metropolitan parent.
    ("kadirli-belediyesi", "district", "osmaniye", None),
    ("reyhanli-belediyesi", "district", "hatay", "hatay-buyuksehir-belediyesi"),
])
def test_municipality_facts(lib, mid, type_, province, parent):
    m = lib.records["municipality"][mid]
    assert (m["type"], m["province"], m.get("parent")) == (type_, province, parent)


def test_stockholm_is_a_foreign_municipality_in_sweden(lib):
    stockholm = lib.records["municipality"]["stockholm-belediyesi"]
    assert (stockholm["type"], stockholm["country"]) == ("foreign", "isveç")


def test_municipality_ids_are_slugs_of_their_turkish_names(lib):
    for mid, m in lib.records["municipality"].items():
        assert mid == slugify(m["name"]["tr"]), mid


def test_programmes_name_their_participants(lib):
    programmes = lib.records["programme"]
    assert set(programmes["cipss"]["organisers"]) == {"lund-universitesi",
                                                      "raoul-wallenberg-enstitusu"}
    assert set(programmes["cipss"]["participants"]) == {
        "izmir-buyuksehir-belediyesi", "istanbul-buyuksehir-belediyesi",
        "kusadasi-belediyesi", "sisli-belediyesi"}
    assert programmes["reslog"]["organisers"] == ["salar"]
    assert len(programmes["reslog"]["participants"]) == 14


def test_turkish_texts_use_standard_spelling(lib):
    texts = {f"docs/tr/{p.name}": p.read_text(encoding="utf-8")
             for p in sorted((ROOT / "docs" / "tr").glob("*.md"))}
    texts["CONTRIBUTING.md"] = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for kind, records in lib.records.items():
        for rid, rec in records.items():
            texts[f"{kind} {rid}"] = rec["name"]["tr"] + " " + rec.get("summary", {}).get("tr", "")
    for name, terms in lib.vocabularies.items():
        for tid, term in terms.items():
            texts[f"vocabulary {name} {tid}"] = str(term)  # labels and descriptions
    for pid, practice in lib.practices.items():
        texts.update({f"{pid} tr {where}": text for where, text in _texts(practice, "tr").items()})
    for where, text in texts.items():
        found = NON_STANDARD.search(text)
        assert not found, (f"{where}: {found.group(0)!r}; write "
                           f"{NON_STANDARD_TURKISH[found.group(0).lower()]!r}")


def test_record_texts_are_spelt_right(lib):
    for kind, records in lib.records.items():
        for rid, rec in records.items():
            tr = rec["name"]["tr"] + " " + rec.get("summary", {}).get("tr", "")
            en = rec["name"]["en"] + " " + rec.get("summary", {}).get("en", "")
            assert not ASCII_TR.search(tr), f"{kind} {rid}: {ASCII_TR.search(tr).group(0)!r}"
            assert not ASCII_NAMES.search(en), f"{kind} {rid}: {ASCII_NAMES.search(en).group(0)!r}"


# --- practices ------------------------------------------------------------------------


def _published_ids() -> list[str]:
    lib, _ = load_library(ROOT)
    return sorted(p["id"] for p in lib.published())


PUBLISHED = _published_ids()


@pytest.mark.parametrize("pid", PUBLISHED)
def test_practice_is_complete_in_both_languages(lib, pid):
    practice = lib.practices[pid]
    assert set(practice["langs"]) == {"tr", "en"}
    for lang, text in practice["langs"].items():
        for sid, tr_heading, en_heading in SECTIONS:
            section = text["sections"].get(sid, "")
            heading = tr_heading if lang == "tr" else en_heading
            # A section is a real paragraph or list, not a placeholder.
            assert len(section.split()) >= 25, f"{lang}.md: '{heading}' is too thin"
    assert practice["sources"], "at least one source"


@pytest.mark.parametrize("pid", PUBLISHED)
def test_practice_id_is_the_slug_of_the_turkish_title(lib, pid):
    assert pid == slugify(lib.practices[pid]["langs"]["tr"]["title"])


@pytest.mark.parametrize("pid", PUBLISHED)
def test_turkish_text_is_written_with_turkish_letters(lib, pid):
    practice = lib.practices[pid]
    for where, text in _texts(practice, "tr").items():
        found = ASCII_TR.search(text)
        assert not found, f"tr.md {where}: {found.group(0)!r} is written without Turkish letters"
    assert not any(BROKEN_I in text for text in _texts(practice, "tr").values())
    body = practice["langs"]["tr"]["body"]
    assert len(TURKISH_LETTERS & set(body)) >= 5, "the Turkish body has almost no Turkish letters"
    for where, text in _texts(practice, "en").items():
        found = ASCII_NAMES.search(text)
        assert not found, f"en.md {where}: {found.group(0)!r}: keep the Turkish spelling"


@pytest.mark.parametrize("pid", PUBLISHED)
def test_both_languages_state_the_same_numbers(lib, pid):
    # Dates, counts and years in one language must be in the other: a cheap guard against
    # a translation that drifts (a figure updated in tr.md only, a date mistyped in en.md).
    practice = lib.practices[pid]
    tr = _numbers(" ".join(_texts(practice, "tr").values()))
    en = _numbers(" ".join(_texts(practice, "en").values()))
    assert tr == en, f"only in tr.md: {sorted(tr - en)}; only in en.md: {sorted(en - tr)}"


@pytest.mark.parametrize("pid", PUBLISHED)
def test_key_figures_are_stated_in_the_text(lib, pid):
    # A key figure comes from a source, so the narrative tells where it comes from too.
    practice = lib.practices[pid]
    for lang in ("tr", "en"):
        text = practice["langs"][lang]
        numbers = _numbers(text["summary"] + " " + text["body"], words=True)
        for figure in practice.get("key_figures", []):
            assert figure["value"] in numbers, f"{lang}: key figure {figure['value']}"


@pytest.mark.parametrize("pid", PUBLISHED)
def test_no_personal_contact_data(lib, pid):
    practice = lib.practices[pid]
    assert "email" not in practice["contact"] and "phone" not in practice["contact"]
    for lang in ("tr", "en"):
        for where, text in _texts(practice, lang).items():
            assert not re.search(r"[\w.+-]+@[\w-]+\.\w", text), f"{lang} {where}: e-mail"
            assert not re.search(r"\+?\d[\d ()-]{8,}\d", text), f"{lang} {where}: phone?"


@pytest.mark.parametrize("pid", PUBLISHED)
def test_programme_members_are_listed_in_the_programme(lib, pid):
    practice = lib.practices[pid]
    owner = lib.records["municipality"][practice["municipality"]]
    for programme in practice.get("programmes", []):
        record = lib.records["programme"][programme]
        if owner["type"] != "foreign":
            assert practice["municipality"] in record.get("participants", []), programme


def test_kadirli_is_recorded_as_interest_not_adoption(lib):
    mersin = lib.practices["mersin-modeli"]
    assert [r["municipality"] for r in mersin["replication_interest"]] == ["kadirli-belediyesi"]
    assert not mersin.get("related", {}).get("adopted_by")


def test_vida_is_owned_by_stockholm_and_presented_through_reslog(lib):
    vida = lib.practices["vida-modeli"]
    assert vida["municipality"] == "stockholm-belediyesi"
    assert vida["programmes"] == ["reslog"]
    for lang, dates in (("tr", ("29 Mayıs 2023", "31 Mayıs 2023")),
                        ("en", ("29 May 2023", "31 May 2023"))):
        body = " ".join(vida["langs"][lang]["body"].split())
        assert all(date in body for date in dates), lang
