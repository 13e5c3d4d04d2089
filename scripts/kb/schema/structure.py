"""Structural schema types: vocabulary terms, references, lists and records of fields.

Scalar types and the conversion context are in types.py; fields.py declares the files with both.
"""

from __future__ import annotations

import sys
import unicodedata
from dataclasses import dataclass
from typing import Any

from ..kinds import BY_ID as KINDS
from ..languages import Words
from ..yaml import Broken, Mapping, Node, Scalar, Sequence
from . import key_names
from .types import (
    INVALID,
    Context,
    Integer,
    PendingRef,
    Slug,
    Text,
    Type,
    _kind,
    example_line,
    suggest,
)

_SLUG = Slug()
_INTEGER = Integer()
LIST_ALLOWED_UP_TO = 8  # a vocabulary this small is listed in full when a value is not in it


class Vocab(Type):
    """A term of a controlled vocabulary (vocabularies/<name>.yml)."""

    def __init__(self, vocabulary: str, numeric: bool = False, example: Any = None,
                 names: Words | None = None):
        self.vocabulary, self.numeric, self._example = vocabulary, numeric, example
        self.name = vocabulary
        self.names = names or Words(vocabulary, vocabulary)  # the vocabulary's name in words
        self.words = Words(f"{self.names.tr} sözlüğünden bir terim",
                           f"a term of the {self.names.en} vocabulary")

    def convert(self, node, ctx, key):
        if self.numeric:
            value = _INTEGER.convert(node, ctx, key)
        else:
            value = self._scalar(node, ctx, key)
            value = value.strip() if value is not INVALID else value
        if value is INVALID:
            return value
        terms = ctx.vocabularies.get(self.vocabulary, {})
        if value not in terms:
            if not self.numeric and not value.isascii():
                composed = unicodedata.normalize("NFC", value)
                if composed != value and composed in terms:  # looks right, is not
                    return ctx.error(node, "vocab.decomposed", key, value=composed)
            return self._unknown(value, terms, node, ctx, key)
        # The vocabulary's own string: one for every practice filed under the term.
        return terms[value].get("id", value)

    def _unknown(self, value, terms: dict, node, ctx, key):
        """Report a value outside the vocabulary, with the nearest term and, if few, all of them."""
        hint = ""
        if not self.numeric:
            labels = {term[lang]: id_ for id_, term in terms.items() for lang in ("tr", "en")
                      if isinstance(term.get(lang), str)}
            hint = suggest(str(value), terms, labels)
        allowed = ", ".join(map(str, terms)) if len(terms) <= LIST_ALLOWED_UP_TO else ""
        return ctx.error(node, "vocab.unknown", key, value=value, vocabulary=self.vocabulary,
                         vocabulary_name=self.names, suggestion=hint, allowed=allowed)

    def json_schema(self):
        return {"$ref": f"#/$defs/vocab-{self.vocabulary}"}

    def describe(self, lang):
        word = {"tr": "sözlük", "en": "vocabulary"}[lang]
        return f"{word}: `{self.vocabulary}`"



class Ref(Type):
    """The id of a record (municipality, organisation, programme) or of a practice."""

    def __init__(self, *kinds: str, example: str = ""):
        self.kinds, self._example = kinds, example
        self.name = "/".join(kinds)
        self.words = Words(" ya da ".join(KINDS[k].one.tr for k in kinds) + " kimliği",
                           "the id of a " + " or ".join(KINDS[k].one.en for k in kinds))

    def convert(self, node, ctx, key):
        value = _SLUG.convert(node, ctx, key)
        if value is not INVALID:
            value = sys.intern(value)  # one string for every reference to the same record
            ctx.refs.append(PendingRef(self.kinds, value, ctx.file, node.line, node.col, key))
        return value

    def json_schema(self):
        return {"type": "string", "pattern": Slug.PATTERN.pattern}

    def describe(self, lang):
        names = " / ".join(KINDS[k].one.get(lang) for k in self.kinds)
        return {"tr": "kayıt kimliği: ", "en": "record id: "}[lang] + names



