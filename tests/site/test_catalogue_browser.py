"""The catalogue as staff use it, in Debian's Chromium: the map follows the filters and
filters by province, "download these practices" gives exactly what is shown, sorting, a
phone-sized screen, and filters that survive the language switch."""

from __future__ import annotations

import csv
import io
import json

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.browser


def _shown_ids(tab) -> list[str]:
    return tab.eval_on_selector_all(".kb-result:not([hidden])", "els => els.map(e => e.dataset.id)")


def _map_counts(tab) -> dict[str, str]:
    """Province → the count the map's table shows, for rows not hidden."""
    return dict(tab.eval_on_selector_all(
        ".kb-map__table tbody tr:not([hidden])",
        "rows => rows.map(r => [r.dataset.province, r.querySelector('td').textContent])"))


def _cards(site) -> list[dict]:
    """Each card's data attributes, read from the built page (no JavaScript)."""
    soup = BeautifulSoup((site / "catalogue/index.html").read_text(encoding="utf-8"), "html.parser")
    return [{k[5:]: v.split() for k, v in li.attrs.items() if k.startswith("data-")}
            for li in soup.select(".kb-result")]


def test_the_map_counts_follow_two_active_filters(tab, fixture_url, fixture_site, shots):
    tab.goto(fixture_url + "catalogue/")
    assert _map_counts(tab) == {"cankiri": "1", "izmir": "1"}
    tab.check("#kb-f-status-active")
    tab.check("#kb-f-status-completed")
    tab.check("#kb-f-sdg-5")
    # What the filters leave, computed from the cards' own data, province by province.
    expected: dict[str, int] = {}
    for card in _cards(fixture_site):
        if set(card["status"]) & {"active", "completed"} and "5" in card["sdg"]:
            for province in card.get("province", []):
                expected[province] = expected.get(province, 0) + 1
    assert expected == {"cankiri": 1}
    assert _map_counts(tab) == {k: str(v) for k, v in expected.items()}
    # The shapes follow: İzmir is left with nothing, Çankırı keeps its shade and says why.
    assert "kb-map__p--0" in tab.get_attribute('svg [data-province="izmir"]', "class")
    assert "kb-map__p--1" in tab.get_attribute('svg [data-province="cankiri"]', "class")
    assert tab.text_content('svg [data-province="cankiri"] title') == "Çankırı: 1 uygulama"
    shots(tab, "catalogue-map-filtered-tr.png", full_page=True)


def _click_province(tab, province: str) -> None:
    """Click where a person would: a point inside the province's shape (not its box)."""
    tab.eval_on_selector(f'svg [data-province="{province}"]',
                         "e => e.scrollIntoView({block: 'center', behavior: 'instant'})")
    shape = tab.locator(f'svg [data-province="{province}"] path').first
    x, y = shape.evaluate("""path => {
        // The point of the shape nearest its box's centre that the shape itself receives.
        const box = path.getBBox(), svg = path.ownerSVGElement, m = path.getScreenCTM();
        const rect = path.getBoundingClientRect();
        const found = [];
        for (let i = 1; i < 30; i++) for (let j = 1; j < 30; j++) {
            const p = svg.createSVGPoint();
            p.x = box.x + box.width * i / 30; p.y = box.y + box.height * j / 30;
            if (!path.isPointInFill(p)) continue;
            const s = p.matrixTransform(m);
            if (document.elementFromPoint(s.x, s.y) !== path) continue;
            found.push([Math.hypot(i - 15, j - 15), s.x - rect.left, s.y - rect.top]);
        }
        found.sort((a, b) => a[0] - b[0]);
        return found.length ? [found[0][1], found[0][2]] : null; }""")
    # A point inside the shape, relative to it: Playwright clicks there once the shape is
    # stable and would receive the click (a late layout shift cannot move the click off it).
    shape.click(position={"x": x, "y": y})


def test_a_click_on_a_province_filters_by_it_and_a_second_click_undoes_it(tab, fixture_url):
    tab.goto(fixture_url + "en/catalogue/")
    _click_province(tab, "izmir")
    assert tab.url.endswith("/en/catalogue/?province=izmir")
    assert _shown_ids(tab) == ["dayanisma-noktalari"]
    assert tab.text_content('svg [data-province="izmir"] title').endswith(": 1 practice")
    assert "kb-map__p--on" in tab.get_attribute('svg [data-province="izmir"]', "class")
    assert tab.is_checked("#kb-f-province-izmir")  # the province's group shows the filter
    _click_province(tab, "izmir")
    assert len(_shown_ids(tab)) == 3 and tab.url.endswith("/en/catalogue/")


