"""Schema types: each turns a located YAML node into a plain value, or reports why not.

One declaration serves the validator (convert), the JSON Schema (json_schema) and the
contributor reference page and `kb new` template (describe, example).
"""

from __future__ import annotations

import calendar
import difflib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .. import dates
from ..diagnostics import Diagnostic, diag
from ..languages import Words
from ..turkish import fold
from ..yaml import Mapping, Node, Scalar, Sequence

INVALID = object()  # returned by convert() after an error was reported
UNKNOWN = "unknown"
UNKNOWN_WORDS = {"unknown", "bilinmiyor"}
URL_SCHEMES = ("http", "https", "mailto")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Characters that show nothing, or reorder what is shown (bidirectional controls): pasted
# from web pages and PDFs, they make two different texts look the same ("Mersin Mode\u200dli").
INVISIBLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f"
                       "\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb]")
MAX_DIGITS = 15  # a figure or an id number beyond this is a typing accident, not a fact


# What the invisible characters are, for messages: the Unicode name and a Turkish description.
_INVISIBLE_TR = {
    "\u00ad": "yumuşak tire", "\u200b": "sıfır genişlikte boşluk",
    "\u200c": "sıfır genişlikte ayırıcı", "\u200d": "sıfır genişlikte birleştirici",
    "\u200e": "soldan sağa işareti", "\u200f": "sağdan sola işareti",
    "\u2060": "sözcük birleştirici", "\ufeff": "bayt sırası işareti, BOM",
}


def invisible(value: str) -> tuple[int, Words] | None:
    """(1-based position, what the character is) of the first invisible character."""
    m = INVISIBLE.search(value)
    if not m:
        return None
    ch = m.group()
    code = f"U+{ord(ch):04X}"
    if "\u202a" <= ch <= "\u202e" or "\u2066" <= ch <= "\u2069" or ch == "\u061c":
        tr = "yazı yönünü değiştiren denetim karakteri"
    else:
        tr = _INVISIBLE_TR.get(ch, "biçim karakteri")
    return m.start() + 1, Words(f"{code} ({tr})", f"{code} {unicodedata.name(ch, 'FORMAT CHARACTER')}")


class PendingRef(NamedTuple):
    """A reference to a record or practice, resolved once everything is loaded.

    A named tuple: validation workers send many of these to the parent, and tuples pickle fast.
    """

    kinds: tuple[str, ...]
    id: str
    file: str
    line: int
    col: int
    key: str


@dataclass
class Context:
    """What a conversion needs: where it is, the vocabularies, and where findings go."""

    file: str
    vocabularies: dict[str, dict[Any, dict]]
    diagnostics: list[Diagnostic] = field(default_factory=list)
    refs: list[PendingRef] = field(default_factory=list)
    where: dict[str, tuple[str, int, int]] = field(default_factory=dict)  # top-level key → place
    # The fields that did convert, of the last whole file (top-level record) that failed: the
    # checks that need only those still run, so that one run tells every finding.
    partial: dict = field(default_factory=dict)

    def error(self, node: Node, code: str, key: str, severity: str = "error", **args) -> Any:
        self.diagnostics.append(diag(self.file, node.line, node.col, code, key, severity, **args))
        return INVALID


def suggest(word: str, choices, aliases: dict[str, str] | None = None) -> str:
    """A 'did you mean' candidate, comparing Turkish-folded forms (yasli → yaşlılar).

    aliases maps other names of a choice (its Turkish or English label) to the choice, so
    that a label typed where the id belongs is answered with the id (Sürüyor → active).
    """
    folded = {fold(str(a)): str(c) for a, c in (aliases or {}).items()}
    folded.update({fold(str(c)): str(c) for c in choices})
    target = fold(word)
    if target in folded:
        return folded[target]
    close = difflib.get_close_matches(target, list(folded), n=1, cutoff=0.7)
    if not close:
        close = [f for f in folded if f.startswith(target) and len(target) >= 3][:1]
    return folded[close[0]] if close else ""


# What a YAML node is, in words, for "expected a list, found text".
NODE_WORDS = {
    Mapping: Words("`anahtar: değer` alanları", "`key: value` fields"),
    Sequence: Words("liste", "a list"),
    Scalar: Words("metin", "text"),
}
NOTHING = Words("boş değer", "nothing")


