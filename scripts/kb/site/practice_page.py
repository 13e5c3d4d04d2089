"""The page of one practice: facts card, key figures, transferability, narrative, sources,
contact, related practices, and how to cite it."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from markupsafe import Markup

from ..checks.practice import STALE_MONTHS, months_between
from ..checks.sources import address, reading
from ..kinds import BY_ID as KINDS
from ..languages import site_path
from ..narrative import headings
from ..schema.fields import SECTIONS, SOURCE_ANCHOR, TRANSFER_KEYS
from ..schema.types import UNKNOWN
from .catalogue import facet_value
from .correction import correction
from .formats import fmt_date, fmt_number, fmt_source_date
from .html import esc, external, h, join, lang_attr, link, rel, render_markdown
from .i18n import label, t
from .model import Page, Site, url_for


def is_stale(p: dict, today: dt.date) -> bool:
    """True when last_verified is older than the library's staleness limit."""
    return months_between(dt.date.fromisoformat(p["last_verified"]), today) >= STALE_MONTHS


def _row(name: str, value: Markup | str) -> Markup:
    return h("<dt>{}</dt><dd>{}</dd>", name, value)


def _section(css: str, anchor: str, heading: str, inner: Markup) -> Markup:
    return h('<section class="{}" aria-labelledby="{}"><h2 id="{}">{}</h2>{}</section>',
             css, anchor, anchor, heading, inner)


def _links(site: Site, frm: str, kind: str, ids) -> Markup:
    return join((site.a(frm, kind, i) for i in ids), ", ")


def cite(lang: str, *numbers: int) -> Markup:
    """Links to the practice's sources that give a fact: '(kaynak 2)', '(kaynak 2, kaynak 3)'."""
    return h("({})", join([h('<a href="#{}">{}</a>', SOURCE_ANCHOR.format(n=n),
                             t("source_n", lang, n=n)) for n in numbers], ", "))


def _editors(lang: str, key: str = "editors") -> Markup:
    return h('<span class="kb-editorial">({})</span>', t(key, lang))


def sourced(p: dict, key: str, lang: str, show, editorial: str = "no_source") -> Markup:
    """A fact as its sources give it: with its citation, or every value if sources differ.

    A fact no source gives is said to be the editors' (classification, or no source given);
    a fact not known needs no source ("Start: not known", not "not known (no source given)").
    """
    claims = p.get("claims", {}).get(key) or [{"value": p.get(key), "source": None}]
    values: dict = {}  # each value once, in the order the claims give them: its sources
    for claim in claims:
        values.setdefault(claim["value"], []).extend([claim["source"]] if claim["source"] else [])
    parts = [h("{} {}", show(value), cite(lang, *numbers)) if numbers
             else show(value) if value == UNKNOWN
             else h("{} {}", show(value), _editors(lang, editorial))
             for value, numbers in values.items()]
    if len(parts) == 1:
        return parts[0]
    return h('<span class="kb-conflict">{}: {}</span>', t("sources_differ", lang), join(parts, "; "))


def _facts(site: Site, p: dict, frm: str) -> Markup:
    lang, v = site.lang, site.lib.vocabularies
    m = site.municipality_of(p)
    where = [esc(label(v["municipality-types"][m["type"]], lang))]
    if m.get("province"):
        where.append(site.a(frm, "province", m["province"]))
    elif m.get("country"):
        where.append(esc(label(v["countries"][m["country"]], lang)))
    rows = [_row(KINDS["municipality"].label(lang),
                 h("{} ({})", site.a(frm, "municipality", p["municipality"]), join(where, ", ")))]
    rows.append(_row(KINDS["status"].label(lang), sourced(
        p, "status", lang, lambda s: link(frm, f"catalogue/?status={facet_value(s)}",
                                          label(v["statuses"][s], lang)), "editors")))
    rows.append(_row(t("start", lang), sourced(p, "start", lang, lambda d: fmt_date(d, lang))))
    if p.get("end"):
        rows.append(_row(t("end", lang), sourced(p, "end", lang, lambda d: fmt_date(d, lang))))
    elif p["status"] != "planned":  # a planned practice has not begun: it has no end to tell
        rows.append(_row(t("end", lang),
                         esc(t("ongoing" if p["status"] == "active" else "unknown", lang))))
    if p.get("programmes"):
        rows.append(_row(KINDS["programme"].label(lang, plural=True),
                         _links(site, frm, "programme", p["programmes"])))
    if p.get("partners"):
        items = [h("<li>{}: {} {}</li>", site.a(frm, site.record_kind(x["organisation"]),
                                                x["organisation"]),
                   label(v["partner-roles"][x["role"]], lang),
                   cite(lang, x["source"]) if x.get("source") else _editors(lang))
                 for x in p["partners"]]
        rows.append(_row(t("partners", lang), h("<ul>{}</ul>", join(items))))
    for kind in ("theme", "target-group"):
        rows.append(_row(KINDS[kind].label(lang, plural=True),
                         _links(site, frm, kind, p[KINDS[kind].field])))
    # No source tags a practice with goals: the SDGs are the editors' reading of it.
    rows.append(_row(KINDS["sdg"].label(lang, plural=True),
                     h("{} {}", _links(site, frm, "sdg", p["sdgs"]), _editors(lang))))
    rows.append(_row(KINDS["evidence"].label(lang),
                     link(frm, f"catalogue/?evidence={facet_value(p['evidence'])}",
                          label(v["evidence-levels"][p["evidence"]], lang))))
    rows.append(_row(t("last_verified", lang), fmt_date(p["last_verified"], lang)))
    return h('<section class="kb-card kb-facts" aria-labelledby="kb-facts-h">'
             '<h2 id="kb-facts-h">{}</h2><dl>{}</dl></section>', t("facts", lang), join(rows))


