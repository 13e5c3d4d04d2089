"""kb serve's warnings panel (kb.preview_panel): which warnings a page lists, escaped."""

from __future__ import annotations

from types import SimpleNamespace

from kb.diagnostics import diag
from kb.preview_panel import PANEL_ID, Panel, page_sources


def _languages():
    page = SimpleNamespace
    tr = SimpleNamespace(lang="tr", pages=[page(url="practices/x/", source="practices/x/tr.md"),
                                           page(url="about/", source="docs/tr/about.md"),
                                           page(url="", source="")])
    en = SimpleNamespace(lang="en", pages=[page(url="practices/x/", source="practices/x/en.md")])
    return [(tr, None), (en, None)]


WARNINGS = [diag("practices/x/practice.yml", 2, 1, "id.title_mismatch", "id", "warning",
                 value="x", expected="<b>y</b>", language="Türkçe / Turkish"),
            diag("practices/z/tr.md", 9, 1, "body.pasted_bullet", severity="warning", value="•")]


def test_a_practice_page_lists_its_folders_warnings_and_counts_the_rest():
    sources = page_sources(_languages())
    assert sources["/practices/x/"] == "practices/x/" and sources["/about/"] == "docs/tr/about.md"
    html = Panel(WARNINGS, _languages()).html("/en/practices/x/index.html")
    assert f'<details id="{PANEL_ID}" lang="en" open>' in html
    assert "1 warning(s) on this page" in html and "1 elsewhere in the library" in html
    assert html.index("practices/x/practice.yml:2:1") < html.index("practices/z/tr.md:9:1")
    # What a contributor wrote is shown as text, never as markup.
    assert "&lt;b&gt;y&lt;/b&gt;" in html and "<b>" not in html


def test_another_page_counts_every_warning_closed_and_none_means_no_panel():
    html = Panel(WARNINGS, _languages()).html("/about/")
    assert f'<details id="{PANEL_ID}" lang="tr">' in html
    assert "kb serve: 2 uyarı (başka sayfalarda)" in html
    assert Panel([], _languages()).html("/practices/x/") == ""
