"""Reading contributor YAML: a located node tree, never PyYAML's typing.

PyYAML's constructors apply YAML 1.1 typing (`no` → False, `010` → 8, `1:20` → 80,
`2023-05-01` → date) and silently keep the last of duplicate keys. Here every scalar stays
text with its position and the schema decides what it means: `parse` refuses what would cost
unbounded work, reads plain block YAML with the fast reader (kb.yaml.fast) and everything else
with the strict event reader (kb.yaml.strict); after a syntax error it reads each top-level
key on its own, so that one broken line does not hide every other finding of the file.
"""

from __future__ import annotations

import re

from ..diagnostics import Diagnostic, diag
from .fast import parse_simple
from .nodes import MAX_DEPTH, MAX_FLOW_DEPTH, Broken, Mapping, Node, Scalar, Sequence
from .strict import TIGHT_KEY_AT_START, read_events

__all__ = ["parse", "Broken", "Mapping", "Node", "Scalar", "Sequence", "MAX_DEPTH"]

# A line that starts a top-level key: where a broken block mapping can be cut into pieces.
# A top-level key with no space after its colon (`status:active`) starts one too, so that its
# line is told as such (kb.yaml.strict) and the key never called missing.
_TOP_KEY = re.compile(r"[^\s#\-?:'\"\[{][^:]*:(?:[ ]|$)|" + TIGHT_KEY_AT_START)
_SYNTAX = "yaml.syntax"


def _flow_too_deep(text: str) -> int | None:
    """The offset where flow brackets nest deeper than MAX_FLOW_DEPTH, if they do anywhere.

    Quotes are not tracked: brackets inside text count too, which can only make a text with
    more than a hundred unclosed brackets in a row be refused; the usual file costs two counts.
    """
    if text.count("[") + text.count("{") <= MAX_FLOW_DEPTH:
        return None
    depth = 0
    for i, ch in enumerate(text):
        if ch in "[{":
            depth += 1
            if depth > MAX_FLOW_DEPTH:
                return i
        elif ch in "]}" and depth:
            depth -= 1
    return None


def parse(text: str, path: str, line_offset: int = 0, fast: bool = True
          ) -> tuple[Node | None, list[Diagnostic]]:
    """Parse one YAML document into a node tree; return (None, errors) if it cannot be read.

    Plain block YAML goes through the equivalent fast reader unless fast=False. After a
    syntax error the tree holds what could be read, with Broken values where it could not.
    """
    errors: list[Diagnostic] = []
    for n, raw in enumerate(text.split("\n") if "\t" in text else (), start=1):
        stripped = raw.lstrip(" ")
        if stripped.startswith("\t"):
            errors.append(diag(path, n + line_offset, len(raw) - len(stripped) + 1, "yaml.tab"))
    if errors:
        return None, errors
    deep = _flow_too_deep(text)
    if deep is not None:
        before = text[:deep]
        line, col = before.count("\n") + 1 + line_offset, deep - (before.rfind("\n") + 1) + 1
        return None, [diag(path, line, col, "yaml.too_deep", depth=MAX_DEPTH)]
    if fast:
        node = parse_simple(text, line_offset)
        if node is not None:
            return node, []
    node, errors = read_events(text, path, line_offset)
    if node is None and errors and _is_syntax(errors[-1]):
        return _recover(text, path, line_offset, errors)
    return node, errors


def _is_syntax(d: Diagnostic) -> bool:
    return d.code == _SYNTAX or d.code in SYNTAX_CODES


SYNTAX_CODES = frozenset({"yaml.syntax", "yaml.colon_in_value", "yaml.colon_space", "yaml.unclosed_quote",
                          "yaml.missing_colon", "yaml.indentation", "yaml.unclosed_bracket",
                          "yaml.bad_start", "yaml.bad_escape", "yaml.key_too_deep"})


def _recover(text: str, path: str, line_offset: int, first: list[Diagnostic]
             ) -> tuple[Node | None, list[Diagnostic]]:
    """Read each top-level key of a broken block mapping on its own.

    The keys that read well are checked as usual; a key whose lines do not read stands as
    Broken (reported, never "missing"). If the pieces all read well, the trouble lies
    between them, and the first error is all that can be said.
    """
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if _TOP_KEY.match(line)]
    content = [i for i, line in enumerate(lines) if line.strip() and not line.startswith("#")]
    if len(starts) < 2 or not content or starts[0] != content[0]:
        return None, first
    root = Mapping(line_offset + starts[0] + 1, 1)
    errors: list[Diagnostic] = []
    seen: dict[str, int] = {}
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        node, errs = read_events("\n".join(lines[start:end]), path, line_offset + start)
        errors += errs
        row = line_offset + start + 1
        if not isinstance(node, Mapping):
            name = lines[start].split(":", 1)[0].strip()
            if name not in seen:
                seen[name] = row
                root.items.append((Scalar(row, 1, name, True), Broken(row, 1, "", True)))
            continue
        for key, value in node.items:
            if key.value in seen:
                errors.append(diag(path, key.line, key.col, "yaml.duplicate_key", key=key.value,
                                   name=key.value, first=seen[key.value]))
                continue
            seen[key.value] = key.line
            root.items.append((key, value))
    if not errors:
        return None, first
    return root, errors
