"""The catalogue's map: Türkiye's 81 provinces as inline SVG, shaded by number of practices.

Drawn at build time from data/turkey-provinces.json (Natural Earth's public-domain province
boundaries, simplified by scripts/tools/make_map_data.py): no tile server, no request to
another site. Without JavaScript each province with practices links to its page; the
catalogue script recounts and reshades it for the active filters and turns a click into a
province filter. A table holds the same numbers for screen readers, and practices outside
Türkiye (Stockholm) are listed under the map.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from pathlib import Path

from markupsafe import Markup

from ..kinds import BY_ID as KINDS
from .html import h, join, rel
from .i18n import t
from .model import Site, url_for

DATA = Path(__file__).with_name("data") / "turkey-provinces.json"
LEVELS = 4  # shades besides "none"


@functools.cache
def shapes() -> dict:
    """{'viewBox': ..., 'provinces': {province id: SVG path data}, 'source', 'licence'}."""
    return json.loads(DATA.read_text(encoding="utf-8"))


def thresholds(values) -> list[int]:
    """Upper bounds of the shades but the last, from the whole library's counts (quartiles).

    Fixed at build time, so the legend holds while the catalogue script reshades the map
    for the active filters with the same bounds.
    """
    ordered = sorted(v for v in values if v > 0)
    bounds: list[int] = []
    for i in range(1, LEVELS):
        if ordered:
            q = ordered[min(len(ordered) - 1, len(ordered) * i // LEVELS)]
            if q not in bounds and (not bounds or q > bounds[-1]) and q < ordered[-1]:
                bounds.append(q)
    return bounds


def level(count: int, bounds: list[int]) -> int:
    """The shade of a province: 0 for none, then 1 + the number of bounds below its count.

    kb-catalogue.js applies the same rule to the filtered counts: keep the two the same.
    """
    return 0 if count <= 0 else 1 + sum(1 for b in bounds if count > b)


def legend(lang: str, bounds: list[int]) -> list[tuple[int, str]]:
    """(shade, label) of the legend: none, then the range of counts of each shade."""
    out = [(0, t("map_none", lang))]
    low = 1
    for i, b in enumerate(bounds, start=1):
        out.append((i, str(low) if low == b else f"{low}–{b}"))
        low = b + 1
    out.append((len(bounds) + 1, f"{low}+"))
    return out


def counts(site: Site, ids) -> tuple[Counter, Counter]:
    """Practices per province, and per municipality abroad (no province), among ids."""
    provinces: Counter = Counter()
    abroad: Counter = Counter()
    for pid in ids:
        p = site.practices[pid]
        m = site.municipality_of(p)
        if m.get("province"):
            provinces[m["province"]] += 1
        else:
            abroad[p["municipality"]] += 1
    return provinces, abroad


def _province(site: Site, frm: str, pid: str, d: str, n: int, bounds: list[int],
              value: str) -> Markup:
    title = h("<title>{}: {}</title>", site.name("province", pid),
              t("count_practices", site.lang, n=n))
    cls = f"kb-map__p kb-map__p--{level(n, bounds)}"
    if n and site.has_page("province", pid):  # without JavaScript, a link to its page
        return h('<a href="{}" class="{}" data-province="{}"><path d="{}"/>{}</a>',
                 rel(frm, url_for("province", pid)), cls, value, d, title)
    return h('<g class="{}" data-province="{}"><path d="{}"/>{}</g>', cls, value, d, title)


def _name_link(site: Site, frm: str, kind: str, id_: str) -> Markup:
    return site.a(frm, kind, id_) if site.has_page(kind, id_) else h("{}", site.name(kind, id_))


def province_map(site: Site, frm: str, ids, facet_value) -> Markup:
    """The map, its table and the list of practices abroad, for the practices `ids`."""
    lang = site.lang
    data = shapes()
    provinces, abroad = counts(site, ids)
    bounds = thresholds(provinces.values())
    known = site.lib.vocabularies["provinces"]
    paths = join(_province(site, frm, pid, d, provinces[pid], bounds, facet_value(pid))
                 for pid, d in data["provinces"].items() if pid in known)
    rows = join(h('<tr data-province="{}"><th scope="row">{}</th><td>{}</td></tr>',
                  facet_value(pid), _name_link(site, frm, "province", pid), provinces[pid])
                for pid in site.sorted_entities("province", provinces))
    away = join(h('<li data-municipality="{}">{} <span class="kb-count">({})</span></li>',
                  facet_value(mid), site.a(frm, "municipality", mid), abroad[mid])
                for mid in site.sorted_entities("municipality", abroad))
    keys = join(h('<li><span class="kb-map__key kb-map__p--{}"></span> {}</li>', i, label)
                for i, label in legend(lang, bounds))
    abroad_list = (h('<h3 id="kb-abroad-h">{}</h3><ul class="kb-map__abroad">{}</ul>',
                     t("abroad", lang), away) if abroad else Markup(""))
    # A disclosure, open but for phones (the script closes it there, so that the first
    # result stays on the first screen).
    return h('<details class="kb-map" open><summary><h2 id="kb-map-h">{}</h2></summary>'
             '<div class="kb-map__body"><div class="kb-map__figure"><p class="kb-map__hint">{}</p>'
             '<svg class="kb-map__svg" viewBox="{}" role="group" aria-labelledby="kb-map-h"'
             ' data-bounds="{}">{}</svg><ul class="kb-map__legend">{}</ul>'
             '<p class="kb-map__source">{}</p></div><div class="kb-map__data">{}'
             '<table class="kb-map__table"><caption>{}</caption><thead><tr><th scope="col">{}'
             '</th><th scope="col">{}</th></tr></thead><tbody>{}</tbody></table></div></div>'
             "</details>",
             t("map", lang), t("map_hint", lang), data["viewBox"],
             " ".join(map(str, bounds)), paths, keys, t("map_source", lang), abroad_list,
             t("map_table", lang), KINDS["province"].label(lang), t("practices", lang), rows)
