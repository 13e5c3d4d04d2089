"""The published JSON Schema and the reference page say what the validator enforces."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from kb.library import load_library
from kb.schema.export import practice_json_schema, reference_markdown
from kb.schema.fields import LANGUAGE_FILE, PRACTICE, SECTIONS, VOCABULARIES
from kb.schema.structure import ListOf, Record

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def library():
    lib, diagnostics = load_library(ROOT)
    assert not [d for d in diagnostics if d.severity == "error"]
    return lib


@pytest.fixture(scope="module")
def schema(library):
    return practice_json_schema(library.vocabularies)


def _facts(practice: dict) -> dict:
    return {k: v for k, v in practice.items() if k in PRACTICE.by_name}


def test_every_seed_practice_satisfies_the_published_schema(library, schema):
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    assert library.practices
    for practice in library.practices.values():
        assert list(validator.iter_errors(_facts(practice))) == [], practice["id"]


def test_language_files_satisfy_the_language_file_definition(library, schema):
    definition = {**schema["$defs"]["languageFile"], "$defs": schema["$defs"]}
    validator = jsonschema.Draft202012Validator(definition)
    for practice in library.practices.values():
        for lang, text in practice["langs"].items():
            fields = {k: v for k, v in text.items() if k in LANGUAGE_FILE.by_name}
            assert list(validator.iter_errors(fields)) == [], (practice["id"], lang)


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"themes": ["yasli"]}, "themes"),
        ({"sdgs": [18]}, "sdgs"),
        ({"status": "no"}, "status"),
        ({"start": "2023-5"}, "start"),
        ({"unknown_key": 1}, ""),
        ({"sources": []}, "sources"),
    ],
)
def test_the_schema_rejects_what_the_validator_rejects(library, schema, change, path):
    practice = _facts(next(iter(library.practices.values())))
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors({**practice, **change}))
    assert errors, change
    assert any(".".join(str(p) for p in e.absolute_path).startswith(path) for e in errors)


def _keys(record: Record, prefix: str = "") -> list[str]:
    keys = []
    for field in record.fields:
        keys.append(prefix + field.name)
        inner = field.type.item if isinstance(field.type, ListOf) else field.type
        if isinstance(inner, Record) and inner.name != "tr/en":
            sep = "[]." if isinstance(field.type, ListOf) else "."
            keys.extend(_keys(inner, prefix + field.name + sep))
    return keys


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_reference_page_documents_every_key_section_and_term(library, lang):
    page = reference_markdown(lang, library.vocabularies)
    for key in _keys(PRACTICE) + _keys(LANGUAGE_FILE):
        assert f"| `{key}` |" in page, key
    for _, tr, en in SECTIONS:
        assert f"`## {tr if lang == 'tr' else en}`" in page
    for name in VOCABULARIES:
        for term_id in library.vocabularies[name]:
            assert f"| `{term_id}` |" in page, (name, term_id)
    field = PRACTICE.by_name["themes"]
    assert field.doc(lang) in page


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_the_reference_page_shows_a_label_as_written(library, lang):
    # A label is plain text on every page: the reference page's table must not make a link,
    # emphasis or a tag of it (a link to a missing anchor failed the build, after kb validate
    # had said valid).
    import copy

    from bs4 import BeautifulSoup

    from kb.site.pages import reference_page

    labels = ["[bkz.](#nowhere)", "*yıldız* ve _alt_ çizgi", "<b>kalın</b> & Ar-Ge", "1. Derece",
              "C# | F#", r"ters \ eğik"]
    lib = copy.deepcopy(library)
    themes = lib.vocabularies["themes"]
    for n, text in enumerate(labels):
        themes[f"etiket-{n}"] = {**next(iter(themes.values())), "id": f"etiket-{n}", "tr": text,
                                 "en": text}
    soup = BeautifulSoup(reference_page(lib, lang).body, "html.parser")
    cells = {row.find("code").get_text(): [td.get_text() for td in row.find_all("td")[1:]]
             for row in soup.select("tr") if row.find("code")}
    for n, text in enumerate(labels):
        assert cells[f"etiket-{n}"] == [text, text]
    assert not soup.select('a[href="#nowhere"], em, b')
