"""Benchmark: site search over 1,000 and 10,000 synthetic practices, in headless Debian Chromium.

A 10,000-practice site takes long to build, so this builds only what search needs: the
search documents of a synthetic library (no MkDocs), its index, and the real repository's
small site as the page that searches (Material's header box, our worker), with the big
index in place of its own. Files are served gzip-encoded from 127.0.0.1 and counted at the
server. Printed per size and language:

- bytes of search files fetched before the search box gets focus (target: none);
- bytes for a first search (focus, then a query typed key by key) and for a second query
  typed after it (targets at 10,000: ≤ 300 KB and ≤ 50 KB more, gzip);
- milliseconds from the last keystroke to results on screen, p50 and p95 (target ≤ 150).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))  # tests/support.py, which the search driver uses
from summary import record  # noqa: E402
from synth import make_corpus  # noqa: E402
from tests.search.driver import (  # noqa: E402
    SEARCH_FILE,
    SEARCH_INPUT,
    browser,
    last_latency_ms,
    open_search,
    search,
    serve,
)

from kb.build import build_site, language_documents  # noqa: E402
from kb.clock import today  # noqa: E402
from kb.library import load_library  # noqa: E402
from kb.search.shards import write_index  # noqa: E402
from kb.site.pages import language_site  # noqa: E402

TARGET_MS = 150
FIRST_KB, SECOND_KB = 300, 50
# Keystroke cadences: a burst (as fast as the browser accepts keys, so every keystroke's
# query queues behind the previous one) and a fast typist (Playwright holds each key for the
# delay and waits as long again before the next: about 5 keys a second).
CADENCES = {"burst": 0, "typist": 100}
QUERIES = {
    "tr": ["yasli", "yaşlılara", "dayanışma", "DAYANIŞMA PAZARI", "göçmen çocuklar", "gocmen",
           "kadın kooperatifleri", "kadin", "IŞIKLI", "isikli oyun", "saglik taramalari",
           "gönüllüler", "muhtarlar", "izmir", "İzmir'de", "belediye", "mahalle ziyaretleri",
           "engelli", "üniversiteyle", "ihtiyac analizi"],
    "en": ["elderly care", "women", "migrant", "migrants", "solidarity points", "food bank",
           "volunteers", "izmir", "municipality", "children's play"],
}
# (first search, second query) pairs typed into a fresh page.
PAIRS = {"tr": [("yaşlılara", "gönüllüler"), ("dayanışma pazarı", "göçmen çocuklar"),
                ("izmir", "kadın kooperatifleri")],
         "en": [("elderly care", "volunteers"), ("solidarity points", "migrant children"),
                ("izmir", "food bank")]}


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def search_bytes(requests: list, since: int) -> tuple[int, int]:
    """(bytes, requests) of search files the server sent since position `since`."""
    sent = [size for path, size in requests[since:] if SEARCH_FILE.search(path)]
    return sum(sent), len(sent)


def synthetic_documents(n: int, tmp: Path) -> dict[str, list[dict]]:
    """The search documents of both languages of a synthetic library of n practices."""
    root = make_corpus(tmp / "kb", n)
    lib, _ = load_library(root, today())
    return {lang: language_documents(language_site(lib, root / "docs", lang, today()))
            for lang in ("tr", "en")}


def index_site(n: int, tmp: Path) -> Path:
    """The real repository's site with the search index of n synthetic practices in it."""
    began = time.perf_counter()
    docs = synthetic_documents(n, tmp)
    shell = tmp / "site"
    result = build_site(REPO, shell)
    if not result.ok:
        raise SystemExit("the page that searches did not build: " + "; ".join(result.problems[:5]))
    for lang in ("tr", "en"):
        write_index(shell if lang == "tr" else shell / "en", docs[lang], lang)
    print(f"{n} practices: search documents and index of both languages in "
          f"{time.perf_counter() - began:.0f} s (no MkDocs build: the page that searches is the "
          f"repository's own site, holding this index)", flush=True)
    return shell


