"""The catalogue: every published practice as a card, with facets that combine.

Without JavaScript the page is the complete list plus links to the per-facet pages; the
script (overrides/assets/javascripts/kb-catalogue.js) reveals the facet form and filters.
"""

from __future__ import annotations

from collections import Counter

from markupsafe import Markup

from ..kinds import BY_ID as KINDS
from ..kinds import FACETS, Kind
from ..turkish import slugify
from .html import esc, lang_attr, link
from .i18n import t
from .model import Page, Site, url_for

URL = "catalogue/"
RESULTS = "kb-results"  # id of the result list's wrapper


def facet_value(value: object) -> str:
    """The ASCII form of a facet value used in data attributes and the URL query."""
    return slugify(str(value))


def _ordered_values(site: Site, kind: Kind, counts: Counter) -> list:
    used = [v for (f, v) in counts if f == kind.id]
    if kind.fixed_order:
        return [v for v in site.lib.vocabularies[kind.vocabulary] if v in used]
    return site.sorted_entities(kind.id, used)


def _value_name(site: Site, facet: str, value: object) -> str:
    return site.name(facet, value)


def _card(site: Site, pid: str) -> str:
    p = site.practices[pid]
    text, content_lang = site.text(p)
    data: dict[str, list[str]] = {}
    for facet, value in site.facets(p):
        data.setdefault(facet, []).append(facet_value(value))
    attrs = "".join(f' data-{f}="{esc(" ".join(sorted(set(v))))}"' for f, v in sorted(data.items()))
    m = site.municipality_of(p)
    place = [site.name("municipality", p["municipality"])]
    if m.get("province"):
        place.append(site.name("province", m["province"]))
    themes = ", ".join(site.name("theme", th) for th in p["themes"])
    la = lang_attr(content_lang, site.lang)
    pending = (f' <span class="kb-badge">{esc(t("translation_pending", site.lang))}</span>'
               if content_lang != site.lang else "")
    return (f'<li class="kb-result"{attrs}><article>'
            f'<h2 class="kb-result__title"><span{la}>{link(URL, url_for("practice", pid), text["title"])}'
            f'</span>{pending}</h2>'
            f'<p class="kb-result__summary"{la}>{esc(text["summary"])}</p>'
            f'<p class="kb-result__meta">{esc(" · ".join(place))} — {esc(themes)}</p>'
            f"</article></li>")


def _fieldset(site: Site, facet: str, values: list, counts: Counter) -> str:
    items = []
    for value in values:
        fid = f"kb-f-{facet}-{facet_value(value)}"
        items.append(
            f'<li><input type="checkbox" id="{fid}" name="{facet}" value="{esc(facet_value(value))}">'
            f'<label for="{fid}">{esc(_value_name(site, facet, value))} '
            f'<span class="kb-count">({counts[(facet, value)]})</span></label></li>')
    legend = KINDS[facet].label(site.lang, plural=not KINDS[facet].fixed_order)
    return (f'<fieldset class="kb-facet" data-facet="{facet}"><legend>{esc(legend)}'
            f'</legend><ul>{"".join(items)}</ul></fieldset>')


def _browse(site: Site, values: dict[str, list], counts: Counter) -> str:
    """Links to the per-facet pages: the catalogue's facets for readers without JavaScript."""
    lang = site.lang
    parts = []
    for kind in FACETS:
        if not kind.pages or not values[kind.id]:
            continue
        links = "".join(
            f"<li>{link(URL, url_for(kind.id, v), _value_name(site, kind.id, v))} "
            f"({counts[(kind.id, v)]})</li>" for v in values[kind.id])
        parts.append(f"<h2>{esc(kind.label(lang, plural=True))}</h2><ul>{links}</ul>")
    return (f'<noscript><nav class="kb-browse" aria-label="{esc(t("browse_by", lang))}">'
            f'{"".join(parts)}</nav></noscript>')


def catalogue_page(site: Site) -> Page:
    """The catalogue page of one language."""
    lang = site.lang
    ids = site.sorted_practices(site.practices)
    counts: Counter = Counter()
    for pid in ids:
        for facet, value in set(site.facets(site.practices[pid])):
            counts[(facet, value)] += 1
    values = {kind.id: _ordered_values(site, kind, counts) for kind in FACETS}
    fieldsets = "".join(_fieldset(site, kind.id, values[kind.id], counts)
                        for kind in FACETS if values[kind.id])
    total = len(ids)
    template_all = t("results", lang, n="{n}")
    template_some = t("results_of", lang, n="{n}", total="{total}")
    body = Markup("".join([
        f'<div class="kb-catalogue" data-template-all="{esc(template_all)}" '
        f'data-template-some="{esc(template_some)}">',
        f"<h1>{esc(t('catalogue', lang))}</h1>",
        f'<form class="kb-facets" hidden aria-label="{esc(t("filters", lang))}">',
        f'<label for="kb-q" class="kb-q-label">{esc(t("filter_text", lang))}</label>',
        '<input type="search" id="kb-q" name="text" autocomplete="off">',
        fieldsets,
        f'<button type="reset" class="md-button">{esc(t("clear_filters", lang))}</button>',
        "</form>",
        _browse(site, values, counts),
        # The target of the "skip to results" link: the next Tab reaches the first result.
        f'<div class="kb-results-wrap" id="{RESULTS}" tabindex="-1">'
        f'<p id="kb-result-count" aria-live="polite" role="status">'
        f'{esc(t("results", lang, n=total))}</p>',
        f'<ul class="kb-results">{"".join(_card(site, pid) for pid in ids)}</ul></div>',
        "</div>",
    ]))
    # The header and every facet stand between the top of the page and the first result:
    # the page gets a "skip to results" link.
    return Page(URL, t("catalogue", lang), str(body), kind="catalogue", wide=True,
                skips=[(RESULTS, t("skip_results", lang))])


__all__ = ["catalogue_page", "facet_value"]
