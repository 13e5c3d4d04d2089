"""Fuzzing the command line as contributors and attackers meet it: `kb validate`, `kb build`
and `kb from-issue` on mutated copies of a small valid library.

Each case copies the validator's base library (tests/validator/base) with the project's
hand-written pages (docs/), applies one to three
mutations to its files (editing accidents, YAML 1.1 traps, hostile Markdown, invisible and
bidirectional characters, huge numbers, deep nesting, long lines, invalid bytes, files out of
place) and runs the commands in process. What it counts:

- crash: a traceback, an internal error (exit 70) or an exit code other than 0, 1, 2;
- hang: a command that did not finish within the time limit;
- build failure: `kb validate` accepted the library but `kb build` did not build it;
- outside change: `kb build` changed a file outside its --out folder;
- silent accept: `kb validate` accepted a narrative from which the sanitiser removes
  something (a link, an image, a tag), so the page would differ from the file unannounced.

`python scripts/bench/fuzz.py --cases 1000` prints the counts; the test suite runs a few
dozen cases with a fixed seed (tests/robustness/test_fuzz_cli.py).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import os
import random
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
BASE = REPO / "tests" / "validator" / "base"
DOCS = REPO / "docs"
ISSUES = REPO / "tests" / "contrib" / "fixtures" / "issues"

# What people and YAML 1.1 get wrong, and what attackers try.
TRAPS = [
    "no", "yes", "010", "0x1F", "1:20", "1e3", ".inf", "~", "null", "&a", "*a", "!!binary",
    "!!python/object/apply:os.system ['id']", "2023-02-30", "'", '"', "[", "]", "{", "}", "- ",
    ": ", "? ", "#", "|", ">", "%", "@", "`", ",", "---", "...", "\t", "\r", "\x00", "\x07",
    "\x1b", "\x7f", "\x85", "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff", "\u00ad", "\u2028",
    "İ", "ı", "ş", "ğ", "i\u0307", "s\u0327", "unknown", "", "9" * 400, "1" + "0" * 5000,
    "-" + "9" * 30, "[" * 300, "{" * 150 + "}" * 150, "[x](java&#115;cript:alert(1))",
    "[r]: javascript:alert(1)", '<a href=" javascript:alert(1)">x</a>', "![x](https://t.example/p.gif)",
    "<img src=https://t.example/p.gif>", "<iframe src=https://evil.example/></iframe>",
    "<script>alert(1)</script>", "<div style=x>y</div>", "[bkz.](#nowhere)", "[a](../x.html)",
    "~~~\n[x](javascript:1)\n~~~", "### a" + " " * 3000 + "x", "## " + "#" * 5000 + " x",
    "=HYPERLINK(\"http://evil.example\")", "+cmd|' /C calc'!A0", "@SUM(1)", "x" * 6000,
    "  " * 40 + "- deep", ">" * 12 + " quote", "## Sonuçlar", "# H1", "## Bilinmeyen", "\n\n",
    "ayse.yilmaz@gmail.com", "0532 123 45 67", "Izmir", "işbirliği", "Belediyesi'nin",
    # CommonMark as GitHub reads it: text that looks like a heading, lists under a line.
    "#BizİzmirDayanışma", "##Sonuçlar", "#1 öncelik", "## Sonuçlar ##", "Hizmetler:\n- a\n  - b",
    "1) bir\n2) iki", "**_" * 1300, "|a|b|\n|-|-|\n|x|y|", "```\n# kod\n```",
    # Facts cited by claim, as the seeds write them, and the slips near them.
    "{value: active, source: 1}", "{value: 2019-05, source: 1}", "{value: active source: 1}",
    "{value:active, source: 1}", "{value: active, source: 99}", "{value: active, source: 1}}",
    "\n  - {value: 2019, source: 1}\n  - {value: 2019, source: 1}", '"Kaynak: rapor"',
    "'it''s'", '"a\\tb"', "{value: ~, source: 1}", "{source: 1}",
    # Links a hand-written page may write: to its headings, other pages and generated ones
    # (LINKS: also written into both languages of a page, which the validator asks for).
]
LINKS = [
    "[a](about.md#nowhere)", "[a](#nasil-katki-verilir)", "[a](#ortak-akil)", "[a](#)",
    "[a](catalogue/index.md#kb-results)", "[a](practices/ornek-uygulama/index.md)",
    "[a](practices/ornek-uygulama/index.md#context)", "[a](themes/index.md)", "[a](themes/)",
    "[a](municipalities/ornek-belediyesi/index.md)", "[a](data.md)", "[a](index.md)",
    "[a](contribute.md#yol-1-formu-doldurun-onerilen)", "[a](about.md?x=1)", "[a](./about.md)",
    "[a](reference/index.md)", "[a]: contribute.md", "{#kendi-kimligi}", "## Başlık {#x}",
    "!!! note\n    not", "<https://example.org>", "[a](practices/yok/index.md)",
    '## Olay {onclick="alert(1)"}', '[a](about.md){onmouseover="x()"}', "{: .sinif }",
    'a <a:b onclick="alert(1)">x</a:b>', "<x:y/onload=alert(1)>", "<https://example.org>",
]
TRAPS += LINKS
OPERATIONS = ["delete", "duplicate", "swap", "insert", "truncate", "indent", "scalar", "bytes",
              "trap_line", "remove_file", "stray_file"]


@dataclass
class Outcome:
    """What one case did."""

    name: str
    mutations: list[str]
    validate_exit: int | None = None
    problems: list[str] = field(default_factory=list)  # the counted kinds, see the docstring


class Hang(Exception):
    pass


@contextlib.contextmanager
def time_limit(seconds: float):
    def alarm(signum, frame):
        raise Hang

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def run_kb(*argv: str) -> tuple[int, str]:
    """`kb ARGV…` in process; (exit code, everything it printed)."""
    from kb.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue()


def mutate(data: bytes, rng: random.Random) -> tuple[bytes, str]:
    """One editing accident or attack on a file's bytes, and its name."""
    op = rng.choice(OPERATIONS[:-2])
    if op == "bytes":
        at = rng.randrange(len(data) + 1)
        return data[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 3))) + data[at:], op
    if op == "truncate":
        return data[: rng.randrange(len(data) + 1)], op
    try:
        lines = data.decode("utf-8").split("\n")
    except UnicodeDecodeError:
        return data + b"\xff", "bytes"
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    trap = rng.choice(TRAPS)
    if op == "delete":
        del lines[i]
    elif op == "duplicate":
        lines.insert(i, lines[i])
    elif op == "swap":
        lines[i], lines[j] = lines[j], lines[i]
    elif op == "insert":
        col = rng.randrange(len(lines[i]) + 1)
        lines[i] = lines[i][:col] + trap + lines[i][col:]
    elif op == "indent":
        lines[i] = " " * rng.randrange(5) + lines[i].lstrip(" ")
    elif op == "scalar":
        for marker in (": ", "- "):
            if marker in lines[i]:
                lines[i] = lines[i][: lines[i].index(marker) + len(marker)] + trap
                break
        else:
            lines[i] = trap
    elif op == "trap_line":
        lines.insert(i, trap)
    return "\n".join(lines).encode("utf-8"), f"{op}:{trap[:20]!r}" if op in (
        "insert", "scalar", "trap_line") else op


