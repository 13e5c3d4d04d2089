"""A practice page on paper (issue 15.3): Chromium's PDF of every practice says where the
page lives, when it was checked and how to cite it, and prints nothing of the site's frame;
each seed practice is one or two A4 pages in both languages (a contributor's longer case
study may rightly take more).

The PDFs and a print-media screenshot of each go to build/screenshots/ to be looked at.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from kb.settings import site_url
from kb.site.formats import fmt_date
from kb.site.i18n import t
from support import SEED_PRACTICES

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
PREFIX = {"tr": "", "en": "en/"}
PRACTICES = sorted(p.parent.name for p in (ROOT / "practices").glob("*/practice.yml"))
# The site's frame: none of it belongs on paper (skip link, table of contents, back-to-top
# button, footer).
FRAME = "a.md-skip, .md-nav--secondary > .md-nav__title, .md-top, .md-copyright"


def pdf_pages(pdf: bytes) -> int:
    """The number of pages of a PDF: its /Type /Page objects (Chromium writes them in clear)."""
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", pdf))


def test_pdf_pages_counts_page_objects_not_the_page_tree():
    pdf = (b"1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj "
           b"2 0 obj << /Type /Page /Parent 1 0 R >> endobj 3 0 obj <</Type/Page>> endobj")
    assert pdf_pages(pdf) == 2


def _verified(pid: str) -> str:
    data = yaml.safe_load((ROOT / "practices" / pid / "practice.yml").read_text(encoding="utf-8"))
    return str(data["last_verified"])


@pytest.mark.long(3)
@pytest.mark.parametrize("lang", ["tr", "en"])
def test_every_practice_prints_its_address_and_citation_and_a_seed_at_most_two_a4_pages(
        tabs, seed_url, built_site, lang, shots):
    wrong = []
    for pid in PRACTICES:
        with tabs.page() as tab:
            tab.goto(seed_url + PREFIX[lang] + f"practices/{pid}/")
            title = tab.text_content("h1")
            frame = tab.eval_on_selector_all(FRAME, "els => els.map(e => e.textContent)")
            frame = [" ".join(text.split()) for text in frame]
            assert len(frame) == 4, frame
            pdf = tab.pdf(format="A4")  # before emulate_media: pdf() prints with the emulated media
            (shots / f"print-{pid}-{lang}.pdf").write_bytes(pdf)
            pages = pdf_pages(pdf)
            if pages < 1 or (pid in SEED_PRACTICES and pages > 2):
                wrong.append(f"{pid}: {pages} A4 pages")
            tab.emulate_media(media="print")
            tab.set_viewport_size({"width": 718, "height": 1040})  # A4's width inside the margins
            shots(tab, f"print-{pid}-{lang}.png", full_page=True)
            printed = " ".join(tab.inner_text("body").split())
            url = site_url() + PREFIX[lang] + f"practices/{pid}/"
            verified = fmt_date(_verified(pid), lang)
            expected = {
                "address line": f"{t('address', lang)}: {url} · {t('last_verified', lang)}: {verified}",
                "cite line": t("cite_text", lang, title=title, date=verified, url=url),
            }
            wrong += [f"{pid}: no {name}: {text!r}" for name, text in expected.items()
                      if text not in printed]
            wrong += [f"{pid}: the frame is printed: {text!r}" for text in frame if text in printed]
            if "@misc{" in printed:
                wrong.append(f"{pid}: the BibTeX entry is printed")
            if t("correct_ask", lang) in printed:  # a link to a form is of no use on paper
                wrong.append(f"{pid}: the correction link is printed")
    assert wrong == [], "\n".join(wrong)


def test_the_print_lines_are_not_shown_on_screen(tab, seed_url):
    tab.goto(seed_url + f"practices/{PRACTICES[0]}/")
    assert tab.locator(".kb-printed").count() == 1
    assert not tab.is_visible(".kb-printed")
    assert tab.is_visible(".kb-cite__text")
    assert tab.is_visible(".kb-correct a")