class ListOf(Type):
    def __init__(self, item: Type, min_items: int = 0, max_items: int = 100, unique: bool = True):
        self.item, self.min_items, self.max_items, self.unique = item, min_items, max_items, unique
        self.name = "list"
        self.words = Words("liste", "a list")

    def convert(self, node, ctx, key):
        if isinstance(node, Scalar) and node.is_null:
            items: list[Node] = []
        elif not isinstance(node, Sequence):
            # `-sosyal-yardım` under the key: YAML reads the lines as one text, joined by spaces.
            words = node.value.split() if isinstance(node, Scalar) else []
            first = words[0] if words else ""
            if len(first) > 1 and first[0] == "-":
                return ctx.error(node, "list.dash_space", key, value=first[:60],
                                 fixed="- " + first[1:60])
            return ctx.error(node, "type.expected", key, expected=self.words, got=_kind(node),
                             example=example_line(key, self))
        else:
            items = node.items
        if len(items) < self.min_items:
            return ctx.error(node, "list.too_short", key, min=self.min_items,
                             example=example_line(key, self))
        if len(items) > self.max_items:
            return ctx.error(node, "list.too_long", key, max=self.max_items)
        out, seen, ok = [], {}, True
        for i, child in enumerate(items):
            if isinstance(child, Broken):  # already reported by the YAML reader
                ok = False
                continue
            value = self.item.convert(child, ctx, f"{key}[{i}]")
            if value is INVALID:
                ok = False
                continue
            # Items of one list share a type: text is its own marker, anything else its repr.
            marker = value if type(value) is str else repr(value)
            if self.unique and marker in seen:
                # Counted from 1, as a reader counts a list (the key says [i]).
                ctx.error(child, "list.duplicate", f"{key}[{i}]",
                          value=self.item.shown(value, child), first=seen[marker] + 1,
                          again=i + 1)
                ok = False
                continue
            seen[marker] = i
            out.append(value)
        return out if ok else INVALID

    def json_schema(self):
        s = {"type": "array", "items": self.item.json_schema(), "maxItems": self.max_items}
        if self.min_items:
            s["minItems"] = self.min_items
        if self.unique:
            s["uniqueItems"] = True
        return s

    def describe(self, lang):
        return {"tr": "liste: ", "en": "list of "}[lang] + self.item.describe(lang)

    def example(self):
        return [self.item.example()]


class Claims(tuple):
    """The values the sources give for one fact: ((value, source number or None), …).

    The first is the value the library stands behind (used for filters and sorting); more
    than one means the sources differ, and the page says so.
    """

    @property
    def primary(self) -> Any:
        return self[0][0]

    def as_data(self) -> list[dict]:
        return [{"value": v, "source": n} for v, n in self]


def differ(claims: list[dict]) -> bool:
    """Whether the sources give a fact more than one value: two sources citing the same
    value (a list of claims with one value) agree."""
    return any(c["value"] != claims[0]["value"] for c in claims[1:])


_SOURCE_NUMBER = Integer(1, 50, example=1)


class _Claim(Type):
    """An item of a Sourced fact's list of claims (the list is a ListOf of these)."""

    def __init__(self, sourced: Sourced):
        self.sourced = sourced
        self.name, self.words = sourced.name, sourced.words

    def convert(self, node, ctx, key):
        return self.sourced._one(node, ctx, key)

    def shown(self, value, node):
        """The claim as written: '{value: 2019, source: 1}'."""
        written = node.get("value") if isinstance(node, Mapping) else node
        shown = written.value if isinstance(written, Scalar) else value[0]
        return shown if value[1] is None else f"{{value: {shown}, source: {value[1]}}}"


class Sourced(Type):
    """A fact a reader may quote, with the source that gives it.

    `start: 2024-10` is the editors' own statement; `start: {value: 2024-10, source: 2}`
    cites the practice's second source; a list of those says that the sources differ.
    """

    def __init__(self, inner: Type):
        self.inner = inner
        self.name, self.words, self.unknown = inner.name, inner.words, inner.unknown
        self.one = Record("sourced value", [
            Field("value", inner, "The value.", "Değer."),
            Field("source", _SOURCE_NUMBER, "Which entry of `sources` gives it (1 = first).",
                  "Değeri veren kaynağın `sources` içindeki sırası (1 = ilk).", required=False),
        ], words=Words("kaynaklı değer", "sourced value"))
        self._claims = ListOf(_Claim(self))

    def convert(self, node, ctx, key):
        if isinstance(node, Sequence):
            if not node.items:
                return ctx.error(node, "list.too_short", key, min=1,
                                 example=example_line(key, self))
            claims = self._claims.convert(node, ctx, key)  # a claim given twice is told there
            return INVALID if claims is INVALID else Claims(claims)
        one = self._one(node, ctx, key)
        return INVALID if one is INVALID else Claims([one])

    def _one(self, node, ctx, key) -> tuple | object:
        """One claim: (value, source number or None), or INVALID."""
        if isinstance(node, Mapping):
            data = self.one.convert(node, ctx, key)
            return INVALID if data is INVALID else (data["value"], data.get("source"))
        value = self.inner.convert(node, ctx, key)
        return INVALID if value is INVALID else (value, None)

    def json_schema(self):
        one = {"anyOf": [self.inner.json_schema(), self.one.json_schema()]}
        return {"anyOf": [*one["anyOf"], {"type": "array", "items": one, "minItems": 1}]}

    def describe(self, lang):
        return self.inner.describe(lang) + {
            "tr": "; kaynaklı: `{value: …, source: 2}`, kaynaklar farklıysa bunların listesi",
            "en": "; with its source: `{value: …, source: 2}`, a list of those if sources differ",
        }[lang]

    def example(self):
        return self.inner.example()


