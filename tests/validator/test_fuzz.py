"""Property: whatever a contributor's editor does to a valid file, the validator never crashes,
locates what it rejects, and loads what it accepts without changing or dropping it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from validator_support import BASE, TODAY

from kb.diagnostics import FORMATTERS
from kb.library import load_library
from kb.schema.types import UNKNOWN, UNKNOWN_WORDS
from kb.yaml import parse
from kb.yaml.fast import parse_simple

FILES = sorted(p.relative_to(BASE).as_posix() for p in BASE.rglob("*") if p.is_file())
# What people and YAML 1.1 get wrong, and what attackers try.
TRAPS = [
    "no", "yes", "on", "010", "0o10", "0x1F", "1:20", "1e3", ".inf", "~", "null", "&a", "*a",
    "&a x", "!!python/object:os.system", "!!binary", "2023-02-30", "2023-05-01", "'", '"', "[", "]",
    "{", "}", "- ", ": ", "? ", "#", "|", ">", "%", "@", "`", ",", "---", "...", "\t", "\r",
    "\x00", "\x07", "\x1b", "\x7f", "\x85", "\u200b", "\ufeff", "\u2028", "İ", "ı", "ş", "ğ",
    "Ç", "Ü", "javascript:alert(1)", "<script>", "## Sonuçlar", "# H1", "unknown", "",
]
fragments = st.one_of(
    st.sampled_from(TRAPS),
    st.text(alphabet="abcçğıİöşü:-#&*!'\"[]{}|>\t\n \x00\x1b%,?", max_size=8),
)
mutation = st.tuples(
    st.sampled_from(["delete", "duplicate", "swap", "insert", "truncate", "indent", "scalar", "bytes"]),
    st.integers(0, 10_000), st.integers(0, 10_000), fragments, st.binary(min_size=1, max_size=3),
)


def mutate(data: bytes, op: str, a: int, b: int, text: str, raw: bytes) -> bytes:
    """Apply one editing accident to a file's bytes."""
    if op == "bytes":
        at = a % (len(data) + 1)
        return data[:at] + raw + data[at:]
    if op == "truncate":
        return data[: a % (len(data) + 1)]
    lines = data.decode("utf-8").split("\n")
    i, j = a % len(lines), b % len(lines)
    if op == "delete":
        del lines[i]
    elif op == "duplicate":
        lines.insert(i, lines[i])
    elif op == "swap":
        lines[i], lines[j] = lines[j], lines[i]
    elif op == "insert":
        col = b % (len(lines[i]) + 1)
        lines[i] = lines[i][:col] + text + lines[i][col:]
    elif op == "indent":
        lines[i] = " " * (b % 5) + lines[i].lstrip(" ") if b % 2 else lines[i][1:]
    elif op == "scalar":  # replace a value after 'key: ' or '- '
        line = lines[i]
        for marker in (": ", "- "):
            if marker in line:
                lines[i] = line[: line.index(marker) + len(marker)] + text
                break
        else:
            lines[i] = text
    return "\n".join(lines).encode("utf-8")


def _same(loaded: Any, raw: Any) -> bool:
    """Does a loaded value say exactly what the file says (raw = all scalars as text)?"""
    if isinstance(raw, dict):
        return isinstance(loaded, dict) and all(
            _same(loaded[k], v) if k in loaded else _is_null(v) for k, v in raw.items()
        )
    if isinstance(raw, list):
        return isinstance(loaded, list) and len(loaded) == len(raw) and all(
            _same(x, y) for x, y in zip(loaded, raw, strict=True))
    if isinstance(loaded, bool):
        return raw == str(loaded).lower()
    if isinstance(loaded, int | float):
        return float(raw) == loaded
    if isinstance(loaded, list):
        return _is_null(raw) and loaded == []
    raw = raw.strip()
    return loaded == raw or (loaded == UNKNOWN and raw.lower() in UNKNOWN_WORDS)


def _is_null(raw: Any) -> bool:
    return raw in ("", "~", "null", "Null", "NULL")


def _raw(path: Path) -> Any:
    text = path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    if path.suffix == ".md":
        lines = text.split("\n")
        end = next(i for i in range(1, len(lines)) if lines[i].rstrip() in ("---", "..."))
        text = "\n".join(lines[1:end])
    return yaml.load(text, Loader=yaml.BaseLoader)  # no typing: every scalar stays text


def _loaded(lib, rel: str, raw: Any) -> Any:
    parts = rel.split("/")
    if parts[0] == "vocabularies":
        return list(lib.vocabularies[Path(rel).stem].values())
    if parts[0] == "records":
        kind = {"municipalities": "municipality", "organisations": "organisation",
                "programmes": "programme"}[parts[1]]
        return lib.records[kind][raw["id"]]
    practice = lib.practices[parts[1]]
    return practice if parts[2] == "practice.yml" else practice["langs"][parts[2][:2]]


def _line_count(path: Path) -> int:
    data = path.read_bytes()
    return data.replace(b"\r\n", b"\n").replace(b"\r", b"\n").count(b"\n") + 1


