"""Entity pages (municipality, organisation, programme, theme, target group, SDG, province,
region), each listing its practices with their summaries, and one index page per kind.

A vocabulary term no practice is filed under (most of the 81 provinces, most SDGs) gets no
page of its own: its kind's index lists it, with an invitation to propose a practice.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping

from markupsafe import Markup

from ..kinds import BY_ID as KINDS
from ..kinds import ENTITY_KINDS
from .catalogue import URL as CATALOGUE
from .catalogue import facet_value
from .correction import correction
from .formats import fmt_source_date
from .html import esc, external, h, join, lang_attr, link
from .i18n import label, t
from .model import Page, Site, index_url, url_for

CONTRIBUTE = "contribute/"  # the hand-written page that says how to propose a practice


def practice_list(site: Site, frm: str, ids, heading: str | None = None) -> Markup:
    """A sorted list of practices with their municipality and summary, under an optional H2."""
    lang = site.lang
    head = h("<h2>{}</h2>", heading) if heading else Markup("")
    if not ids:
        return h('{}<p class="kb-empty">{}</p>', head, t("none_yet", lang))
    items = []
    for pid in site.sorted_practices(ids):
        p = site.practices[pid]
        text, content_lang = site.text(p)
        items.append(h('<li><span{}>{}</span> <span class="kb-owner">— {}</span>'
                       '<p class="kb-practice-list__summary"{}>{}</p></li>',
                       lang_attr(content_lang, lang), site.a(frm, "practice", pid),
                       site.name("municipality", p["municipality"]),
                       lang_attr(content_lang, lang), text["summary"]))
    return h('{}<ul class="kb-practice-list">{}</ul>', head, join(items))


def _in_catalogue(site: Site, frm: str, kind: str, value: object, count: int) -> Markup:
    """A link to the catalogue filtered by this entity, when the catalogue can filter by it."""
    if count == 0 or not (KINDS[kind].facet or kind == "municipality"):
        return Markup("")
    return h('<p class="kb-in-catalogue">{}</p>',
             link(frm, f"{CATALOGUE}?{kind}={facet_value(value)}",
                  t("in_catalogue", site.lang, n=count)))


def _entity_links(site: Site, frm: str, ids) -> Markup:
    return join((site.a(frm, site.record_kind(i), i) for i in ids), ", ")


def _dl(rows: list[tuple[str, object]]) -> Markup:
    inner = join(h("<dt>{}</dt><dd>{}</dd>", k, v) for k, v in rows if v)
    return h('<dl class="kb-card kb-entity-facts">{}</dl>', inner) if inner else Markup("")


def _record_rows(site: Site, kind: str, rec: dict, frm: str) -> list[tuple[str, object]]:
    lang, v = site.lang, site.lib.vocabularies
    rows: list[tuple[str, object]] = []
    if kind == "municipality":
        rows.append((KINDS["municipality-type"].label(lang),
                     label(v["municipality-types"][rec["type"]], lang)))
        if rec.get("province"):
            province = rec["province"]
            rows.append((KINDS["province"].label(lang),
                         site.a(frm, "province", province) if site.has_page("province", province)
                         else site.name("province", province)))
    if kind == "organisation":
        rows.append((t("kind", lang), label(v["organisation-kinds"][rec["kind"]], lang)))
    if rec.get("country"):
        rows.append((t("country", lang), label(v["countries"][rec["country"]], lang)))
    if rec.get("parent"):
        rows.append((t("parent", lang), _entity_links(site, frm, [rec["parent"]])))
    if kind == "programme":
        rows.append((t("organisers", lang), _entity_links(site, frm, rec["organisers"])))
        if rec.get("participants"):
            rows.append((t("participants", lang), _entity_links(site, frm, rec["participants"])))
    if rec.get("website"):
        rows.append((t("website", lang), external(rec["website"], rec["website"])))
    return rows


def _programmes_of(site: Site, rid: str) -> list[str]:
    return [g for g, rec in site.lib.records["programme"].items()
            if rid in rec["organisers"] or rid in rec.get("participants", [])]


def _heading(site: Site, kind: str, title: str) -> Markup:
    return h('<h1>{}</h1><p class="kb-kind">{}</p>', title, KINDS[kind].label(site.lang))


def record_page(site: Site, kind: str, rid: str, outline: bool = False) -> Page:
    """The page of a municipality, organisation or programme (outline: without its body,
    as kb.site.pages defers it)."""
    lang = site.lang
    rec = site.lib.records[kind][rid]
    frm = url_for(kind, rid)
    title = site.name(kind, rid)
    if outline:
        return Page(frm, title, "", kind="entity")
    parts = [_heading(site, kind, title)]
    if kind == "programme":
        parts.append(h('<p class="kb-summary">{}</p>', rec["summary"][lang]))
    parts.append(_dl(_record_rows(site, kind, rec, frm)))
    own = site.by[(kind, rid)]
    parts.append(_in_catalogue(site, frm, kind, rid, len(own)))
    if kind == "programme":
        parts.append(practice_list(site, frm, own, t("programme_practices", lang)))
        if rec.get("sources"):
            items = join(h("<li>{}, {}</li>", external(s["url"], s["title"]) if s.get("url")
                           else esc(s["title"]), fmt_source_date(s["date"], lang))
                         for s in rec["sources"])
            parts.append(h("<h2>{}</h2><ol>{}</ol>", t("sources", lang), items))
    else:
        if kind == "municipality":
            parts.append(practice_list(site, frm, own, t("owned", lang)))
        partnered = site.partnered[rid]
        if partnered or kind == "organisation":
            parts.append(practice_list(site, frm, partnered, t("partnered", lang)))
        if site.interested[rid]:
            parts.append(practice_list(site, frm, site.interested[rid], t("interested", lang)))
        programmes = _programmes_of(site, rid)
        if programmes:
            items = join(h("<li>{}</li>", site.a(frm, "programme", g))
                         for g in site.sorted_entities("programme", programmes))
            parts.append(h("<h2>{}</h2><ul>{}</ul>",
                           KINDS["programme"].label(lang, plural=True), items))
    parts.append(correction(site, rid, title, site.address(frm)))
    return Page(frm, title, str(join(parts)), kind="entity")


def term_page(site: Site, kind: str, tid: object, outline: bool = False) -> Page:
    """The page of a vocabulary term (theme, target group, SDG, province, region)."""
    lang = site.lang
    frm = url_for(kind, tid)
    term = site.term(kind, tid)
    name = site.name(kind, tid)
    description = str(term.get("description", {}).get(lang, ""))
    if outline:
        return Page(frm, name, "", kind="entity", description=description)
    practices = site.by[(kind, tid)]
    parts = [_heading(site, kind, name)]
    if term.get("description"):
        parts.append(h('<p class="kb-summary">{}</p>', term["description"][lang]))
    if kind == "province" and term.get("region"):
        parts.append(_dl([(KINDS["region"].label(lang), site.a(frm, "region", term["region"]))]))
        munis = [m for m, rec in site.lib.records["municipality"].items()
                 if rec.get("province") == tid]
        if munis:
            items = join(h("<li>{}</li>", site.a(frm, "municipality", m))
                         for m in site.sorted_entities("municipality", munis))
            parts.append(h("<h2>{}</h2><ul>{}</ul>",
                           KINDS["municipality"].label(lang, plural=True), items))
    if kind == "region":
        provinces = [p for p, rec in site.lib.vocabularies["provinces"].items()
                     if rec.get("region") == tid and site.has_page("province", p)]
        items = join(h("<li>{}</li>", site.a(frm, "province", p))
                     for p in site.sorted_entities("province", provinces))
        parts.append(h("<h2>{}</h2><ul>{}</ul>", KINDS["province"].label(lang, plural=True), items))
    parts.append(_in_catalogue(site, frm, kind, tid, len(practices)))
    parts.append(practice_list(site, frm, practices, t("practices", lang)))
    return Page(frm, name, str(join(parts)), kind="entity", description=description)


def entity_ids(site: Site, kind: str) -> list:
    """Every id of one entity kind that gets a page."""
    k = KINDS[kind]
    ids = site.lib.records[kind] if k.is_record else site.lib.vocabularies[k.vocabulary]
    return [i for i in ids if site.has_page(kind, i)]


def index_page(site: Site, kind: str, contribute: bool = True) -> Page:
    """The index page of one kind: every entity with its number of practices.

    Terms no practice is filed under are listed without a page, with an invitation (a link
    to the contribute page if the site has one).
    """
    lang = site.lang
    folder = index_url(kind)
    k = KINDS[kind]
    every = site.lib.records[kind] if k.is_record else site.lib.vocabularies[k.vocabulary]
    items, empty = [], []
    for i in site.sorted_entities(kind, list(every)):
        n = len(site.by[(kind, i)] | site.partnered.get(i, set()))
        count = h('<span class="kb-count">({})</span>', t("count_practices", lang, n=n))
        if site.has_page(kind, i):
            items.append(h("<li>{} {}</li>", site.a(folder, kind, i), count))
        else:
            empty.append(h("<li>{}</li>", site.name(kind, i)))
    heading = k.label(lang, plural=True)
    body = h('<h1>{}</h1><ul class="kb-index">{}</ul>', heading, join(items))
    if empty:
        body = h('{}<h2 id="kb-without">{}</h2><p>{}</p><ul class="kb-index kb-index--empty">{}</ul>',
                 body, t("without_practice", lang),
                 link(folder, CONTRIBUTE, t("propose_one", lang)) if contribute
                 else t("propose_one", lang), join(empty))
    return Page(folder, heading, str(body), kind="index")


def entity_pages(site: Site, contribute: bool = True, kept: Mapping[str, Page] | None = None,
                 deferred: dict[str, Callable[[], Page]] | None = None) -> list[Page]:
    """Every entity page and index page of the site (kept: pages known to be unchanged
    since an earlier generation, by URL, used instead of being made again). deferred: entity
    pages are outlines, and their makers go there (kb.site.pages.LanguageSite.full)."""
    kept = kept or {}
    pages = []
    for kind in ENTITY_KINDS:
        pages.append(kept.get(index_url(kind.id)) or index_page(site, kind.id, contribute))
        page = record_page if kind.is_record else term_page
        for i in entity_ids(site, kind.id):
            if deferred is not None:
                outline = page(site, kind.id, i, outline=True)
                deferred[outline.url] = functools.partial(page, site, kind.id, i)
                pages.append(outline)
            else:
                pages.append(kept.get(url_for(kind.id, i)) or page(site, kind.id, i))
    return pages