def _figures(site: Site, p: dict) -> Markup:
    lang = site.lang
    if not p.get("key_figures"):
        return Markup("")
    items = [h('<li><span class="kb-figure__value">{}</span> <span class="kb-figure__label">{}'
               "</span>{}</li>", fmt_number(f["value"], lang), f["label"][lang],
               h(" {}", cite(lang, f["source"])) if f.get("source") else "")
             for f in p["key_figures"]]
    return _section("kb-figures", "kb-figures-h", t("key_figures", lang), h("<ul>{}</ul>", join(items)))


def _transfer(site: Site, text: dict, content_lang: str) -> Markup:
    lang = site.lang
    rows = []
    for key in TRANSFER_KEYS:
        value = text["transferability"][key]
        shown = (h('<span class="kb-unknown">{}</span>', t("unknown", lang)) if value == UNKNOWN
                 else h("<span{}>{}</span>", lang_attr(content_lang, lang), value))
        rows.append(_row(t(key, lang), shown))
    return h('<section class="kb-card kb-transfer" aria-labelledby="kb-transfer-h">'
             '<h2 id="kb-transfer-h">{}</h2><dl>{}</dl></section>',
             t("transfer_title", lang), join(rows))


def _narrative(text: dict, content_lang: str, lang: str) -> Markup:
    sections = [h('<h2 id="{}">{}</h2>{}', sid, heading,
                  render_markdown(text["sections"].get(sid, "")))
                for (sid, _, _), heading in zip(SECTIONS, headings(content_lang), strict=True)]
    return h('<div class="kb-narrative"{}>{}</div>', lang_attr(content_lang, lang), join(sections))


def _sources(site: Site, p: dict) -> Markup:
    lang = site.lang
    items = []
    readings = Counter(reading(s) for s in p["sources"])
    for n, s in enumerate(p["sources"], start=1):
        title_lang = s.get("language")
        attr = h(' lang="{}"', title_lang) if title_lang and title_lang != lang else ""
        title = external(s["url"], s["title"]) if s.get("url") else esc(s["title"])
        publisher = t("publisher_unknown", lang) if s["publisher"] == UNKNOWN else s["publisher"]
        kind = (h(", {}", label(site.lib.vocabularies["source-kinds"][s["kind"]], lang))
                if s.get("kind") else "")
        date = fmt_source_date(s["date"], lang)
        # Two reports that read alike (same title, publisher and date) are told apart by
        # their addresses, on paper too, where links are not shown.
        where = (h(', <span class="kb-source-address">{}</span>', address(s["url"]))
                 if s.get("url") and readings[reading(s)] > 1 else "")
        items.append(h('<li id="{}"><cite{}>{}</cite>, {}{}, {}{} <span class="kb-accessed">'
                       "({} {})</span></li>", SOURCE_ANCHOR.format(n=n), attr, title, publisher,
                       kind, date, where, t("accessed", lang), fmt_date(s["accessed"], lang)))
    return _section("kb-sources", "kb-sources-h", t("sources", lang), h("<ol>{}</ol>", join(items)))


def _contact(site: Site, p: dict, frm: str) -> Markup:
    lang = site.lang
    c = p["contact"]
    kind = site.record_kind(c["organisation"])
    rows = [_row(KINDS[kind].label(lang), site.a(frm, kind, c["organisation"]))]
    if c.get("unit"):
        rows.append(_row(t("unit", lang), c["unit"][lang]))
    if c.get("url"):
        rows.append(_row(t("website", lang), external(c["url"], c["url"])))
    if c.get("email"):
        rows.append(_row(t("email", lang), external(f"mailto:{c['email']}", c["email"])))
    if c.get("phone"):
        rows.append(_row(t("phone", lang), c["phone"]))
    return _section("kb-contact", "kb-contact-h", t("contact", lang), h("<dl>{}</dl>", join(rows)))


