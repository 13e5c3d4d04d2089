"""`kb from-issue`: submitted issue forms (fixtures/issues/) become practice files, or reasons.

Each fixture is an issue body as GitHub renders it. The report lists, in one pass, every
answer the bot corrected and every problem still to fix, in Turkish and in English.
"""

from __future__ import annotations

import pytest
from contrib_support import ISSUES, kb, make_repo

from kb.issueform import FIELDS, MAX_BODY, parse_body, split_choices
from kb.proposal.report import code, for_terminal, md_escape

SLUG = "bizizmir-dayanisma-noktalari"
MARKET = "kadin-kooperatiflerine-pazar-destegi"
KITCHEN = "cigli-mahalle-mutfagi"
MEALS = "yaslilara-evde-sicak-yemek"
# Every fixture and what a contributor must see: (exit code, files created, substrings of
# the English report).
EXPECTED = {
    "valid_both_languages.md": (0, [f"practices/{SLUG}"], [
        f"pass every check of the validator: `practices/{SLUG}`",
        "published on the Turkish and on the English site"]),
    "valid_turkish_only_draft.md": (0, [f"practices/{SLUG}"], [
        "published on the Turkish site; the English site shows the Turkish text with a "
        "'translation pending' notice", "It is not a draft"]),
    "title_missing.md": (1, [], ["**Başlık (Türkçe) / Title (Turkish)**: 'Title (Turkish)' "
                                 "is required (hint: write the answer on the line under the "
                                 "heading '### Başlık (Türkçe) / Title (Turkish)'"]),
    "theme_unknown.md": (1, [], ["**Temalar / Themes**: 'Yasli bakimi' is not one of the "
                                 "answers of 'Themes'", "write one or more of these, separated "
                                 "by commas: 'Capacity building', 'Cooperation with civil "
                                 "society', 'Education'"]),
    "source_javascript_link.md": (1, [], ["**Kaynaklar / Sources**:", "javascript:"]),
    "body_javascript_link.md": (1, [], ["**Ne yapıldı (Türkçe) / What was done (Turkish)**: "
                                        "link", "javascript:alert"]),
    "consent_unticked.md": (1, [], ["**Onay / Consent**: the CC BY 4.0 consent box is not "
                                    "ticked (hint: under '### Onay / Consent', write the box "
                                    "as `- [x]`"]),
    "english_incomplete.md": (1, [], ["the English text is incomplete: 'Sonuçlar (İngilizce) / "
                                      "Results (English)' missing"]),
    "municipality_unknown.md": (1, [], ["**Belediye / Municipality**: there is no "
                                        "municipality 'Kadirli Belediyesi' in the library"]),
    "sources_missing.md": (1, [], ["**Kaynaklar / Sources**: 'Sources' is required"]),
    # The same source pasted twice: said at the answer, in both languages (it was an internal
    # error: a source is a mapping, which the message could not hold).
    "source_pasted_twice.md": (1, [], ["**Kaynaklar / Sources**: 'title: Dayanışma noktaları, "
                                       "publisher: İzmir Büyükşehir Belediyesi, date: 2023-…' is "
                                       "listed twice: items 1 and 2 (hint: remove the repeat)"]),
    # The same report pasted again with another title and the address as a browser shows it.
    "source_same_address_twice.md": (1, [], ["**Kaynaklar / Sources**: source 3 is source 2 "
                                             "again: they have the same address"]),
    "not_a_form.md": (1, [], ["not a filled-in 'Propose a practice' form"]),
    "lenient_typical_mistakes.md": (0, [f"practices/{MARKET}"], [
        "- **Temalar / Themes** — corrected: `Kadin istihdami` → `kadın-istihdamı`",
        "- **Hedef gruplar / Target groups** — corrected: `Kadinlar / Women` → `kadınlar`",
        "- **Başlangıç / Start** — corrected: `15.03.2022` → `2022-03-15`",
        "- **Kaynaklar / Sources** — corrected: `15.03.2024` → `2024-03-15`",
        "- **Kaynaklar / Sources** — corrected: `www.izmir.bel.tr/tr/haberler` → "
        "`https://www.izmir.bel.tr/tr/haberler`",
        "- **Durum / Status** — corrected: `suruyor` → `active`",
        "- **Belediye / Municipality** — corrected: `izmir buyuksehir belediyesi` → "
        "`izmir-buyuksehir-belediyesi`",
        "corrected: `8. Insana Yakisir Is ve Ekonomik Buyume` → `8`"]),
    # Answers as people paste them (CRLF, as GitHub sends a body): ';' between choices, one
    # of them twice, a year in a phrase, a Markdown link as a source's title, an address in angle brackets,
    # bullets from a word processor.
    "lenient_pasted_answers.md": (0, [f"practices/{MEALS}"], [
        "- **Temalar / Themes** — corrected: `Saglik` → `sağlık`",
        "- **Temalar / Themes** — corrected: `sosyal yardım` → `sosyal-yardım` (given twice: "
        "kept once)",
        "- **Başlangıç / Start** — corrected: `2021 yılında` → `2021`",
        "- **Kaynaklar / Sources** — corrected: `[Yaşlılara sıcak yemek hizmeti]"
        "(https://www.izmir.bel.tr/haber/sicak-yemek)` → `Yaşlılara sıcak yemek hizmeti | "
        "https://www.izmir.bel.tr/haber/sicak-yemek` (the title's link is the source's link)",
        "- **Kurumsal e-posta / Institutional e-mail** — corrected: `<bilgi@izmir.bel.tr>` → "
        "`bilgi@izmir.bel.tr`",
        "- **Ne yapıldı (Türkçe) / What was done (Turkish)** — corrected: `• her gün öğle "
        "yemeği evlere götürüldü,` → `- her gün öğle yemeği evlere götürüldü,` (a pasted "
        "bullet: in Markdown a list item starts with '- ')",
        "published on the Turkish and on the English site"]),
    "new_municipality_turkish_only.md": (0, ["records/municipalities/cigli-belediyesi.yml",
                                             f"practices/{KITCHEN}"], [
        "corrected: (empty) → `izmir-buyuksehir-belediyesi` (a district municipality belongs "
        "to its province's metropolitan municipality)",
        "corrected: (empty) → `Çiğli Municipality` (made from the Turkish name)",
        "published on the Turkish site"]),
    "problems_all_at_once.md": (1, [], [
        "**Belediye / Municipality**: there is no municipality 'Cigli Belediyesi' in the "
        "library (hint:",
        "**Temalar / Themes**: 'Yasli bakimi' is not one of the answers",
        "**Durum / Status**: 'Status' takes one answer, not several",
        "**Başlangıç / Start**: '31.02.2024' is not a date",
        "**Kurumsal e-posta / Institutional e-mail**:",
        "**Bağlam (Türkçe) / Context (Turkish)**: section '## Bağlam' has 8 words",
        "300 is in the Turkish text but not in the English one",
        "350 is in the English text but not in the Turkish one",
        "- **Kanıt düzeyi / Evidence level** — corrected: `self reported` → `self-reported`",
        "8 problem(s) to fix"]),
}


