"""Which pages of one language show something of a practice: what to make again after it changed.

kb serve regenerates, after a practice's files changed, the pages this module names (in the
site before and in the site after the change) and keeps every other page. The rule follows
what the page makers (practice_page, entities, catalogue, pages) put on a page; a test
compares such an update with a full build after edits of every kind (tests/site/
test_incremental.py), so a page that starts listing practices in a new way must be named here.
"""

from __future__ import annotations

from ..kinds import ENTITY_KINDS
from .catalogue import URL as CATALOGUE
from .entities import entity_ids
from .model import Page, Site, index_url, url_for
from .pages import LanguageSite

# Pages that summarise every practice: the catalogue, the home page's newest, each kind's index.
EVERY_PRACTICE = frozenset({"", CATALOGUE, *(index_url(k.id) for k in ENTITY_KINDS)})


def showing(site: Site, pid: str) -> set[str]:
    """The URLs of the pages of `site` that show practice pid: its own page, the pages of the
    entities it is filed under or names, and the pages of the practices it is related to."""
    p = site.practices.get(pid)
    if p is None:
        return set()
    out = {url_for("practice", pid)} | EVERY_PRACTICE
    out |= {url_for(kind, value) for kind, value in site.facets(p) if site.has_page(kind, value)}
    for partner in p.get("partners", []):
        out.add(url_for(site.record_kind(partner["organisation"]), partner["organisation"]))
    for interest in p.get("replication_interest", []):
        out.add(url_for("municipality", interest["municipality"]))
    out |= {url_for("practice", other)
            for other in site.inspired_by[pid] | site.adopted_by[pid]}
    return out


def entity_pages_of(site: Site) -> set[str]:
    """The URLs of every entity page the site has (a term has one while practices use it).

    When this set changes, pages that list entities with a page of their own change too
    (a region lists its provinces that have one): every entity page is made again.
    """
    return {url_for(k.id, i) for k in ENTITY_KINDS for i in entity_ids(site, k.id)}


def kept_pages(previous: LanguageSite, site: Site, changed: set[str]) -> dict[str, Page]:
    """The generated pages of an earlier generation still right for `site`, by URL, when
    nothing but the practices in `changed` differs between the two (added, edited, removed)."""
    before = previous.site
    stale: set[str] = set()
    for pid in changed:
        stale |= showing(before, pid) | showing(site, pid)
    every_entity = entity_pages_of(before) != entity_pages_of(site)
    return {p.url: p for p in previous.pages if not p.markdown and p.url not in stale
            and not (every_entity and p.kind in ("entity", "index"))}