def _kind(node: Node) -> Words:
    if isinstance(node, Scalar) and node.is_null:
        return NOTHING
    return NODE_WORDS.get(type(node), NODE_WORDS[Scalar])


class Type:
    """Base of all schema types."""

    name = "value"
    words = Words("değer", "value")  # what the type is, for messages

    def convert(self, node: Node, ctx: Context, key: str) -> Any:
        raise NotImplementedError

    def json_schema(self) -> dict:
        raise NotImplementedError

    def describe(self, lang: str) -> str:
        return self.name

    _example: Any = ""
    unknown = False  # whether `unknown` (or `bilinmiyor`) is an accepted value

    def example(self) -> Any:
        """A value to show contributors (the `kb new` template, the reference page)."""
        return self._example

    def shown(self, value: Any, node: Node) -> Any:
        """A converted value as a message quotes it (a list's repeated item, say)."""
        return value

    def _scalar(self, node: Node, ctx: Context, key: str) -> str | object:
        if not isinstance(node, Scalar):
            return ctx.error(node, "type.expected", key, expected=self.words, got=_kind(node),
                             example=example_line(key, self))
        return node.value

    def _text_or_unknown(self, node: Node, ctx: Context, key: str) -> str | object:
        """The stripped text of a scalar; UNKNOWN for `unknown` where the type allows it."""
        if type(node) is not Scalar:  # the common case is checked inline: this runs per value
            value = self._scalar(node, ctx, key)
            if value is INVALID:
                return value
        value = node.value.strip()
        if self.unknown and value.lower() in UNKNOWN_WORDS:
            return UNKNOWN
        return value


def example_line(key: str, type_: Type) -> str:
    """`key: example` as the contributor would write it, in YAML's one-line form."""
    name = key.rsplit(".", 1)[-1].split("[")[0] or "…"
    return f"{name}: {_flow(type_.example())}"