def test_every_fixture_has_an_expectation():
    assert sorted(p.name for p in ISSUES.glob("*.md")) == sorted(EXPECTED)


def _created(repo) -> list[str]:
    """Every file or practice folder that is not part of the fixture repository."""
    practices = [f"practices/{p.name}" for p in (repo / "practices").iterdir()]
    fixture = {p.name for p in (ISSUES.parent / "repo" / "records").rglob("*.yml")}
    records = [p.relative_to(repo).as_posix() for p in (repo / "records").rglob("*")
               if p.is_file() and p.name not in fixture]
    return sorted(practices + records)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_issue_fixture(tmp_path, name):
    repo = make_repo(tmp_path / "repo")
    code, out, err = kb(repo, "from-issue", "--lang", "en", str(ISSUES / name))
    want_code, files, fragments = EXPECTED[name]
    assert code == want_code, out + err
    for fragment in fragments:
        assert fragment in out, out
    assert _created(repo) == sorted(files)  # nothing half-written, not even a staging folder
    if want_code == 0:
        code, vout, verr = kb(repo, "validate", "--lang", "en")
        assert code == 0, vout + verr


def test_problems_come_after_corrections_and_all_at_once(tmp_path):
    repo = make_repo(tmp_path / "repo")
    _, out, _ = kb(repo, "from-issue", "--lang", "en", str(ISSUES / "problems_all_at_once.md"))
    assert out.index("**Corrected by the bot") < out.index("**To fix**")
    # the form's order: municipality, themes, status, start, e-mail, then the sections
    order = ["**Belediye", "**Temalar", "**Durum", "**Başlangıç", "**Kurumsal e-posta",
             "**Bağlam (Türkçe)", "**Sonuçlar (Türkçe)", "**Sonuçlar (İngilizce)"]
    places = [out.index(o, out.index("**To fix**")) for o in order]
    assert places == sorted(places)