@dataclass
class Field:
    """One key of a record, with its documentation in both languages."""

    name: str
    type: Type
    doc_en: str
    doc_tr: str
    required: bool = True
    default: Any = None
    unique: bool = False  # in a vocabulary: no two terms share the value

    def doc(self, lang: str) -> str:
        return self.doc_tr if lang == "tr" else self.doc_en


class Record(Type):
    """A mapping with declared keys: unknown keys and missing required keys are errors."""

    def __init__(self, name: str, fields: list[Field], check=None, words: Words | None = None):
        self.name, self.fields, self.check = name, fields, check
        self.record_words = words or Words(name, name)  # what the record is: "uygulama"
        self.words = Words(f"{self.record_words.tr} alanları", f"the fields of a {self.record_words.en}")
        self.by_name = {f.name: f for f in fields}
        self._names = frozenset(self.by_name)
        self.turkish = key_names.aliases(self.by_name)  # 'durum' → 'status', for messages

    def convert(self, node, ctx, key):
        if not isinstance(node, Mapping):
            return ctx.error(node, "type.expected", key, expected=self.words, got=_kind(node),
                             example=example_line(key, self))
        out: dict[str, Any] = {}
        ok = True
        prefix = f"{key}." if key else ""
        where, file, by_name = ctx.where, ctx.file, self.by_name
        present = set()
        for k, child in node.items:
            name = k.value
            present.add(name)
            # Where each key is written, for checks made after conversion (nested keys too).
            where[prefix + name] = (file, k.line, k.col)
            if type(child) is Broken:  # already reported by the YAML reader
                ok = False
                continue
            spec = by_name.get(name)
            if spec is None and ":" in name and name.split(":", 1)[0] in by_name:
                # `{value:active, source: 1}`: one key 'value:active', the space left out
                head, rest = name.split(":", 1)
                present.add(head)  # told here, not also as missing
                ctx.error(k, "key.colon_space", prefix + head, name=head, written=name,
                          fixed=f"{head}: {rest.strip()}")
                ok = False
                continue
            if spec is None:
                hint = suggest(name, by_name, self.turkish)
                if hint:  # 'durum:' for 'status:': told once, here, and not also as missing
                    present.add(hint)
                ctx.error(k, "key.unknown", prefix + name, name=name, record=self.record_words,
                          suggestion=hint)
                ok = False
                continue
            if type(child) is Scalar and child.is_null and not isinstance(spec.type, ListOf):
                if spec.required:  # a value's example where it has a form (no free text)
                    example = ("" if isinstance(spec.type, Text) or spec.type.example() in ("", None)
                               else example_line(name, spec.type))
                    ctx.error(child, "key.empty", prefix + name, name=name, example=example,
                              unknown=spec.type.unknown)
                    ok = False
                continue
            value = spec.type.convert(child, ctx, prefix + name)
            name = spec.name  # one string for the key of every record (less to hold and send)
            if value is INVALID:
                ok = False
            elif type(value) is Claims:  # the fact itself, and what each source says of it
                out[name] = value.primary
                out.setdefault("claims", {})[name] = value.as_data()
            else:
                out[name] = value
        if not present.issuperset(self._names):  # some key is absent: required or default?
            ok = self._missing(node, present, out, ctx, prefix) and ok
        if ok and self.check:
            ok = self.check(out, node, ctx, key) is not False
        if ok:
            return out
        if not key:  # a whole file: what did convert is kept for the checks that need only it
            ctx.partial = out
        return INVALID

    def _missing(self, node, present: set, out: dict, ctx: Context, prefix: str) -> bool:
        """Report missing required keys and fill in defaults; False if a required key is missing."""
        ok = True
        for f in self.fields:
            if f.name not in present:
                if f.required:
                    ctx.error(node, "key.missing", prefix + f.name, name=f.name,
                              record=self.record_words, example=example_line(f.name, f.type))
                    ok = False
                elif f.default is not None:
                    out[f.name] = f.default
        return ok

    def json_schema(self):
        return {
            "type": "object",
            "additionalProperties": False,
            "required": [f.name for f in self.fields if f.required],
            "properties": {
                f.name: {**f.type.json_schema(), "description": f.doc_en} for f in self.fields
            },
        }

    def describe(self, lang):
        if self.name == "tr/en":
            return {"tr": "iki dilde: `tr:` ve `en:`", "en": "both languages: `tr:` and `en:`"}[lang]
        return {"tr": "aşağıdaki alanlar", "en": "the fields below"}[lang]

    def example(self):
        return {f.name: f.type.example() for f in self.fields}


def localized(text: Text, doc_en: str = "", doc_tr: str = "") -> Record:
    """A {tr: …, en: …} pair: the same short text in both languages."""
    return Record(
        "tr/en",
        [
            Field("tr", text, doc_en or "Turkish", doc_tr or "Türkçe"),
            Field("en", text, doc_en or "English", doc_tr or "İngilizce"),
        ],
        words=Words("Türkçe ve İngilizce metin", "text in Turkish and English"),
    )


# Shared instances for the types that other types delegate to (one per call was measurable).
