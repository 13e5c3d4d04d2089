"""Entity pages (municipality, organisation, programme, theme, target group, SDG, province,
region), each listing its practices, and one index page per kind."""

from __future__ import annotations

from markupsafe import Markup

from .html import esc, external
from .i18n import label, t
from .model import KINDS, Page, Site, url_for
from .practice_page import fmt_date

# Kind → (singular UI key, plural UI key)
NAMES = {
    "municipality": ("municipality", "municipalities"),
    "organisation": ("organisation", "organisations"),
    "programme": ("programme", "programmes"),
    "theme": ("theme", "themes"),
    "target-group": ("target_group", "target_groups"),
    "sdg": ("sdg", "sdgs"),
    "province": ("province", "provinces"),
    "region": ("region", "regions"),
}


def practice_list(site: Site, frm: str, ids, heading: str | None = None) -> str:
    """A sorted list of practices with their municipality, under an optional H2."""
    lang = site.lang
    head = f"<h2>{esc(heading)}</h2>" if heading else ""
    if not ids:
        return f'{head}<p class="kb-empty">{esc(t("none_yet", lang))}</p>'
    items = []
    for pid in site.sorted_practices(ids):
        p = site.practices[pid]
        owner = site.name("municipality", p["municipality"])
        items.append(f"<li>{site.a(frm, 'practice', pid)} "
                     f'<span class="kb-owner">— {esc(owner)}</span></li>')
    return f'{head}<ul class="kb-practice-list">{"".join(items)}</ul>'


def _entity_links(site: Site, frm: str, ids) -> Markup:
    out = []
    for i in ids:
        kind = site.record_kind(i)
        out.append(site.a(frm, kind, i))
    return Markup(", ").join(out)


def _dl(rows: list[tuple[str, object]]) -> str:
    inner = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in rows if v)
    return f'<dl class="kb-card kb-entity-facts">{inner}</dl>' if inner else ""


def _record_rows(site: Site, kind: str, rec: dict, frm: str) -> list[tuple[str, object]]:
    lang, v = site.lang, site.lib.vocabularies
    rows: list[tuple[str, object]] = []
    if kind == "municipality":
        rows.append((t("municipality_type", lang), esc(label(v["municipality-types"][rec["type"]], lang))))
        if rec.get("province"):
            rows.append((t("province", lang), site.a(frm, "province", rec["province"])))
    if kind == "organisation":
        rows.append((t("kind", lang), esc(label(v["organisation-kinds"][rec["kind"]], lang))))
    if rec.get("country"):
        rows.append((t("country", lang), esc(label(v["countries"][rec["country"]], lang))))
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


def record_page(site: Site, kind: str, rid: str) -> Page:
    """The page of a municipality, organisation or programme."""
    lang = site.lang
    rec = site.lib.records[kind][rid]
    frm = url_for(kind, rid)
    title = site.name(kind, rid)
    parts = [f"<h1>{esc(title)}</h1>", f'<p class="kb-kind">{esc(t(NAMES[kind][0], lang))}</p>']
    if kind == "programme":
        parts.append(f'<p class="kb-summary">{esc(rec["summary"][lang])}</p>')
    parts.append(_dl(_record_rows(site, kind, rec, frm)))
    if kind == "programme":
        parts.append(practice_list(site, frm, site.by[("programme", rid)], t("programme_practices", lang)))
        if rec.get("sources"):
            items = "".join(f"<li>{external(s['url'], s['title']) if s.get('url') else esc(s['title'])}"
                            f", {esc(fmt_date(s['date'], lang))}</li>" for s in rec["sources"])
            parts.append(f"<h2>{esc(t('sources', lang))}</h2><ol>{items}</ol>")
    else:
        if kind == "municipality":
            parts.append(practice_list(site, frm, site.by[("municipality", rid)], t("owned", lang)))
        partnered = site.partnered[rid]
        if partnered or kind == "organisation":
            parts.append(practice_list(site, frm, partnered, t("partnered", lang)))
        if site.interested[rid]:
            parts.append(practice_list(site, frm, site.interested[rid], t("interested", lang)))
        programmes = _programmes_of(site, rid)
        if programmes:
            items = "".join(f"<li>{site.a(frm, 'programme', g)}</li>"
                            for g in site.sorted_entities("programme", programmes))
            parts.append(f"<h2>{esc(t('programmes', lang))}</h2><ul>{items}</ul>")
    return Page(frm, title, "".join(parts))


def term_page(site: Site, kind: str, tid: object) -> Page:
    """The page of a vocabulary term (theme, target group, SDG, province, region)."""
    lang = site.lang
    frm = url_for(kind, tid)
    term = site.term(kind, tid)
    name = site.name(kind, tid)
    parts = [f"<h1>{esc(name)}</h1>", f'<p class="kb-kind">{esc(t(NAMES[kind][0], lang))}</p>']
    if term.get("description"):
        parts.append(f'<p class="kb-summary">{esc(term["description"][lang])}</p>')
    if kind == "province" and term.get("region"):
        parts.append(_dl([(t("region", lang), site.a(frm, "region", term["region"]))]))
        munis = [m for m, rec in site.lib.records["municipality"].items() if rec.get("province") == tid]
        if munis:
            items = "".join(f"<li>{site.a(frm, 'municipality', m)}</li>"
                            for m in site.sorted_entities("municipality", munis))
            parts.append(f"<h2>{esc(t('municipalities', lang))}</h2><ul>{items}</ul>")
    if kind == "region":
        provinces = [p for p, rec in site.lib.vocabularies["provinces"].items() if rec.get("region") == tid]
        items = "".join(f"<li>{site.a(frm, 'province', p)}</li>"
                        for p in site.sorted_entities("province", provinces))
        parts.append(f"<h2>{esc(t('provinces', lang))}</h2><ul>{items}</ul>")
    parts.append(practice_list(site, frm, site.by[(kind, tid)], t("practices", lang)))
    return Page(frm, name, "".join(parts))


def entity_ids(site: Site, kind: str) -> list:
    """Every id of one entity kind that gets a page."""
    if kind in ("municipality", "organisation", "programme"):
        return list(site.lib.records[kind])
    return list(site.lib.vocabularies[KINDS[kind][1]])


def index_page(site: Site, kind: str) -> Page:
    """The index page of one kind: every entity with its number of practices."""
    lang = site.lang
    folder = KINDS[kind][0] + "/"
    items = []
    for i in site.sorted_entities(kind, entity_ids(site, kind)):
        n = len(site.by[(kind, i)] | site.partnered.get(i, set()))
        items.append(f"<li>{site.a(folder, kind, i)} "
                     f'<span class="kb-count">({esc(t("count_practices", lang, n=n))})</span></li>')
    body = f"<h1>{esc(t(NAMES[kind][1], lang))}</h1><ul class=\"kb-index\">{''.join(items)}</ul>"
    return Page(folder, t(NAMES[kind][1], lang), body)


def entity_pages(site: Site) -> list[Page]:
    """Every entity page and index page of the site."""
    pages = []
    for kind in KINDS:
        pages.append(index_page(site, kind))
        for i in entity_ids(site, kind):
            if kind in ("municipality", "organisation", "programme"):
                pages.append(record_page(site, kind, i))
            else:
                pages.append(term_page(site, kind, i))
    return pages
