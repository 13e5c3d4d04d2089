"""The page of one practice: facts card, key figures, transferability, narrative, sources."""

from __future__ import annotations

import datetime as dt

from markupsafe import Markup

from ..checks.practice import STALE_MONTHS, months_between
from ..languages import site_path
from ..narrative import headings
from ..schema.fields import SECTIONS, SOURCE_ANCHOR, TRANSFER_KEYS
from ..schema.types import UNKNOWN
from .catalogue import facet_value
from .html import esc, external, lang_attr, link, rel, render_markdown
from .i18n import label, t
from .model import Page, Site, url_for

MONTHS = {
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def fmt_date(value: str | None, lang: str) -> str:
    """A partial date (2023, 2023-05, 2023-05-29) in words; `unknown` in the page language."""
    if not value or value == UNKNOWN:
        return t("unknown", lang)
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[lang][int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    day = int(parts[2])
    return f"{day} {month} {parts[0]}"


def fmt_number(value: float | int, lang: str) -> str:
    """A number with the language's digit grouping and decimal mark."""
    text = f"{value:,}"
    if lang == "tr":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text


def is_stale(p: dict, today: dt.date) -> bool:
    """True when last_verified is older than the library's staleness limit."""
    return months_between(dt.date.fromisoformat(p["last_verified"]), today) >= STALE_MONTHS


def _row(name: str, value: Markup | str) -> str:
    return f"<dt>{esc(name)}</dt><dd>{value}</dd>"


def _links(site: Site, frm: str, kind: str, ids) -> Markup:
    items = [site.a(frm, kind, i) for i in ids]
    return Markup(", ").join(items)


def cite(lang: str, number: int) -> Markup:
    """A link to one of the practice's sources: '(kaynak 2)'."""
    return Markup(f'(<a href="#{SOURCE_ANCHOR.format(n=number)}">'
                  f'{esc(t("source_n", lang, n=number))}</a>)')


def sourced(p: dict, key: str, lang: str, show, editorial: str = "no_source") -> Markup:
    """A fact as its sources give it: with its citation, or every value if sources differ.

    A fact no source gives is said to be the editors' (classification, or no source given).
    """
    claims = p.get("claims", {}).get(key) or [{"value": p.get(key), "source": None}]
    parts = []
    for claim in claims:
        shown = show(claim["value"])
        if claim["source"]:
            parts.append(Markup(f"{shown} {cite(lang, claim['source'])}"))
        else:
            parts.append(Markup(f'{shown} <span class="kb-editorial">({esc(t(editorial, lang))})'
                                f"</span>"))
    if len(parts) == 1:
        return parts[0]
    return Markup(f'<span class="kb-conflict">{esc(t("sources_differ", lang))}: '
                  f'{Markup("; ").join(parts)}</span>')


def _facts(site: Site, p: dict, frm: str) -> str:
    lang = site.lang
    m = site.municipality_of(p)
    where = [esc(label(site.lib.vocabularies["municipality-types"][m["type"]], lang))]
    if m.get("province"):
        where.append(site.a(frm, "province", m["province"]))
    elif m.get("country"):
        where.append(esc(label(site.lib.vocabularies["countries"][m["country"]], lang)))
    owner = site.a(frm, "municipality", p["municipality"])
    rows = [_row(t("municipality", lang), Markup(f"{owner} ({Markup(', ').join(where)})"))]
    statuses = site.lib.vocabularies["statuses"]
    rows.append(_row(t("status", lang), sourced(
        p, "status", lang, lambda v: link(frm, f"catalogue/?status={facet_value(v)}",
                                          label(statuses[v], lang)), "editors")))
    rows.append(_row(t("start", lang), sourced(p, "start", lang, lambda v: esc(fmt_date(v, lang)))))
    rows.append(_row(t("end", lang), sourced(p, "end", lang, lambda v: esc(fmt_date(v, lang)))
                     if p.get("end") else esc(t("ongoing", lang))))
    if p.get("programmes"):
        rows.append(_row(t("programmes", lang), _links(site, frm, "programme", p["programmes"])))
    if p.get("partners"):
        items = []
        for partner in p["partners"]:
            kind = site.record_kind(partner["organisation"])
            role = esc(label(site.lib.vocabularies["partner-roles"][partner["role"]], lang))
            said = (cite(lang, partner["source"]) if partner.get("source") else
                    Markup(f'<span class="kb-editorial">({esc(t("editors", lang))})</span>'))
            items.append(Markup(f"<li>{site.a(frm, kind, partner['organisation'])}: {role} {said}</li>"))
        rows.append(_row(t("partners", lang), Markup(f"<ul>{''.join(items)}</ul>")))
    rows.append(_row(t("themes", lang), _links(site, frm, "theme", p["themes"])))
    rows.append(_row(t("target_groups", lang), _links(site, frm, "target-group", p["target_groups"])))
    # No source tags a practice with goals: the SDGs are the editors' reading of it.
    rows.append(_row(t("sdgs", lang), Markup(
        f'{_links(site, frm, "sdg", p["sdgs"])} <span class="kb-editorial">'
        f'({esc(t("editors", lang))})</span>')))
    evidence = site.lib.vocabularies["evidence-levels"][p["evidence"]]
    rows.append(_row(t("evidence", lang),
                     link(frm, f"catalogue/?evidence={facet_value(p['evidence'])}",
                          label(evidence, lang))))
    rows.append(_row(t("last_verified", lang), esc(fmt_date(p["last_verified"], lang))))
    return (f'<section class="kb-card kb-facts" aria-labelledby="kb-facts-h">'
            f'<h2 id="kb-facts-h">{esc(t("facts", lang))}</h2><dl>{"".join(rows)}</dl></section>')


def _figures(site: Site, p: dict) -> str:
    lang = site.lang
    if not p.get("key_figures"):
        return ""
    items = []
    for fig in p["key_figures"]:
        source = ""
        if fig.get("source"):
            source = f" {cite(lang, fig['source'])}"
        items.append(f'<li><span class="kb-figure__value">{esc(fmt_number(fig["value"], lang))}</span> '
                     f'<span class="kb-figure__label">{esc(fig["label"][lang])}</span>{source}</li>')
    return (f'<section class="kb-figures" aria-labelledby="kb-figures-h"><h2 id="kb-figures-h">'
            f'{esc(t("key_figures", lang))}</h2><ul>{"".join(items)}</ul></section>')


def _transfer(site: Site, text: dict, content_lang: str) -> str:
    lang = site.lang
    rows = []
    for key in TRANSFER_KEYS:
        value = text["transferability"][key]
        shown = (f'<span class="kb-unknown">{esc(t("unknown", lang))}</span>' if value == UNKNOWN
                 else f"<span{lang_attr(content_lang, lang)}>{esc(value)}</span>")
        rows.append(_row(t(key, lang), Markup(shown)))
    return (f'<section class="kb-card kb-transfer" aria-labelledby="kb-transfer-h">'
            f'<h2 id="kb-transfer-h">{esc(t("transfer_title", lang))}</h2>'
            f'<dl>{"".join(rows)}</dl></section>')


def _narrative(text: dict, content_lang: str, lang: str) -> str:
    out = [f'<div class="kb-narrative"{lang_attr(content_lang, lang)}>']
    for (sid, _, _), heading in zip(SECTIONS, headings(content_lang), strict=True):
        out.append(f'<h2 id="{sid}">{esc(heading)}</h2>')
        out.append(str(render_markdown(text["sections"].get(sid, ""))))
    out.append("</div>")
    return "".join(out)


def _sources(site: Site, p: dict) -> str:
    lang = site.lang
    items = []
    for n, s in enumerate(p["sources"], start=1):
        title_lang = s.get("language")
        attr = f' lang="{esc(title_lang)}"' if title_lang and title_lang != lang else ""
        title = external(s["url"], s["title"]) if s.get("url") else esc(s["title"])
        publisher = t("unknown", lang) if s["publisher"] == UNKNOWN else s["publisher"]
        kind = (f", {esc(label(site.lib.vocabularies['source-kinds'][s['kind']], lang))}"
                if s.get("kind") else "")
        items.append(f'<li id="{SOURCE_ANCHOR.format(n=n)}"><cite{attr}>{title}</cite>, '
                     f'{esc(publisher)}{kind}, {esc(fmt_date(s["date"], lang))} '
                     f'<span class="kb-accessed">({esc(t("accessed", lang))} '
                     f'{esc(fmt_date(s["accessed"], lang))})</span></li>')
    return (f'<section class="kb-sources" aria-labelledby="kb-sources-h"><h2 id="kb-sources-h">'
            f'{esc(t("sources", lang))}</h2><ol>{"".join(items)}</ol></section>')


def _contact(site: Site, p: dict, frm: str) -> str:
    lang = site.lang
    c = p["contact"]
    kind = site.record_kind(c["organisation"])
    rows = [_row(t(kind, lang), site.a(frm, kind, c["organisation"]))]
    if c.get("unit"):
        rows.append(_row(t("contact", lang), esc(c["unit"][lang])))
    if c.get("url"):
        rows.append(_row(t("website", lang), external(c["url"], c["url"])))
    if c.get("email"):
        rows.append(_row(t("email", lang), external(f"mailto:{c['email']}", c["email"])))
    if c.get("phone"):
        rows.append(_row(t("phone", lang), esc(c["phone"])))
    return (f'<section class="kb-contact" aria-labelledby="kb-contact-h"><h2 id="kb-contact-h">'
            f'{esc(t("contact", lang))}</h2><dl>{"".join(rows)}</dl></section>')


def _related(site: Site, p: dict, frm: str) -> str:
    lang = site.lang
    parts = []
    for key, ids in (("inspired_by", site.inspired_by[p["id"]]), ("adopted_by", site.adopted_by[p["id"]])):
        if ids:
            items = "".join(f"<li>{site.a(frm, 'practice', i)}</li>"
                            for i in site.sorted_practices(ids))
            parts.append(f"<h3>{esc(t(key, lang))}</h3><ul>{items}</ul>")
    interest = p.get("replication_interest", [])
    if interest:
        items = "".join(
            f"<li>{site.a(frm, 'municipality', i['municipality'])}"
            f' ({esc(fmt_date(i["date"], lang))}) {cite(lang, i["source"])}</li>'
            for i in interest)
        parts.append(f"<h3>{esc(t('replication', lang))}</h3><ul>{items}</ul>")
    if not parts:
        return ""
    return (f'<section class="kb-related" aria-labelledby="kb-related-h"><h2 id="kb-related-h">'
            f'{esc(t("related", lang))}</h2>{"".join(parts)}</section>')


def practice_page(site: Site, pid: str, today: dt.date) -> Page:
    """The full page of one published practice in the site's language."""
    p = site.practices[pid]
    lang = site.lang
    frm = url_for("practice", pid)
    text, content_lang = site.text(p)
    notices = []
    if content_lang != lang:
        other = t("other_language_name", lang)
        there = rel(site_path(lang, frm), site_path(content_lang, frm))
        notices.append(f'<p class="kb-notice kb-notice--translation" role="note">'
                       f'{esc(t("missing_translation", lang, other=other))} '
                       f'<a href="{esc(there)}" hreflang="{content_lang}">'
                       f'{esc(t("read_in_other", lang, other=other))}</a></p>')
    if is_stale(p, today):
        notices.append(f'<p class="kb-notice kb-notice--stale" role="note">'
                       f'{esc(t("stale", lang, months=STALE_MONTHS))}</p>')
    body = "".join([
        f'<article class="kb-practice" data-practice="{esc(pid)}">',
        f"<h1{lang_attr(content_lang, lang)}>{esc(text['title'])}</h1>",
        *notices,
        f'<p class="kb-summary"{lang_attr(content_lang, lang)}>{esc(text["summary"])}</p>',
        '<div class="kb-cards">', _facts(site, p, frm), _transfer(site, text, content_lang), "</div>",
        _figures(site, p),
        _narrative(text, content_lang, lang),
        _sources(site, p),
        _contact(site, p, frm),
        _related(site, p, frm),
        "</article>",
    ])
    search_text = " ".join([text["summary"], *text["sections"].values()])
    return Page(frm, text["title"], body, {"description": text["summary"]}, search_text)
