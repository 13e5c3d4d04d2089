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