def test_a_filter_without_a_checkbox_shows_as_a_chip_that_removes_it(tab, fixture_url):
    # Entity pages link to the catalogue filtered by municipality, which has no group.
    tab.goto(fixture_url + "en/catalogue/?municipality=stockholm")
    assert _shown_ids(tab) == ["zehirli-baslik"]
    chip = tab.locator(".kb-chip")
    assert chip.text_content() == "City of Stockholm ✕"
    assert chip.get_attribute("aria-label") == "Remove filter: City of Stockholm"
    chip.click()
    assert len(_shown_ids(tab)) == 3 and tab.url.endswith("/en/catalogue/")


def test_practices_abroad_are_listed_under_the_map_and_follow_the_filters(tab, fixture_url):
    tab.goto(fixture_url + "en/catalogue/")
    assert tab.is_visible('.kb-map__abroad li[data-municipality="stockholm"]')
    tab.check("#kb-f-theme-sosyal-yardim")
    assert not tab.is_visible('.kb-map__abroad li[data-municipality="stockholm"]')
    assert not tab.is_visible("#kb-abroad-h")


def _download(tab, fmt: str) -> bytes:
    with tab.expect_download() as info:
        tab.click(f'.kb-export a[data-format="{fmt}"]')
    return open(info.value.path(), "rb").read()


def test_the_csv_and_json_of_a_filtered_view_hold_exactly_the_shown_practices(
        tab, fixture_url, fixture_site):
    tab.goto(fixture_url + "catalogue/?theme=sosyal-yardim&theme=cevre")
    shown = sorted(_shown_ids(tab))
    assert shown == ["dayanisma-noktalari", "zehirli-baslik"]
    assert tab.text_content(".kb-export__label") == "Bu 2 uygulamayı indirin:"

    data = _download(tab, "csv")
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert sorted(r["id"] for r in rows) == shown
    # Row for row what the whole-library file says about these practices, byte for byte.
    whole = (fixture_site / "practices.csv").read_bytes().decode("utf-8-sig").split("\r\n")
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0] == whole[0]
    assert all(line in whole for line in lines[1:] if line)

    records = json.loads(_download(tab, "json"))["practices"]
    everything = json.loads((fixture_site / "practices.json").read_text(encoding="utf-8"))
    assert records == [p for p in everything["practices"] if p["id"] in shown]


def test_without_filters_the_downloads_are_the_whole_library_files(tab, fixture_url, fixture_site):
    tab.goto(fixture_url + "catalogue/")
    assert tab.text_content(".kb-export__label") == "Tüm uygulamaları indirin:"
    assert _download(tab, "csv") == (fixture_site / "practices.csv").read_bytes()


def test_sorting_by_newest_and_recently_verified_and_back_to_turkish_order(tab, fixture_url):
    tab.goto(fixture_url + "catalogue/")
    by_title = _shown_ids(tab)
    assert by_title == ["cankiri-kadin-kooperatifi", "dayanisma-noktalari", "zehirli-baslik"]
    tab.select_option("#kb-sort", "newest")  # start 2020, 2019-03, unknown last
    assert _shown_ids(tab) == ["dayanisma-noktalari", "cankiri-kadin-kooperatifi", "zehirli-baslik"]
    assert tab.url.endswith("?sort=newest")
    tab.select_option("#kb-sort", "verified")  # 2026-10-01, 2026-09-30, 2023-01-15
    assert _shown_ids(tab) == ["dayanisma-noktalari", "zehirli-baslik", "cankiri-kadin-kooperatifi"]
    tab.reload()
    assert tab.input_value("#kb-sort") == "verified"
    tab.select_option("#kb-sort", "title")
    assert _shown_ids(tab) == by_title


def test_on_a_phone_the_first_result_is_on_the_first_screen(browser, fixture_url, seed_url, shots):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True,
                                  has_touch=True)
    tab = context.new_page()
    try:
        for url in (fixture_url, seed_url):
            tab.goto(url + "catalogue/?target-group=kadinlar")
            top = tab.eval_on_selector(".kb-result:not([hidden])",
                                       "e => e.getBoundingClientRect().top + scrollY")
            assert top <= 900, top
            # Filters closed, saying how many are on; count and "clear" above the results.
            assert not tab.eval_on_selector(".kb-filters", "d => d.open")
            assert tab.text_content(".kb-filters > summary") == "Süzgeçler (1 seçili)"
            clear = tab.eval_on_selector(".kb-clear", "e => e.getBoundingClientRect().top")
            assert tab.is_visible(".kb-clear") and clear < top
            assert tab.get_attribute("#kb-result-count", "role") == "status"
        shots(tab, "catalogue-phone-tr.png")
        tab.click(".kb-filters > summary")
        tab.click(".kb-facet[data-facet=theme] > summary")
        shots(tab, "catalogue-phone-filters-open-tr.png", full_page=True)
    finally:
        context.close()


