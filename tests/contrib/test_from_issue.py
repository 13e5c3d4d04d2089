"""`kb from-issue`: submitted issue forms (fixtures/issues/) become practice files, or reasons."""

from __future__ import annotations

import pytest
from contrib_support import ISSUES, kb, make_repo

from kb.commands.from_issue import md_escape
from kb.issueform import FIELDS, parse_body, split_choices

SLUG = "bizizmir-dayanisma-noktalari"
# Every fixture and what a contributor must see: (exit code, substrings of the report).
EXPECTED = {
    "valid_both_languages.md": (0, [f"Created: `practices/{SLUG}`"]),
    "valid_turkish_only_draft.md": (0, [f"Created: `practices/{SLUG}`"]),
    "title_missing.md": (1, ["**Title (Turkish)** — error: 'Title (Turkish)' is required"]),
    "theme_unknown.md": (1, ["**Themes** — error: 'Yasli bakimi' is not one of the "
                             "choices"]),
    "source_javascript_link.md": (1, ["**Sources** — error:", "javascript:"]),
    "body_javascript_link.md": (1, ["**What was done (Turkish)** — error: link", "javascript:alert"]),
    "consent_unticked.md": (1, ["**Consent** — error: the CC BY 4.0 consent box is not "
                                "ticked"]),
    "english_incomplete.md": (1, ["the English text is incomplete: 'Sonuçlar (İngilizce) / "
                                  "Results (English)' missing"]),
    "municipality_unknown.md": (1, ["**Municipality** — error: no municipality with "
                                    "id 'kadirli-belediyesi'"]),
    "sources_missing.md": (1, ["**Sources** — error: 'Sources' is required"]),
    "not_a_form.md": (1, ["not a filled-in 'Propose a practice' form"]),
}


def test_every_fixture_has_an_expectation():
    assert sorted(p.name for p in ISSUES.glob("*.md")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_issue_fixture(tmp_path, name):
    repo = make_repo(tmp_path / "repo")
    code, out, err = kb(repo, "from-issue", "--lang", "en", str(ISSUES / name))
    want_code, fragments = EXPECTED[name]
    assert code == want_code, out + err
    for fragment in fragments:
        assert fragment in out
    created = sorted(p.name for p in (repo / "practices").iterdir())
    if want_code == 0:
        assert created == [SLUG]
        code, vout, verr = kb(repo, "validate", "--lang", "en")
        assert code == 0, vout + verr
    else:  # nothing half-written, not even the staging folder
        assert created == []


def test_both_languages_published_with_the_answers(tmp_path):
    repo = make_repo(tmp_path / "repo")
    kb(repo, "from-issue", str(ISSUES / "valid_both_languages.md"))
    folder = repo / "practices" / SLUG
    meta = (folder / "practice.yml").read_text("utf-8")
    assert "\ndraft: false\n" in meta
    assert "\nmunicipality: izmir-buyuksehir-belediyesi\n" in meta  # resolved from the name
    assert "  - yoksullukla-mücadele\n  - sosyal-yardım\n" in meta
    assert "sdgs:\n  - 1\n  - 16\n" in meta  # an option label holding commas
    assert "\nevidence: self-reported\n" in meta
    assert '    url: "https://www.izmir.bel.tr/"' in meta
    tr = (folder / "tr.md").read_text("utf-8")
    assert 'title: "Bizİzmir Dayanışma Noktaları"' in tr
    assert "legal_basis: unknown" in tr
    # a contributor's own heading stays inside its section
    assert "## Bağlam" in tr and "### Alt başlık" in tr


def test_a_proposal_in_one_language_is_published_with_a_translation_pending(tmp_path):
    repo = make_repo(tmp_path / "repo")
    code, out, _ = kb(repo, "from-issue", "--lang", "en",
                      str(ISSUES / "valid_turkish_only_draft.md"))
    folder = repo / "practices" / SLUG
    assert code == 0
    assert sorted(p.name for p in folder.iterdir()) == ["practice.yml", "tr.md"]
    assert "draft: true" not in (folder / "practice.yml").read_text("utf-8")
    assert "there is no English text yet: the English site shows the Turkish text" in out


def test_existing_practice_is_never_overwritten(tmp_path):
    repo = make_repo(tmp_path / "repo")
    assert kb(repo, "from-issue", str(ISSUES / "valid_both_languages.md"))[0] == 0
    before = (repo / "practices" / SLUG / "tr.md").read_text("utf-8")
    code, out, _ = kb(repo, "from-issue", "--lang", "en", str(ISSUES / "valid_both_languages.md"))
    assert code == 1 and f"a practice with the id '{SLUG}' already exists" in out
    assert (repo / "practices" / SLUG / "tr.md").read_text("utf-8") == before


def test_huge_body_is_refused_unread(tmp_path):
    repo = make_repo(tmp_path / "repo")
    body = tmp_path / "huge.md"
    text = (ISSUES / "valid_both_languages.md").read_text("utf-8")
    body.write_text(text + "Dayanışma. " * 20_000, "utf-8")
    code, out, _ = kb(repo, "from-issue", "--lang", "tr", str(body))
    assert code == 1 and "bayt sınırını aşıyor" in out
    assert not any((repo / "practices").iterdir())


def test_report_file_and_turkish_messages(tmp_path):
    repo = make_repo(tmp_path / "repo")
    report = tmp_path / "report.md"
    code, out, _ = kb(repo, "from-issue", "--lang", "tr", "--report", str(report),
                      str(ISSUES / "consent_unticked.md"))
    assert code == 1
    assert report.read_text("utf-8") == out
    assert "CC BY 4.0 onay kutusu işaretlenmemiş" in out


def test_body_from_stdin(tmp_path):
    repo = make_repo(tmp_path / "repo")
    text = (ISSUES / "valid_both_languages.md").read_text("utf-8")
    code, out, _ = kb(repo, "from-issue", "--lang", "en", "-", stdin=text)
    assert code == 0, out


def test_parse_body_reads_labels_only_and_crlf():
    body = ("### Başlık (Türkçe) / Title (Turkish)\r\n\r\nKadın Kooperatifleri\r\n\r\n"
            "### Bağlam (Türkçe) / Context (Turkish)\r\n\r\nMetin\r\n\r\n### Kendi başlığım\r\n\r\n"
            "devam\r\n\r\n### Özet (Türkçe) / Summary (Turkish)\r\n\r\n_No response_\r\n")
    answers = parse_body(body)
    assert answers["title_tr"].value == "Kadın Kooperatifleri"
    assert answers["title_tr"].line == 1
    assert answers["context_tr"].value == "Metin\n\n### Kendi başlığım\n\ndevam"
    assert "summary_tr" not in answers


def test_split_choices_keeps_labels_with_commas():
    labels = ["16. Barış, Adalet ve Güçlü Kurumlar / Peace, justice and strong institutions",
              "1. Yoksulluğa Son / No poverty"]
    value = ", ".join(reversed(labels))
    assert split_choices(value, labels) == list(reversed(labels))


def test_markdown_report_cannot_inject():
    text = md_escape("[x](javascript:alert(1)) <img src=x> @maintainers **b**")
    assert "[" not in text.replace("\\[", "") and "<" not in text.replace("\\<", "")
    assert "@" not in text and "&#64;maintainers" in text


def test_form_labels_are_unique_and_bilingual():
    labels = [f.label for f in FIELDS]
    assert len(labels) == len(set(labels))
    assert all(" / " in label for label in labels)
