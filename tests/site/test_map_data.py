"""The vendored province shapes cover exactly the provinces of vocabularies/provinces.yml."""

from __future__ import annotations

from pathlib import Path

import yaml

from kb.site.province_map import legend, level, shapes, thresholds

ROOT = Path(__file__).resolve().parents[2]


def test_every_province_of_the_vocabulary_has_a_shape_and_nothing_else_does():
    ids = {t["id"] for t in yaml.safe_load((ROOT / "vocabularies/provinces.yml").read_text("utf-8"))}
    data = shapes()
    assert len(ids) == 81 and set(data["provinces"]) == ids
    assert all(d.startswith("M") and d.endswith("z") for d in data["provinces"].values())
    assert "Natural Earth" in data["source"] and "public domain" in data["licence"]


def test_shades_and_legend_agree():
    bounds = thresholds([1, 1, 2, 5, 9, 30])
    assert bounds == [1, 5, 9]
    assert [level(n, bounds) for n in (0, 1, 2, 5, 6, 9, 10, 30)] == [0, 1, 2, 2, 3, 3, 4, 4]
    assert legend("en", bounds) == [(0, "no practice"), (1, "1"), (2, "2–5"), (3, "6–9"),
                                    (4, "10+")]
    assert legend("tr", thresholds([3, 3])) == [(0, "uygulama yok"), (1, "1+")]
