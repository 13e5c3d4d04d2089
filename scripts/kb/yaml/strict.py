"""The strict reader: libyaml's event stream into a located node tree, with no tags, anchors,
aliases or duplicate keys.

PyYAML's constructors apply YAML 1.1 typing (`no` → False, `010` → 8, `1:20` → 80,
`2023-05-01` → date) and silently keep the last of duplicate keys. We read the event
stream instead and keep every scalar as text with its position; the schema decides
what a scalar means. Aliases are never expanded, so no input can blow up memory.
"""

from __future__ import annotations

import re

import yaml

from ..diagnostics import Diagnostic, diag
from .nodes import MAX_DEPTH, Broken, Mapping, Node, Scalar, Sequence

try:  # libyaml is much faster; the pure-Python parser gives the same events
    _Parser = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Parser = yaml.SafeLoader

def _pos(mark, line_offset: int) -> tuple[int, int]:
    return mark.line + 1 + line_offset, mark.column + 1


def _syntax_error(exc: yaml.MarkedYAMLError, text: str, path: str, line_offset: int,
                  last: yaml.ScalarEvent | None = None) -> Diagnostic:
    """A parser error as one of our own messages, in words, at the place to look.

    The parser's English ("mapping values are not allowed in this context") never reaches
    the contributor: each kind of mistake it stands for has a message and a hint of its own.
    """
    problem, context = (exc.problem or "").strip(), (exc.context or "").strip()
    mark = exc.problem_mark or exc.context_mark
    args: dict = {}
    if problem.startswith("mapping values are not allowed"):
        deeper = _key_too_deep(text, mark) if mark else None
        if deeper is not None:  # `role:` indented under `- organisation: x` as if it were text
            name, col, sibling, column = deeper
            return diag(path, mark.line + 1 + line_offset, col, "yaml.key_too_deep", name,
                        name=name, sibling=sibling, at=column)
        code = "yaml.colon_in_value"
    elif "quoted scalar" in context and "end of stream" in problem:
        code, mark = "yaml.unclosed_quote", exc.context_mark or mark
    elif problem.startswith("could not find expected ':'"):
        code, mark = "yaml.missing_colon", exc.context_mark or mark
    elif problem.startswith(("did not find expected key", "did not find expected '-'",
                             "expected <block end>")):
        extra = _extra_bracket(text, mark)
        if extra is not None:  # `{value: active, source: 1}}`: one bracket too many
            char, fixed = extra
            return diag(path, mark.line + 1 + line_offset, mark.column + 1, "yaml.extra_bracket",
                        char=char, fixed=fixed)
        if mark and _ran_on(text, last, mark):
            code, mark = "yaml.quote_runs_on", last.start_mark
            args["end"] = last.end_mark.line + 1 + line_offset
        else:
            code = "yaml.after_quote" if mark and _after_quote(text, mark) else "yaml.indentation"
    elif problem.startswith("did not find expected ','"):
        comma = _missing_comma(text, mark, exc.context_mark)
        if comma is not None:  # `{value: active source: 1}`: closed, but a ',' left out
            col, word, fixed = comma
            return diag(path, mark.line + 1 + line_offset, col, "yaml.flow_missing_comma",
                        word=word, fixed=fixed)
        code, mark = "yaml.unclosed_bracket", exc.context_mark or mark
        args["bracket"] = "[" if "]" in problem else "{"
    elif problem.startswith("found character that cannot start any token"):
        code = "yaml.bad_start"
        index = _offset(text, mark.line, mark.column) if mark else 0
        args["char"] = text[index:index + 1] or "?"
    elif problem.startswith("found unknown escape character"):
        code = "yaml.bad_escape"
    else:
        code = "yaml.syntax"
    tight = _tight_key(text, mark.line) if mark and code in _MAYBE_TIGHT else None
    if tight is not None:  # `status:active`: the mistake is the missing space, said so
        row, m = tight
        key, rest = m.group(2), text.split("\n")[row][m.end():]
        return diag(path, row + 1 + line_offset, m.end() + 1, "yaml.colon_space", key,
                    name=key, fixed=f"{key}: {rest.strip()[:40]}")
    line, col = _pos(mark, line_offset) if mark else (1 + line_offset, 1)
    return diag(path, line, col, code, **args)


