"""The per-language search index: documents in, postings and fragments out.

The browser loads nothing of it until someone starts to search, and then only what the query
needs (see `shards.py` for the files): the small manifest, the chunks of the terms typed and
one fragment per result shown. Scores are computed here as far as they depend on documents
alone (field and kind boosts, term counts, idf), so the browser only adds and sorts.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from .normalise import nfc, words

INDEX_VERSION = 3
FIELDS = ("title", "meta", "aliases", "text")
FIELD_BOOSTS = {"title": 10.0, "meta": 5.0, "aliases": 4.0, "text": 1.0}
# A practice outranks a page that merely mentions it (entity pages list practice titles).
KIND_BOOSTS = {"practices": 3.0, "municipalities": 1.5, "programmes": 1.5, "organisations": 1.2}
DEFAULT_KIND_BOOST = 1.0
# Practices and entities are what people look for; every other page (catalogue, lists,
# reference and contributor pages) comes after all of them that match as many words.
RANKED_KINDS = ("practices", "municipalities", "programmes", "organisations")
TEXT_LIMIT = 20_000  # characters of body text indexed per document
# Listing pages (catalogue, entity pages) repeat practice titles: their opening is enough.
LIST_KINDS = {"catalogue", "municipalities", "organisations", "programmes", "themes",
              "target-groups", "sdgs", "provinces", "regions"}
LIST_TEXT_LIMIT = 3_000
FRAGMENT_TEXT = 3_000  # characters a snippet is taken from (fragments are most of a query's bytes)


SCORE_LEVELS = 2  # levels per doubling of a posting's score


def score_level(score: float) -> int:
    """A posting's score, stored coarsely: kb-search-core.js reads 2 ** (level / 2)."""
    return max(0, round(SCORE_LEVELS * math.log2(max(score, 1.0))))


@dataclass
class Index:
    """One language's index in memory: what `shards.write` lays out as files."""

    lang: str
    ranked: int  # documents [0, ranked) are practices and entities
    fragments: list[dict] = field(default_factory=list)  # per document: url, title, meta, text
    terms: dict[str, tuple[float, list[int]]] = field(default_factory=dict)  # stem → idf, postings
    words: dict[str, list[str]] = field(default_factory=dict)  # folded word → its stems


def _kind(document: dict) -> str:
    """The kind a document ranks as: a folder's own listing page ranks as "list", not as its
    entries ("municipalities/" lists what "municipalities/x/" is)."""
    kind = str(document.get("kind", ""))
    return kind if str(document["url"]).strip("/").count("/") == 1 else "list"


def _ordered(documents: Iterable[dict]) -> list[dict]:
    docs = list(documents)
    return [d for d in docs if _kind(d) in RANKED_KINDS] + \
        [d for d in docs if _kind(d) not in RANKED_KINDS]


def build_index(documents: Iterable[dict], lang: str) -> Index:
    """The index of one language's documents.

    A document has `url` (relative to the language root), `title`, `text`, `kind` (URL
    folder) and optionally `meta` (labels: municipality, province, themes...) and `aliases`
    (other words people use for those labels; indexed, never shown).
    """
    docs = _ordered(documents)
    index = Index(lang, sum(1 for d in docs if _kind(d) in RANKED_KINDS))
    scores: dict[str, dict[int, float]] = defaultdict(dict)  # stem → doc → score
    for number, document in enumerate(docs):
        kind = str(document.get("kind", ""))
        title = nfc(str(document.get("title", "")))
        meta = " · ".join(nfc(str(m)) for m in document.get("meta", []) if m)
        aliases = " · ".join(nfc(str(a)) for a in document.get("aliases", []) if a)
        limit = LIST_TEXT_LIMIT if kind in LIST_KINDS else TEXT_LIMIT
        text = nfc(" ".join(str(document.get("text", "")).split()))[:limit]
        fragment = {"url": str(document["url"]), "title": title, "text": text[:FRAGMENT_TEXT]}
        if meta:
            fragment["meta"] = meta
        index.fragments.append(fragment)
        kind_boost = KIND_BOOSTS.get(_kind(document), DEFAULT_KIND_BOOST)
        for field_no, value in enumerate((title, meta, aliases, text)):
            counts: dict[str, int] = {}
            for folded, stems in words(value, lang):
                if stems != (folded,):
                    index.words.setdefault(folded, list(stems))
                # Every parse's stem is indexed: the query side meets any of them.
                for stem in set(stems) if len(stems) > 1 else stems:
                    counts[stem] = counts.get(stem, 0) + 1
            boost = FIELD_BOOSTS[FIELDS[field_no]] * kind_boost
            for stem, count in counts.items():
                per_doc = scores[stem]
                per_doc[number] = per_doc.get(number, 0.0) + boost * (1 + math.log(min(count, 255)))
    total = max(len(docs), 1)
    for stem in sorted(scores):
        per_doc = scores[stem]
        postings: list[int] = []
        previous = 0
        for number in sorted(per_doc):
            # Doc numbers as gaps, then the score as a level on a scale of √2 steps: few
            # distinct small numbers, which is what gzip likes (a third off common terms).
            postings += [number - previous, score_level(per_doc[number])]
            previous = number
        index.terms[stem] = (round(math.log(1 + total / len(per_doc)), 3), postings)
    return index
