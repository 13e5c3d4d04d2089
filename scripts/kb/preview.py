"""`kb serve`: the site as `kb build` makes it, served on this machine and rebuilt on every save.

The same pipeline as a build (kb.build.build_into), both languages, drafts included (their
pages say that they are drafts); after a save that changed only practices, the site is
updated in place instead (kb.rebuild): the pages that show them, within a second or two,
then, in a process of its own, the search indexes, feeds and data files. While the library
has errors, every page shows them instead of an old site. Pages reload themselves after
each rebuild. Everything lives in one temporary folder, removed on Ctrl-C or SIGTERM; one
left by a killed preview is removed by the next.
"""

from __future__ import annotations

import html
import mimetypes
import os
import posixpath
import shutil
import stat
import sys
import tempfile
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from .build import BuildResult
from .diagnostics import FORMATTERS
from .errors import KbError, os_error
from .forked import Background
from .output import _alive
from .preview_panel import Panel
from .rebuild import Rebuilds

PREFIX = "kb-serve-"
SETTLE = 0.1  # seconds without further writes before a save counts as done
# What a rebuild follows: every source of the site.
WATCHED = ("practices", "records", "vocabularies", "docs", "overrides", "mkdocs.yml")
VERSION_PATH = "/__kb/version"
RELOAD = """<script>/* kb serve: reload after each rebuild */(function(){var v=%d;
function poll(){fetch("%s?since="+v,{cache:"no-store"}).then(function(r){return r.text()})
.then(function(t){if(+t!==v){location.reload()}else{poll()}})
.catch(function(){setTimeout(poll,1000)})}poll()})();</script>"""


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """(modification time, size) of every watched file: a change in any means a rebuild."""
    out = {}
    for name in WATCHED:
        top = root / name
        if top.is_file():
            st = top.stat()
            out[name] = (st.st_mtime_ns, st.st_size)
            continue
        for folder, _, files in os.walk(top):
            for file in files:
                path = os.path.join(folder, file)
                try:
                    st = os.stat(path)
                except OSError:
                    continue
                if stat.S_ISREG(st.st_mode):
                    out[os.path.relpath(path, root)] = (st.st_mtime_ns, st.st_size)
    return out


def changed_practices(before: dict, after: dict) -> set[str] | None:
    """The practice folders whose files differ between two snapshots; None if anything else
    differs too (a record, a vocabulary, a page, the theme: then everything is rebuilt)."""
    folders = set()
    for path in {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}:
        parts = Path(path).parts
        if len(parts) != 3 or parts[0] != "practices":
            return None
        folders.add(parts[1])
    return folders


def remove_stale(tmp: Path) -> None:
    """Remove the folders of previews that were killed before they could clean up."""
    for folder in tmp.glob(PREFIX + "*"):
        try:
            pid = int((folder / "pid").read_text())
        except (OSError, ValueError):
            pid = 0
        if not pid or not _alive(pid):
            shutil.rmtree(folder, ignore_errors=True)


def error_page(result: BuildResult) -> str:
    """The page every address shows while the library has errors: each in both languages."""
    errors = [d for d in result.diagnostics if d.severity == "error"]
    blocks = []
    for lang, title in (("tr", "Kütüphanede hatalar var"), ("en", "The library has errors")):
        text = FORMATTERS["text"](errors, lang) if errors else "\n".join(result.problems)
        blocks.append(f'<section lang="{lang}"><h2>{html.escape(title)}</h2>'
                      f"<pre>{html.escape(text)}</pre></section>")
    return ("<!doctype html><html lang=\"tr\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
            "<title>kb serve: hatalar / errors</title><style>body{font:16px/1.5 system-ui,"
            "sans-serif;margin:2rem;max-width:60rem}pre{white-space:pre-wrap;background:#f6f6f6;"
            "padding:1rem;border-left:4px solid #b00020}</style></head><body>"
            "<h1 id=\"kb-serve-errors\">kb serve</h1><p>Dosyaları düzeltip kaydedin; sayfa kendini "
            "yeniler. / Fix the files and save; the page reloads itself.</p>"
            + "".join(blocks) + "</body></html>")


