"""The validator messages the guides quote are the ones the validator prints.

A contributor learns from README, CONTRIBUTING and the contribute pages what an error looks
like; if a message is reworded, the quote must follow. Each quoted finding (`key[i]: 'value'
…`) is made real: the seed library is copied, that list item of a seed practice is set to the
quoted value, and `kb validate` runs; the quoted message (and the hint under it, in a code
block) must be what it prints.
"""

from __future__ import annotations

import re
import shutil
from functools import cache
from pathlib import Path

import pytest

from support import kb_in_process

ROOT = Path(__file__).resolve().parents[1]
GUIDES = [ROOT / "README.md", ROOT / "CONTRIBUTING.md",
          *sorted((ROOT / "docs").glob("*/contribute.md"))]
SEVERITY = {"error": "en", "hata": "tr"}
# A finding as printed: [path:line:col: severity: ]key[i]: 'value' message
FINDING = re.compile(r"(?:\S+:\d+:\d+: (?P<severity>error|hata): )?"
                     r"(?P<key>[a-z_]+)\[(?P<index>\d+)\]: '(?P<value>[^']+)'(?P<rest>.*)")
FENCED = re.compile(r"^```.*?^```", re.M | re.S)
HINT = re.compile(r" {4}(hint|ipucu): .*")


def _samples() -> list[tuple[str, str, str | None]]:
    """(guide:line, quoted finding without its location, hint line or None) of every guide:
    the lines of code blocks, and code spans (which may wrap) in the prose."""
    found = []
    for path in GUIDES:
        name = path.relative_to(ROOT).as_posix()
        text = path.read_text("utf-8")
        lines = text.split("\n")
        for n, line in enumerate(lines):
            m = FINDING.fullmatch(line)
            if m and m["severity"]:
                hint = lines[n + 1] if n + 1 < len(lines) and HINT.fullmatch(lines[n + 1]) else None
                found.append((f"{name}:{n + 1}", line.split(": ", 2)[2], hint))
        # Code blocks out (their lines kept, for the line numbers): their fences would pair
        # with the backticks of the spans.
        prose = FENCED.sub(lambda block: "\n" * block[0].count("\n"), text)
        for span in re.finditer(r"`([^`]+)`", prose):
            quoted = re.sub(r"\s*\n\s*", " ", span[1])
            if FINDING.fullmatch(quoted):
                found.append((f"{name}:{prose.count(chr(10), 0, span.start()) + 1}", quoted, None))
    return found


SAMPLES = _samples()


def test_every_guide_quotes_a_finding():
    """A guide whose quote this test no longer reads would otherwise go unchecked."""
    assert {where.split(":")[0] for where, _, _ in SAMPLES} == {
        path.relative_to(ROOT).as_posix() for path in GUIDES}


@cache
def _printed(key: str, index: int, value: str, tmp: Path) -> dict[str, list[str]]:
    """What `kb validate` prints, per language, once that item of a seed practice is `value`."""
    lib = tmp / f"{key}-{index}-{value}"
    for part in ("practices", "vocabularies", "records"):
        shutil.copytree(ROOT / part, lib / part)
    for meta in sorted((lib / "practices").glob("*/practice.yml")):
        lines = meta.read_text("utf-8").split("\n")
        if f"{key}:" not in lines:
            continue
        start = lines.index(f"{key}:")
        items = [i for i in range(start + 1, len(lines)) if lines[i].startswith("  - ")]
        if len(items) > index and items[index] == start + 1 + index:
            lines[items[index]] = f"  - {value}"
            meta.write_text("\n".join(lines), "utf-8")
            break
    else:
        pytest.fail(f"no seed practice lists {index + 1} items under {key}:")
    out = {}
    for lang in SEVERITY.values():
        code, stdout, _ = kb_in_process("--root", str(lib), "validate", "--lang", lang)
        assert code == 1, stdout
        out[lang] = stdout.split("\n")
    return out


@pytest.mark.parametrize("where,quoted,hint", SAMPLES, ids=[w for w, _, _ in SAMPLES])
def test_a_quoted_finding_is_what_the_validator_prints(where, quoted, hint, tmp_path_factory):
    m = FINDING.fullmatch(quoted)
    printed = _printed(m["key"], int(m["index"]), m["value"], tmp_path_factory.getbasetemp())
    for lang, lines in printed.items():
        for n, line in enumerate(lines):
            if line.split(": ", 2)[-1] == quoted:
                if hint is not None:
                    assert lines[n + 1] == hint, (where, lang)
                return
    pytest.fail(f"{where} quotes {quoted!r}; kb validate prints:\n"
                + "\n".join(line for lines in printed.values() for line in lines))