# A key with no space after its colon (`status:active`, `- organisation:lund`): YAML reads the
# whole line as text. Looked for on the line the parser stopped at and the two before it (a
# text that ran on over lines stops the parser below where it began); never in a file that reads.
TIGHT_KEY_AT_START = r"([A-Za-z_][\w-]*):(?=[^\s/:])"  # also what yaml._TOP_KEY accepts
TIGHT_KEY = re.compile(r"(\s*(?:-\s+)?)" + TIGHT_KEY_AT_START)
_MAYBE_TIGHT = {"yaml.colon_in_value", "yaml.missing_colon", "yaml.syntax", "yaml.indentation"}


def _tight_key(text: str, line: int) -> tuple[int, re.Match] | None:
    lines = text.split("\n")
    for row in range(min(line, len(lines) - 1), max(line - 3, -1), -1):
        m = TIGHT_KEY.match(lines[row])
        if m:
            return row, m
    return None


_BARE_KEY = re.compile(r"( +)([A-Za-z_][\w.-]*)")
_KEY_IN_LINE = re.compile(r"(\s*(?:-\s+)?)([A-Za-z_][\w.-]*):(?:\s|$)")


def _key_too_deep(text: str, mark) -> tuple[str, int, str, int] | None:
    """(key, its column, the key above, that key's column) when the parser stopped at a key
    alone on its line, indented further than the key of the line above: the line is read as
    more of that key's value, so its ': ' looks like one inside a value."""
    lines = text.split("\n")
    if mark.line >= len(lines) or mark.line == 0:
        return None
    here = _BARE_KEY.fullmatch(lines[mark.line][:mark.column])
    above = next((line for line in reversed(lines[:mark.line]) if line.strip()), "")
    there = _KEY_IN_LINE.match(above)
    if here is None or there is None or len(here.group(1)) <= len(there.group(1)):
        return None
    return here.group(2), len(here.group(1)) + 1, there.group(2), len(there.group(1)) + 1


def _after_quote(text: str, mark) -> bool:
    """Whether the parser stopped at words that follow a quoted value on the same line
    (`title: "Mersin Modeli" 2024`), not at a line out of line with the others."""
    lines = text.split("\n")
    if mark.line >= len(lines):
        return False
    before = lines[mark.line][:mark.column].rstrip()
    value = before.split(":", 1)[1].strip() if ":" in before else ""
    return len(value) > 1 and value[0] == value[-1] and value[0] in "\"'"


def _extra_bracket(text: str, mark) -> tuple[str, str] | None:
    """(the bracket, its line without it) when the parser stopped at a closing bracket that
    closes nothing; None otherwise."""
    if mark is None:
        return None
    lines = text.split("\n")
    if mark.line >= len(lines):
        return None
    line = lines[mark.line]
    char = line[mark.column : mark.column + 1]
    if char not in ("}", "]"):
        return None
    return char, (line[: mark.column] + line[mark.column + 1 :]).strip()


# The last entry's start in a flow collection, after the space that should have been ', '.
_LAST_ENTRY = re.compile(r"\s+([^\s,\[\]{}]+)\s*$")


def _missing_comma(text: str, mark, opened) -> tuple[int, str, str] | None:
    """(column, the entry, the line with the comma) when the parser, inside a '{…}' or '[…]'
    opened and closed on its line, stopped at an entry that follows the one before it with
    no ',' between them; None otherwise (the bracket is left open: yaml.unclosed_bracket)."""
    if mark is None or opened is None or mark.line != opened.line:
        return None
    line = text.split("\n")[mark.line]
    closing = {"{": "}", "[": "]"}.get(line[opened.column : opened.column + 1])
    if closing is None or closing not in line[mark.column :]:
        return None
    entry = _LAST_ENTRY.search(line, opened.column + 1, mark.column)
    if entry is None:
        return None
    at = entry.start(1)
    return at + 1, entry.group(1), (line[:entry.start()] + ", " + line[at:]).strip()


# A line that reads as YAML of its own: a comment, or a key and its colon.
_LINE_OF_ITS_OWN = re.compile(r"\s*(?:#|[\w.-]+:(?:\s|$))")


def _ran_on(text: str, last: yaml.ScalarEvent | None, mark) -> bool:
    """Whether the parser stopped right after a quoted value that ran on over lines which
    read as YAML of their own (`title: "Mersin Modeli`, then `summary: "…"`): its closing
    quote was left out, and a quote further down closed it instead."""
    if (last is None or last.style not in ('"', "'") or mark.line != last.end_mark.line
            or last.end_mark.line == last.start_mark.line):
        return False
    lines = text.split("\n")[last.start_mark.line + 1 : last.end_mark.line + 1]
    return any(_LINE_OF_ITS_OWN.match(line) for line in lines)