def transfer(chromium, base: str, requests: list, lang: str, first: str, second: str):
    """(before focus, first search, second query) as (bytes, requests) in a fresh browser."""
    context = chromium.new_context()  # an empty cache, as for a first visit
    loaded = len(requests)
    page = open_search(context.new_page, base + ("" if lang == "tr" else "en/"), focus=False)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    before = search_bytes(requests, loaded)
    began = len(requests)
    page.focus(SEARCH_INPUT)
    page.wait_for_function("window.__kb && window.__kb.ready", timeout=15_000)
    search(page, first, base, delay_ms=CADENCES["typist"])
    page.wait_for_timeout(200)
    first_bytes = search_bytes(requests, began)
    began = len(requests)
    search(page, second, base, delay_ms=CADENCES["typist"])
    page.wait_for_timeout(200)
    second_bytes = search_bytes(requests, began)
    context.close()
    return before, first_bytes, second_bytes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--practices", type=int, nargs="*", default=[1_000, 10_000])
    args = parser.parse_args(argv)
    verdicts = []
    for n in args.practices:
        with tempfile.TemporaryDirectory(prefix="kb-bench-search-") as tmp:
            site = index_site(n, Path(tmp))
            requests: list = []
            # No Cache-Control: a browser asks for each file again, as these figures were counted.
            with serve(site, requests, max_age=None) as base, browser() as chromium:
                print(f"{'lang':>4} {'query pair':<36} {'before focus':>12} "
                      f"{'first search':>16} {'second query':>16}")
                worst_first = worst_second = 0
                before_total = 0
                for lang, pairs in PAIRS.items():
                    for first, second in pairs:
                        before, one, two = transfer(chromium, base, requests, lang, first, second)
                        before_total += before[0]
                        worst_first, worst_second = max(worst_first, one[0]), max(worst_second, two[0])
                        print(f"{lang:>4} {first + ' → ' + second:<36} {before[0]:>10} B "
                              f"{one[0] / 1024:>8.1f} KB ({one[1]:>2}) "
                              f"{two[0] / 1024:>8.1f} KB ({two[1]:>2})", flush=True)
                latencies = measure_latency(chromium, base)
            p50, p95 = statistics.median(latencies), percentile(latencies, 95)
            print(f"{n} practices: before focus {before_total} B; first search ≤ "
                  f"{worst_first / 1024:.0f} KB, second query ≤ {worst_second / 1024:.0f} KB "
                  f"(gzip, counted at the server; (n) = requests); latency p50 {p50:.0f} ms, "
                  f"p95 {p95:.0f} ms over {len(latencies)} typed queries", flush=True)
            big = n >= 10_000
            record(n, "search: bytes before focus", before_total, 0, "B")
            record(n, "search: first search (gzip)", worst_first, FIRST_KB * 1024 if big else None,
                   "B")
            record(n, "search: second query (gzip)", worst_second,
                   SECOND_KB * 1024 if big else None, "B")
            record(n, "search: latency p50", p50, None, "ms")
            record(n, "search: latency p95", p95, TARGET_MS, "ms")
            if n >= 10_000:
                verdicts.append(("nothing before focus", before_total == 0))
                verdicts.append((f"first search ≤ {FIRST_KB} KB", worst_first <= FIRST_KB * 1024))
                verdicts.append((f"second query ≤ {SECOND_KB} KB", worst_second <= SECOND_KB * 1024))
            verdicts.append((f"p95 ≤ {TARGET_MS} ms at {n}", p95 <= TARGET_MS))
    for what, ok in verdicts:
        print(f"{'meets' if ok else 'MISSES'}: {what}")
    return 0


def measure_latency(chromium, base: str) -> list[float]:
    """Last keystroke → results on screen, for every query at both cadences, both languages."""
    out = []
    context = chromium.new_context()
    for lang, queries in QUERIES.items():
        page = open_search(context.new_page, base + ("" if lang == "tr" else "en/"))
        search(page, "ısınma", base)  # the first query warms the worker's JIT, not counted
        for delay in CADENCES.values():
            for query in queries:
                if not search(page, query, base, delay_ms=delay):
                    print(f"  note: no result for {query!r}")
                out.append(last_latency_ms(page))
        page.close()
    context.close()
    return out


if __name__ == "__main__":
    sys.exit(main())
