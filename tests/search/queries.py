"""The project's search test set: (lang, query, expected practice id, what it covers) for
each line of queries.tsv. The ranking tests (Node, Chromium) read it against a site of the
practices it names (the search_site fixture)."""

from __future__ import annotations

from pathlib import Path

QUERIES_FILE = Path(__file__).with_name("queries.tsv")


def load_queries() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in QUERIES_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, query, expected, what = line.split("\t")
            rows.append((lang, query, expected, what))
    return rows


QUERIES = load_queries()
