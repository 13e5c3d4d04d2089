"""A practice's own checks, run as soon as it is loaded (in a validation worker, if many).

They need nothing but the practice and the rules (kb.checks.Rules): dates, source numbers,
anchors, sections long enough to be useful, the same figures in both languages, spelling,
personal data. What needs other files (references, titles, programmes) is left to the
cross-file checker, which receives an Admission. A check here reports only in the practice's
own files: `kb validate PATH` skips these checks in folders outside PATH (a test holds it).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from ..diagnostics import Diagnostic, diag
from ..languages import BY_CODE, FIRST
from ..narrative import pasted_bullets
from ..schema.fields import SECTIONS, page_anchors
from ..schema.types import UNKNOWN
from ..turkish import TURKISH_LETTERS, fold, slugify
from . import numbers as nums
from . import sources
from . import text as rules_text

STALE_MONTHS = 18
# Words in each narrative section: a paragraph, not a placeholder. Turkish says as much in
# fewer, longer words (suffixes where English has words: "kaynaklarımızdan", "from our sources").
MIN_WORDS = {"tr": 20, "en": 25}
MIN_TURKISH_LETTERS = 5  # distinct ones in a Turkish narrative; fewer means typed without them
BROKEN_I = "i\u0307"
_WORD = re.compile(r"[^\W\d_]+")  # what JavaScript's toLowerCase makes of 'İ': an i with a separate dot
# MIN_WORDS words one after the other (runs of letters between runs of anything else): one
# scan tells a long enough section, the words of a short one are then counted.
_ENOUGH_WORDS = {lang: re.compile(r"[^\W\d_]+(?:[\W\d_]+[^\W\d_]+){" + str(n - 1) + "}")
                 for lang, n in MIN_WORDS.items()}


@dataclass(frozen=True)
class Rules:
    """What the checks need beyond the practice: the day, and institution names."""

    today: dt.date
    institutions: rules_text.Heads  # kb.checks.text.institution_heads of every record's name
    names: rules_text.Names = rules_text.NO_NAMES  # the library's names (kb.checks.text.Names)


class Admission(NamedTuple):
    """What the cross-file checks need from one loaded practice (small enough to pickle)."""

    folder: str
    id: str
    file: str
    id_where: tuple[str, int, int]
    titles: list[tuple[str, str, str, str, tuple[str, int, int]]]  # lang, folded, title, path, where
    checks: list[Diagnostic]  # its own checks, kept only if it is admitted
    memberships: list[tuple[str, str, tuple[str, int, int]]]  # programme, municipality, where
    draft: bool  # not published: no page of its own on the site


def months_between(earlier: dt.date, later: dt.date) -> int:
    return (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)


def admission(folder: str, practice: dict, rules: Rules, checks: bool = True) -> Admission:
    """Summarise a loaded practice for the cross-file checks, running its own checks now
    (unless checks is False: none of their findings is wanted)."""
    out = own_checks(practice, rules) if checks else []
    titles = [(lang, fold(text["title"]), text["title"], text["path"], text["where"]["title"])
              for lang, text in practice["langs"].items()]
    where = practice["where"]
    memberships = [(g, practice["municipality"], where["programmes"])
                   for g in practice.get("programmes", [])]
    return Admission(folder, practice["id"], practice["file"],
                     where.get("id", (practice["file"], 1, 1)), titles, out, memberships,
                     bool(practice.get("draft")))


def own_checks(practice: dict, rules: Rules, salvaged: bool = False) -> list[Diagnostic]:
    """The findings of the practice's own checks.

    salvaged: the practice did not load whole (kb.load.load_practice): only the checks whose
    fields did load run, on its language files without errors, so that the contributor is
    told these findings in the same run as the errors, not in a second round once those are
    fixed.
    """
    out: list[Diagnostic] = []
    if not salvaged:
        for check in CHECKS:
            out.extend(check(practice, rules))
        texts = {lang: _texts(practice, lang) for lang in practice["langs"]}
        for text_check in TEXT_CHECKS:
            out.extend(text_check(practice, rules, texts))
        return out
    # Language files without errors, for the checks that read a narrative's structure or
    # compare the languages: a broken file would give them findings that are not there.
    whole = {**practice, "langs": {lang: text for lang, text in practice["langs"].items()
                                   if lang not in practice.get("incomplete", ())}}
    for check in (*CHECKS, *TEXT_CHECKS):
        p = whole if check in WHOLE_LANGUAGES else practice
        if not all(key in p for key in NEEDS[check]):
            continue
        if check is _id_and_title and FIRST not in p["langs"]:
            continue  # the id is made from the Turkish title: no other stands in for it here
        if check in TEXT_CHECKS:
            out.extend(check(p, rules, {lang: _texts(p, lang) for lang in p["langs"]}))
        else:
            out.extend(check(p, rules))
    return out


def _dates(p: dict, rules: Rules) -> Iterator[Diagnostic]:
    file, line, col = p["where"]["last_verified"]
    verified = dt.date.fromisoformat(p["last_verified"])
    # Against the machine's date too: a file checked today is not in the future while
    # SOURCE_DATE_EPOCH still holds the day of the last commit.
    if verified > max(rules.today, dt.date.today()):
        yield diag(file, line, col, "date.future", "last_verified", value=p["last_verified"])
    elif months_between(verified, rules.today) >= STALE_MONTHS:
        yield diag(file, line, col, "date.stale", "last_verified", "warning",
                   value=p["last_verified"], months=STALE_MONTHS)


def _cited(p: dict) -> Iterator[tuple[str, int]]:
    """(key of the `source:` written, source number) of every fact that cites a source."""
    for key in ("key_figures", "replication_interest", "partners"):
        for i, item in enumerate(p.get(key, [])):
            if item.get("source") is not None:
                yield f"{key}[{i}].source", item["source"]
    for key, claims in p.get("claims", {}).items():
        for i, claim in enumerate(claims):
            if claim["source"] is not None:
                yield (f"{key}[{i}].source" if len(claims) > 1 else f"{key}.source"), claim["source"]


def _source_numbers(p: dict, rules: Rules) -> Iterator[Diagnostic]:
    count = len(p["sources"])
    for key, number in _cited(p):
        if number > count:
            file, line, col = p["where"].get(key, p["where"].get(key.split("[")[0].split(".")[0],
                                                                 (p["file"], 1, 1)))
            yield diag(file, line, col, "ref.source_index", key, value=number, count=count)


def _repeated_sources(p: dict, rules: Rules) -> Iterator[Diagnostic]:
    yield from sources.repeated(p["sources"], p["where"], p["where"]["sources"], _severity(p))


def _anchors(p: dict, rules: Rules) -> Iterator[Diagnostic]:
    allowed = page_anchors(len(p["sources"]))
    for text in p["langs"].values():
        for name, line, col in text["anchors"]:
            if name not in allowed:
                yield diag(text["path"], line, col, "body.anchor_unknown", value=name[:60],
                           count=len(p["sources"]))


def _severity(p: dict) -> str:
    """Content rules bind a published practice; a draft is told, as warnings."""
    return "warning" if p.get("draft") else "error"


def _sections(p: dict, rules: Rules) -> Iterator[Diagnostic]:
    for lang, text in p["langs"].items():
        for sid, tr, en in SECTIONS:
            section = text["sections"].get(sid, "")
            if _ENOUGH_WORDS[lang].search(section):
                continue
            words = len(_WORD.findall(section))
            if 0 < words < MIN_WORDS[lang]:  # an empty section has a message of its own
                yield diag(text["path"], text["section_lines"].get(sid, 1), 1,
                           "body.section_too_short", severity=_severity(p),
                           heading=tr if lang == "tr" else en, words=words, min=MIN_WORDS[lang])


def _bullets(p: dict, rules: Rules) -> Iterator[Diagnostic]:
    """Bullets pasted from a word processor, which the page would run into one line."""
    for text in p["langs"].values():
        for start, _ in pasted_bullets(text["body"]):
            yield diag(*_in_body(text, start), "body.pasted_bullet", severity="warning",
                       value=text["body"][start])


def _id_and_title(p: dict, rules: Rules) -> Iterator[Diagnostic]:
    lang = FIRST if FIRST in p["langs"] else next(iter(p["langs"]), None)
    if lang is None:
        return
    wanted = slugify(p["langs"][lang].get("title", ""))[:80].rstrip("-")
    if wanted and p["id"] != wanted:
        file, line, col = p["where"].get("id", (p["file"], 1, 1))
        yield diag(file, line, col, "id.title_mismatch", "id", severity="warning",
                   value=p["id"], expected=wanted, language=BY_CODE[lang].names)


Place = tuple[str, int, int]


def _in_body(text: dict, offset: int) -> Place:
    """The file, line and column of a character of a language file's body."""
    before = text["body"][:offset]
    return (text["path"], text["body_line"] + before.count("\n"),
            offset - (before.rfind("\n") + 1) + 1)


