"""`kb new`: a draft practice scaffolded from the schema, in both languages."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from contrib_support import kb, make_repo

from kb.schema.fields import PRACTICE, SECTIONS


@pytest.fixture
def repo(tmp_path):
    return make_repo(tmp_path / "repo")


def test_slug_from_turkish_title_and_three_files(repo):
    code, out, err = kb(repo, "new", "--title-tr", "Bizİzmir Dayanışma Noktaları",
                        "--title-en", "BizIzmir Solidarity Points",
                        "--municipality", "izmir-buyuksehir-belediyesi", "--no-input")
    assert code == 0, err
    folder = repo / "practices" / "bizizmir-dayanisma-noktalari"
    assert sorted(p.name for p in folder.iterdir()) == ["en.md", "practice.yml", "tr.md"]
    assert "practices/bizizmir-dayanisma-noktalari/tr.md" in out
    assert "Oluşturuldu" in err and "Created" in err
    meta = (folder / "practice.yml").read_text("utf-8")
    assert "\nid: bizizmir-dayanisma-noktalari\n" in meta
    assert "\ndraft: true\n" in meta
    assert "\nmunicipality: izmir-buyuksehir-belediyesi\n" in meta
    tr = (folder / "tr.md").read_text("utf-8")
    assert 'title: "Bizİzmir Dayanışma Noktaları"' in tr
    assert 'title: "BizIzmir Solidarity Points"' in (folder / "en.md").read_text("utf-8")


def test_every_field_is_present_with_a_bilingual_comment(repo):
    kb(repo, "new", "--title-tr", "Yaşlılara Sıcak Yemek", "--no-input")
    lines = (repo / "practices" / "yaslilara-sicak-yemek" / "practice.yml").read_text(
        "utf-8").split("\n")
    for field in PRACTICE.fields:
        at = lines.index(f"{field.name}:") if f"{field.name}:" in lines else next(
            i for i, line in enumerate(lines) if line.startswith(f"{field.name}: "))
        comment = lines[at - 2]
        assert comment == f"# {field.doc_tr} | {field.doc_en}", field.name
        assert ("zorunlu" in lines[at - 1]) == field.required
    # closed vocabularies list their ids right in the comment
    assert any("planned, active, completed, discontinued" in line for line in lines)


def test_five_sections_in_each_language(repo):
    kb(repo, "new", "--title-tr", "Örnek Çalışma", "--title-en", "Example Work", "--no-input")
    folder = repo / "practices" / "ornek-calisma"
    for lang, col in (("tr", 1), ("en", 2)):
        text = (folder / f"{lang}.md").read_text("utf-8")
        found = re.findall(r"(?m)^## (.+)$", text)
        assert found == [s[col] for s in SECTIONS]


def test_fresh_scaffold_lists_what_to_fill_and_filled_scaffold_validates(repo):
    kb(repo, "new", "--title-tr", "Bizİzmir Dayanışma Noktaları", "--title-en", "BizIzmir",
       "--municipality", "izmir-buyuksehir-belediyesi", "--no-input")
    folder = repo / "practices" / "bizizmir-dayanisma-noktalari"
    code, out, _ = kb(repo, "validate", "--lang", "en", str(folder))
    assert code == 1
    assert re.search(r"practice\.yml:\d+:\d+: error: status: 'status' is empty", out)
    assert re.search(r"practice\.yml:\d+:\d+: error: themes: needs at least 1", out)
    assert re.search(r"en\.md:\d+:\d+: error: summary: 'summary' is empty", out)

    # A contributor fills in the placeholders (the empty values) and nothing else.
    fill = {"status:": "status: active", "themes:": "themes: [sosyal-yardım]",
            "target_groups:": "target_groups: [dar-gelirliler]", "sdgs:": "sdgs: [1]",
            "start:": "start: 2021", "evidence:": "evidence: self-reported",
            "  - title:": "  - title: Haber", "    publisher:": "    publisher: unknown",
            "    date:": "    date: unknown", "    accessed:": "    accessed: 2026-11-01",
            "  organisation:":
            "  organisation: izmir-buyuksehir-belediyesi",
            "last_verified:": "last_verified: 2026-11-01"}
    meta = folder / "practice.yml"
    meta.write_text("\n".join(fill.get(line, line) for line in
                              meta.read_text("utf-8").split("\n")), "utf-8")
    for lang in ("tr", "en"):
        path = folder / f"{lang}.md"
        lines = []
        for line in path.read_text("utf-8").split("\n"):
            if line.rstrip().endswith(":") and line.strip() in (
                    "summary:", "legal_basis:", "prerequisites:", "staff:", "budget:",
                    "time_to_results:"):
                line += " unknown" if line.startswith("  ") else " Bir paragraf."
            lines.append(line)
            if line.startswith("## "):
                lines += ["", "Kaynağa dayanan bir cümle."]
        path.write_text("\n".join(lines), "utf-8")
    code, out, err = kb(repo, "validate", "--lang", "en", str(folder))
    assert code == 0, out + err


def test_refuses_to_overwrite(repo):
    assert kb(repo, "new", "--title-tr", "İkinci Bahar", "--no-input")[0] == 0
    marker = repo / "practices" / "ikinci-bahar" / "tr.md"
    marker.write_text("kept", "utf-8")
    code, _, err = kb(repo, "new", "--title-tr", "İKİNCİ BAHAR", "--no-input")
    assert code == 1
    assert "practices/ikinci-bahar already exists; nothing was overwritten" in err
    assert marker.read_text("utf-8") == "kept"


def test_title_required_without_prompting(repo):
    code, _, err = kb(repo, "new", "--no-input")
    assert code == 2 and "--title-tr" in err
    assert not any((repo / "practices").iterdir())


def test_unknown_municipality_warns_with_suggestion(repo):
    code, _, err = kb(repo, "new", "--title-tr", "Deneme", "--municipality",
                      "izmir-buyuksehir", "--no-input")
    assert code == 0
    assert "did you mean 'izmir-buyuksehir-belediyesi'" in err


def test_without_an_english_title_no_empty_english_file_is_written(repo):
    """One language is enough: a scaffold without an English title holds no en.md that
    would be a dozen errors, and says how to add the English later."""
    code, out, err = kb(repo, "new", "--title-tr", "Tek Dilli Uygulama", "--no-input")
    assert code == 0
    folder = repo / "practices" / "tek-dilli-uygulama"
    assert sorted(p.name for p in folder.iterdir()) == ["practice.yml", "tr.md"]
    assert out.split() == ["practices/tek-dilli-uygulama/practice.yml",
                           "practices/tek-dilli-uygulama/tr.md"]
    assert "en.md" in err and "translation pending" in err and "çeviri bekleniyor" in err
    code, found, _ = kb(repo, "validate", "--lang", "en", "--format", "json", str(folder))
    assert code == 1  # the scaffold's empty fields are still to be filled, none in English
    assert [d for d in json.loads(found) if "en.md" in d["file"]] == []


def test_title_with_yaml_syntax_stays_text(repo):
    kb(repo, "new", "--title-tr", 'Kadın: "Emek" # 1 & yes', "--no-input")
    text = (repo / "practices" / "kadin-emek-1-yes" / "tr.md").read_text("utf-8")
    assert 'title: "Kadın: \\"Emek\\" # 1 & yes"' in text


def test_interactive_prompts_in_both_languages(repo, monkeypatch, capsys):
    import sys

    from kb.cli import main

    answers = iter(["Kadın Emeği Pazarı", "Women's Labour Market", ""])
    prompts = []

    def fake_input(prompt):
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("builtins.input", fake_input)
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    assert main(["--root", str(repo), "new"]) == 0
    assert prompts[0] == "Türkçe başlık / Turkish title: "
    assert (repo / "practices" / "kadin-emegi-pazari" / "en.md").read_text("utf-8").count(
        "Women's Labour Market") == 1


TR_SECTIONS = {
    "Bağlam": "İlçede dar gelirli yaşlıların bir kısmı yalnız yaşıyor ve sıcak bir öğüne "
              "ulaşmakta zorlanıyor. Belediye, 2021 yılında mahallelerde buluşma noktaları "
              "açmaya karar verdi; kaynak bu kararın gerekçesini ayrıntılı anlatmıyor.",
    "Ne yapıldı": "Üç mahallede birer nokta açıldı. Noktalarda her gün sıcak yemek veriliyor, "
                  "haftada bir sağlık taraması yapılıyor ve gönüllüler yaşlılarla sohbet "
                  "ediyor; hizmetlerin hepsi ücretsiz.",
    "Kimler yer aldı": "Belediyenin sosyal hizmetler birimi noktaları işletiyor. Mahalle "
                       "muhtarları ihtiyaç sahiplerini belirlemeye yardım ediyor, bir "
                       "üniversitenin öğrencileri de gönüllü olarak katılıyor.",
    "Sonuçlar": "Kaynak, kaç kişinin yararlandığını ya da yaşlıların yaşamının nasıl "
                "değiştiğini ölçen bir veri vermiyor. Aktarılanlar belediyenin kendi "
                "açıklamasına dayanıyor; bağımsız bir değerlendirme yapılmadı.",
    "Dersler ve aktarılabilirlik": "Boş bir kamu binası ve bir sosyal hizmet uzmanı, bir "
                                   "nokta açmak için yetiyor. Önce ihtiyacı olan mahalleleri "
                                   "belirlemek, sonra muhtarlarla birlikte duyurmak gerekiyor.",
}
EN_SECTIONS = {
    "Context": "Some older people on low incomes in the district live alone and find it hard "
               "to get a hot meal. In 2021 the municipality decided to open meeting points in "
               "the neighbourhoods; the source does not explain the decision in detail.",
    "What was done": "One point was opened in each of three neighbourhoods. The points serve "
                     "a hot meal every day, run a health check once a week, and volunteers "
                     "keep older people company; all services are free.",
    "Who was involved": "The municipality's social services unit runs the points. "
                        "Neighbourhood heads help to find the people in need, and students of "
                        "a university take part as volunteers.",
    "Results": "The source gives no data on how many people use the points or how the lives "
               "of older people changed. What is reported rests on the municipality's own "
               "statement; there was no independent evaluation.",
    "Lessons and transferability": "An empty public building and a social worker are enough "
                                   "to open a point. First find the neighbourhoods in need, "
                                   "then announce the points together with the "
                                   "neighbourhood heads.",
}


def test_a_practice_kb_validate_accepts_passes_every_check_of_make_test(tmp_path):
    # One rulebook: a contributor who follows `kb new` and `kb validate` until it is clean
    # must not meet a new problem in CI (the content test, the strict build, the link check).
    from kb.build import build_site
    from kb.library import validate_library
    from kb.sitecheck import check_site

    repo = make_repo(tmp_path / "repo")
    kb(repo, "new", "--title-tr", "Mahalle Buluşma Noktaları", "--title-en",
       "Neighbourhood Meeting Points", "--municipality", "izmir-buyuksehir-belediyesi",
       "--no-input")
    folder = repo / "practices" / "mahalle-bulusma-noktalari"
    fill = {"draft: true": "draft: false", "status:": "status: active",
            "themes:": "themes: [sosyal-yardım]", "target_groups:": "target_groups: [yaşlılar]",
            "sdgs:": "sdgs: [1, 10]", "start:": "start: 2021",
            "evidence:": "evidence: self-reported", "  - title:": "  - title: Noktalar açıldı",
            "    publisher:": "    publisher: Örnek Gazetesi", "    date:": "    date: 2021-06",
            "    accessed:": f"    accessed: {dt.date.today().isoformat()}",
            "  organisation:": "  organisation: izmir-buyuksehir-belediyesi",
            "last_verified:": f"last_verified: {dt.date.today().isoformat()}"}
    meta = folder / "practice.yml"
    meta.write_text("\n".join(fill.get(line, line) for line in
                              meta.read_text("utf-8").split("\n")), "utf-8")
    for lang, sections, summary in (
            ("tr", TR_SECTIONS, "Dar gelirli yaşlılar için üç mahallede buluşma noktaları."),
            ("en", EN_SECTIONS, "Meeting points for older people on low incomes in three "
                                "neighbourhoods.")):
        path = folder / f"{lang}.md"
        lines = []
        for line in path.read_text("utf-8").split("\n"):
            if line.strip() == "summary:":
                line += f" {summary}"
            elif line.startswith("  ") and line.rstrip().endswith(":"):
                line += " unknown"
            lines.append(line)
            if line.startswith("## "):
                lines += ["", sections[line[3:]]]
        path.write_text("\n".join(lines) + "\n", "utf-8")

    code, out, err = kb(repo, "validate", "--lang", "en")
    assert (code, out) == (0, ""), out + err
    assert not [d for d in validate_library(repo) if d.severity == "error"]  # test_content
    site = tmp_path / "site"
    result = build_site(repo, site)
    assert result.ok, result.problems
    assert check_site(site) == []
    assert (site / "practices/mahalle-bulusma-noktalari/index.html").is_file()
    assert (site / "en/practices/mahalle-bulusma-noktalari/index.html").is_file()
