"""The real knowledge base builds into a complete bilingual site."""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup

from kb.library import load_library
from kb.sitecheck import check_site

ROOT = Path(__file__).resolve().parents[2]


def _soup(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_every_published_practice_has_a_page_and_a_card_in_both_languages(built_site):
    lib, _ = load_library(ROOT)
    ids = sorted(p["id"] for p in lib.published())
    assert ids, "the seed library has no published practice"
    for lang, prefix in (("tr", ""), ("en", "en/")):
        catalogue = _soup(built_site / prefix / "catalogue/index.html")
        cards = [a["href"] for a in catalogue.select(".kb-result__title a")]
        assert sorted(h.split("/")[-2] for h in cards) == ids
        for pid in ids:
            soup = _soup(built_site / prefix / "practices" / pid / "index.html")
            assert soup.html["lang"] == lang
            assert soup.select_one("section.kb-facts dl dt")
            assert len(soup.select(".kb-narrative h2")) == 5
            assert soup.select(".kb-sources li")


def test_open_data_lists_the_same_practices(built_site):
    data = json.loads((built_site / "practices.json").read_text(encoding="utf-8"))
    lib, _ = load_library(ROOT)
    assert [p["id"] for p in data["practices"]] == sorted(p["id"] for p in lib.published())
    assert (built_site / "practices.csv").read_bytes().startswith("\ufeffid;".encode())


def test_links_resolve_and_nothing_is_fetched_from_elsewhere(built_site):
    assert [str(p) for p in check_site(built_site)] == []
