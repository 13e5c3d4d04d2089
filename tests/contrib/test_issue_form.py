"""The committed issue form is generated from the vocabularies and is up to date."""

from __future__ import annotations

from pathlib import Path

import yaml

from kb.issueform import FORM_PATH, LABEL, main, render_form
from kb.load import load_vocabularies

REPO = Path(__file__).parents[2]


def test_committed_form_is_up_to_date():
    vocabularies, _ = load_vocabularies(REPO)
    committed = (REPO / FORM_PATH).read_text("utf-8")
    assert committed == render_form(vocabularies), (
        "run `python -m kb.issueform --write` after changing a vocabulary")
    assert main(["--root", str(REPO)]) == 0


def test_form_offers_every_theme_and_asks_for_consent():
    vocabularies, _ = load_vocabularies(REPO)
    form = yaml.safe_load((REPO / FORM_PATH).read_text("utf-8"))
    assert form["name"] == "Yeni uygulama öner / Propose a practice"
    assert form["labels"] == [LABEL]
    by_id = {item.get("id"): item for item in form["body"]}
    themes = by_id["themes"]["attributes"]
    assert themes["multiple"] is True
    assert len(themes["options"]) == len(vocabularies["themes"])
    assert "Yoksullukla mücadele / Tackling poverty" in themes["options"]
    consent = by_id["consent"]["attributes"]["options"][0]
    assert consent["required"] is True and "CC BY 4.0" in consent["label"]
    # the bot's workflow reacts to exactly this label
    assert f"'{LABEL}'" in (REPO / ".github/workflows/propose.yml").read_text("utf-8")


def _options(field: str) -> list[str]:
    form = yaml.safe_load((REPO / FORM_PATH).read_text("utf-8"))
    return next(item for item in form["body"] if item.get("id") == field)["attributes"]["options"]


def test_dropdowns_list_their_terms_as_the_site_does():
    # 81 provinces: a contributor scans them in Turkish alphabetical order (I before İ,
    # Mersin among the M's), not in licence-plate order (Mersin was at 33, as İçel).
    provinces = _options("province")
    assert len(provinces) == 81
    assert provinces[:5] == ["Adana", "Adıyaman", "Afyonkarahisar", "Ağrı", "Aksaray"]
    assert provinces.index("Iğdır") + 1 == provinces.index("Isparta")
    assert provinces.index("Isparta") + 1 == provinces.index("İstanbul")
    assert provinces.index("Manisa") < provinces.index("Mardin") < provinces.index("Mersin") \
        < provinces.index("Muğla")
    assert provinces[-2:] == ["Yozgat", "Zonguldak"]
    # Themes and target groups as the catalogue's filters list them (Ç after C, Ö after O)
    groups = [o.split(" / ")[0] for o in _options("target-groups")]
    assert groups[:3] == ["Belediye personeli", "Çocuklar", "Dar gelirliler"]
    assert groups.index("Kadınlar") + 1 == groups.index("Öğrenciler")
    themes = [o.split(" / ")[0] for o in _options("themes")]
    assert themes.index("Sağlık") < themes.index("Sosyal yardım") < themes.index("Sürdürülebilirlik")
    # A fixed order stays as its vocabulary gives it; SDGs go by number
    assert [o.split(" / ")[0] for o in _options("status")] == [
        "Planlanıyor", "Sürüyor", "Tamamlandı", "Durduruldu"]
    assert [int(o.split(".")[0]) for o in _options("sdgs")] == list(range(1, 18))
