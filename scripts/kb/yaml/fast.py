"""A fast reader for the plain block YAML that practice files almost always are.

libyaml hands Python one event object (with two position marks) per token, which costs more
than everything else the validator does. Most files use a tiny subset of YAML: block
mappings and sequences, simple keys, keys left empty, plain one-line scalars, folded/literal
summaries, and the two forms the seed practices write on one line: a claim (`status: {value:
active, source: 5}`: a flow mapping of simple keys and one-word plain values) and a quoted
text with no escape in it (`title: "Sosyal hizmetler: yılın raporu"`).
`parse_simple` reads exactly that subset line by line and gives up (returns None) on
anything else, so that the strict event-based reader (kb.yaml.strict) decides every
unusual case: quotes, flow collections, anchors, tags, comments after values, duplicate
keys, odd indentation, control characters. Trees it returns equal the strict reader's
(a property test checks it).
"""

from __future__ import annotations

import re

from .nodes import MAX_DEPTH, Mapping, Node, Scalar, Sequence

# Any character outside printable YAML, any sign of anchors, aliases or tags, document
# markers and directives: leave the file to the strict reader. Three separate tests, since
# one alternation of them makes the regular expression engine try every position slowly.
_BAD_CHAR = re.compile(
    "[^\\n\\x20-\\x7e\\xa0-\\u2027\\u202a-\\ud7ff\\ue000-\\ufefe\\uff00-\\ufffd\\U00010000-\\U0010ffff]"
)
_MARKER = re.compile(r"^(?:---|\.\.\.|%)", re.MULTILINE)

_KEY = re.compile(r"([A-Za-z0-9_][A-Za-z0-9_.-]*):(?: +|$)")
_BAD_START = frozenset("-?:,[]{}#&*!|>'\"%@` ")
_BLOCK = {">-": (" ", ""), ">": (" ", "\n"), "|-": ("\n", ""), "|": ("\n", "\n")}


def _unsafe(text: str) -> bool:
    """Does the text use anything the simple reader leaves to the strict one?

    Printable characters are all allowed, and str.isprintable tests them much faster than the
    regular expression, which is left for texts with a non-breaking space, say.
    """
    return ("&" in text or "*" in text or "!" in text
            or (not text.replace("\n", "").isprintable() and _BAD_CHAR.search(text) is not None)
            or (("---" in text or "..." in text or "%" in text)
                and _MARKER.search(text) is not None))


class _Outside(Exception):
    """The text uses YAML beyond the simple subset."""


def parse_simple(text: str, line_offset: int = 0) -> Node | None:
    """The node tree of a simple block-YAML text, or None if the strict reader must decide."""
    if _unsafe(text):
        return None
    reader = _Reader(text.split("\n"), line_offset)
    try:
        reader.skip()
        if reader.i >= len(reader.lines) or reader.indent() != 0:
            return None
        node = reader.block(0, 1)
        reader.skip()
        return node if reader.i >= len(reader.lines) else None
    except _Outside:
        return None


def _plain(text: str, row: int, col: int) -> Node:
    """A one-line value: a plain scalar, or a claim's flow mapping or a quoted text (_flow,
    _quoted), unless it needs the strict reader's judgement."""
    value = text.rstrip(" ")
    if not value:
        raise _Outside
    first = value[0]
    if first in _BAD_START:
        if first == "{":
            return _flow(value, row, col)
        if first == '"' or first == "'":
            return _quoted(value, row, col)
        raise _Outside
    if ": " in value or " #" in value or value[-1] == ":":
        raise _Outside
    return Scalar(row, col, value, True)


# A flow mapping on one line with simple keys and one-word plain values, '{value: 2019,
# source: 1}': nothing in it that flow context reads otherwise (no quote, bracket, comma or
# colon inside a value, no '#'); duplicate keys and everything else are the strict reader's.
_FLOW_VALUE = r"\w[\w.+/-]*"
_FLOW_PAIR = re.compile(r" *([A-Za-z_][A-Za-z0-9_]*): +(" + _FLOW_VALUE + r") *([,}])")
# A quoted text with nothing to unescape: no backslash in double quotes, no quote inside.
_QUOTED = {'"': re.compile(r'"([^"\\]*)"'), "'": re.compile(r"'([^']*)'")}


def _flow(value: str, row: int, col: int) -> Mapping:
    node = Mapping(row, col)
    items, seen, at, end = node.items, set(), 1, len(value)
    while True:
        m = _FLOW_PAIR.match(value, at)
        if m is None:
            raise _Outside
        key = m.group(1)
        if key in seen:
            raise _Outside
        seen.add(key)
        items.append((Scalar(row, col + m.start(1), key, True),
                      Scalar(row, col + m.start(2), m.group(2), True)))
        at = m.end()
        if m.group(3) == "}":
            if at != end:
                raise _Outside
            return node


def _quoted(value: str, row: int, col: int) -> Scalar:
    m = _QUOTED[value[0]].fullmatch(value)
    if m is None:
        raise _Outside
    return Scalar(row, col, m.group(1), False)