def _tree(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha1(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def _silent(root: Path) -> bool:
    """Does an accepted narrative hold something the sanitiser would remove?"""
    from kb import markdown
    from kb.narrative import parse_sections
    from kb.sourcefile import split_front_matter

    for path in sorted((root / "practices").glob("*/*.md")):
        text = path.read_text("utf-8", errors="replace").replace("\r\n", "\n")
        doc, _ = split_front_matter(text.removeprefix("\ufeff"), path.name)
        if doc is None:
            continue
        for section in parse_sections(doc.body, doc.body_line, path.stem, path.name).sections.values():
            removed, _ = markdown.inspect(markdown.to_html(section))
            if removed:
                return True
    return False


def library_case(rng: random.Random, work: Path, build: bool, limit: float) -> Outcome:
    """Mutate a copy of the base library; validate it; build it if it validates."""
    root = work / "repo"
    shutil.copytree(BASE, root)
    shutil.copytree(DOCS, root / "docs")  # the project's hand-written pages, to be broken too
    files = sorted(p for p in root.rglob("*") if p.is_file())
    names = []
    for _ in range(rng.randint(1, 3)):
        kind = rng.random()
        path = rng.choice(files)
        if kind < 0.12:
            page, link = rng.choice(sorted(p.name for p in (root / "docs/tr").glob("*.md"))), \
                rng.choice(LINKS)
            for lang in ("tr", "en"):
                target = root / "docs" / lang / page
                if target.exists():
                    target.write_text(target.read_text("utf-8", errors="replace")
                                      + f"\n\n{link}\n", "utf-8", errors="replace")
            names.append(f"docs/*/{page}: both languages link {link!r}")
        elif kind < 0.18 and path.exists():
            path.unlink()
            names.append(f"remove {path.relative_to(root)}")
        elif kind < 0.22:
            stray = rng.choice(["practices/yeni.yml", "records/municipality/x.yml",
                                "vocabularies/temalar.yaml", "practices/ornek-uygulama/notlar.md"])
            (root / stray).parent.mkdir(parents=True, exist_ok=True)
            (root / stray).write_text("id: x\n", "utf-8")
            names.append(f"stray {stray}")
        elif path.exists():
            data, name = mutate(path.read_bytes(), rng)
            path.write_bytes(data)
            names.append(f"{path.relative_to(root)}: {name}")
    outcome = Outcome("library", names)
    before = _tree(root)
    try:
        with time_limit(limit):
            code, text = run_kb("--root", str(root), "validate", "--lang", rng.choice(["tr", "en"]))
            outcome.validate_exit = code
            _judge(code, text, outcome)
            if code == 0 and _silent(root):
                outcome.problems.append("silent accept")
            if code == 0 and build:
                out = work / "out"
                bcode, btext = run_kb("--root", str(root), "build", "--out", str(out))
                _judge(bcode, btext, outcome)
                if bcode != 0:
                    outcome.problems.append("build failure")
                    outcome.mutations.append(btext[-400:])
                if _tree(root) != before:
                    outcome.problems.append("outside change")
    except Hang:
        outcome.problems.append("hang")
    return outcome


def issue_case(rng: random.Random, work: Path, limit: float) -> Outcome:
    """Mutate a submitted form body; `kb from-issue` reports or creates files that validate."""
    root = work / "repo"
    (root / "practices").mkdir(parents=True)
    shutil.copytree(REPO / "vocabularies", root / "vocabularies")
    shutil.copytree(REPO / "tests" / "contrib" / "fixtures" / "repo" / "records", root / "records")
    bodies = sorted(ISSUES.glob("*.md"))
    data = rng.choice(bodies).read_bytes()
    names = []
    for _ in range(rng.randint(1, 3)):
        data, name = mutate(data, rng)
        names.append(name)
    body = work / "issue.md"
    body.write_bytes(data)
    outcome = Outcome("from-issue", names)
    try:
        with time_limit(limit):
            code, text = run_kb("--root", str(root), "from-issue", "--lang",
                                rng.choice(["tr", "en"]), "--report", str(work / "r.md"),
                                str(body))
            outcome.validate_exit = code
            _judge(code, text, outcome)
            if code == 0:
                vcode, vtext = run_kb("--root", str(root), "validate")
                if vcode != 0:
                    outcome.problems.append("build failure")  # created files that do not validate
                    outcome.mutations.append(vtext[-400:])
            if not (work / "r.md").is_file():
                outcome.problems.append("crash")  # the proposer would get no comment
    except Hang:
        outcome.problems.append("hang")
    return outcome


def _judge(code: int, text: str, outcome: Outcome) -> None:
    if code not in (0, 1, 2) or "Traceback" in text or "internal error" in text \
            or "iç hata" in text:
        outcome.problems.append("crash")
        outcome.mutations.append(text[-600:])


def run(cases: int, seed: int, builds: int, limit: float = 20.0) -> list[Outcome]:
    """Run `cases` cases from `seed`; at most `builds` of the accepted libraries are built."""
    rng = random.Random(seed)
    outcomes = []
    built = 0
    # Each case is a library of its own, whose validation cache would stay in the user's cache
    # folder for a month (26,000 files after a day of fuzzing, and every later `kb validate`
    # that writes its cache looks at each of them): the run keeps its caches to itself.
    with tempfile.TemporaryDirectory(prefix="kb-fuzz-cache-") as cache, \
            _environment("KB_CACHE_DIR", cache):
        for n in range(cases):
            with tempfile.TemporaryDirectory(prefix="kb-fuzz-") as tmp:
                if n % 5 == 4:
                    outcomes.append(issue_case(rng, Path(tmp), limit))
                else:
                    outcome = library_case(rng, Path(tmp), built < builds, limit)
                    built += outcome.validate_exit == 0
                    outcomes.append(outcome)
    return outcomes


@contextlib.contextmanager
def _environment(name: str, value: str):
    """The variable set to value inside the block, as it was after it."""
    before = os.environ.get(name)
    os.environ[name] = value
    try:
        yield
    finally:
        if before is None:
            del os.environ[name]
        else:
            os.environ[name] = before


def main() -> int:
    parser = argparse.ArgumentParser(description="Fuzz kb validate, kb build and kb from-issue")
    parser.add_argument("--cases", type=int, default=1000, help="how many cases (default 1000)")
    parser.add_argument("--seed", type=int, default=20261201, help="random seed")
    parser.add_argument("--builds", type=int, default=100,
                        help="build at most this many of the accepted libraries (default 100)")
    args = parser.parse_args()
    start = time.perf_counter()
    outcomes = run(args.cases, args.seed, args.builds)
    seconds = time.perf_counter() - start
    kinds = Counter(o.name for o in outcomes)
    exits = Counter((o.name, o.validate_exit) for o in outcomes)
    problems = Counter(p for o in outcomes for p in set(o.problems))
    print(f"fuzz: {len(outcomes)} cases in {seconds:.0f} s (seed {args.seed}): "
          + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))
    for (name, code), n in sorted(exits.items(), key=str):
        print(f"  {name}: exit {code}: {n}")
    for kind in ("crash", "hang", "build failure", "outside change", "silent accept"):
        print(f"  {kind}: {problems.get(kind, 0)}")
    for o in outcomes:
        if o.problems:
            print(f"-- {o.name} {sorted(set(o.problems))}: {o.mutations}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "scripts"))
    sys.exit(main())
