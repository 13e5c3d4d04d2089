"""`kb serve` and `make serve` as a contributor previews with them: the whole site with its
search and language switch, drafts with a banner, errors shown in the browser until fixed,
and nothing left running or lying around after Ctrl-C or SIGTERM."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from support import kb_command

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).parent / "fixture"


def _start(cmd: list[str], cwd: Path) -> tuple[subprocess.Popen, str]:
    """Start a preview; return it and its address once it says it is ready."""
    proc = subprocess.Popen(cmd, cwd=cwd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            text=True, env={**os.environ, "KB_LANG": "en"},
                            start_new_session=True)
    deadline = time.monotonic() + 180
    seen = []
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if not line and proc.poll() is not None:
            break
        seen.append(line)
        m = re.search(r"Preview: (http://127\.0\.0\.1:\d+/)", line)
        if m:
            return proc, m.group(1)
    proc.kill()
    raise AssertionError("the preview did not start:\n" + "".join(seen))


def _children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(x) for x in out.split()]


def _temp_folders(pid: int) -> list[Path]:
    found = []
    for folder in Path(tempfile.gettempdir()).glob("kb-serve-*"):
        try:
            if (folder / "pid").read_text() == str(pid):
                found.append(folder)
        except OSError:
            pass
    return found


def _stop(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    proc.send_signal(sig)
    proc.wait(timeout=30)
    proc.stderr.close()


def _search_finds(tab, url: str, words: str, href: str, limit: float = 60) -> None:
    """Search the page at url for words until a result links href (the page is loaded
    again between tries: it fetches the search index once)."""
    deadline = time.monotonic() + limit
    while True:
        tab.goto(url)
        tab.focus("input.md-search__input")
        tab.locator("input.md-search__input").press_sequentially(words)
        try:
            tab.wait_for_selector(f".md-search-result__item a[href*='{href}']", timeout=3000)
            return
        except Exception:
            if time.monotonic() > deadline:
                raise


@pytest.fixture()
def library(tmp_path) -> Path:
    """A copy of the fixture library that the test may edit."""
    root = tmp_path / "library"
    shutil.copytree(FIXTURE, root)
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", root / "overrides")
    return root


@pytest.mark.long(6)
def test_the_preview_is_the_site_and_follows_edits(tabs, library, shots):
    proc, url = _start([sys.executable, "-m", "kb.cli", "--root", str(library), "serve",
                        "--port", "0"], library)
    try:
        with tabs.page() as tab:
            # Both languages, and the switch between them.
            tab.goto(url + "practices/dayanisma-noktalari/")
            assert tab.text_content("h1") == "Dayanışma Noktaları"
            tab.eval_on_selector('a.md-select__link[hreflang="en"]', "a => a.click()")
            tab.wait_for_url("**/en/practices/dayanisma-noktalari/")
            assert tab.text_content("h1") == "Solidarity Points"
            # The project's search answers in the preview.
            tab.goto(url + "en/")
            tab.focus("input.md-search__input")
            tab.locator("input.md-search__input").press_sequentially("solidarity")
            tab.wait_for_selector(".md-search-result__item a[href*='dayanisma-noktalari']",
                                  timeout=15000)
            # A draft is there, and says it is one.
            tab.goto(url + "practices/taslak-uygulama/")
            assert "Taslak" in tab.text_content(".kb-notice--draft")
            # Its warnings are on it, in the page's language (not only in the terminal), and
            # the rest of the library's are counted; the panel is not printed.
            panel = tab.text_content("#kb-serve-warnings")
            assert "kb serve: bu sayfada 1 uyarı" in panel
            assert "practices/taslak-uygulama/practice.yml:2:1: uyarı: id:" in panel
            assert "Kütüphanenin geri kalanında 6 uyarı" in panel
            tab.emulate_media(media="print")
            assert not tab.is_visible("#kb-serve-warnings")
            tab.emulate_media(media="screen")
            tab.goto(url + "en/practices/taslak-uygulama/")
            panel = tab.text_content("#kb-serve-warnings")
            assert "1 warning(s) on this page" in panel
            assert "practices/taslak-uygulama/practice.yml:2:1: warning: id:" in panel

            # A broken file: every page shows the validator's findings instead of an old site...
            tab.goto(url + "practices/dayanisma-noktalari/")
            practice = library / "practices/dayanisma-noktalari/practice.yml"
            good = practice.read_text(encoding="utf-8")
            practice.write_text(good.replace("municipality: izmir-bb", "municipality: [izmir-bb"),
                                encoding="utf-8")
            # ...without a reload by hand: the page reloads itself after the rebuild.
            tab.wait_for_selector("#kb-serve-errors", timeout=60000)
            errors = tab.text_content("body")
            assert "practices/dayanisma-noktalari/practice.yml:" in errors
            assert "Kütüphanede hatalar var" in errors and "The library has errors" in errors
            shots(tab, "serve-error-page.png")
            # Fixed: the page comes back with the change.
            practice.write_text(good, encoding="utf-8")
            text = library / "practices/dayanisma-noktalari/tr.md"
            text.write_text(text.read_text(encoding="utf-8").replace(
                "title: Dayanışma Noktaları", "title: Dayanışma Noktaları (düzeltildi)"),
                encoding="utf-8")
            tab.wait_for_selector("h1:has-text('(düzeltildi)')", timeout=60000)
            # The search follows the page a moment later (a page loaded then fetches it).
            _search_finds(tab, url, "düzeltildi", "dayanisma-noktalari")
            # A save outside the practices (a hand-written page) rebuilds the whole site.
            about = library / "docs/tr/about.md"
            about.write_text(about.read_text(encoding="utf-8").replace("Biz kimiz.", "Biz kimdik."),
                             encoding="utf-8")
            tab.goto(url + "about/")
            tab.wait_for_selector("text=Biz kimdik.", timeout=60000)
    finally:
        children = _children(proc.pid)
        folders = _temp_folders(proc.pid)
        _stop(proc)
    assert folders, "the preview's temporary folder was not found"
    assert not any(f.exists() for f in folders)
    assert not [c for c in children if Path(f"/proc/{c}").exists()]


def test_sigterm_to_make_serve_stops_the_preview_and_removes_its_folder():
    proc, _url = _start(["make", "-s", "serve", "PORT=0"], ROOT)
    # make runs the recipe with exec: the preview is make's child, then nothing else.
    preview = _children(proc.pid)
    assert len(preview) == 1
    folders = _temp_folders(preview[0])
    assert folders
    _stop(proc)  # SIGTERM to make, as an IDE or a CI job's cancel does
    deadline = time.monotonic() + 20
    while Path(f"/proc/{preview[0]}").exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not Path(f"/proc/{preview[0]}").exists(), "kb serve outlived make"
    assert not any(f.exists() for f in folders)


def test_a_busy_port_is_said_plainly(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        run = kb_command("serve", "--port", str(port), "--lang", "tr", timeout=120)
    assert run.returncode == 2
    assert f"{port} numaralı bağlantı noktası kullanımda" in run.stderr
    assert "Traceback" not in run.stderr


def test_a_tab_that_left_while_waiting_for_a_reload_is_no_error(library):
    # Each page keeps a request open for the next version; a reload, another page or a
    # closed tab leaves it behind. The next save answers it: no traceback in the terminal.
    import socket

    proc, url = _start([sys.executable, "-m", "kb.cli", "--root", str(library), "serve",
                        "--port", "0"], library)
    try:
        port = int(url.rsplit(":", 1)[1].strip("/"))
        left = []
        for _ in range(3):
            s = socket.create_connection(("127.0.0.1", port))
            s.sendall(b"GET /__kb/version?since=1 HTTP/1.1\r\nHost: x\r\n\r\n")
            left.append(s)
        time.sleep(0.5)  # the server is waiting on them
        for s in left:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
            s.close()  # reset: the answer will meet a closed connection
        page = next((library / "practices").iterdir()) / "en.md"
        page.write_text(page.read_text("utf-8").replace("\ntitle: ", "\ntitle: Edited ", 1),
                        "utf-8")
        said = []
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            said.append(line)
            if "(#2)" in line:
                break
        time.sleep(1)  # the waiting requests are answered after the rebuild
        page.write_text(page.read_text("utf-8").replace("Edited ", "", 1), "utf-8")
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            said.append(line)
            if "(#3)" in line:
                break
    finally:
        _stop(proc)
    text = "".join(said)
    assert "(#3)" in text, text
    assert "Traceback" not in text and "Exception occurred" not in text, text