class Preview:
    """The preview's state: the site being served, or the errors shown instead, and a version
    that changes with every rebuild (what the pages' reload script waits for)."""

    def __init__(self, root: Path, drafts: bool = True, base: str = "", lang: str = "en"):
        self.root, self.drafts, self.base, self.lang = root, drafts, base, lang
        tmp = Path(tempfile.gettempdir())
        remove_stale(tmp)
        self.tmp = Path(tempfile.mkdtemp(prefix=PREFIX, dir=tmp))
        (self.tmp / "pid").write_text(str(os.getpid()))
        self.site: Path | None = None
        self.failure: str | None = None
        self.panel = Panel([], [])  # the last good rebuild's warnings, shown on its pages
        self.version = 0
        self.changed = threading.Condition()
        self._builds = 0
        self.rebuilds = Rebuilds(root, drafts, base)
        self._following: tuple[Background, Path] | None = None  # follow()'s process, its folder
        # Practice folders changed since the last good rebuild (None: anything may have).
        self.pending: set[str] | None = None

    def rebuild(self, changed: set[str] | None = None) -> BuildResult:
        """Rebuild after these practice folders changed (None: anything may have): update
        the site in place if that will do, else build it afresh; serve it if it is good,
        else its errors."""
        self.pending = None if self.pending is None or changed is None else self.pending | changed
        self._stop_following()  # it would catch up with a state that is no longer the last
        self._builds += 1
        work = self.tmp / f"work-{self._builds}"
        work.mkdir()
        site = self.site
        try:
            if self.rebuilds.can_update(self.pending):
                result = self.rebuilds.update(self.pending, work)
            else:
                site = self.tmp / f"site-{self._builds}"
                site.mkdir()
                result = self.rebuilds.full(site, work)
        except KbError as exc:
            result = BuildResult(problems=[exc.render(self.lang)])
        finally:
            shutil.rmtree(work, ignore_errors=True)
        old = self.site
        if result.ok:
            self.site, self.failure, self.pending = site, None, set()
            self.panel = Panel([d for d in result.diagnostics if d.severity == "warning"],
                               self.rebuilds.languages)
        else:
            self.failure = error_page(result)
            if site is not None and site != old:
                shutil.rmtree(site, ignore_errors=True)
        if old is not None and old != self.site:
            shutil.rmtree(old, ignore_errors=True)
        with self.changed:
            self.version += 1
            self.changed.notify_all()
        return result

    def follow(self) -> None:
        """What follows an update's pages (search indexes, feeds, data files: kb.rebuild),
        made in a process of its own (the next save stops it) and put in place by poll()."""
        if self.rebuilds.behind:
            folder = self.tmp / f"follow-{self._builds}"
            folder.mkdir()
            job = Background(lambda: self.rebuilds.follow(folder), "kb serve", self.lang)
            self._following = (job, folder)

    def poll(self) -> None:
        """Put in place what follow() made, once it is made."""
        if self._following is None or not self._following[0].done():
            return
        job, folder = self._following
        try:
            if job.code == 0:  # else the job has said what went wrong; the next save retries
                self.rebuilds.publish(folder)
        except OSError as exc:
            print(f"kb serve: {os_error(exc, self.lang)}", file=sys.stderr, flush=True)
        self._following = None
        shutil.rmtree(folder, ignore_errors=True)

    def _stop_following(self) -> None:
        if self._following is not None:
            job, folder = self._following
            job.stop()
            self._following = None
            shutil.rmtree(folder, ignore_errors=True)

    def wait(self, since: int, timeout: float) -> int:
        """The version, once it differs from `since` (or after timeout)."""
        with self.changed:
            self.changed.wait_for(lambda: self.version != since, timeout)
            return self.version

    def close(self) -> None:
        self._stop_following()
        with self.changed:
            self.version += 1
            self.changed.notify_all()
        shutil.rmtree(self.tmp, ignore_errors=True)