_NOTHING: dict = {}  # what a missing mapping reads as (never written to)


class Said(NamedTuple):
    """A text a reader sees of a practice, and where it is written."""

    key: str  # its key in the file ("summary", "key_figures[0].label.tr"); "body" for the body
    value: str
    place: Place | None  # the key's place; None in the body, located to the character


def _texts(p: dict, lang: str) -> list[Said]:
    """Every text a reader sees of a practice in one language, in the order of the page."""
    text = p["langs"][lang]
    path, where = text["path"], text["where"]
    if "title" in text and "summary" in text:
        here = [Said("title", text["title"], where.get("title", (path, 1, 1))),
                Said("summary", text["summary"], where.get("summary", (path, 1, 1)))]
    else:  # a language file with errors (a practice that did not load whole) may lack them
        here = [Said(key, text[key], where.get(key, (path, 1, 1)))
                for key in ("title", "summary") if key in text]
    for key, value in text.get("transferability", _NOTHING).items():
        if value != UNKNOWN:
            key = f"transferability.{key}"
            here.append(Said(key, value, where.get(key, (path, 1, 1))))
    here.append(Said("body", text["body"], None))
    at, file = p["where"], p["file"]
    for i, figure in enumerate(p.get("key_figures", [])):
        key = f"key_figures[{i}].label.{lang}"
        here.append(Said(key, figure["label"][lang], at.get(key, (file, 1, 1))))
    unit = p.get("contact", _NOTHING).get("unit")  # a practice that did not load whole may lack it
    if unit:
        key = f"contact.unit.{lang}"
        here.append(Said(key, unit[lang], at.get(key, (file, 1, 1))))
    return here