class _Reader:
    """A cursor over the lines; the hot loops keep their state in locals (they run per line)."""

    def __init__(self, lines: list[str], line_offset: int):
        self.lines, self.offset, self.i = lines, line_offset + 1, 0
        # Indentation and "nothing to read" (blank or comment) of every line, computed once.
        stripped = [line.lstrip(" ") for line in lines]
        self.ind = [len(a) - len(b) for a, b in zip(lines, stripped, strict=True)]
        self.empty = [not b or b[0] == "#" for b in stripped]

    def skip(self) -> None:
        """Move past blank lines and whole-line comments."""
        empty, i, n = self.empty, self.i, len(self.lines)
        while i < n and empty[i]:
            i += 1
        self.i = i

    def indent(self) -> int:
        return self.ind[self.i]

    def block(self, indent: int, depth: int) -> Node:
        if depth >= MAX_DEPTH:
            raise _Outside
        if self.lines[self.i][indent] == "-":
            return self.sequence(indent, depth)
        return self.mapping(indent, depth)

    def sequence(self, indent: int, depth: int) -> Sequence:
        lines, ind, empty, n = self.lines, self.ind, self.empty, len(self.lines)
        node = Sequence(self.i + self.offset, indent + 1)
        items = node.items
        i = self.i
        while True:
            while i < n and empty[i]:
                i += 1
            if i >= n or ind[i] < indent:
                self.i = i
                return node
            line = lines[i]
            if ind[i] > indent or line[indent : indent + 2] != "- ":
                raise _Outside
            rest = line[indent + 2 :]
            if rest[:1] == " ":
                raise _Outside
            if _KEY.match(rest):  # "- key: value" opens a mapping at the key's column
                lines[i] = " " * (indent + 2) + rest
                ind[i] = indent + 2
                if depth + 1 >= MAX_DEPTH:
                    raise _Outside
                self.i = i
                items.append(self.mapping(indent + 2, depth + 1))
                i = self.i
            else:
                items.append(_plain(rest, i + self.offset, indent + 3))
                i += 1

    def mapping(self, indent: int, depth: int) -> Mapping:
        lines, ind, empty, n = self.lines, self.ind, self.empty, len(self.lines)
        offset, key_match = self.offset, _KEY.match
        node = Mapping(self.i + offset, indent + 1)
        items = node.items
        seen: set[str] = set()
        i = self.i
        while True:
            while i < n and empty[i]:
                i += 1
            if i >= n or ind[i] < indent:
                self.i = i
                return node
            if ind[i] > indent:
                raise _Outside
            line = lines[i]
            m = key_match(line, indent)
            if not m:
                raise _Outside
            key = m.group(1)
            if key in seen:  # duplicates are reported by the strict reader
                raise _Outside
            seen.add(key)
            row = i + offset
            end = m.end()
            rest = line[end:]
            if not rest:
                i += 1
                while i < n and empty[i]:
                    i += 1
                if i < n and ind[i] > indent:
                    self.i = i
                    value = self.block(ind[i], depth + 1)
                    i = self.i
                elif line[-1] == ":" and (i >= n or ind[i] < indent or lines[i][indent] != "-"):
                    # No value ('replication_interest:' above commented examples, as `kb new`
                    # writes it): libyaml's empty scalar, placed right after the colon.
                    value = Scalar(row, end + 1, "", True)
                else:
                    raise _Outside  # spaces after the colon, or an indentless list
            elif rest in _BLOCK:
                self.i = i
                value = self.block_scalar(rest, indent, end + 1)
                i = self.i
            else:
                value = _plain(rest, row, end + 1)
                i += 1
            items.append((Scalar(row, indent + 1, key, True), value))

    def block_scalar(self, indicator: str, indent: int, col: int) -> Scalar:
        lines = self.lines
        row = self.i + self.offset
        self.i += 1
        content: list[str] = []
        width = -1
        while self.i < len(lines):
            line = lines[self.i]
            stripped = line.lstrip(" ")
            here = len(line) - len(stripped)
            if not stripped:
                break  # a blank line: folding rules the strict reader knows better
            if here <= indent:
                break
            if width < 0:
                width = here
            if here != width or line[-1] == " ":
                raise _Outside
            content.append(stripped)
            self.i += 1
        if not content or (self.i < len(lines) and not lines[self.i].strip(" ")
                            and self._more_content(indent)):
            raise _Outside
        join, end = _BLOCK[indicator]
        if self.i >= len(lines):  # the text ends without a line break: nothing to keep
            end = ""
        return Scalar(row, col, join.join(content) + end, False)

    def _more_content(self, indent: int) -> bool:
        """After a blank line: does the block scalar go on (or is the file's end unclear)?"""
        i = self.i
        while i < len(self.lines) and not self.lines[i].strip(" "):
            i += 1
        if i >= len(self.lines):
            return False  # trailing blank lines: clip keeps one line end, strip none
        line = self.lines[i]
        return len(line) - len(line.lstrip(" ")) > indent
