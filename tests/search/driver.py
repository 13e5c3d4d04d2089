"""Drive the built site's search box in headless Debian Chromium (shared by tests and benchmark)."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
SEARCH_INPUT = "input.md-search__input"
RESULT_LINKS = ".md-search-result__list > .md-search-result__item > a.md-search-result__link"

# Wraps the page's Worker so a test knows which query each RESULT answers, when the last key
# came up and when the answer was on screen (after Material rendered it, next frame).
OBSERVE_WORKER = """
(() => {
  const Native = window.Worker;
  const kb = window.__kb = { last: null, keyAt: 0, ready: false, errors: [] };
  window.Worker = function (url, options) {
    const worker = new Native(url, options);
    const post = worker.postMessage.bind(worker);
    kb.sent = {};
    worker.postMessage = (message, ...rest) => {
      if (message && message.type === 2) kb.sent[message.data] = performance.now();
      return post(message, ...rest);
    };
    worker.addEventListener("message", (ev) => {
      const msg = ev.data || {};
      if (msg.type === 1) kb.ready = true;
      if (msg.type !== 3) return;
      const query = msg.data.query;  // our worker answers only the newest query, and names it
      kb.answers = (kb.answers || 0) + 1;
      (kb.tooks = kb.tooks || []).push([msg.data.query, msg.data.took, Math.round(performance.now())]);
      const keyAt = kb.keyAt, arrivedAt = performance.now();
      setTimeout(() => requestAnimationFrame(() => {
        kb.last = { query: query, items: msg.data.items.length, shownAt: performance.now(), keyAt: keyAt,
                    took: msg.data.took, sentAt: kb.sent[query], arrivedAt: arrivedAt };
      }), 0);
    });
    worker.addEventListener("error", (ev) => kb.errors.push(String(ev.message)));
    return worker;
  };
  window.Worker.prototype = Native.prototype;
  // A keystroke ends when the key comes up; Material reads the box on that keyup.
  document.addEventListener("keyup", () => { kb.keyAt = performance.now(); }, true);
})();
"""


# What search fetches: our worker, engine, tables and highlighter, the index files, and
# Material's own index and worker (which must never be asked for).
SEARCH_FILE = re.compile(r"/search/kb/|/kb-search-(text|core|worker|rules|highlight)\.|"
                         r"/search/search_index\.json|/workers/search\.")


@functools.lru_cache(maxsize=4096)
def _gzipped(path: str, mtime: float) -> bytes:
    return gzip.compress(Path(path).read_bytes(), 6, mtime=0)


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-encoded when asked (as GitHub Pages serves them), each request and
    the bytes of its body recorded in `requests` as (path, bytes)."""

    def __init__(self, *args, requests: list | None = None, **kwargs):
        self.requests = requests if requests is not None else []
        super().__init__(*args, **kwargs)

    def log_message(self, format, *args) -> None:  # noqa: A002 - the stdlib's name
        pass

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        url_path = unquote(urlsplit(self.path).path)
        path = self.translate_path(self.path)
        if os.path.isdir(path) and url_path.endswith("/"):
            path = os.path.join(path, "index.html")
        if not os.path.isfile(path):
            super().do_GET()  # redirects for folders, 404s, exactly as the stdlib answers
            self.requests.append((url_path, 0))
            return
        gzipped = "gzip" in self.headers.get("Accept-Encoding", "")
        body = _gzipped(path, os.stat(path).st_mtime) if gzipped else Path(path).read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(path))
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.requests.append((url_path, len(body)))


@contextlib.contextmanager
def serve(directory: Path, requests: list | None = None) -> Iterator[str]:
    """Serve a folder on 127.0.0.1 (any free port) in a thread; yield the base URL.

    requests, if given, receives (path, bytes sent) for every request, in order.
    """
    handler = functools.partial(_Handler, directory=str(directory), requests=requests)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def browser() -> Iterator[object]:
    """A headless Debian Chromium driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


def open_search(context, url: str, focus: bool = True):
    """A page at url with the search worker observed (and, with focus, the search box open)."""
    page = context.new_page()
    page.add_init_script(OBSERVE_WORKER)
    page.goto(url)
    if focus:
        page.focus(SEARCH_INPUT)  # focus is what starts loading the engine
        page.wait_for_function("window.__kb && window.__kb.ready", timeout=15_000)
    return page


def search(page, query: str, base: str, delay_ms: float = 0) -> list[str]:
    """Type a query into the header search box; return the result pages' paths, best first.

    delay_ms is the pause between keystrokes (0: as fast as the browser takes them).
    """
    box = page.locator(SEARCH_INPUT)
    box.fill("")
    box.press("Backspace")  # Material reads the box on keyup: let it see the empty query
    page.wait_for_function("window.__kb.last && window.__kb.last.query === ''")
    box.press_sequentially(query, delay=delay_ms)
    if not query[-1:].isascii():
        # Playwright inserts letters missing from its US layout (ş, İ...) without key events,
        # and Material reads the box on keyup: a real Turkish keyboard sends one.
        box.press("End")
    try:
        page.wait_for_function("q => window.__kb.last && window.__kb.last.query === q", arg=query,
                               timeout=10_000)
    except Exception as exc:  # a readable failure instead of Playwright's bare timeout
        state = page.evaluate("JSON.stringify(window.__kb)")
        raise AssertionError(f"no search result for {query!r}; box={box.input_value()!r}; "
                             f"worker state: {state}") from exc
    hrefs = page.eval_on_selector_all(RESULT_LINKS, "els => els.map(e => e.href)")
    return [re.sub(r"[?#].*$", "", h)[len(base):] for h in hrefs]


def last_latency_ms(page) -> float:
    """Milliseconds from the last keystroke to the answer of the last query being on screen."""
    return page.evaluate("window.__kb.last.shownAt - window.__kb.last.keyAt")
