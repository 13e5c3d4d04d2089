"""The per-language search index: documents in, one JSON file that the search worker loads.

The file replaces Material's `search/search_index.json`, so Material's page script fetches it
and hands it to our worker (`kb-search-worker.js`) unchanged. Material only reads
`config.separator` from it itself (for highlighting on the target page), so that key keeps
Material's meaning; everything of ours lives under `config.kb` and `docs`.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from .normalise import analyse, nfc

INDEX_VERSION = 1
# Field order matters: the worker addresses fields by position.
FIELDS = ("title", "meta", "text")
FIELD_BOOSTS = {"title": 10.0, "meta": 5.0, "text": 1.0}
# A practice outranks a page that merely mentions it (entity lists, the catalogue).
KIND_BOOSTS = {"practices": 3.0, "municipalities": 1.5, "programmes": 1.5, "organisations": 1.2}
DEFAULT_KIND_BOOST = 1.0
TEXT_LIMIT = 20_000  # characters of body text kept per document (snippets, not archives)
# Listing pages (catalogue, entity pages) repeat practice titles: their opening is enough.
LIST_KINDS = {"catalogue", "municipalities", "organisations", "programmes", "themes",
              "target-groups", "sdgs", "provinces", "regions"}
LIST_TEXT_LIMIT = 3_000
# Material's on-page highlighter (search.highlight) splits the `h` parameter with this.
MATERIAL_SEPARATOR = r"[\s\-]+"


def build_index(documents: Iterable[dict], lang: str) -> dict:
    """The index of one language's documents: {config: {..., kb: {...}}, docs: [...]}.

    A document has `url` (relative to the language root), `title`, `text`, `kind` (URL
    folder) and optionally `meta` (a list of labels: municipality, province, themes...).
    """
    docs: list[dict] = []
    postings: dict[str, list[int]] = defaultdict(list)
    words: dict[str, list[str]] = {}
    for number, document in enumerate(documents):
        title = nfc(str(document.get("title", "")))
        meta = " · ".join(nfc(str(m)) for m in document.get("meta", []) if m)
        kind = str(document.get("kind", ""))
        limit = LIST_TEXT_LIMIT if kind in LIST_KINDS else TEXT_LIMIT
        text = nfc(" ".join(str(document.get("text", "")).split()))[:limit]
        doc = {"location": str(document["url"]), "title": title, "text": text}
        if meta:
            doc["meta"] = meta
        boost = KIND_BOOSTS.get(kind, DEFAULT_KIND_BOOST)
        if boost != DEFAULT_KIND_BOOST:
            doc["boost"] = boost
        docs.append(doc)
        for field_no, value in enumerate((title, meta, text)):
            counts: Counter[str] = Counter()
            for _, _, folded, stems in analyse(value, lang):
                if stems != [folded]:
                    words.setdefault(folded, stems)
                # Every parse's stem is indexed: the query side meets any of them.
                counts.update(set(stems))
            for stem, count in counts.items():
                # One int per posting keeps the file small: doc, field and count packed.
                postings[stem].append((number * len(FIELDS) + field_no) * 256 + min(count, 255))
    total = max(len(docs), 1)
    idf = {
        stem: round(math.log(1 + total / len({(p >> 8) // len(FIELDS) for p in plist})), 3)
        for stem, plist in postings.items()
    }
    return {
        "config": {
            "lang": [lang],
            "separator": MATERIAL_SEPARATOR,
            "pipeline": [],
            "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}},
            "kb": {
                "version": INDEX_VERSION,
                "lang": lang,
                "fields": list(FIELDS),
                "boosts": [FIELD_BOOSTS[f] for f in FIELDS],
                "postings": dict(sorted(postings.items())),
                "idf": dict(sorted(idf.items())),
                "words": dict(sorted(words.items())),
            },
        },
        "docs": docs,
    }


def write_index(site_dir: Path, documents: Iterable[dict], lang: str) -> Path:
    """Write (overwrite) `search/search_index.json` of one language build; return its path."""
    path = Path(site_dir) / "search" / "search_index.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    data = build_index(documents, lang)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return path
