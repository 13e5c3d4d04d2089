"""The kinds of thing the library holds, declared once: the site map.

Where each kind comes from (practice folders, record files, a vocabulary), its URL folder,
its names in both languages, and how the site uses it (entity pages, catalogue facet, search
metadata, order). The validator, the loader, the pages, the catalogue and the search index
all read this table: a new kind is one row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .languages import Words
from .turkish import collate, upper


@dataclass(frozen=True)
class Kind:
    id: str  # as practices and URLs' facet keys name it: "target-group"
    source: str  # "practice" | "record" | "vocabulary"
    folder: str  # URL folder; for records also the folder under records/
    one: Words  # "Belediye" / "Municipality"
    many: Words  # "Belediyeler" / "Municipalities"
    vocabulary: str = ""  # the vocabulary file of a vocabulary kind
    field: str = ""  # the practice.yml key that files a practice under it ("" : none or derived)
    pages: bool = True  # an index page and a page per entity
    search_meta: bool = False  # its names are words a practice is found by
    fixed_order: bool = False  # listed in vocabulary order, not alphabetically
    numeric: bool = False  # ids are numbers (SDGs): sorted by number
    aliases: bool = False  # its vocabulary terms may list search aliases (kb.search)

    def label(self, lang: str, plural: bool = False) -> str:
        """The kind's name as a heading or a label: 'Belediyeler', 'Target groups'."""
        word = (self.many if plural else self.one).get(lang)
        return (upper(word[0]) if lang == "tr" else word[0].upper()) + word[1:]

    def ordered(self, ids: Iterable, name: Callable[[object], str], lang: str,
                listed: Iterable = ()) -> list:
        """Ids in the order the site and the issue form list this kind: the vocabulary's own
        order (`listed`) for a fixed order, by number for SDGs, else alphabetically by name in
        the language (Turkish order: Iğdır, Isparta, İstanbul)."""
        if self.fixed_order:
            wanted = set(ids)
            return [i for i in listed if i in wanted]
        if self.numeric:
            return sorted(ids)
        return collate(list(ids), key=name, lang=lang)

    @property
    def is_record(self) -> bool:
        return self.source == "record"

    @property
    def facet(self) -> bool:
        """Whether the catalogue filters by it."""
        return self.id in FACET_ORDER


KINDS: tuple[Kind, ...] = (
    Kind("practice", "practice", "practices", Words("uygulama", "practice"),
         Words("uygulamalar", "practices"), pages=False),
    Kind("municipality", "record", "municipalities", Words("belediye", "municipality"),
         Words("belediyeler", "municipalities"), field="municipality", search_meta=True),
    Kind("organisation", "record", "organisations", Words("kurum", "organisation"),
         Words("kurumlar", "organisations")),
    Kind("programme", "record", "programmes", Words("program", "programme"),
         Words("programlar", "programmes"), field="programmes", search_meta=True),
    Kind("theme", "vocabulary", "themes", Words("tema", "theme"), Words("temalar", "themes"),
         vocabulary="themes", field="themes", search_meta=True, aliases=True),
    Kind("target-group", "vocabulary", "target-groups", Words("hedef grup", "target group"),
         Words("hedef gruplar", "target groups"), vocabulary="target-groups",
         field="target_groups", search_meta=True, aliases=True),
    Kind("sdg", "vocabulary", "sdgs", Words("SKA", "SDG"),
         Words("Sürdürülebilir Kalkınma Amaçları", "Sustainable Development Goals"),
         vocabulary="sdgs", field="sdgs", search_meta=True, numeric=True),
    Kind("region", "vocabulary", "regions", Words("bölge", "region"), Words("bölgeler", "regions"),
         vocabulary="regions", search_meta=True),
    Kind("province", "vocabulary", "provinces", Words("il", "province"), Words("iller", "provinces"),
         vocabulary="provinces", search_meta=True),
    Kind("municipality-type", "vocabulary", "municipality-types",
         Words("belediye türü", "municipality type"),
         Words("belediye türleri", "municipality types"), vocabulary="municipality-types",
         pages=False, fixed_order=True),
    Kind("status", "vocabulary", "statuses", Words("durum", "status"), Words("durumlar", "statuses"),
         vocabulary="statuses", field="status", pages=False, fixed_order=True),
    Kind("evidence", "vocabulary", "evidence-levels", Words("kanıt düzeyi", "evidence level"),
         Words("kanıt düzeyleri", "evidence levels"), vocabulary="evidence-levels",
         field="evidence", pages=False, fixed_order=True),
)
BY_ID: dict[str, Kind] = {kind.id: kind for kind in KINDS}
BY_VOCABULARY: dict[str, Kind] = {kind.vocabulary: kind for kind in KINDS if kind.vocabulary}
ENTITY_KINDS: tuple[Kind, ...] = tuple(k for k in KINDS if k.pages)  # index and entity pages
# The site's pages made of the whole library rather than of one kind's entities.
CATALOGUE = "catalogue/"  # every practice, with search and filters (kb.site.catalogue)
REFERENCE = "reference/"  # the file format, generated from the schema (kb.site.pages)
RECORD_KINDS: tuple[Kind, ...] = tuple(k for k in KINDS if k.is_record)
# The catalogue's facets, in the order the filter form shows them.
FACET_ORDER = ("theme", "target-group", "sdg", "region", "province", "municipality-type",
               "programme", "status", "evidence")
FACETS: tuple[Kind, ...] = tuple(BY_ID[k] for k in FACET_ORDER)