def _related(site: Site, p: dict, frm: str) -> Markup:
    lang = site.lang
    parts = []
    for key, ids in (("inspired_by", site.inspired_by[p["id"]]),
                     ("adopted_by", site.adopted_by[p["id"]])):
        if ids:
            items = join(h("<li>{}</li>", site.a(frm, "practice", i))
                         for i in site.sorted_practices(ids))
            parts.append(h("<h3>{}</h3><ul>{}</ul>", t(key, lang), items))
    interest = p.get("replication_interest", [])
    if interest:
        items = join(h("<li>{}{} ({}) {}</li>", site.a(frm, "municipality", i["municipality"]),
                       h(" — {}", label(i["by"], lang)) if i.get("by") else "",
                       fmt_date(i["date"], lang), cite(lang, i["source"])) for i in interest)
        parts.append(h("<h3>{}</h3><ul>{}</ul>", t("replication", lang), items))
    if not parts:
        return Markup("")
    return _section("kb-related", "kb-related-h", t("related", lang), join(parts))


def _bibtex(value: str) -> str:
    """Text inside a BibTeX field: braces and backslashes cannot end or escape the field."""
    return "".join("\\" + ch if ch in "{}\\%&$#_" else ch for ch in value)


def citation(site: Site, p: dict, title: str, url: str) -> tuple[str, str]:
    """How to cite a practice: (a sentence, a BibTeX entry), in the site's language."""
    lang = site.lang
    verified = fmt_date(p["last_verified"], lang)
    text = t("cite_text", lang, title=title, date=verified, url=url)
    bib = "\n".join([
        f"@misc{{ortak-akil-{p['id']},",
        f"  author = {{{{{_bibtex(t('cite_author', lang))}}}}},",
        f"  title = {{{_bibtex(title)}}},",
        "  howpublished = {Ortak Akıl},",
        f"  year = {{{p['last_verified'][:4]}}},",
        f"  note = {{{_bibtex(t('cite_note', lang, date=p['last_verified']))}}},",
        f"  url = {{{url}}}",
        "}",
    ])
    return text, bib


def _cite(site: Site, p: dict, title: str, url: str) -> Markup:
    text, bib = citation(site, p, title, url)
    return _section("kb-cite", "kb-cite-h", t("cite_title", site.lang), h(
        '<p class="kb-cite__text">{}</p><details><summary>BibTeX</summary>'
        '<pre class="kb-cite__bibtex"><code>{}</code></pre></details>{}', text, bib,
        correction(site, p["id"], title, url)))


def practice_page(site: Site, pid: str, today: dt.date, outline: bool = False) -> Page:
    """The full page of one published practice in the site's language.

    outline: only what is known of the page before it is written (address, title,
    description, contents), without its body and search text (kb.site.pages: deferred pages).
    """
    p = site.practices[pid]
    lang = site.lang
    frm = url_for("practice", pid)
    text, content_lang = site.text(p)
    toc = [("kb-facts-h", t("facts", lang)), ("kb-transfer-h", t("transfer_title", lang))]
    if p.get("key_figures"):
        toc.append(("kb-figures-h", t("key_figures", lang)))
    toc += [(sid, heading) for (sid, _, _), heading in zip(SECTIONS, headings(content_lang),
                                                           strict=True)]
    toc += [("kb-sources-h", t("sources", lang)), ("kb-contact-h", t("contact", lang))]
    if site.inspired_by[pid] or site.adopted_by[pid] or p.get("replication_interest"):
        toc.append(("kb-related-h", t("related", lang)))
    toc.append(("kb-cite-h", t("cite_title", lang)))
    page = Page(frm, text["title"], "", kind="practice", description=text["summary"], toc=toc,
                source=f"{p['dir']}/{content_lang}.md")
    if outline:
        return page
    url = site.address(frm)
    la = lang_attr(content_lang, lang)
    notices = []
    if p.get("draft"):  # only a preview shows drafts
        notices.append(h('<p class="kb-notice kb-notice--draft" role="note">{}</p>',
                         t("draft_notice", lang)))
    if content_lang != lang:
        other = t("other_language_name", lang)
        notices.append(h('<p class="kb-notice kb-notice--translation" role="note">{} '
                         '<a href="{}" hreflang="{}">{}</a></p>',
                         t("missing_translation", lang, other=other),
                         rel(site_path(lang, frm), site_path(content_lang, frm)), content_lang,
                         t("read_in_other", lang, other=other)))
    if is_stale(p, today):
        notices.append(h('<p class="kb-notice kb-notice--stale" role="note">{}</p>',
                         t("stale", lang, months=STALE_MONTHS)))
    # What a printed page must say by itself: where it lives and when it was checked.
    printed = h('<p class="kb-print-only kb-printed">{}: {} · {}: {}</p>', t("address", lang),
                url, t("last_verified", lang), fmt_date(p["last_verified"], lang))
    body = h('<article class="kb-practice" data-practice="{}"><h1{}>{}</h1>{}{}'
             '<p class="kb-summary"{}>{}</p><div class="kb-cards">{}{}</div>{}{}{}{}{}{}</article>',
             pid, la, text["title"], printed, join(notices), la, text["summary"],
             _facts(site, p, frm), _transfer(site, text, content_lang), _figures(site, p),
             _narrative(text, content_lang, lang), _sources(site, p), _contact(site, p, frm),
             _related(site, p, frm), _cite(site, p, text["title"], url))
    page.body = str(body)
    page.text = " ".join([text["summary"], *text["sections"].values()])
    return page