class Handler(BaseHTTPRequestHandler):
    """Serves the preview's current site as GitHub Pages would, plus the reload endpoint."""

    preview: Preview  # set on the server's subclass

    def log_message(self, format, *args) -> None:  # noqa: A002 - no line per request
        pass

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _html(self, status: int, text: str, path: str | None = None) -> None:
        """An HTML page with the reload script, and the warnings panel if it is the site's
        page at path."""
        script = RELOAD % (self.preview.version, VERSION_PATH)
        if path is not None:
            script = self.preview.panel.html(path) + script
        text = text.replace("</body>", script + "</body>", 1) if "</body>" in text else text + script
        self._send(status, text.encode("utf-8"), "text/html; charset=utf-8")

    def do_HEAD(self) -> None:  # noqa: N802 - the http.server protocol
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        if url.path == VERSION_PATH:
            since = parse_qs(url.query).get("since", ["-1"])[0]
            version = self.preview.wait(int(since) if since.lstrip("-").isdigit() else -1, 20)
            self._send(200, str(version).encode(), "text/plain")
            return
        path = posixpath.normpath(unquote(url.path))
        if path.startswith("..") or "\x00" in path:
            self._send(400, b"bad path", "text/plain")
            return
        wants_page = url.path.endswith(("/", ".html")) or "." not in posixpath.basename(path)
        if self.preview.failure is not None and wants_page:
            self._html(HTTPStatus.INTERNAL_SERVER_ERROR, self.preview.failure)
            return
        site = self.preview.site
        if site is None:
            self._send(503, b"building", "text/plain")
            return
        target = site / path.lstrip("/")
        if target.is_dir():
            if not url.path.endswith("/"):
                self.send_response(301)
                self.send_header("Location", url.path + "/")
                self.end_headers()
                return
            target = target / "index.html"
        if not target.is_file():
            lang_root = site / "en" if path.startswith("/en/") else site
            missing = lang_root / "404.html"
            self._html(404, missing.read_text("utf-8") if missing.is_file() else "not found")
            return
        if target.suffix == ".html":
            self._html(200, target.read_text("utf-8"), url.path)
            return
        kind = mimetypes.guess_type(target.name)[0] or "application/octet-stream"
        if kind.startswith("text/") or kind in ("application/javascript", "application/json"):
            kind += "; charset=utf-8"
        self._send(200, target.read_bytes(), kind)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        # A browser that left (a reload, another page, a closed tab) while its reload poll
        # waited: nothing went wrong, and the terminal showed a traceback at the next save.
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)


def serve(root: Path, port: int, drafts: bool = True, lang: str = "en",
          interval: float = 0.3) -> None:
    """Build, serve on 127.0.0.1:port, rebuild on changes; return on Ctrl-C or SIGTERM."""
    try:
        server = _Server(("127.0.0.1", port), Handler)
    except OSError as exc:
        raise KbError("serve.port_busy", exit_code=2, port=port) from exc
    address = f"http://127.0.0.1:{server.server_address[1]}/"
    preview = Preview(root, drafts, base=address, lang=lang)
    server.RequestHandlerClass = type("PreviewHandler", (Handler,), {"preview": preview})
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    parent = os.getppid()
    try:
        seen = snapshot(root)  # before the first build: a save during it makes a second one
        _report(preview, preview.rebuild(), lang)
        thread.start()
        print(("Önizleme: {0} (İngilizce: {0}en/) · durdurmak için Ctrl-C" if lang == "tr" else
               "Preview: {0} (Turkish), {0}en/ (English) · Ctrl-C stops it").format(address),
              file=sys.stderr, flush=True)
        while os.getppid() == parent:  # a parent that died (make killed) stops the preview too
            time.sleep(interval)
            preview.poll()
            now = snapshot(root)
            if now != seen:
                while True:  # an editor's save may be several writes: wait until they end
                    time.sleep(SETTLE)
                    again = snapshot(root)
                    if again == now:
                        break
                    now = again
                changed = changed_practices(seen, now)
                seen = now
                _report(preview, preview.rebuild(changed), lang)
                preview.follow()
    finally:
        if thread.is_alive():
            server.shutdown()
        server.server_close()
        preview.close()


def _report(preview: Preview, result: BuildResult, lang: str) -> None:
    """The rebuild's outcome in the terminal, as `kb validate` would say it."""
    findings = [d for d in result.diagnostics if d.severity in ("error", "warning")]
    if findings:
        print(FORMATTERS["text"](findings, lang), file=sys.stderr)
    for problem in result.problems:
        print(f"kb serve: {problem}", file=sys.stderr)
    stamp = time.strftime("%H:%M:%S")
    state = ("hazır" if lang == "tr" else "ready") if result.ok else (
        "hatalar tarayıcıda" if lang == "tr" else "errors shown in the browser")
    print(f"[{stamp}] kb serve: {state} (#{preview.version})", file=sys.stderr, flush=True)
