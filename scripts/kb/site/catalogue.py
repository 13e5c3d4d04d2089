"""The catalogue: every published practice as a card, with facets that combine, a map and
downloads of what is shown.

Without JavaScript the page is the complete list, links to the per-facet pages, a map whose
provinces link to their pages, and the whole-library downloads. The script
(overrides/assets/javascripts/kb-catalogue.js) reveals the filter form, sorting and the
downloads of the filtered view, and keeps the state in the address so a view can be shared
(and survives the language switch).
"""

from __future__ import annotations

import json
from collections import Counter

from markupsafe import Markup

from ..kinds import BY_ID as KINDS
from ..kinds import CATALOGUE, FACETS, Kind
from ..languages import site_path
from ..schema.structure import differ
from ..turkish import slugify
from .html import h, join, lang_attr, link, rel
from .i18n import one, t
from .model import Page, Site, url_for
from .opendata import CHUNK, CHUNKS, published_ids
from .province_map import province_map

URL = CATALOGUE
RESULTS = "kb-results"  # id of the result list's wrapper
# Kinds a card carries that have no checkboxes but can be filtered by through the address
# (entity pages link to ?municipality=…; a province click works without its facet group).
URL_ONLY = ("municipality", "province")
SORTS = ("title", "newest", "verified")


def facet_value(value: object) -> str:
    """The ASCII form of a facet value used in data attributes and the URL query."""
    return slugify(str(value))


def _ordered_values(site: Site, kind: Kind, counts: Counter) -> list:
    return site.sorted_entities(kind.id, [v for (f, v) in counts if f == kind.id])


def _sortable(value: object) -> str:
    """A partial date as text that sorts ('2024-10'); unknown sorts last."""
    return value if isinstance(value, str) and value[:1].isdigit() else ""


def _card(site: Site, pid: str, row: int | None) -> Markup:
    p = site.practices[pid]
    text, content_lang = site.text(p)
    data: dict[str, set[str]] = {}
    for facet, value in site.facets(p):
        data.setdefault(facet, set()).add(facet_value(value))
    attrs = join(h(' data-{}="{}"', f, " ".join(sorted(v))) for f, v in sorted(data.items()))
    if row is not None:  # its row in the open-data chunks (drafts, in a preview, have none)
        attrs = h('{} data-row="{}"', attrs, row)
    m = site.municipality_of(p)
    place = [site.name("municipality", p["municipality"])]
    if m.get("province"):
        place.append(site.name("province", m["province"]))
    themes = ", ".join(site.name("theme", th) for th in p["themes"])
    # Whom it serves, said on the card: the text filter then finds 'yaşlı' in 'Yaşlılar'.
    groups = ", ".join(site.name("target-group", g) for g in p["target_groups"])
    la = lang_attr(content_lang, site.lang)
    pending = (h(' <span class="kb-badge">{}</span>', t("translation_pending", site.lang))
               if content_lang != site.lang else Markup(""))
    # Facts the sources disagree on are said on the card too, not only on the page.
    disputed = [KINDS[k].label(site.lang) if k in KINDS else t(k, site.lang)
                for k, claims in sorted(p.get("claims", {}).items()) if differ(claims)]
    if disputed:
        pending = h('{} <span class="kb-badge kb-badge--differ">{}: {}</span>', pending,
                    t("sources_differ", site.lang), ", ".join(disputed))
    return h('<li class="kb-result" data-id="{}" data-start="{}" data-verified="{}"{}><article>'
             '<h2 class="kb-result__title"><span{}>{}</span>{}</h2>'
             '<p class="kb-result__summary"{}>{}</p>'
             '<p class="kb-result__meta">{} — {}</p>'
             '<p class="kb-result__meta">{}: {}</p></article></li>',
             pid, _sortable(p.get("start")), p["last_verified"], attrs, la,
             link(URL, url_for("practice", pid), text["title"]), pending, la, text["summary"],
             " · ".join(place), themes, KINDS["target-group"].label(site.lang, plural=True),
             groups)


def _facet(site: Site, kind: Kind, values: list, counts: Counter) -> Markup:
    """One facet group: a disclosure (closed on phones) holding its labelled checkboxes."""
    items = join(h('<li><input type="checkbox" id="kb-f-{0}-{1}" name="{0}" value="{1}">'
                   '<label for="kb-f-{0}-{1}">{2} <span class="kb-count">({3})</span></label>'
                   "</li>", kind.id, facet_value(v), site.name(kind.id, v), counts[(kind.id, v)])
                 for v in values)
    legend = kind.label(site.lang, plural=not kind.fixed_order)
    return h('<details class="kb-facet" data-facet="{}" open><summary>{} '
             '<span class="kb-active"></span></summary><fieldset><legend class="kb-sr">{}'
             "</legend><ul>{}</ul></fieldset></details>", kind.id, legend, legend, items)


def _browse(site: Site, values: dict[str, list], counts: Counter) -> Markup:
    """Links to the per-facet pages: the catalogue's facets for readers without JavaScript."""
    lang = site.lang
    parts = join(h("<h2>{}</h2><ul>{}</ul>", kind.label(lang, plural=True),
                   join(h("<li>{} ({})</li>", site.a(URL, kind.id, v), counts[(kind.id, v)])
                        for v in values[kind.id]))
                 for kind in FACETS if kind.pages and values[kind.id])
    return h('<noscript><nav class="kb-browse" aria-label="{}">{}</nav></noscript>',
             t("browse_by", lang), parts)


