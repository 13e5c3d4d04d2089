"""The per-language search index: documents in, postings and fragments out.

The browser loads nothing of it until someone starts to search, and then only what the query
needs (see `shards.py` for the files): the small manifest, the chunks of the terms typed and
one fragment per result shown. Scores are computed here as far as they depend on documents
alone (field and kind boosts, term counts, idf), so the browser only adds and sorts.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain, repeat
from typing import Protocol

from .normalise import indexed_stems, nfc, word_terms, words

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


MAX_COUNT = 255  # occurrences of a term in a field that add to its score
# What a term's count in a field adds to its score (times the field's boost), by count.
_COUNT_WEIGHT = (0.0, *(1 + math.log(count) for count in range(1, MAX_COUNT + 1)))


class FragmentSink(Protocol):
    """Where an index's fragments go as they are made: a list, or files (kb.search.shards)."""

    def append(self, fragment: dict) -> None: ...

    def __len__(self) -> int: ...


@dataclass
class Index:
    """One language's index in memory: what `shards.write` lays out as files."""

    lang: str
    ranked: int  # documents [0, ranked) are practices and entities
    fragments: FragmentSink = field(default_factory=list)  # per document: url, title, meta, text
    terms: dict[str, tuple[float, Sequence[int]]] = field(default_factory=dict)  # stem → idf, postings
    words: dict[str, list[str]] = field(default_factory=dict)  # folded word → its stems


def _kind(document: dict) -> str:
    """The kind a document ranks as: a folder's own listing page ranks as "list", not as its
    entries ("municipalities/" lists what "municipalities/x/" is)."""
    kind = str(document.get("kind", ""))
    return kind if str(document["url"]).strip("/").count("/") == 1 else "list"


class IndexBuilder:
    """An index made one document at a time.

    Practices and entities (RANKED_KINDS) are indexed as they come and not held; the few
    other pages wait, cut to what is indexed, and are numbered after all of them at finish(),
    in the order they came: the numbering of `build_index`. Each term's postings grow as an
    array of (gap, score level) pairs.
    """

    def __init__(self, lang: str, fragments: FragmentSink | None = None):
        self.lang = lang
        self.later: list[tuple] = []  # documents that rank after every ranked one
        # Where each document's fragment goes: a list, or files as they come (kb.search.shards).
        self.fragments: FragmentSink = [] if fragments is None else fragments
        self.words: dict[str, list[str]] = {}
        self.seen: set[str] = set()  # words whose stems are in self.words (if not their own)
        self.levels: dict[float, int] = {}  # score → score_level (documents share few scores)
        self.postings: dict[str, array] = {}
        self.last: dict[str, int] = {}  # stem → number of its last document
        self.ranked = 0

    def add(self, document: dict) -> None:
        prepared = self._prepare(document)
        if _kind(document) in RANKED_KINDS:
            self.ranked += 1
            self._index(*prepared)
        else:
            self.later.append(prepared)  # its text already cut to what is indexed

    def _prepare(self, document: dict) -> tuple[dict, float, tuple[str, str, str, str]]:
        """(fragment, kind boost, the text of each field) of a document."""
        kind = str(document.get("kind", ""))
        title = nfc(str(document.get("title", "")))
        meta = " · ".join(nfc(str(m)) for m in document.get("meta", []) if m)
        aliases = " · ".join(nfc(str(a)) for a in document.get("aliases", []) if a)
        limit = LIST_TEXT_LIMIT if kind in LIST_KINDS else TEXT_LIMIT
        text = nfc(" ".join(str(document.get("text", "")).split()))[:limit]
        fragment = {"url": str(document["url"]), "title": title, "text": text[:FRAGMENT_TEXT]}
        if meta:
            fragment["meta"] = meta
        return fragment, KIND_BOOSTS.get(_kind(document), DEFAULT_KIND_BOOST), \
            (title, meta, aliases, text)

    def _index(self, fragment: dict, kind_boost: float, fields: tuple[str, ...]) -> None:
        number = len(self.fragments)
        self.fragments.append(fragment)
        scores: dict[str, float] = {}
        lang = self.lang
        for field_no, value in enumerate(fields):
            found = words(value)
            for word in set(found) - self.seen:
                for folded, stems, _, _, _ in word_terms(word, lang):
                    if stems != (folded,):
                        self.words.setdefault(folded, list(stems))
            self.seen.update(found)
            # Counted at C speed: a document has hundreds of words, a few hundred distinct.
            counts = Counter(chain.from_iterable(map(indexed_stems, found, repeat(lang))))
            boost = FIELD_BOOSTS[FIELDS[field_no]] * kind_boost
            for stem, count in counts.items():
                scores[stem] = scores.get(stem, 0.0) + boost * _COUNT_WEIGHT[min(count, MAX_COUNT)]
        levels = self.levels
        for stem, score in scores.items():
            postings = self.postings.get(stem)
            if postings is None:
                postings = self.postings[stem] = array("i")
            # Doc numbers as gaps, then the score as a level on a scale of √2 steps: few
            # distinct small numbers, which is what gzip likes (a third off common terms).
            level = levels.get(score)
            if level is None:
                level = levels[score] = score_level(score)
            postings.append(number - self.last.get(stem, 0))
            postings.append(level)
            self.last[stem] = number

    def finish(self) -> Index:
        for prepared in self.later:
            self._index(*prepared)
        self.later = []
        index = Index(self.lang, self.ranked, self.fragments, words=self.words)
        total = max(len(self.fragments), 1)
        for stem in sorted(self.postings):
            postings = self.postings.pop(stem)
            index.terms[stem] = (round(math.log(1 + total / (len(postings) // 2)), 3), postings)
        return index


def build_index(documents: Iterable[dict], lang: str) -> Index:
    """The index of one language's documents.

    A document has `url` (relative to the language root), `title`, `text`, `kind` (URL
    folder) and optionally `meta` (labels: municipality, province, themes...) and `aliases`
    (other words people use for those labels; indexed, never shown).
    """
    builder = IndexBuilder(lang)
    for document in documents:
        builder.add(document)
    return builder.finish()
