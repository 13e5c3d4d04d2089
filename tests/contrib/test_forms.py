"""The issue forms readers are sent to: GitHub accepts them, and every link that opens one
names a form that exists and fills in only questions it has.

A reader who finds a wrong fact on a practice, municipality, organisation or programme page
follows "Report a correction" to a form that already names it and the page; a contributor
follows the contribute page's links straight to the proposal form. A renamed form or question
would leave them on GitHub's "template not found" or an empty form, so the links are checked
against the forms.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup

from kb.forms import CORRECTION, CORRECTION_PREFILLED, CORRECTION_TITLE, FOLDER, PROPOSE
from kb.issueform import LABEL
from kb.settings import repository_url, site_url

REPO = Path(__file__).parents[2]
FORMS = sorted((REPO / FOLDER).glob("*.yml"))
# GitHub's form schema (docs.github.com, "Syntax for GitHub's form schema"): the element
# types, and which of them are questions (with a label, an id and validations).
TYPES = {"markdown", "input", "textarea", "dropdown", "checkboxes"}
ID = re.compile(r"[A-Za-z0-9_-]+")


def _form(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _questions(form: dict) -> dict[str, dict]:
    return {item["id"]: item for item in form["body"] if item["type"] != "markdown"}


@pytest.mark.parametrize("path", FORMS, ids=[p.name for p in FORMS])
def test_every_form_is_one_github_accepts_in_both_languages(path):
    form = _form(path)
    assert {"name", "description", "body"} <= set(form), path.name
    assert " / " in form["name"] and " / " in form["description"]  # Turkish / English
    ids = [item.get("id") for item in form["body"] if "id" in item]
    assert len(ids) == len(set(ids)) and all(ID.fullmatch(i) for i in ids), ids
    labels = [item["attributes"]["label"] for item in form["body"] if item["type"] != "markdown"]
    assert len(labels) == len(set(labels)), labels  # GitHub refuses a form with two alike
    for item in form["body"]:
        assert item["type"] in TYPES, item
        attributes = item["attributes"]
        if item["type"] == "markdown":
            assert attributes["value"].strip() and "validations" not in item
            continue
        assert "id" in item and " / " in attributes["label"], item
        if item["type"] == "checkboxes":
            assert all(" / " in option["label"] for option in attributes["options"])


def test_the_correction_form_asks_for_the_source_and_is_no_proposal():
    form = _form(REPO / CORRECTION)
    questions = _questions(form)
    for prefilled in CORRECTION_PREFILLED:  # what a practice page fills in: a text input
        assert questions[prefilled]["type"] == "input"
    assert questions["subject"]["validations"]["required"] is True
    for asked in ("wrong", "correct", "source"):
        assert questions[asked]["type"] == "textarea"
        assert questions[asked]["validations"]["required"] is True
    assert questions["consent"]["attributes"]["options"][0]["required"] is True
    assert form["title"] == CORRECTION_TITLE
    # The bot turns only proposals into pull requests: a correction is for the editors.
    assert LABEL not in form["labels"]
    assert _form(REPO / PROPOSE)["labels"] == [LABEL]


def _form_links(html: str) -> list[tuple[str, dict]]:
    """(the link's text, its query) of every link to a new issue of the repository."""
    repository = repository_url()
    out = []
    for a in BeautifulSoup(html, "html.parser").find_all("a", href=True):
        href = a["href"]
        if href.startswith(repository + "/issues/new"):
            out.append((a.get_text(" ", strip=True), parse_qs(urlsplit(href).query)))
    return out


def _check(links: list[tuple[str, dict]]) -> list[str]:
    wrong = []
    for text, query in links:
        if "template" not in query:  # GitHub lists the forms to choose from
            continue
        template = query["template"][0]
        if not (REPO / FOLDER / template).is_file():
            wrong.append(f"{text!r}: no form {template!r}")
            continue
        asked = set(_questions(_form(REPO / FOLDER / template)))
        wrong += [f"{text!r}: {template} has no question {key!r}" for key in query
                  if key not in {"template", "title", "labels"} and key not in asked]
    return wrong


@pytest.mark.parametrize("lang,prefix", [("tr", ""), ("en", "en/")])
def test_every_practice_page_opens_the_correction_form_filled_in(built_site, lang, prefix):
    pages = sorted((built_site / prefix / "practices").glob("*/index.html"))
    assert len(pages) == len(list((REPO / "practices").glob("*/practice.yml")))
    texts = {"tr": "Düzeltme bildirin", "en": "Report a correction"}
    for page in pages:
        html = page.read_text(encoding="utf-8")
        links = _form_links(html)
        assert [text for text, _ in links] == [texts[lang]], page
        (_, query), = links
        pid = page.parent.name
        title = BeautifulSoup(html, "html.parser").select_one("article.kb-practice h1").get_text()
        assert query["subject"] == [pid]
        assert query["page"] == [site_url() + prefix + f"practices/{pid}/"]
        assert query["title"] == [CORRECTION_TITLE + title]
        assert _check(links) == []


@pytest.mark.parametrize("lang,prefix", [("tr", ""), ("en", "en/")])
def test_every_record_page_opens_the_correction_form_filled_in(built_site, lang, prefix):
    """A municipality's type or website, an organisation's name, a programme's summary:
    facts too, with the same way to correct them. Term pages (themes, provinces) only list
    practices, and have none."""
    from kb.kinds import ENTITY_KINDS

    texts = {"tr": "Düzeltme bildirin", "en": "Report a correction"}
    for kind in ENTITY_KINDS:
        pages = sorted((built_site / prefix / kind.folder).glob("*/index.html"))
        assert pages, kind.id
        for page in pages:
            links = _form_links(page.read_text(encoding="utf-8"))
            if not kind.is_record:
                assert links == [], page
                continue
            (text, query), = links
            rid = page.parent.name
            assert text == texts[lang] and query["subject"] == [rid], page
            assert query["page"] == [site_url() + prefix + f"{kind.folder}/{rid}/"]
            assert _check(links) == []


def test_every_form_link_of_the_site_names_a_form_and_its_questions(built_site):
    links = [link for page in built_site.rglob("*.html")
             for link in _form_links(page.read_text(encoding="utf-8"))]
    # the contribute pages link both forms, in both languages
    templates = {query["template"][0] for _, query in links if "template" in query}
    assert templates == {PROPOSE.name, CORRECTION.name}
    assert _check(links) == []


def test_the_hand_written_pages_name_the_one_repository():
    """The repository is declared once (mkdocs.yml's extra.repository); a page that links
    another one (a fork's, an old name) would send readers to the wrong forms."""
    repository = repository_url()
    assert repository == "https://github.com/ortak-akil/ortak-akil"
    named = set()
    for page in (REPO / "docs").rglob("*.md"):
        named |= set(re.findall(r"https://github\.com/ortak-akil/[\w.-]+", page.read_text("utf-8")))
        named |= {m for m in re.findall(r"https://github\.com/[\w.-]+/[\w.-]+(?=/issues)",
                                        page.read_text("utf-8"))}
    assert named == {repository}


def test_no_form_link_without_a_repository(monkeypatch, tmp_path):
    """A copy of the site with no repository set (extra.repository empty) links no form."""
    from kb.site.correction import correction

    class Site:
        repository, lang = "", "en"

    assert str(correction(Site(), "x", "X", "https://e.org/x/")) == ""
    monkeypatch.setenv("KB_REPOSITORY_URL", "https://github.com/someone/fork/")
    assert repository_url() == "https://github.com/someone/fork"
