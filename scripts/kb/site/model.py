"""What page generation works on: pages, URLs of every entity, and who links to whom."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..library import Library
from ..turkish import collate, slugify
from .html import link
from .i18n import label

# Entity kind → (URL folder, vocabulary name or record kind).
KINDS: dict[str, tuple[str, str]] = {
    "municipality": ("municipalities", "record"),
    "organisation": ("organisations", "record"),
    "programme": ("programmes", "record"),
    "theme": ("themes", "themes"),
    "target-group": ("target-groups", "target-groups"),
    "sdg": ("sdgs", "sdgs"),
    "province": ("provinces", "provinces"),
    "region": ("regions", "regions"),
}


@dataclass
class Page:
    """One generated page: where it goes, its plain-text title and its HTML body."""

    url: str  # '' for home, else 'folder/' (directory URLs)
    title: str  # plain text, unescaped; the writer escapes it
    body: str  # HTML (already escaped / sanitised) or trusted Markdown
    meta: dict = field(default_factory=dict)
    text: str = ""  # plain text for search documents

    @property
    def src(self) -> str:
        """File name of the page in the generated docs folder."""
        return "index.md" if not self.url else self.url + "index.md"


def url_for(kind: str, id_: object) -> str:
    """The site URL of an entity page ('practices/x/', 'themes/yaslilar/', 'sdgs/3/')."""
    if kind == "practice":
        return f"practices/{id_}/"
    folder, _ = KINDS[kind]
    return f"{folder}/{slugify(str(id_))}/"


class Site:
    """The library seen from one language, with reverse indexes for back-links."""

    def __init__(self, lib: Library, lang: str):
        self.lib, self.lang = lib, lang
        self.other = "en" if lang == "tr" else "tr"
        self.practices = {p["id"]: p for p in lib.published()}
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

    def municipality_of(self, p: dict) -> dict:
        """The owner municipality record of a practice."""
        return self.lib.records["municipality"][p["municipality"]]

    def facets(self, p: dict) -> list[tuple[str, object]]:
        """Every (facet, value) a practice is filed under: the catalogue's and entity pages'."""
        m = self.municipality_of(p)
        out: list[tuple[str, object]] = [("municipality", p["municipality"])]
        out += [("theme", t) for t in p["themes"]]
        out += [("target-group", t) for t in p["target_groups"]]
        out += [("sdg", n) for n in p["sdgs"]]
        out += [("programme", g) for g in p.get("programmes", [])]
        out += [("status", p["status"]), ("evidence", p["evidence"]),
                ("municipality-type", m["type"])]
        if m.get("province"):
            out.append(("province", m["province"]))
            region = self.lib.vocabularies["provinces"][m["province"]].get("region")
            if region:
                out.append(("region", region))
        return out

    def term(self, kind: str, id_: object) -> dict:
        """The record or vocabulary term behind an entity."""
        if kind in ("municipality", "organisation", "programme"):
            return self.lib.records[kind][id_]
        if kind in ("municipality-type",):
            return self.lib.vocabularies["municipality-types"][id_]
        if kind == "evidence":
            return self.lib.vocabularies["evidence-levels"][id_]
        if kind == "status":
            return self.lib.vocabularies["statuses"][id_]
        return self.lib.vocabularies[KINDS[kind][1]][id_]

    def name(self, kind: str, id_: object) -> str:
        """The display name of an entity in this language."""
        if kind == "sdg":
            return f"{id_}. {label(self.term(kind, id_), self.lang)}"
        term = self.term(kind, id_)
        text = label(term, self.lang)
        # Staff know programmes and bodies by their acronyms (CIPSS, SALAR): show them.
        acronym = term.get("acronym") if kind in ("organisation", "programme") else None
        return f"{text} ({acronym})" if acronym and acronym not in text else text

    def a(self, frm: str, kind: str, id_: object):
        """A link from page `frm` to an entity page, with the entity's name as its text."""
        return link(frm, url_for(kind, id_), self.title(id_) if kind == "practice"
                    else self.name(kind, id_))

    def record_kind(self, id_: str) -> str:
        """'municipality' or 'organisation': the kind of a partner or contact record."""
        return "municipality" if id_ in self.lib.records["municipality"] else "organisation"

    def text(self, p: dict) -> tuple[dict, str]:
        """The language file to show for a practice, and its language (may be the other)."""
        if self.lang in p["langs"]:
            return p["langs"][self.lang], self.lang
        return p["langs"][self.other], self.other

    def title(self, pid: str) -> str:
        """A practice's title in this language (or the other if untranslated)."""
        return self.text(self.practices[pid])[0]["title"]

    def sorted_practices(self, ids) -> list[str]:
        """Practice ids in the alphabetical order of this language's titles."""
        return collate(list(ids), key=self.title, lang=self.lang)

    def sorted_entities(self, kind: str, ids) -> list:
        """Entity ids sorted by their display name (SDGs by number)."""
        if kind == "sdg":
            return sorted(ids)
        return collate(list(ids), key=lambda i: self.name(kind, i), lang=self.lang)