@pytest.fixture(scope="module")
def repo(tmp_path_factory) -> Path:
    """One copy of the base for all examples; each example restores the file it mutated."""
    root = tmp_path_factory.mktemp("fuzz") / "repo"
    shutil.copytree(BASE, root)
    return root


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.sampled_from(FILES), st.lists(mutation, min_size=1, max_size=3))
def test_mutated_files_are_located_or_loaded_unchanged(repo, rel, mutations):
    root = repo
    try:
        data = (BASE / rel).read_bytes()
        for m in mutations:
            try:
                data = mutate(data, *m)
            except UnicodeDecodeError:  # an earlier byte insertion: keep inserting bytes only
                data = mutate(data, "bytes", *m[1:])
        (root / rel).write_bytes(data)

        lib, diagnostics = load_library(root, today=TODAY)

        for fmt in FORMATTERS.values():  # every message renders in both languages
            fmt(diagnostics, "en")
            fmt(diagnostics, "tr")
        for d in diagnostics:
            path = root / d.file
            assert path.is_file(), d
            assert 1 <= d.line <= _line_count(path) + 1, d
            assert d.column >= 1, d
        valid = not any(d.file == rel and d.severity == "error" for d in diagnostics)
        event("accepted" if valid else "rejected")
        if valid:
            raw = _raw(root / rel)
            assert _same(_loaded(lib, rel, raw), raw), (rel, data)
    finally:
        shutil.copyfile(BASE / rel, root / rel)



YAML_FILES = [rel for rel in FILES if rel.endswith(".yml")]
FRONT_MATTER = [rel for rel in FILES if rel.endswith(".md")]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.sampled_from(YAML_FILES + FRONT_MATTER), st.lists(mutation, min_size=1, max_size=3))
def test_fast_reader_agrees_with_the_strict_reader(rel, mutations):
    data = (BASE / rel).read_bytes()
    if rel.endswith(".md"):  # the front matter only, as the loader passes it
        data = data.split(b"\n---\n", 1)[0].removeprefix(b"---\n")
    for m in mutations:
        if m[0] != "bytes":  # a YAML reader gets text: undecodable bytes never reach it
            data = mutate(data, *m).decode("utf-8", "ignore").encode("utf-8")
    text = data.decode("utf-8")
    fast = parse_simple(text, 3)
    strict, errors = parse(text, rel, 3, fast=False)
    event("fast" if fast is not None else "strict only")
    if fast is not None:  # whatever the fast reader accepts, it reads exactly as libyaml does
        assert (fast, errors) == (strict, [])


# One-line values in the forms the seed practices write (claims as flow mappings, quoted
# titles) and in the forms near them that YAML reads otherwise: spaces, commas, colons,
# brackets, quotes, escapes and comments where a value is.
_NEAR = st.text(alphabet="ab1İş _-.,:#{}[]'\"\\/+~", max_size=6)
_CLAIM = st.builds(lambda pairs, tail: "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + tail,
                   st.lists(st.tuples(st.sampled_from(["value", "source", "a_b", "2x", "value"]),
                                      st.one_of(st.sampled_from(["active", "2024-10-17", "5",
                                                                 "~", "null", "İzmir"]), _NEAR)),
                            max_size=3),
                   st.sampled_from(["}", " }", "} ", "}}", "} # x", ",}", ""]))
_QUOTED = st.builds(lambda q, inner, tail: q + inner + q + tail, st.sampled_from(["'", '"']),
                    _NEAR, st.sampled_from(["", " ", " # c", "x", ":"]))


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.one_of(_CLAIM, _QUOTED, _NEAR), st.sampled_from(["key: {}", "- {}", "- key: {}",
                                                           "list:\n  - {}\nnext: x"]))
def test_fast_reader_reads_claims_and_quoted_texts_as_libyaml_does(value, layout):
    text = layout.format(value)
    fast = parse_simple(text, 3)
    strict, errors = parse(text, "x.yml", 3, fast=False)
    event("fast" if fast is not None else "strict only")
    if fast is not None:
        assert (fast, errors) == (strict, [])


SEED_SHAPES = """schema_version: 1
# The status as the source reports it (source 5).
status: {value: active, source: 5}
start:
  - {value: 2024-10-17, source: 2}
  - {value: 2019, source: 1}
sources:
  - title: "[başlık okunamadı / headline not read]"
    publisher: 'Mersin Büyükşehir Belediyesi'
"""


def test_the_seeds_ways_of_writing_take_the_fast_reader():
    """What the seed practices write (claims, lists of them, quoted titles, whole-line
    comments) is read by the fast reader, as libyaml reads it. How many of the library's
    files take it is a figure of scripts/bench/bench_validate.py, not a test: a valid file
    may need libyaml."""
    fast = parse_simple(SEED_SHAPES)
    assert fast is not None
    assert (fast, []) == parse(SEED_SHAPES, "practice.yml", fast=False)


@pytest.mark.parametrize("text", [
    "a:\nb: 1\n", "a:\n  # an example\nb: 1\n", "a:\n", "a:", "x: 1\na:\n\n\nb:\n",
    "l:\n  - k:\n    m: 1\n", "a:  \nb: 1\n", "a:\n- x\n", "a:\n-\n", "l:\n  - k:\n  - j\n",
])
def test_fast_reader_reads_empty_keys_as_libyaml_does(text):
    """A key left empty, as `kb new` and the form write the ones not filled in, is read by
    the fast reader where it can be, exactly as libyaml reads it."""
    fast = parse_simple(text, 3)
    assert fast is not None or text in ("a:  \nb: 1\n", "a:\n- x\n", "a:\n-\n")
    if fast is not None:
        assert (fast, []) == parse(text, "x.yml", 3, fast=False)
