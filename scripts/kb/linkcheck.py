"""Weekly external link check: which source and contact links no longer answer.

`python -m kb.linkcheck --out report.md [--count dead.txt]` checks every http/https link of
the practices and records (HEAD, then GET when a server refuses HEAD; timeouts; a bounded
number of requests at once) and writes a Markdown report for the one "dead links" issue.
It always exits 0 when it could run: a dead link elsewhere never blocks anyone's work.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .kinds import BY_ID as KIND

USER_AGENT = "OrtakAkil-linkcheck/1.0 (+https://github.com/ortak-akil/ortak-akil)"
# Servers that answer these to HEAD often serve the page to GET.
RETRY_WITH_GET = {400, 403, 404, 405, 406, 429, 500, 501, 503}
_BODY_LINK = re.compile(r"\]\(\s*<?(https?://[^)\s>]+)|<(https?://[^>\s]+)>")


@dataclass(frozen=True)
class Result:
    """What a link answered: an HTTP status, or an error when there was no answer."""

    status: int | None = None
    error: str = ""

    @property
    def dead(self) -> bool:
        if self.status is None:
            return True
        return self.status >= 400 and self.status != 429  # 429: busy, not gone

    def describe(self) -> str:
        return f"HTTP {self.status}" if self.status is not None else self.error


Fetcher = Callable[[str], Result]


def _request(url: str, method: str, timeout: float) -> Result:
    req = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:  # noqa: S310 (http/s only)
            if method == "GET":
                response.read(1)
            return Result(response.status)
    except urllib.error.HTTPError as exc:
        return Result(exc.code)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        reason = getattr(exc, "reason", exc)
        return Result(None, f"{type(reason).__name__}: {reason}"[:120])


def http_fetcher(timeout: float = 15.0) -> Fetcher:
    """The real fetcher: HEAD first, GET when HEAD is refused or fails."""

    def fetch(url: str) -> Result:
        first = _request(url, "HEAD", timeout)
        if first.status is None or first.status in RETRY_WITH_GET:
            return _request(url, "GET", timeout)
        return first

    return fetch


def collect_links(lib) -> dict[str, list[str]]:
    """Every external http(s) link → the places that use it ('file (key)')."""
    found: dict[str, list[str]] = {}

    def add(url: str | None, where: str) -> None:
        if url and url.lower().startswith(("http://", "https://")):
            found.setdefault(url, []).append(where)

    for practice in lib.practices.values():
        for i, source in enumerate(practice.get("sources", [])):
            add(source.get("url"), f"{practice['file']} (sources[{i}].url)")
        add(practice.get("contact", {}).get("url"), f"{practice['file']} (contact.url)")
        for text in practice.get("langs", {}).values():
            for m in _BODY_LINK.finditer(text.get("body", "")):
                add(m.group(1) or m.group(2), text["path"])
    for kind, records in lib.records.items():
        folder = KIND[kind].folder
        for rid, record in records.items():
            path = f"records/{folder}/{rid}.yml"
            add(record.get("website"), f"{path} (website)")
            for i, source in enumerate(record.get("sources", [])):
                add(source.get("url"), f"{path} (sources[{i}].url)")
    return found


def check_links(urls: list[str], fetch: Fetcher, workers: int = 8) -> dict[str, Result]:
    """Check each link once, at most `workers` at a time."""
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        return dict(zip(urls, pool.map(fetch, urls), strict=True))


def _code(text: str) -> str:
    # Inline code inside a table cell: no backticks, no cell breaks, no line breaks.
    return "`" + text.replace("`", "'").replace("|", "\\|").replace("\n", " ") + "`"


def render_report(links: dict[str, list[str]], results: dict[str, Result],
                  today: dt.date) -> str:
    """The Markdown body of the dead-links issue (Turkish and English)."""
    dead = sorted(url for url, r in results.items() if r.dead)
    lines = [
        "# Ölü bağlantılar / Dead links",
        "",
        f"Haftalık denetim / weekly check, {today.isoformat()}: "
        f"{len(results)} bağlantı denetlendi / links checked, {len(dead)} ölü / dead.",
        "",
    ]
    if not dead:
        lines.append("Tüm bağlantılar çalışıyor. / Every link works.")
        return "\n".join(lines) + "\n"
    lines += [
        "Bağlantıyı düzeltin, arşivlenmiş bir kopyasını (ör. web.archive.org) verin ya da "
        "kaldırın. / Fix the link, point to an archived copy (e.g. web.archive.org) or remove it.",
        "",
        "| Bağlantı / Link | Sonuç / Result | Nerede / Where |",
        "|---|---|---|",
    ]
    for url in dead:
        where = "<br>".join(_code(w) for w in sorted(set(links.get(url, []))))
        lines.append(f"| {_code(url)} | {_code(results[url].describe())} | {where} |")
    return "\n".join(lines) + "\n"


def run_check(root: Path, fetch: Fetcher, today: dt.date, workers: int = 8
              ) -> tuple[str, int]:
    """Load the library, check its links, and return (report, number of dead links)."""
    from .library import load_library

    lib, _ = load_library(root)
    links = collect_links(lib)
    results = check_links(sorted(links), fetch, workers)
    return render_report(links, results, today), sum(r.dead for r in results.values())


def main(argv: list[str] | None = None) -> int:
    """Write the report; exit 0 whatever the links answered."""
    parser = argparse.ArgumentParser(prog="python -m kb.linkcheck")
    parser.add_argument("--root", default=".")
    parser.add_argument("--out", required=True, help="Markdown report file")
    parser.add_argument("--count", help="file to receive the number of dead links")
    parser.add_argument("--timeout", type=float, default=15.0)
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args(argv)
    report, dead = run_check(Path(args.root), http_fetcher(args.timeout), dt.date.today(),
                             args.workers)
    Path(args.out).write_text(report, encoding="utf-8")
    if args.count:
        Path(args.count).write_text(f"{dead}\n", encoding="utf-8")
    print(f"linkcheck: {dead} dead link(s); report in {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