def test_a_facet_with_a_single_value_is_left_out(tab, fixture_url, fixture_site):
    values: dict[str, set] = {}
    for card in _cards(fixture_site):
        for facet, vals in card.items():
            values.setdefault(facet, set()).update(vals)
    tab.goto(fixture_url + "catalogue/")
    groups = set(tab.eval_on_selector_all("details[data-facet]", "ds => ds.map(d => d.dataset.facet)"))
    assert "programme" not in groups and values["programme"] == {"cipss"}
    assert {"theme", "status", "sdg"} <= groups


def test_the_language_switch_keeps_the_filters(tab, fixture_url):
    tab.goto(fixture_url + "catalogue/")
    tab.check("#kb-f-theme-cevre")
    tab.select_option("#kb-sort", "verified")
    tab.eval_on_selector('a.md-select__link[hreflang="en"]', "a => a.click()")
    tab.wait_for_url("**/en/catalogue/?theme=cevre&sort=verified")
    assert tab.is_checked("#kb-f-theme-cevre")
    assert tab.input_value("#kb-sort") == "verified"
    assert _shown_ids(tab) == ["zehirli-baslik"]


def test_without_javascript_the_map_links_each_province_to_its_page(page):
    soup = page("tr", "catalogue/")
    links = {a["data-province"]: a["href"] for a in soup.select(".kb-map svg a")}
    assert links == {"cankiri": "../provinces/cankiri/", "izmir": "../provinces/izmir/"}
    assert len(soup.select(".kb-map svg [data-province]")) == 4  # the fixture's provinces
    rows = {tr["data-province"]: tr.td.get_text() for tr in soup.select(".kb-map__table tbody tr")}
    assert rows == {"cankiri": "1", "izmir": "1"}
    assert "Natural Earth" in soup.select_one(".kb-map__source").get_text()
    assert [li["data-municipality"] for li in soup.select(".kb-map__abroad li")] == ["stockholm"]


def test_the_text_filter_finds_a_practice_by_whom_it_serves_in_both_languages(tab, fixture_url):
    """Staff type the group they work for, with or without Turkish letters: each card says
    whom the practice serves, and the filter reads it."""
    for url, typed, label in ((fixture_url + "catalogue/", "gocmen", "Hedef gruplar: Göçmenler"),
                              (fixture_url + "en/catalogue/", "migrants", "Target groups: Migrants")):
        tab.goto(url)
        tab.fill("#kb-q", typed)
        tab.wait_for_function("document.querySelectorAll('.kb-result:not([hidden])').length === 1")
        assert _shown_ids(tab) == ["zehirli-baslik"]
        assert label in tab.text_content(".kb-result:not([hidden])")


def test_the_workbook_is_offered_for_the_whole_library_only(tab, fixture_url, fixture_site):
    """Excel in an English locale opens the ';' CSV in one column: the catalogue offers the
    workbook too, and hides it while filters choose some practices (it holds them all)."""
    tab.goto(fixture_url + "en/catalogue/")
    link = tab.locator(".kb-export a", has_text="XLSX")
    assert link.is_visible()
    with tab.expect_download() as got:
        link.click()
    assert got.value.path().read_bytes() == (fixture_site / "practices.xlsx").read_bytes()
    tab.check("#kb-f-status-active")
    assert tab.text_content(".kb-export__label") == "Download this practice:"
    assert tab.text_content("#kb-result-count") == "Showing 1 of 3 practices"
    assert not link.is_visible()
    tab.uncheck("#kb-f-status-active")
    assert link.is_visible()


def test_with_nothing_shown_no_download_is_offered(tab, fixture_url):
    """Filters that match no practice leave nothing to download: no "Download these 0
    practices" offering empty files."""
    tab.goto(fixture_url + "en/catalogue/")
    tab.fill("#kb-q", "zzzz-no-such-practice")
    tab.wait_for_function("document.querySelector('#kb-result-count').textContent"
                          ".startsWith('Showing 0 ')")
    assert not tab.locator(".kb-export").is_visible()
    tab.fill("#kb-q", "")
    tab.wait_for_function("!document.querySelector('.kb-export').hidden")
    assert tab.text_content(".kb-export__label") == "Download every practice:"