def _locate(text: dict, said: Said, offset: int) -> Place:
    """The file, line and column of a character of a text: exact in the narrative, the key's
    place for front matter and practice.yml values."""
    return said.place or _in_body(text, offset)


def _key(said: Said) -> str:
    """The key a finding in the text names (none in the body: its line says where)."""
    return "" if said.key == "body" else said.key


def _words(p: dict, rules: Rules, texts: dict[str, list[Said]]) -> Iterator[Diagnostic]:
    """Spelling, Turkish letters, apostrophes and personal data in every text."""
    for lang, items in texts.items():
        text = p["langs"][lang]
        values = [s.value for s in items]
        turkish = lang == "tr"
        for i, f in rules_text.in_texts(values, lang, rules.institutions if turkish else None,
                                        rules.names):
            file, line, col = _locate(text, items[i], f.start)
            severity = "warning" if f.code == "text.apostrophe" else "error"
            yield diag(file, line, col, f.code, _key(items[i]), severity, **f.args)
        if turkish and any(BROKEN_I in value for value in values):
            for s in items:
                if BROKEN_I in s.value:
                    file, line, col = _locate(text, s, s.value.index(BROKEN_I))
                    yield diag(file, line, col, "text.broken_i", _key(s))
        # Twelve substring searches, where a set of the body's characters would read it whole.
        if turkish and sum(ch in text["body"] for ch in TURKISH_LETTERS) < MIN_TURKISH_LETTERS:
            yield diag(text["path"], text["body_line"], 1, "text.no_turkish_letters",
                       severity=_severity(p), min=MIN_TURKISH_LETTERS)


