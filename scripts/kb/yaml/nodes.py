"""The located node tree every YAML reader here produces: scalars stay text until the schema
reads them, and every node knows its line and column in the contributor's file."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_DEPTH = 12
# Flow brackets ([ {) nested deeper than this are refused before libyaml sees them: its
# work grows with the square of the depth (100,000 levels took over 20 s).
MAX_FLOW_DEPTH = 100


@dataclass(slots=True)
class Node:
    line: int  # 1-based, in the file (front matter offset applied)
    col: int  # 1-based


@dataclass(slots=True)
class Scalar(Node):
    value: str
    plain: bool  # unquoted: `null`, `~` and empty mean "no value"

    @property
    def is_null(self) -> bool:
        return self.plain and self.value in ("", "~", "null", "Null", "NULL")


class Broken(Scalar):
    """Stands in for a value already reported (alias, complex key, too deep): never re-checked."""

    __slots__ = ()


@dataclass(slots=True)
class Mapping(Node):
    items: list[tuple[Scalar, Node]] = field(default_factory=list)

    def get(self, key: str) -> Node | None:
        for k, v in self.items:
            if k.value == key:
                return v
        return None

    def keys(self) -> list[str]:
        return [k.value for k, _ in self.items]


@dataclass(slots=True)
class Sequence(Node):
    items: list[Node] = field(default_factory=list)
