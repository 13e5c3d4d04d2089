"""What page generation works on: pages, URLs of every entity, and who links to whom."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..kinds import BY_ID as KINDS
from ..languages import others, site_path
from ..library import Library
from ..settings import repository_url
from ..turkish import collate, slugify
from .html import link
from .i18n import label


@dataclass
class Page:
    """One page of one language's site, as plain data for whichever engine renders it."""

    url: str  # '' for home, else 'folder/' (directory URLs)
    title: str  # plain text, unescaped; the renderer escapes it
    body: str  # HTML (escaped / sanitised by kb.site), or Markdown when markdown is set
    kind: str = "page"  # practice | catalogue | entity | index | reference | home | page
    description: str = ""  # plain text: the page's summary for search engines and previews
    toc: list[tuple[str, str]] = field(default_factory=list)  # (anchor, title) of its sections
    wide: bool = False  # no navigation or table-of-contents columns (the catalogue)
    skips: list[tuple[str, str]] = field(default_factory=list)  # (anchor, label): skip links
    markdown: bool = False  # a hand-written page: body is Markdown for the engine to render
    text: str = ""  # plain text for search documents (else the body's text)
    source: str = ""  # the repository file it is made from, if one


def url_for(kind: str, id_: object) -> str:
    """The site URL of an entity page ('practices/x/', 'themes/yaslilar/', 'sdgs/3/')."""
    return f"{KINDS[kind].folder}/{slugify(str(id_))}/"


def newest(site: Site, n: int) -> list[str]:
    """The n most recently verified practices (ties broken by id for stable output)."""
    ids = sorted(site.practices, key=lambda i: (site.practices[i]["last_verified"], i),
                 reverse=True)
    return ids[:n]


def index_url(kind: str) -> str:
    """The site URL of a kind's index page ('themes/')."""
    return f"{KINDS[kind].folder}/"


class Site:
    """The library seen from one language, with reverse indexes for back-links."""

    def __init__(self, lib: Library, lang: str, drafts: bool = False, base_url: str = ""):
        self.lib, self.lang = lib, lang
        self.other = others(lang)[0]
        self.base_url = base_url  # the address the site is served at (its pages' full URLs)
        self.repository = repository_url(lib.root)  # where pages send corrections ('' for none)
        # Drafts only in a preview (kb serve), where their pages say that they are drafts.
        chosen = lib.practices.values() if drafts else lib.published()
        self.practices = {p["id"]: p for p in chosen if p["langs"]}
        self.by: dict[tuple[str, object], set[str]] = defaultdict(set)
        self.partnered: dict[str, set[str]] = defaultdict(set)
        self.interested: dict[str, set[str]] = defaultdict(set)
        self.inspired_by: dict[str, set[str]] = defaultdict(set)
        self.adopted_by: dict[str, set[str]] = defaultdict(set)
        for pid, p in self.practices.items():
            for kind, value in self.facets(p):
                self.by[(kind, value)].add(pid)
            for partner in p.get("partners", []):
                self.partnered[partner["organisation"]].add(pid)
            for interest in p.get("replication_interest", []):
                self.interested[interest["municipality"]].add(pid)
            related = p.get("related", {})
            for other in related.get("inspired_by", []):
                self._relate(other, pid)
            for other in related.get("adopted_by", []):
                self._relate(pid, other)

    def _relate(self, model: str, follower: str) -> None:
        if model in self.practices and follower in self.practices:
            self.inspired_by[follower].add(model)
            self.adopted_by[model].add(follower)

    def has_page(self, kind: str, id_: object) -> bool:
        """Whether an entity has a page: every record; a vocabulary term with a practice."""
        return KINDS[kind].is_record or bool(self.by.get((kind, id_)))

    def municipality_of(self, p: dict) -> dict:
        """The owner municipality record of a practice."""
        return self.lib.records["municipality"][p["municipality"]]

    def facets(self, p: dict) -> list[tuple[str, object]]:
        """Every (kind, value) a practice is filed under: the catalogue's and entity pages'.

        Most kinds name the practice.yml key that holds them (kb.kinds); the place kinds
        come from the owner municipality's record.
        """
        out: list[tuple[str, object]] = []
        for kind in KINDS.values():
            if kind.field:
                value = p.get(kind.field)
                out += [(kind.id, v) for v in (value if isinstance(value, list) else
                                               [value] if value is not None else [])]
        m = self.municipality_of(p)
        out.append(("municipality-type", m["type"]))
        if m.get("province"):
            out.append(("province", m["province"]))
            region = self.lib.vocabularies["provinces"][m["province"]].get("region")
            if region:
                out.append(("region", region))
        return out

    def term(self, kind: str, id_: object) -> dict:
        """The record or vocabulary term behind an entity."""
        k = KINDS[kind]
        return self.lib.records[kind][id_] if k.is_record else self.lib.vocabularies[k.vocabulary][id_]

    def name(self, kind: str, id_: object) -> str:
        """The display name of an entity in this language."""
        term = self.term(kind, id_)
        text = label(term, self.lang)
        if KINDS[kind].numeric:
            return f"{id_}. {text}"
        # Staff know programmes and bodies by their acronyms (CIPSS, SALAR): show them.
        acronym = term.get("acronym")
        return f"{text} ({acronym})" if acronym and acronym not in text else text

    def address(self, url: str) -> str:
        """The full address of this language's page at `url` (cited, sent with a correction)."""
        return self.base_url + site_path(self.lang, url)

    def a(self, frm: str, kind: str, id_: object):
        """A link from page `frm` to an entity page, with the entity's name as its text."""
        return link(frm, url_for(kind, id_), self.title(id_) if kind == "practice"
                    else self.name(kind, id_))

    def record_kind(self, id_: str) -> str:
        """The kind of a record by its id ('municipality', 'organisation', 'programme')."""
        found = self.lib.record(id_)
        return found[0] if found else "organisation"

    def text(self, p: dict) -> tuple[dict, str]:
        """The language file to show for a practice, and its language (may be another)."""
        lang = self.lang if self.lang in p["langs"] else next(iter(p["langs"]))
        return p["langs"][lang], lang

    def title(self, pid: str) -> str:
        """A practice's title in this language (or the other if untranslated)."""
        return self.text(self.practices[pid])[0]["title"]

    def sorted_practices(self, ids) -> list[str]:
        """Practice ids in the alphabetical order of this language's titles."""
        return collate(list(ids), key=self.title, lang=self.lang)

    def sorted_entities(self, kind: str, ids) -> list:
        """Entity ids in their kind's order: by display name, SDGs by number, a fixed order as
        its vocabulary lists it."""
        k = KINDS[kind]
        return k.ordered(ids, lambda i: self.name(kind, i), self.lang,
                         self.lib.vocabularies.get(k.vocabulary, ()))