def _offset(text: str, line: int, column: int) -> int:
    """The index in text of a 0-based line and column (libyaml counts columns in characters)."""
    start = 0
    for _ in range(line):
        start = text.index("\n", start) + 1
    return start + column


def read_events(text: str, path: str, line_offset: int = 0
                ) -> tuple[Node | None, list[Diagnostic]]:
    """The node tree of one YAML document from libyaml's events, or (None, errors)."""
    errors: list[Diagnostic] = []
    stack: list[tuple[Node, Scalar | None]] = []  # container, pending key for mappings
    root: Node | None = None
    seen_keys: list[dict[str, Scalar]] = []
    skip_depth = 0  # >0 while skipping a subtree that is already reported
    skipped_at = (1, 1)
    last_scalar = None  # a syntax error right after a value may be its doing (_ran_on)

    def attach(node: Node) -> None:
        nonlocal root
        if not stack:
            root = node
            return
        parent, key = stack[-1]
        if isinstance(parent, Sequence):
            parent.items.append(node)
        elif key is None:  # this node is a key
            if not isinstance(node, Scalar):
                errors.append(diag(path, node.line, node.col, "yaml.complex_key"))
                stack[-1] = (parent, Broken(node.line, node.col, "?", True))
                return
            first = seen_keys[-1].get(node.value)
            if first is not None:
                errors.append(
                    diag(path, node.line, node.col, "yaml.duplicate_key", key=node.value,
                         name=node.value, first=first.line)
                )
            else:
                seen_keys[-1][node.value] = node
            stack[-1] = (parent, node)
        else:
            if not isinstance(key, Broken) and key.value not in (k.value for k, _ in parent.items):
                parent.items.append((key, node))
            stack[-1] = (parent, None)

    try:
        for event in yaml.parse(text, Loader=_Parser):
            if skip_depth:
                if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                    skip_depth += 1
                elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                    skip_depth -= 1
                    if skip_depth == 0:
                        attach(Broken(*skipped_at, "", True))
                continue
            line, col = _pos(event.start_mark, line_offset)
            if isinstance(event, yaml.AliasEvent):
                errors.append(diag(path, line, col, "yaml.alias", name=event.anchor))
                attach(Broken(line, col, "", True))
                continue
            if getattr(event, "anchor", None):
                errors.append(diag(path, line, col, "yaml.anchor", name=event.anchor))
            tag = getattr(event, "tag", None)
            if tag and tag != "!":  # "!" is what a quoted scalar reports in some parsers
                errors.append(diag(path, line, col, "yaml.tag", name=tag))
            if isinstance(event, yaml.ScalarEvent):
                last_scalar = event
                attach(Scalar(line, col, event.value, not event.style))
            elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if len(stack) >= MAX_DEPTH:
                    errors.append(diag(path, line, col, "yaml.too_deep", depth=MAX_DEPTH))
                    skip_depth = 1
                    skipped_at = (line, col)
                    continue
                node = (Mapping if isinstance(event, yaml.MappingStartEvent) else Sequence)(
                    line, col
                )
                attach(node)
                stack.append((node, None))
                if isinstance(node, Mapping):
                    seen_keys.append({})
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                node, _ = stack.pop()
                if isinstance(node, Mapping):
                    seen_keys.pop()
            elif isinstance(event, yaml.DocumentStartEvent) and root is not None:
                errors.append(diag(path, line, col, "yaml.multiple_documents"))
                break
    except yaml.MarkedYAMLError as exc:
        errors.append(_syntax_error(exc, text, path, line_offset, last_scalar))
        return None, errors
    except yaml.YAMLError as exc:  # reader errors (control characters) carry a position too
        pos = getattr(exc, "position", 0) or 0
        if _Parser is not yaml.SafeLoader:  # libyaml counts bytes, not characters
            pos = len(text.encode("utf-8")[:pos].decode("utf-8", "ignore"))
        before = text[:pos]
        line = before.count("\n") + 1 + line_offset
        col = pos - (before.rfind("\n") + 1) + 1
        char = getattr(exc, "character", "")  # a str or, from libyaml, its code point
        if isinstance(char, str) and char:
            char = ord(char)
        code = f"U+{char:04X}" if isinstance(char, int) else str(char)
        errors.append(diag(path, line, col, "yaml.control_char", char=code))
        return None, errors
    return root, errors
