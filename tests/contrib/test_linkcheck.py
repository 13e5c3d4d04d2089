"""The weekly link check's report, with a fake fetcher: no test ever touches the network."""

from __future__ import annotations

import datetime as dt
import threading
import time

from contrib_support import ISSUES, kb, make_repo

from kb.linkcheck import Result, check_links, render_report, run_check

TODAY = dt.date(2026, 11, 23)


def fake(answers: dict[str, Result]):
    return lambda url: answers.get(url, Result(200))


def test_report_lists_dead_links_with_where_they_are_used(tmp_path):
    repo = make_repo(tmp_path / "repo")
    assert kb(repo, "from-issue", str(ISSUES / "valid_both_languages.md"))[0] == 0
    answers = {"https://www.example.org/haber": Result(404),
               "https://www.izmir.bel.tr/": Result(None, "TimeoutError: timed out")}
    report, dead = run_check(repo, fake(answers), TODAY)
    assert dead == 2
    assert "2 bağlantı denetlendi / links checked, 2 ölü / dead" in report
    assert ("| `https://www.example.org/haber` | `HTTP 404` | "
            "`practices/bizizmir-dayanisma-noktalari/practice.yml (sources[1].url)` |") in report
    assert "| `https://www.izmir.bel.tr/` | `TimeoutError: timed out` |" in report


def test_all_good_says_so(tmp_path):
    repo = make_repo(tmp_path / "repo")
    kb(repo, "from-issue", str(ISSUES / "valid_both_languages.md"))
    report, dead = run_check(repo, fake({}), TODAY)
    assert dead == 0 and "Tüm bağlantılar çalışıyor. / Every link works." in report


def test_busy_server_is_not_dead():
    assert not Result(429).dead and Result(410).dead and Result(None, "x").dead
    assert not Result(301).dead


def test_link_text_cannot_break_the_table():
    links = {"https://a.example/x|y`z": ["practices/p/practice.yml (sources[0].url)"]}
    report = render_report(links, {"https://a.example/x|y`z": Result(500)}, TODAY)
    row = report.strip().split("\n")[-1]
    assert row == ("| `https://a.example/x\\|y'z` | `HTTP 500` | "
                   "`practices/p/practice.yml (sources[0].url)` |")


def test_concurrency_is_bounded():
    running, peak, lock = [0], [0], threading.Lock()

    def slow(url):
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        time.sleep(0.01)
        with lock:
            running[0] -= 1
        return Result(200)

    urls = [f"https://example.org/{i}" for i in range(40)]
    results = check_links(urls, slow, workers=4)
    assert list(results) == urls and peak[0] <= 4


def test_head_then_get_fallback(monkeypatch):
    import kb.linkcheck as lc

    calls = []
    answers = {("https://a.example/", "HEAD"): Result(405), ("https://a.example/", "GET"):
               Result(200), ("https://b.example/", "HEAD"): Result(200)}

    def request(url, method, timeout):
        calls.append((url, method))
        return answers[(url, method)]

    monkeypatch.setattr(lc, "_request", request)
    fetch = lc.http_fetcher(timeout=1)
    assert fetch("https://a.example/") == Result(200)
    assert fetch("https://b.example/") == Result(200)
    assert calls == [("https://a.example/", "HEAD"), ("https://a.example/", "GET"),
                     ("https://b.example/", "HEAD")]
