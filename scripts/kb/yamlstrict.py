"""Strict YAML: a located node tree with no tags, anchors, aliases or duplicate keys.

PyYAML's constructors apply YAML 1.1 typing (`no` → False, `010` → 8, `1:20` → 80,
`2023-05-01` → date) and silently keep the last of duplicate keys. We read the event
stream instead and keep every scalar as text with its position; the schema decides
what a scalar means. Aliases are never expanded, so no input can blow up memory.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from .diagnostics import Diagnostic, diag

try:  # libyaml is much faster; the pure-Python parser gives the same events
    _Parser = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Parser = yaml.SafeLoader

MAX_DEPTH = 12
# Flow brackets ([ {) nested deeper than this are refused before libyaml sees them: its
# work grows with the square of the depth (100,000 levels took over 20 s).
MAX_FLOW_DEPTH = 100


@dataclass
class Node:
    line: int  # 1-based, in the file (front matter offset applied)
    col: int  # 1-based


@dataclass
class Scalar(Node):
    value: str
    plain: bool  # unquoted: `null`, `~` and empty mean "no value"

    @property
    def is_null(self) -> bool:
        return self.plain and self.value in ("", "~", "null", "Null", "NULL")


class Broken(Scalar):
    """Stands in for a value already reported (alias, complex key, too deep): never re-checked."""


@dataclass
class Mapping(Node):
    items: list[tuple[Scalar, Node]] = field(default_factory=list)

    def get(self, key: str) -> Node | None:
        for k, v in self.items:
            if k.value == key:
                return v
        return None

    def keys(self) -> list[str]:
        return [k.value for k, _ in self.items]


@dataclass
class Sequence(Node):
    items: list[Node] = field(default_factory=list)


def _pos(mark, line_offset: int) -> tuple[int, int]:
    return mark.line + 1 + line_offset, mark.column + 1


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

    Plain block YAML goes through the equivalent fast reader of yamlfast unless fast=False.
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
        from .yamlfast import parse_simple  # imports this module: not at the top

        node = parse_simple(text, line_offset)
        if node is not None:
            return node, []

    stack: list[tuple[Node, Scalar | None]] = []  # container, pending key for mappings
    root: Node | None = None
    seen_keys: list[dict[str, Scalar]] = []
    skip_depth = 0  # >0 while skipping a subtree that is already reported
    skipped_at = (1, 1)

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
        mark = exc.problem_mark or exc.context_mark
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        if exc.context_mark and exc.context and "end of stream" in problem:
            # An unclosed quote or bracket fails only at the end of the file: point at its start.
            mark = exc.context_mark
            problem = f"{exc.context.strip()}: {problem}"
        line, col = _pos(mark, line_offset) if mark else (1 + line_offset, 1)
        errors.append(diag(path, line, col, "yaml.syntax", problem=problem))
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