def _figures(p: dict, rules: Rules, texts: dict[str, list[Said]]) -> Iterator[Diagnostic]:
    """Both languages state the same numbers; every key figure is in the narrative."""
    langs = [lang for lang in ("tr", "en") if lang in p["langs"]]
    exempt = set(p.get("not_figures", []))
    # What each language states anywhere (each number's first text and offset, located only
    # for a finding: a long body has many numbers); in its summary or body.
    stated, said = {}, {}
    for lang in langs:
        found: dict[int, tuple[Said, int]] = {}
        said[lang] = set()
        for s in texts[lang]:
            here = nums.numbers(s.value)
            for number, offset in here.items():
                if number not in found:
                    found[number] = (s, offset)
            if s.key in ("summary", "body"):
                said[lang].update(here)
        stated[lang] = found
    # Numbers a language writes with another script's digits ('٢٠٢٢'): where it lacks a
    # figure, that is what to tell it (looked for only then: no valid practice pays for it).
    elsewhere: dict[str, dict[int, list[tuple[str, Diagnostic]]]] = {}

    def other_digits(lang: str) -> dict[int, list[tuple[str, Diagnostic]]]:
        """Each such number: (key, finding) of every text writing it, in page order."""
        if lang not in elsewhere:
            elsewhere[lang] = {}
            for s in texts[lang]:
                for number, (offset, value, fixed) in nums.in_other_digits(s.value).items():
                    file, line, col = _locate(p["langs"][lang], s, offset)
                    elsewhere[lang].setdefault(number, []).append((s.key, diag(
                        file, line, col, "digits.other_script", _key(s), severity=_severity(p),
                        value=value, fixed=fixed)))
        return elsewhere[lang]

    if len(langs) == 2:
        a, b = langs
        for one, other in ((a, b), (b, a)):
            for number in sorted(set(stated[one]) - set(stated[other]) - exempt):
                if number in other_digits(other):
                    yield other_digits(other)[number][0][1]
                    continue
                file, line, col = _locate(p["langs"][one], *stated[one][number])
                yield diag(file, line, col, "text.number_in_one_language", severity=_severity(p),
                           value=number, language=BY_CODE[one].names,
                           other=BY_CODE[other].names)
    in_words: dict[str, set[int]] = {}  # a key figure may be written in words there, too

    def said_in(lang: str, value: int) -> bool:
        if value in said[lang]:
            return True
        if lang not in in_words:
            text = p["langs"][lang]
            in_words[lang] = nums.number_words(text.get("summary", "") + " " + text["body"])
        return value in in_words[lang]

    for i, figure in enumerate(p.get("key_figures", [])):
        for lang in langs:
            if not said_in(lang, figure["value"]):
                written = [d for key, d in other_digits(lang).get(figure["value"], [])
                           if key in ("summary", "body")]
                if written:
                    yield written[0]
                    continue
                file, line, col = p["where"].get(f"key_figures[{i}].value", p["where"]["id"])
                yield diag(file, line, col, "key_figure.not_in_text",
                           f"key_figures[{i}].value", severity=_severity(p),
                           value=figure["value"], language=BY_CODE[lang].names)


def _contact(p: dict, rules: Rules) -> Iterator[Diagnostic]:
    """Contacts are institutional (KVKK): no private mailbox, no mobile phone."""
    contact, where = p["contact"], p["where"]
    email = contact.get("email")
    if email and rules_text.free_mail(email):
        file, line, col = where.get("contact.email", where["contact"])
        yield diag(file, line, col, "contact.free_mail", "contact.email", value=email,
                   domain=rules_text.free_mail(email))
    phone = contact.get("phone")
    if phone and rules_text.is_mobile(phone):
        file, line, col = where.get("contact.phone", where["contact"])
        yield diag(file, line, col, "contact.mobile", "contact.phone", value=phone)


CHECKS = (_dates, _source_numbers, _repeated_sources, _anchors, _sections, _bullets,
          _id_and_title, _contact)
TEXT_CHECKS = (_words, _figures)  # these read every text of the practice (_texts), made once
# The fields of practice.yml each check reads (it reads the language files that loaded, too):
# in a practice that did not load whole, a check runs only if they did (own_checks).
NEEDS = {_dates: ("last_verified",), _source_numbers: ("sources",),
         _repeated_sources: ("sources",), _anchors: ("sources",),
         _sections: (), _bullets: (), _id_and_title: ("id",), _contact: ("contact",),
         _words: (), _figures: ("id",)}
WHOLE_LANGUAGES = frozenset({_anchors, _sections, _id_and_title, _figures})