def test_suggestions_are_plausible_only(tmp_path):
    """Çiğli is not Şişli (another city, same suffix); Bucca in İzmir is Buca."""
    repo = make_repo(tmp_path / "repo")
    _, out, _ = kb(repo, "from-issue", "--lang", "en", str(ISSUES / "problems_all_at_once.md"))
    assert "Şişli" not in out and "did you mean" not in out.split("**Temalar")[0]
    body = (ISSUES / "problems_all_at_once.md").read_text("utf-8").replace(
        "\nCigli Belediyesi\n", "\nBucca Belediyesi\n")
    _, out, _ = kb(repo, "from-issue", "--lang", "tr", "-", stdin=body)
    assert "'Bucca Belediyesi' adlı bir belediye yok; 'Buca Belediyesi' mi demek istediniz?" in out
    moved = body.replace("\nIzmir\n", "\nİstanbul\n")  # Buca is in İzmir: not suggested there
    _, out, _ = kb(repo, "from-issue", "--lang", "en", "-", stdin=moved)
    assert "did you mean 'Buca" not in out


def test_reports_in_turkish_and_english(tmp_path):
    repo = make_repo(tmp_path / "repo")
    report = tmp_path / "report.md"
    code, out, _ = kb(repo, "from-issue", "--lang", "tr", "--report", str(report),
                      str(ISSUES / "lenient_typical_mistakes.md"))
    assert code == 0
    text = report.read_text("utf-8")
    turkish, english = text.split("\n---\n")
    assert turkish.startswith("### Türkçe") and out == turkish.rstrip("\n") + "\n"
    assert "- **Temalar / Themes** — düzeltildi: `Kadin istihdami` → `kadın-istihdamı`" in turkish
    assert "Bir editör birleştirdiğinde uygulama Türkçe ve İngilizce sitede yayımlanır." in turkish
    assert english.strip().startswith("### English")
    assert "corrected: `Kadin istihdami` → `kadın-istihdamı`" in english


def test_turkish_report_of_problems(tmp_path):
    repo = make_repo(tmp_path / "repo")
    _, out, _ = kb(repo, "from-issue", "--lang", "tr", str(ISSUES / "problems_all_at_once.md"))
    assert "düzeltilecek 8 sorun var, hepsi aşağıda" in out
    assert "**Başlangıç / Start**: '31.02.2024' bir tarih değil" in out
    assert "'### Temalar / Themes' başlığının altına bunlardan birini ya da birkaçını" in out
    # The terminal shows the address as typed; the comment on GitHub escapes its '@' (no
    # mention), and a terminal would show that escape as "&#64;".
    assert "'cigli.mutfak@gmail.com' kişisel bir posta kutusu" in out
    assert "&#64;" not in out and "\\" not in out
    report = tmp_path / "report.md"
    kb(make_repo(tmp_path / "again"), "from-issue", "--report", str(report),
       str(ISSUES / "problems_all_at_once.md"))
    assert "'cigli.mutfak&#64;gmail.com'" in report.read_text("utf-8")


def test_new_municipality_record(tmp_path):
    repo = make_repo(tmp_path / "repo")
    assert kb(repo, "from-issue", str(ISSUES / "new_municipality_turkish_only.md"))[0] == 0
    record = (repo / "records/municipalities/cigli-belediyesi.yml").read_text("utf-8")
    assert record == ("id: cigli-belediyesi\nname:\n  tr: \"Çiğli Belediyesi\"\n"
                      "  en: \"Çiğli Municipality\"\ntype: district\nprovince: izmir\n"
                      "parent: izmir-buyuksehir-belediyesi\nwebsite: \"https://www.cigli.bel.tr\"\n")
    meta = (repo / "practices" / KITCHEN / "practice.yml").read_text("utf-8")
    assert "\nmunicipality: cigli-belediyesi\n" in meta
    assert "organisation: cigli-belediyesi" in meta  # the contact defaults to the municipality