def _names(site: Site, ids) -> Markup:
    """Display names of the values of the address-only filters, for the script's chips."""
    names = {kind: {facet_value(v): site.name(kind, v) for pid in ids
                    for k, v in site.facets(site.practices[pid]) if k == kind}
             for kind in URL_ONLY}
    text = json.dumps(names, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return Markup(f'<script type="application/json" id="kb-catalogue-names">{text}</script>')


def _toolbar(site: Site, total: int) -> Markup:
    """Result count, clear, sort and downloads: at the top, where a phone shows them first."""
    lang = site.lang
    sorts = join(h('<option value="{}">{}</option>', s, t(f"sort_{s}", lang)) for s in SORTS)
    # The open-data files are the whole site's, at its root: not under a language's root.
    downloads = [h('<a href="{}" download data-format="{}">{}</a>', rel(site_path(lang, URL), path), fmt,
                   fmt.upper()) for fmt, path in (("csv", "practices.csv"), ("json", "practices.json"))]
    # The workbook is the whole library's only (Excel in an English locale, where ',' splits
    # lists, opens the ';' CSV in one column): hidden while filters choose some practices.
    downloads.append(h('<span class="kb-export__whole"> · <a href="{}" download>XLSX</a></span>',
                       rel(site_path(lang, URL), "practices.xlsx")))
    return h('<div class="kb-toolbar"><p id="kb-result-count" aria-live="polite" role="status">'
             '{}</p><button type="button" class="kb-clear md-button" hidden>{}</button>'
             '<p class="kb-sort" hidden><label for="kb-sort">{}</label> '
             '<select id="kb-sort" name="sort">{}</select></p>'
             '<p class="kb-export"><span class="kb-export__label">{}</span> {}</p></div>',
             t("results", lang, n=total), t("clear_filters", lang), t("sort", lang), sorts,
             t("export_all", lang), join([join(downloads[:-1], " · "), downloads[-1]]))


def catalogue_page(site: Site) -> Page:
    """The catalogue page of one language."""
    lang = site.lang
    ids = site.sorted_practices(site.practices)
    counts: Counter = Counter()
    for pid in ids:
        for facet, value in set(site.facets(site.practices[pid])):
            counts[(facet, value)] += 1
    values = {kind.id: _ordered_values(site, kind, counts) for kind in FACETS}
    # A group with one value narrows nothing ("Active (5)"): it is left out.
    groups = join(_facet(site, kind, values[kind.id], counts)
                  for kind in FACETS if len(values[kind.id]) > 1)
    rows = {pid: i for i, pid in enumerate(published_ids(site.lib))}
    templates = {
        "all": t("results", lang, n="{n}"),
        "some": t("results_of", lang, n="{n}", total="{total}"),
        "export-all": t("export_all", lang),
        "export-some": t("export_these", lang, n="{n}"),
        "active": t("filters_active", lang, n="{n}"),
        "remove": t("remove_filter", lang, name="{name}"),
        "count": t("count_practices", lang, n="{n}"),
    }
    # The forms a count of one takes (i18n.ONE), for the script to pick: "1 practice shown".
    templates |= {f"{k}-one": one(key, lang) for k, key in
                  (("all", "results"), ("export-some", "export_these"),
                   ("count", "count_practices"))}
    data = join(h(' data-template-{}="{}"', k, v) for k, v in templates.items())
    body = h('<div class="kb-catalogue"{} data-chunks="{}" data-chunk="{}" data-facets="{}">'
             "<h1>{}</h1>{}"
             '<form class="kb-facets" hidden aria-label="{}">'
             '<label for="kb-q" class="kb-q-label">{}</label>'
             '<input type="search" id="kb-q" name="text" autocomplete="off">'
             '<ul class="kb-chips" aria-label="{}"></ul>'
             # All groups in one disclosure, which a phone shows closed (its summary says how
             # many filters are active); on a wide screen it stays open and its summary hidden.
             '<details class="kb-filters" open><summary>{} <span class="kb-active"></span>'
             "</summary>{}</details></form>{}"
             '<div class="kb-main">{}'
             # The target of the "skip to results" link: the next Tab reaches the first result.
             '<div class="kb-results-wrap" id="{}" tabindex="-1"><ul class="kb-results">{}</ul>'
             "</div></div>{}</div>",
             data, rel(site_path(lang, URL), CHUNKS), CHUNK,
             " ".join(sorted({f for pid in ids for f, _ in site.facets(site.practices[pid])})),
             t("catalogue", lang), _toolbar(site, len(ids)), t("filters", lang),
             t("filter_text", lang), t("filters", lang), t("filters", lang), groups,
             _browse(site, values, counts),
             province_map(site, URL, ids, facet_value), RESULTS,
             join(_card(site, pid, rows.get(pid)) for pid in ids), _names(site, ids))
    # The header and the filters stand between the top of the page and the first result:
    # the page gets a "skip to results" link.
    return Page(URL, t("catalogue", lang), str(body), kind="catalogue", wide=True,
                skips=[(RESULTS, t("skip_results", lang))])


__all__ = ["catalogue_page", "facet_value"]
