"""Comparison: the project's search against Pagefind 1.5.2 on the same pages (not in make bench).

Pagefind ships its binary inside its npm package (@pagefind/linux-x64): this installs it
with npm into a temporary folder, downloads nothing else, and runs it on loopback only.
Printed:
- recall: how many queries of tests/search/queries.tsv find their practice in the top three,
  for plain Pagefind on the real site and for the project's search (in Node, on its index);
- bytes: gzip bytes counted at the server for the same query pairs as bench_search, on
  minimal pages of n synthetic practices (title, labels, text; one page per search
  document). Pagefind's UI waits for typing to pause, so it searches the whole query once;
  10 results' data are loaded, as the project's search shows 10.
"""

from __future__ import annotations

import argparse
import html
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))
from bench_search import PAIRS, synthetic_documents  # noqa: E402
from tests.search.driver import browser, serve  # noqa: E402

from kb.build import build_site  # noqa: E402

PAGEFIND = "pagefind@1.5.2"
SEARCH = """async ([query, shown]) => {
  if (!window.pf) { window.pf = await import("/pagefind/pagefind.js"); await window.pf.init(); }
  const found = await window.pf.search(query);
  const data = await Promise.all(found.results.slice(0, shown).map(r => r.data()));
  return data.map(d => d.url);
}"""


def pagefind(tmp: Path) -> Path:
    """The pagefind executable, installed from npm into tmp."""
    subprocess.run(["npm", "install", "--prefix", str(tmp / "npm"), "--no-audit", "--no-fund",
                    "--loglevel=error", PAGEFIND], check=True)
    return tmp / "npm" / "node_modules" / ".bin" / "pagefind"


def index_with_pagefind(binary: Path, site: Path) -> None:
    subprocess.run([str(binary), "--site", str(site), "--output-subdir", "pagefind"], check=True,
                   capture_output=True)


def recall(binary: Path, tmp: Path) -> None:
    site = tmp / "real"
    assert build_site(REPO, site).ok
    index_with_pagefind(binary, site)
    rows = [line.split("\t") for line in (REPO / "tests/search/queries.tsv").read_text("utf-8")
            .splitlines() if line.strip() and not line.startswith("#")]
    hits = {"tr": 0, "en": 0}
    with serve(site, max_age=None) as base, browser() as chromium:
        page = {lang: chromium.new_page() for lang in hits}
        for lang, tab in page.items():
            tab.goto(base + ("" if lang == "tr" else "en/"))
        for lang, query, expected, _ in rows:
            top = page[lang].evaluate(SEARCH, [query, 3])
            hits[lang] += f"/{'' if lang == 'tr' else 'en/'}practices/{expected}/" in top
    total = {lang: sum(1 for r in rows if r[0] == lang) for lang in hits}
    ours = subprocess.run(["node", str(HERE / "recall.cjs"), str(site)], check=True,
                          capture_output=True, text=True).stdout.strip()
    print(f"recall@3 on queries.tsv: Pagefind tr {hits['tr']}/{total['tr']}, "
          f"en {hits['en']}/{total['en']}; ours {ours}")


def transfer(binary: Path, n: int, tmp: Path) -> None:
    site = tmp / "pages"
    for lang, docs in synthetic_documents(n, tmp).items():
        for doc in docs:
            folder = (site if lang == "tr" else site / "en") / doc["url"]
            folder.mkdir(parents=True, exist_ok=True)
            title = html.escape(doc["title"])
            (folder / "index.html").write_text(
                f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}'
                f"</title></head><body><main data-pagefind-body><h1>{title}</h1><p>"
                f"{html.escape(' · '.join(doc.get('meta', [])))}</p><p>"
                f"{html.escape(doc['text'])}</p></main></body></html>", encoding="utf-8")
    index_with_pagefind(binary, site)
    requests: list = []
    with serve(site, requests, max_age=None) as base, browser() as chromium:
        for lang, pairs in PAIRS.items():
            for first, second in pairs:
                context = chromium.new_context()
                tab = context.new_page()
                tab.goto(base + ("catalogue/" if lang == "tr" else "en/catalogue/"))
                sent = []
                for query in (first, second):
                    at = len(requests)
                    tab.evaluate(SEARCH, [query, 10])
                    sent.append([s for p, s in requests[at:] if "/pagefind/" in p])
                print(f"{n} practices, Pagefind {lang} {first} → {second}: first search "
                      f"{sum(sent[0]) / 1024:.1f} KB ({len(sent[0])}), second query "
                      f"{sum(sent[1]) / 1024:.1f} KB ({len(sent[1])})", flush=True)
                context.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--practices", type=int, default=10_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kb-compare-pagefind-") as tmp:
        binary = pagefind(Path(tmp))
        recall(binary, Path(tmp))
        transfer(binary, args.practices, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