def _with(body: str, **answers: str) -> str:
    """A body with some answers filled in (appended: only the first heading counts)."""
    by_id = {f.id: f for f in FIELDS}
    for fid, value in answers.items():
        body = body.replace(f"### {by_id[fid].label}\n\n_No response_\n",
                            f"### {by_id[fid].label}\n\n{value}\n")
    return body


def test_new_municipal_unit_becomes_the_contact(tmp_path):
    repo = make_repo(tmp_path / "repo")
    body = _with((ISSUES / "lenient_typical_mistakes.md").read_text("utf-8"),
                 new_name_tr="İzmir Büyükşehir Belediyesi Kadın Çalışmaları Şube Müdürlüğü",
                 new_name_en="Women's Affairs Branch, İzmir Metropolitan Municipality",
                 new_organisation_kind="Belediye birimi")
    code, out, _ = kb(repo, "from-issue", "--lang", "en", "-", stdin=body)
    assert code == 0, out
    rid = "izmir-buyuksehir-belediyesi-kadin-calismalari-sube-mudurlugu"
    record = (repo / f"records/organisations/{rid}.yml").read_text("utf-8")
    assert "kind: municipal-unit\ncountry: türkiye\nparent: izmir-buyuksehir-belediyesi\n" in record
    meta = (repo / "practices" / MARKET / "practice.yml").read_text("utf-8")
    assert f"organisation: {rid}" in meta
    assert "(a municipal unit belongs to the practice's municipality)" in out
    assert kb(repo, "validate")[0] == 0


def test_new_record_problems_are_reported_with_the_rest(tmp_path):
    repo = make_repo(tmp_path / "repo")
    body = _with((ISSUES / "problems_all_at_once.md").read_text("utf-8"),
                 new_name_tr="Çiğli Belediyesi",
                 new_municipality_type="İlçe belediyesi", new_organisation_kind="Dernek")
    _, out, _ = kb(repo, "from-issue", "--lang", "en", "-", stdin=body)
    assert "a new institution is a municipality or an organisation, not both" in out
    assert "**Başlangıç / Start**: '31.02.2024' is not a date" in out


def test_existing_practice_is_never_overwritten(tmp_path):
    repo = make_repo(tmp_path / "repo")
    assert kb(repo, "from-issue", str(ISSUES / "valid_both_languages.md"))[0] == 0
    before = (repo / "practices" / SLUG / "tr.md").read_text("utf-8")
    code, out, _ = kb(repo, "from-issue", "--lang", "en", str(ISSUES / "valid_both_languages.md"))
    assert code == 1 and f"a practice with the id '{SLUG}' already exists" in out
    assert (repo / "practices" / SLUG / "tr.md").read_text("utf-8") == before
    assert _created(repo) == [f"practices/{SLUG}"]


def test_huge_body_is_refused_unread(tmp_path):
    repo = make_repo(tmp_path / "repo")
    body = tmp_path / "huge.md"
    text = (ISSUES / "valid_both_languages.md").read_text("utf-8")
    body.write_text(text + "Dayanışma. " * 20_000, "utf-8")
    code, out, _ = kb(repo, "from-issue", "--lang", "tr", str(body))
    assert code == 1 and "bayt sınırını aşıyor" in out
    assert f"{body.stat().st_size} bayt" in out
    assert not any((repo / "practices").iterdir())


# Bodies that once crashed the bot or could hang it; each must end in a report, never a
# traceback, and the report must be written.
def _long_title() -> bytes:
    text = (ISSUES / "valid_both_languages.md").read_text("utf-8")
    title = ("Dayanışma " * 25).strip() + "!"  # 250 characters
    return text.replace("Bizİzmir Dayanışma Noktaları", title, 1).encode()


