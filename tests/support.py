"""What the tests share: running `kb` (in this process or as a command), building a site,
serving a folder on 127.0.0.1, and Debian's headless Chromium. One place, so that every test
drives the tools the way their users do, and the same way as every other test."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import gzip
import http.server
import io
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"  # Debian's package: never a browser downloaded by Playwright
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def kb_command(*args: str, cwd: Path = REPO, env: dict | None = None, timeout: float = 300,
               input: str | None = None) -> subprocess.CompletedProcess:  # noqa: A002
    """`python -m kb.cli ARGS` as a separate process (English messages unless env says else)."""
    return subprocess.run([sys.executable, "-m", "kb.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout, input=input,
                          env={**os.environ, "KB_LANG": "en", **(env or {})})


def kb_in_process(*argv: str, stdin: str = "") -> tuple[int, str, str]:
    """`kb ARGV` in this process (fast); stdin is never a terminal. (exit code, stdout, stderr)."""
    from kb.cli import main

    out, err = io.StringIO(), io.StringIO()
    old_stdin = sys.stdin
    sys.stdin = io.StringIO(stdin)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(argv))
            except SystemExit as exc:  # argparse exits on usage errors
                code = exc.code if isinstance(exc.code, int) else 2
    finally:
        sys.stdin = old_stdin
    return code, out.getvalue(), err.getvalue()


def build_epoch() -> str:
    """SOURCE_DATE_EPOCH as CI sets it: the time of the last commit (or the one already set)."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    return subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=REPO, capture_output=True,
                          text=True).stdout.strip()


def build(root: Path, out: Path) -> Path:
    """Build the library at root into out; fail the test with every problem if it does not."""
    from kb.build import build_site

    result = build_site(root, out)
    problems = [f"{d.file}:{d.line}: {d.message('en')}" for d in result.diagnostics
                if d.severity == "error"] + result.problems
    assert result.ok, f"the site of {root} did not build:\n" + "\n".join(problems)
    return out


# The practices the project's own tests are written against (their ranking, their length on
# paper). A contributor's practice is held to what kb validate says and to what holds for
# every page, never to what was true of these: a valid practice must not fail make test.
SEED_PRACTICES = frozenset({"bizizmir-dayanisma-noktalari",
                            "buca-surdurulebilirlik-ve-inovasyon-merkezi", "mersin-modeli",
                            "vida-modeli"})
# What a build reads of a library besides its practices.
LIBRARY_PARTS = ("mkdocs.yml", "docs", "overrides", "records", "vocabularies")


def built_once(root: Path, name: str, tmp_path_factory, practices: set[str] | None = None
               ) -> Path:
    """The site of the library at root, built by the first test process of the run that asks
    for it; the others (xdist workers) wait for it and then read the same folder, which no
    test writes into. practices: build a copy of the library with only these practices."""
    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        shared = shared.parent  # the run's folder, above each worker's own
    folder = shared / f"built-{name}"
    with open(shared / f"built-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (folder / "done").exists():
            shutil.rmtree(folder, ignore_errors=True)
            if practices is not None:
                root = _library_with(root, practices, folder / "library")
            build(root, folder / "site")
            (folder / "done").touch()
    return folder / "site"


def _library_with(root: Path, practices: set[str], dest: Path) -> Path:
    """A copy of the library at root with only the named practices."""
    dest.mkdir(parents=True)
    for part in LIBRARY_PARTS:
        (shutil.copytree if (root / part).is_dir() else shutil.copy)(root / part, dest / part)
    for name in sorted(practices):
        shutil.copytree(root / "practices" / name, dest / "practices" / name)
    return dest


@functools.lru_cache(maxsize=4096)
def _gzipped(path: str, mtime: float) -> bytes:
    return gzip.compress(Path(path).read_bytes(), 6, mtime=0)


PAGES_MAX_AGE = 600  # GitHub Pages' Cache-Control: max-age=600


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Static files as GitHub Pages serves them (gzip-encoded when the browser asks), each
    request and the bytes of its body recorded in `requests` as (path, bytes)."""

    def __init__(self, *args, requests: list | None = None, max_age: int | None = None,
                 **kwargs):
        self.requests = requests if requests is not None else []
        self.max_age = max_age
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
        if self.max_age is not None:
            self.send_header("Cache-Control", f"max-age={self.max_age}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.requests.append((url_path, len(body)))


@contextlib.contextmanager
def serve(directory: Path, requests: list | None = None, max_age: int | None = PAGES_MAX_AGE
          ) -> Iterator[str]:
    """Serve a folder on 127.0.0.1 (a free port) in a thread; yield its base URL.

    requests, if given, receives (path, bytes sent) for every request, in order. Browsers may
    keep each file max_age seconds, as GitHub Pages lets them (None: no Cache-Control sent).
    """
    handler = functools.partial(_Handler, directory=str(directory), requests=requests,
                                max_age=max_age)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """Debian's Chromium, headless, driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class Tabs:
    """Fresh pages for the tests, in one browser context that lives as long as the browser.

    A new browser context costs Chromium a new renderer process: 0.8 s of CPU for a context
    and its first page, against 0.4 s for a new page beside one that stays open on
    127.0.0.1. done() then leaves the context as a new one would be: no cookie, no storage of
    any origin the page reached, no cached file, no permission (tests/test_tabs.py).
    """

    VIEWPORT = {"width": 1280, "height": 900}

    def __init__(self, browser) -> None:
        self.context = browser.new_context(viewport=self.VIEWPORT)
        self.keep = self.context.new_page()
        with serve(Path(__file__).parent) as url:  # any page of the site 127.0.0.1 will do
            self.keep.goto(url + "support.py")
        self.cdp = self.context.new_cdp_session(self.keep)

    def new(self, viewport: dict | None = None):
        """A new page (1280 × 900 unless viewport says otherwise)."""
        page = self.context.new_page()
        if viewport:
            page.set_viewport_size(viewport)
        page.origins = set()
        page.on("request", lambda r: page.origins.add("{0.scheme}://{0.netloc}".format(
            urlsplit(r.url))))
        return page

    def done(self, page) -> None:
        """Close page, and forget whatever it left in the context."""
        page.close()
        self.cdp.send("Network.clearBrowserCache")
        for origin in sorted(page.origins):
            if origin.startswith("http"):
                self.cdp.send("Storage.clearDataForOrigin",
                              {"origin": origin, "storageTypes": "all"})
        self.context.clear_cookies()
        self.context.clear_permissions()

    @contextlib.contextmanager
    def page(self, viewport: dict | None = None):
        """A new page for the length of a with block."""
        page = self.new(viewport)
        try:
            yield page
        finally:
            self.done(page)
