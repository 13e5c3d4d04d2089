"""Drive the built site's search box in headless Debian Chromium (shared by tests and benchmark)."""

from __future__ import annotations

import re

from support import CHROMIUM, CHROMIUM_ARGS, chromium, serve  # noqa: F401 - shared with the benchmark

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


def browser():
    """A headless Debian Chromium driven by Playwright (never a downloaded browser)."""
    return chromium()


def open_search(new_page, url: str, focus: bool = True):
    """A page (new_page() makes it) at url with the search worker observed (and, with focus,
    the search box open)."""
    page = new_page()
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
    # Playwright inserts letters missing from its US layout (ş, İ...) without key events, as
    # an input method or a phone keyboard may: the box is searched on each change all the same.
    box.press_sequentially(query, delay=delay_ms)
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