def _flow(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if value not in ("", None) else "…"


def _column(node: Node, position: int) -> int:
    """The column of a character of a one-line scalar (after an opening quote if quoted)."""
    if isinstance(node, Scalar) and "\n" not in node.value:
        return node.col + position - (1 if node.plain else 0)
    return node.col


class Text(Type):
    name = "text"
    words = Words("metin", "text")

    def __init__(self, max_len: int = 5000, single_line: bool = False, unknown: bool = False,
                 min_len: int = 1, example: str = "…"):
        self.max_len, self.single_line, self.unknown = max_len, single_line, unknown
        self.min_len, self._example = min_len, example

    def convert(self, node, ctx, key):
        value = self._text_or_unknown(node, ctx, key)
        if value is INVALID or (self.unknown and value == UNKNOWN):
            return value
        if len(value) < self.min_len:
            return ctx.error(node, "text.too_short", key, min=self.min_len)
        if len(value) > self.max_len:
            return ctx.error(node, "text.too_long", key, max=self.max_len, length=len(value))
        if self.single_line and "\n" in value:
            return ctx.error(node, "text.single_line", key)
        if not value.isprintable():  # printable: the usual case, no search needed
            if _CONTROL.search(value):
                return ctx.error(node, "text.control", key)
            found = invisible(value)
            if found:
                ctx.diagnostics.append(diag(ctx.file, node.line, _column(node, found[0]),
                                            "text.invisible", key, position=found[0],
                                            char=found[1]))
                return INVALID
        return value

    def json_schema(self):
        s: dict = {"type": "string", "minLength": self.min_len, "maxLength": self.max_len}
        if self.single_line:
            s["pattern"] = "^[^\\n]*$"
        return s

    def describe(self, lang):
        base = {"tr": "metin", "en": "text"}[lang]
        if self.single_line:
            base += {"tr": ", tek satır", "en": ", one line"}[lang]
        base += f", ≤ {self.max_len}"
        if self.unknown:
            base += {"tr": " veya `unknown`", "en": " or `unknown`"}[lang]
        return base



class Slug(Text):
    name = "id"
    words = Words("kimlik", "id")
    PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

    def __init__(self, example: str = "ornek-uygulama"):
        super().__init__(max_len=80, single_line=True, example=example)

    def convert(self, node, ctx, key):
        value = super().convert(node, ctx, key)
        if value is not INVALID and not self.PATTERN.match(value):
            from ..turkish import slugify

            return ctx.error(node, "id.format", key, value=value, fixed=slugify(value))
        return value

    def json_schema(self):
        return {"type": "string", "pattern": self.PATTERN.pattern, "maxLength": 80}

    def describe(self, lang):
        return {"tr": "ASCII kimlik (a-z, 0-9, -)", "en": "ASCII id (a-z, 0-9, -)"}[lang]


def in_0_to_9(value: str) -> str:
    """The value with another script's digits written 0-9 ('٢٠٢٤' → '2024'), each digit one
    character as before (offsets stay)."""
    return "".join(str(unicodedata.digit(ch)) if ch.isdecimal() else ch for ch in value)


def _in_0_to_9(value: str, pattern: re.Pattern) -> str | None:
    """The value written 0-9 if it has another script's digits and is then what the pattern
    wants; else None."""
    plain = in_0_to_9(value)
    return plain if plain != value and pattern.fullmatch(plain) else None


class Integer(Type):
    name = "integer"
    words = Words("tam sayı", "whole number")
    PATTERN = re.compile(r"-?(0|[1-9][0-9]*)")

    def __init__(self, minimum: int | None = None, maximum: int | None = None, example: int = 1):
        self.minimum, self.maximum, self._example = minimum, maximum, example

    def convert(self, node, ctx, key):
        value = self._scalar(node, ctx, key)
        if value is INVALID:
            return value
        if not node.plain or not self.PATTERN.fullmatch(value):
            if re.fullmatch(r"-?0[0-9]+", value):
                return ctx.error(node, "int.leading_zero", key, value=value,
                                 fixed=str(int(value)))
            if node.plain and (plain := _in_0_to_9(value, self.PATTERN)):
                return ctx.error(node, "digits.other_script", key, value=value, fixed=plain)
            return ctx.error(node, "int.invalid", key, value=value)
        if len(value) > MAX_DIGITS:
            return ctx.error(node, "number.too_long", key, value=value[:20] + "…", max=MAX_DIGITS)
        number = int(value)
        if (self.minimum is not None and number < self.minimum) or (
            self.maximum is not None and number > self.maximum
        ):
            return ctx.error(node, "int.range", key, value=number, min=self.minimum,
                             max=self.maximum)
        return number

    def json_schema(self):
        s: dict = {"type": "integer"}
        if self.minimum is not None:
            s["minimum"] = self.minimum
        if self.maximum is not None:
            s["maximum"] = self.maximum
        return s

    def describe(self, lang):
        word = {"tr": "tam sayı", "en": "integer"}[lang]
        if self.minimum is not None and self.minimum == self.maximum:
            word = f"`{self.minimum}`"
        elif self.minimum is not None and self.maximum is not None:
            word += f" {self.minimum}–{self.maximum}"
        return word



class Number(Type):
    name = "number"
    words = Words("sayı", "number")
    PATTERN = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")

    def convert(self, node, ctx, key):
        value = self._scalar(node, ctx, key)
        if value is INVALID:
            return value
        if not node.plain or not self.PATTERN.fullmatch(value):
            if node.plain and (plain := _in_0_to_9(value, self.PATTERN)):
                return ctx.error(node, "digits.other_script", key, value=value, fixed=plain)
            return ctx.error(node, "number.invalid", key, value=value[:40])
        if len(value.lstrip("-").replace(".", "")) > MAX_DIGITS:
            return ctx.error(node, "number.too_long", key, value=value[:20] + "…", max=MAX_DIGITS)
        return float(value) if "." in value else int(value)

    def json_schema(self):
        return {"type": "number"}

    def describe(self, lang):
        return {"tr": "sayı (ör. 11 veya 2.5)", "en": "number (e.g. 11 or 2.5)"}[lang]

    def example(self):
        return 1


class Boolean(Type):
    name = "true/false"
    words = Words("true ya da false", "true or false")

    def convert(self, node, ctx, key):
        value = self._scalar(node, ctx, key)
        if value is INVALID:
            return value
        if node.plain and value in ("true", "false"):
            return value == "true"
        return ctx.error(node, "bool.invalid", key, value=value)

    def json_schema(self):
        return {"type": "boolean"}

    def describe(self, lang):
        return "`true` / `false`"

    def example(self):
        return False


class PartialDate(Type):
    """A year (2023), year-month (2023-05) or full date (2023-05-29), as precise as known."""

    name = "date"
    words = Words("tarih", "date")
    # Digits 0-9: \d would take another script's digits ('٢٠٢٤'), which the page, the data files
    # and the date arithmetic do not read (such a date is told with the date to write).
    PATTERN = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")

    def __init__(self, full: bool = False, unknown: bool = False, example: str = "2023-05"):
        self.full, self.unknown, self._example = full, unknown, example

    def convert(self, node, ctx, key):
        value = self._text_or_unknown(node, ctx, key)
        if value is INVALID or (self.unknown and value == UNKNOWN):
            return value
        m = self.PATTERN.fullmatch(value)
        if not m or (self.full and not m.group(3)):
            if plain := _in_0_to_9(value, self.PATTERN):
                # A year beyond the range is told now ('۱۴۰۲', a year of another calendar),
                # not only once the digits are written 0-9.
                code = "digits.other_script" if 1900 <= int(plain[:4]) <= 2100 else "date.range"
                return ctx.error(node, code, key, value=value, fixed=plain, example=self._example)
            # A date written another way (15.03.2024, Mart 2024): the hint gives it as it goes.
            fixed = dates.read(value)
            if fixed and fixed != value and (not self.full or len(fixed) == len("2024-03-15")):
                return ctx.error(node, "date.written_otherwise", key, value=value, fixed=fixed)
            code = "date.full" if self.full else "date.format"
            return ctx.error(node, code, key, value=value)
        year, month, day = int(m.group(1)), m.group(2), m.group(3)
        if not 1900 <= year <= 2100:
            return ctx.error(node, "date.range", key, value=value, example=self._example)
        if month and not 1 <= int(month) <= 12:
            return ctx.error(node, "date.invalid", key, value=value)
        if day and not 1 <= int(day) <= calendar.monthrange(year, int(month))[1]:
            return ctx.error(node, "date.invalid", key, value=value)
        return value

    def json_schema(self):
        pattern = r"^\d{4}-\d{2}-\d{2}$" if self.full else r"^\d{4}(-\d{2}(-\d{2})?)?$"
        s = {"type": "string", "pattern": pattern}
        if self.unknown:
            return {"anyOf": [s, {"const": UNKNOWN}]}
        return s

    def describe(self, lang):
        if self.full:
            return {"tr": "tarih YYYY-AA-GG", "en": "date YYYY-MM-DD"}[lang]
        text = {"tr": "YYYY, YYYY-AA veya YYYY-AA-GG", "en": "YYYY, YYYY-MM or YYYY-MM-DD"}[lang]
        return text + (" / `unknown`" if self.unknown else "")



class Url(Type):
    name = "URL"
    words = Words("bağlantı", "link")

    def convert(self, node, ctx, key):
        value = self._scalar(node, ctx, key)
        if value is INVALID:
            return value
        value = value.strip()
        scheme = value.split(":", 1)[0].lower() if ":" in value else ""
        if scheme not in URL_SCHEMES:
            return ctx.error(node, "url.scheme", key, value=value[:80])
        if scheme in ("http", "https") and not re.match(r"^https?://[^\s/?#]+\.[^\s/?#]+", value):
            return ctx.error(node, "url.invalid", key, value=value[:80])
        if re.search(r"\s", value):
            return ctx.error(node, "url.invalid", key, value=value[:80])
        return value

    def json_schema(self):
        return {"type": "string", "pattern": "^(https?://|mailto:)"}

    def describe(self, lang):
        return {"tr": "bağlantı (https://…)", "en": "link (https://…)"}[lang]

    def example(self):
        return "https://www.example.org/"


class Email(Type):
    name = "e-mail"
    words = Words("e-posta adresi", "e-mail address")
    PATTERN = re.compile(r"[^@\s<>\"']+@[^@\s<>\"']+\.[a-zA-Z]{2,}")

    def convert(self, node, ctx, key):
        value = self._scalar(node, ctx, key)
        if value is INVALID:
            return value
        if not self.PATTERN.fullmatch(value.strip()):
            return ctx.error(node, "email.invalid", key, value=value[:80])
        return value.strip()

    def json_schema(self):
        return {"type": "string", "pattern": self.PATTERN.pattern}

    def describe(self, lang):
        return {"tr": "kurumsal e-posta", "en": "institutional e-mail"}[lang]

    def example(self):
        return "bilgi@example.org"