def _invalid_utf8() -> bytes:
    text = (ISSUES / "valid_both_languages.md").read_bytes()
    return text.replace("Bizİzmir Dayanışma".encode(), b"Biz\xff\xfeIzmir Dayan\xc5", 1)


def _at_the_limit() -> bytes:
    text = (ISSUES / "valid_both_languages.md").read_bytes()
    line = b"The points work with volunteers in every neighbourhood they serve.\n"
    pad = b"\n" + line * ((MAX_BODY - len(text)) // len(line))
    body = text.replace(b"\n### Onay", pad + b"\n### Onay", 1)
    assert MAX_BODY - len(line) < len(body) <= MAX_BODY
    return body


def _spaces() -> bytes:
    line = "###" + " " * 5000 + "x\n"
    return ((ISSUES / "valid_both_languages.md").read_text("utf-8") + line * 20).encode()


@pytest.mark.parametrize("make,fragment", [
    (_long_title, "**Başlık (Türkçe) / Title (Turkish)**: the title is 250 characters long; "
                  "a title has at most 120"),
    (_invalid_utf8, "holds bytes that are not text (not UTF-8)"),
    (_at_the_limit, f"pass every check of the validator: `practices/{SLUG}`"),
    (_spaces, f"pass every check of the validator: `practices/{SLUG}`"),
], ids=["title-250", "invalid-utf8", "128KiB", "heading-spaces"])
def test_hostile_bodies_get_a_report(tmp_path, make, fragment):
    repo = make_repo(tmp_path / "repo")
    body, report = tmp_path / "body.md", tmp_path / "report.md"
    body.write_bytes(make())
    code, out, err = kb(repo, "from-issue", "--lang", "en", "--report", str(report), str(body))
    assert code in (0, 1) and not err, out + err
    assert fragment in out, out
    assert report.read_text("utf-8").startswith("### Türkçe")


def test_a_failure_to_write_is_in_the_report(tmp_path, monkeypatch):
    repo = make_repo(tmp_path / "repo")
    report = tmp_path / "report.md"
    import kb.proposal.check as check

    def refuse(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(check.os, "rename", refuse)
    code, out, _ = kb(repo, "from-issue", "--lang", "en", "--report", str(report),
                      str(ISSUES / "valid_both_languages.md"))
    assert code == 1 and "the files could not be written" in out and "disk is full" in out
    assert "dosyalar yazılamadı" in report.read_text("utf-8")
    assert _created(repo) == []


def test_a_bug_still_writes_the_report(tmp_path, monkeypatch):
    repo = make_repo(tmp_path / "repo")
    report = tmp_path / "report.md"
    import kb.proposal.check as check

    monkeypatch.setattr(check, "convert", lambda *a, **k: 1 / 0)
    code, out, _ = kb(repo, "from-issue", "--lang", "en", "--report", str(report),
                      str(ISSUES / "valid_both_languages.md"))
    assert code == 70 and "the bot failed on this proposal (ZeroDivisionError)" in out
    assert "bot bu öneride hata verdi" in report.read_text("utf-8")


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


def test_pasted_answers_become_the_files_meant(tmp_path):
    repo = make_repo(tmp_path / "repo")
    kb(repo, "from-issue", "--lang", "en", str(ISSUES / "lenient_pasted_answers.md"))
    folder = repo / "practices" / MEALS
    yml = (folder / "practice.yml").read_text("utf-8")
    themes = yml.split("\nthemes:\n", 1)[1].split("\n\n", 1)[0]
    assert "- sosyal-yardım" in themes and "- sağlık" in themes
    assert "start: 2021\n" in yml
    assert 'title: "Yaşlılara sıcak yemek hizmeti"' in yml
    assert 'url: "https://www.izmir.bel.tr/haber/sicak-yemek"' in yml
    assert 'email: "bilgi@izmir.bel.tr"' in yml
    body = (folder / "tr.md").read_text("utf-8")
    assert "\n- her gün öğle yemeği evlere götürüldü,\n- sosyal hizmet" in body
    assert "•" not in body
    assert "•" not in (folder / "en.md").read_text("utf-8")


@pytest.mark.parametrize(("given", "read"), [
    ("2021 yılında", "2021"), ("2021 yılı", "2021"), ("2021'de", "2021"), ("2023’te", "2023"),
    ("in 2021", "2021"), ("2021 yılında başladı", None), ("20211 yılında", None)])
def test_a_year_in_a_phrase_is_read_and_nothing_more(given, read):
    from kb.proposal.values import date
    assert date(given) == read


@pytest.mark.parametrize(("given", "read"), [
    ("<bilgi@izmir.bel.tr>", "bilgi@izmir.bel.tr"), ("mailto:bilgi@izmir.bel.tr", "bilgi@izmir.bel.tr"),
    ("MAILTO:bilgi@izmir.bel.tr", "bilgi@izmir.bel.tr"),
    ("[bilgi@izmir.bel.tr](mailto:bilgi@izmir.bel.tr)", "bilgi@izmir.bel.tr"),
    (" bilgi@izmir.bel.tr ", "bilgi@izmir.bel.tr"),
    ("bilgi @ izmir.bel.tr", "bilgi @ izmir.bel.tr")])  # left for the validator to refuse
def test_an_address_is_unwrapped_not_rewritten(given, read):
    from kb.proposal.values import email
    assert email(given) == read


def test_bullets_pasted_under_a_line_are_a_list_on_the_page(tmp_path):
    # "The municipality:" and on the next line bullets from Word, as people paste them: the
    # page shows the line, then a list of three.
    from bs4 import BeautifulSoup

    from kb.narrative import parse_sections
    from kb.site.html import render_markdown

    repo = make_repo(tmp_path / "repo")
    code, _, err = kb(repo, "from-issue", "--lang", "en", str(ISSUES / "lenient_pasted_answers.md"))
    assert code == 0, err
    text = (repo / "practices" / MEALS / "en.md").read_text(encoding="utf-8")
    body = text.split("\n---\n", 1)[1]
    section = parse_sections(body, 1, "en", "en.md").sections["what_was_done"]
    soup = BeautifulSoup(str(render_markdown(section)), "html.parser")
    assert "The municipality:" in [p.get_text() for p in soup.find_all("p")]
    assert [li.get_text(strip=True) for li in soup.select("ul > li")] == [
        "brought lunch to homes every day,", "had social workers visit once a month,",
        "opened a line for applications at the municipality's call centre, so that relatives "
        "and neighbours could also apply."]


def test_the_terminal_report_keeps_what_a_code_span_shows():
    """What the answer said is shown in code spans as typed, backslashes and all; only the
    escapes made for the comment outside them are undone."""
    typed = r"C:\belgeler\*_rapor_*"
    shown = md_escape("a_b @x ") + code(typed) + " " + md_escape("`c")
    assert for_terminal(shown) == r"a_b @x `C:\belgeler\*_rapor_*` `c"


def test_a_fix_in_the_comment_reads_as_it_is_to_be_typed():
    """A fix or an example the bot shows in a code span is what the contributor types:
    GitHub shows a code span's backslashes, so the values there are not escaped (an
    answer's backtick cannot close the span); the same value outside a span is escaped
    and cannot link, mention or format."""
    import markdown
    from bs4 import BeautifulSoup

    from kb.diagnostics import diag
    from kb.proposal.report import _problem

    missing = diag("practices/x/practice.yml", 3, 1, "key.missing", "target_groups",
                   name="target_groups", record="practice", example="target_groups: [yaşlılar]")
    hostile = diag("practices/x/practice.yml", 4, 9, "key.colon_space", "status", name="status",
                   written="value:*b* [x](https://e.org) @m", fixed="value: a`b_c [x](https://e.org) @m")
    for lang in ("tr", "en"):
        html = markdown.markdown(_problem(missing, lang) + "\n\n" + _problem(hostile, lang))
        soup = BeautifulSoup(html, "html.parser")
        assert [c.get_text() for c in soup.find_all("code")] == [
            "target_groups: [yaşlılar]", "value: a'b_c [x](https://e.org) @m"]
        assert not soup.find_all(["a", "em", "strong"]), html
        assert "'value:*b* [x](https://e.org) @m'" in soup.get_text()
        assert "'target_groups'" in soup.get_text()
        assert for_terminal(_problem(missing, lang)).count("target_groups") == 2
