"""Rules on the words of a text: TDK spelling, Turkish letters, apostrophes, personal data.

Each rule finds places in one text and returns them as (code, start, end, args); the caller
turns a place into a file, line and column (kb.checks.practice). The word lists are data
(spelling.yml), read once.
"""

from __future__ import annotations

import bisect
import functools
import re
from pathlib import Path
from typing import NamedTuple

import ahocorasick_rs
import yaml

from ..turkish import TURKISH_LETTERS, fold, lower, upper

DATA = Path(__file__).with_name("spelling.yml")
# The digits of figures and phone numbers are 0-9, as the library's texts write them: another
# script's digits ('٣') are letters to these rules. Ten searches for them run at C speed, where
# a regular expression's \\d makes the scan try every character of a text.
DIGITS = "0123456789"
_MANY_DIGITS = 256  # beyond these, one regular expression finds the runs faster

# A phone number: +90 or 0, three digits (area or mobile code), seven more; or a 444 line.
_NOT_INSIDE_NUMBER = (r"(?<!\w)(?<![0-9][.,])", r"(?!\w)(?![.,][0-9])")
# Every match starts with '+', '(' or a digit: the lookahead lets the scan skip other letters.
PHONE = re.compile(
    r"(?=[+(0-9])" + _NOT_INSIDE_NUMBER[0]
    + r"(?:(?:\+\s?90[\s-]?)?\(?0?[2-5][0-9]{2}\)?[\s-]?[0-9]{3}[\s-]?[0-9]{2}[\s-]?[0-9]{2}"
    r"|444(?:[\s-]?[0-9]){4})" + _NOT_INSIDE_NUMBER[1])
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DIGIT_RUN = re.compile("[0-9]+")
# Every phone number has seven digits or more (444 and four; or ten after the country code),
# none more than three characters from the next ('0232) 4', '12-34'): what may_hold_phone
# looks for among the runs of digits.
PHONE_DIGITS, PHONE_GAP, PHONE_SEPARATORS = 7, 3, "()+-"


@functools.lru_cache(maxsize=64)  # asked of a text by the phone, number and address rules
def digit_runs(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every run of digits in the text, in order (most texts: none)."""
    at: list[int] = []
    for digit in DIGITS:
        i = text.find(digit)
        while i >= 0:
            at.append(i)
            if len(at) > _MANY_DIGITS:
                return tuple(m.span() for m in _DIGIT_RUN.finditer(text))
            i = text.find(digit, i + 1)
    if not at:
        return ()
    at.sort()
    runs, start, previous = [], at[0], at[0]
    for i in at[1:]:
        if i != previous + 1:
            runs.append((start, previous + 1))
            start = i
        previous = i
    runs.append((start, previous + 1))
    return tuple(runs)


def _separates(gap: str) -> bool:
    return len(gap) <= PHONE_GAP and all(ch.isspace() or ch in PHONE_SEPARATORS for ch in gap)


@functools.lru_cache(maxsize=64)
def may_hold_phone(text: str) -> bool:
    """Whether the text has digits a phone number could be: seven, each at most three spaces,
    brackets, '+' or '-' from the next (most texts have a year or a figure at most)."""
    count, end = 0, None
    for start, stop in digit_runs(text):
        if end is not None and _separates(text[end:start]):
            count += stop - start
        else:
            count = stop - start
        if count >= PHONE_DIGITS:
            return True
        end = stop
    return False


class Found(NamedTuple):
    """A place in a text that breaks a rule."""

    code: str
    start: int
    end: int
    args: dict


@functools.cache
def _data() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _capitals(word: str) -> set[str]:
    """The word in capitals and capitalised, as a keyboard without Turkish letters types it
    ('dahil' → 'DAHIL', 'Dahil') and as a Turkish text writes it ('işbirliği' → 'İŞBİRLİĞİ',
    'İşbirliği', which Python's own case mapping would make 'Işbirliği')."""
    return {word.upper(), upper(word), word[0].upper() + word[1:], upper(word[0]) + word[1:]}


def _variants(word: str) -> set[str]:
    return {word, word.lower(), *_capitals(word)}


def _fixes(words: dict[str, str]) -> dict[str, str]:
    """Each way of typing a wrong word (as is, lower, upper, capitalised) → its right spelling
    in the same case."""
    fixes: dict[str, str] = {}
    for wrong, right in words.items():
        for variant in _variants(wrong):
            fixed = _same_case(variant, wrong, right)
            if fixed != variant:  # 'izmir' is İzmir lowercased the Turkish way: no mistake
                fixes[variant] = fixed
    return fixes


def _same_case(variant: str, wrong: str, right: str) -> str:
    if variant in (wrong.upper(), upper(wrong)):
        return upper(right)
    if variant == wrong.lower():
        return lower(right)
    if variant in (wrong[0].upper() + wrong[1:], upper(wrong[0]) + wrong[1:]):
        return upper(right[0]) + right[1:]
    return right


# The word lists (spelling.yml) and the finding each gives; Turkish texts are read for every
# list, English ones for names only.
LISTS = {"ascii_names": "text.ascii_name", "ascii_words": "text.ascii_word", "tdk": "text.tdk"}
LISTS_BY_LANG = {"tr": tuple(LISTS), "en": ("ascii_names",)}


class Spellings(NamedTuple):
    """The wrong spellings of some lists, each one's (finding, right spelling), and a finder of
    them all: an Aho-Corasick automaton reads a text once for every spelling, where a regular
    expression tries each of the text's characters against them."""

    finder: ahocorasick_rs.AhoCorasick
    words: list[str]  # the finder's patterns, by its index
    fixes: dict[str, tuple[str, str]]
    whole: frozenset[str]  # patterns found only as whole words (the library's names)


# Names shorter than this are left out of the names the library holds: 'Muş' typed 'Mus'
# would be any word's start ('Museum'), and whole short words are too often other words.
MIN_NAME = 4


class Names:
    """The library's names that have Turkish letters (provinces, municipalities,
    organisations), each as typed without them, capitalised or in capitals ('Eskisehir' →
    'Eskişehir'): found as whole words in texts of both languages. The finders made with
    them are made once a run."""

    def __init__(self, names=()):
        pairs = set()
        for name in names:
            for word in re.findall(r"[^\W\d_]+", name):
                if (len(word) >= MIN_NAME and word[0].isupper()
                        and not TURKISH_LETTERS.isdisjoint(word)):
                    plain = fold(word)
                    pairs |= {(typed, right) for typed, right in (
                        (plain.capitalize(), word), (plain.upper(), upper(word)))
                        if typed != right}  # 'ADIYAMAN' is Adıyaman in capitals: no mistake
        self.pairs: tuple[tuple[str, str], ...] = tuple(sorted(pairs))
        self._spellings: dict[tuple[str, ...], Spellings] = {}

    def spellings(self, lists: tuple[str, ...]) -> Spellings:
        if lists not in self._spellings:
            self._spellings[lists] = _rules(lists, self.pairs)
        return self._spellings[lists]

    def __repr__(self) -> str:  # what a cache of results made with them is keyed by
        return f"Names({self.pairs!r})"


NO_NAMES = Names()


@functools.cache
def _rules(lists: tuple[str, ...], names: tuple[tuple[str, str], ...] = ()) -> Spellings:
    fixes: dict[str, tuple[str, str]] = {}
    for name in lists:
        for wrong, right in _fixes(_data()[name]).items():
            assert wrong not in fixes, f"{wrong!r} is in two lists of spelling.yml"
            fixes[wrong] = (LISTS[name], right)
    whole = set()
    for wrong, right in names:
        if wrong not in fixes:  # spelling.yml's own entry (with its suffixes) comes first
            fixes[wrong] = ("text.ascii_name", right)
            whole.add(wrong)
    # Case-sensitive, as each way of typing a word is its own pattern: Python's case folding
    # takes 'I', 'ı' and 'İ' for one letter, so a case-blind 'Izmir' would match 'İzmir'.
    words = sorted(fixes)
    # A DFA: a few hundred patterns with many first letters (the names) leave the default
    # automaton's prefilter little to skip, and it read a practice's texts 45% slower.
    finder = ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.DFA)
    return Spellings(finder, words, fixes, frozenset(whole))


_WORD_CHAR = re.compile(r"\w")
# After a whole name: a letter goes on with the word, and a hyphen joins it to another
# ('Agri-food' is no 'Ağrı').
_NAME_GOES_ON = re.compile(r"\w|-")


def _matches(text: str, lists: tuple[str, ...], names: Names = NO_NAMES) -> list[Found]:
    """The wrong spellings in the text, as the expression (?<!\\w)(word|word|…) finds them
    with the longest word first: each starts a word (no letter, digit or '_' just before it);
    of those starting at one place the longest; none inside an earlier one. A name of the
    library (Names) is found only as a whole word."""
    finder, words, fixes, whole = names.spellings(lists)
    candidates = [(start, stop, i)
                  for i, start, stop in finder.find_matches_as_indexes(text, overlapping=True)
                  if not (start and _WORD_CHAR.match(text, start - 1))
                  and not (whole and words[i] in whole and _NAME_GOES_ON.match(text, stop))]
    found, end = [], 0
    for start, stop, i in sorted(candidates, key=lambda c: (c[0], -c[1])):  # longest first
        if start >= end:
            code, fixed = fixes[words[i]]
            found.append(Found(code, start, stop, {"value": words[i], "fixed": fixed}))
            end = stop
    return found


# Link targets and addresses are spelt as their sites spell them ("izmir.bel.tr"), and their
# digits are no figures.
_LINKS = r"\]\([^)]*\)|https?://\S+"
_ADDRESSES = re.compile(_LINKS + "|" + EMAIL.pattern)
_URL_REST = re.compile(r"\S+")


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


def _link_spans(text: str) -> list[tuple[int, int]]:
    """Where _LINKS matches in the text, found with substring searches (most texts have a few
    links, and the expression would try every character)."""
    spans: list[tuple[int, int]] = []
    i = 0
    while True:
        target, url = text.find("](", i), text.find("http", i)
        if target < 0 and url < 0:
            return spans
        if url < 0 or 0 <= target < url:
            end = text.find(")", target + 2)
            if end < 0:  # no target closes: only a web address after it can match
                i = target + 1
                continue
            spans.append((target, end + 1))
            i = end + 1
            continue
        scheme = 7 if text.startswith("://", url + 4) else 8 if text.startswith("s://", url + 4) else 0
        rest = _URL_REST.match(text, url + scheme) if scheme else None
        if rest is None:
            i = url + 1
            continue
        spans.append((url, rest.end()))
        i = rest.end()


@functools.lru_cache(maxsize=64)  # the spelling and the number checks read the same texts
def without_addresses(text: str) -> str:
    """The text with its link targets and e-mail addresses blanked (offsets stay)."""
    if "@" in text:
        return _ADDRESSES.sub(_blank, text)
    if "](" not in text and "http" not in text:
        return text
    pieces, last = [], 0
    for start, end in _link_spans(text):
        pieces += (text[last:start], " " * (end - start))
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def without_phones(text: str) -> str:
    """The text with its phone numbers blanked (offsets stay)."""
    return PHONE.sub(_blank, text) if may_hold_phone(text) else text


def spelling(text: str, lang: str, names: Names = NO_NAMES) -> list[Found]:
    """TDK spellings and words typed without Turkish letters (names in both languages: those
    of spelling.yml, and the library's)."""
    return sorted(_matches(without_addresses(text), LISTS_BY_LANG[lang], names))


# Joins texts for one scan of them all. No text holds it (a file or value with a control
# character is refused), no rule's match holds it, and every rule reads it as a text's end.
SEPARATOR = "\x00"


def in_texts(texts: list[str], lang: str, heads: Heads | None = None,
             names: Names = NO_NAMES) -> list[tuple[int, Found]]:
    """(index of the text, finding in it) of spelling, personal_data and, given heads,
    apostrophes, for each of the texts: each rule scans them all joined, once.

    A practice has fifteen texts or so in each language (title, summary, body, labels), and
    most hold nothing to find: one scan of them all costs what the body's alone did.
    """
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + len(SEPARATOR)
    raw = SEPARATOR.join(texts)
    # Links are blanked in each text on its own: a link's pattern would run on past a text's end.
    found = _matches(SEPARATOR.join(map(without_addresses, texts)), LISTS_BY_LANG[lang], names)
    found += personal_data(raw)
    if heads is not None:
        found += apostrophes(raw, heads)
    out = []
    for f in found:
        i = bisect.bisect_right(starts, f.start) - 1
        out.append((i, f._replace(start=f.start - starts[i], end=f.end - starts[i])))
    return sorted(out)


class Heads:
    """The apostrophe rule's institution heads (institution_heads): the expression that
    defines a finding, and an index that finds where one can start.

    A finding ends its head at an apostrophe, so the expression need only be tried where a
    head stands right before one: a few places in a text, where a scan would try its
    alternation at every character (130 µs of each seed practice's Turkish texts).
    """

    __slots__ = ("regex", "words", "lengths")

    def __init__(self, heads: list[str]):
        self.regex = re.compile(r"(?<![\w])(" + "|".join(re.escape(h) for h in heads)
                                + r")['’]([^\W\d_]+)")
        self.words = frozenset(heads)
        lengths: dict[str, set[int]] = {}  # last character → lengths of the heads ending so
        for head in heads:
            lengths.setdefault(head[-1], set()).add(len(head))
        self.lengths = {ch: tuple(sorted(n, reverse=True)) for ch, n in lengths.items()}

    def starts(self, text: str) -> list[int]:
        """Where a head stands right before an apostrophe: every place a finding can start."""
        at = set()
        for mark in APOSTROPHES:
            i = text.find(mark, 1)
            while i > 0:
                for n in self.lengths.get(text[i - 1], ()):
                    if n <= i and text[i - n : i] in self.words:
                        at.add(i - n)
                i = text.find(mark, i + 1)
        return sorted(at)

    def __repr__(self) -> str:  # what a cache of results made with them is keyed by
        return f"Heads({self.regex.pattern!r})"


APOSTROPHES = "'’"


def institution_heads(names: list[str], places: set[str]) -> Heads:
    """The apostrophe rule's heads: the last words of institution names, then 'suffix.

    A last word that is a place (Türkiye, in 'RESLOG Türkiye') keeps its apostrophe, and so
    does an abbreviation (CIPSS'e).
    """
    heads = set(_data()["institution_heads"])
    heads |= {name.split()[-1] for name in names if len(name.split()) > 1}
    heads = {h for h in heads if h[:1].isupper() and not h.isupper() and h not in places}
    return Heads(sorted(heads, key=lambda h: (-len(h), h)))


def apostrophes(text: str, heads: Heads) -> list[Found]:
    """Suffixes cut off an institution's name by an apostrophe (TDK: 'Belediyesine'): what
    heads.regex.finditer(text) finds, tried only where a finding can start."""
    if "'" not in text and "’" not in text:  # most texts: nothing to scan for
        return []
    found, end = [], 0
    for start in heads.starts(text):
        if start < end:  # inside the finding before it, as finditer goes on after a match
            continue
        m = heads.regex.match(text, start)
        if m:
            found.append(Found("text.apostrophe", m.start(), m.end(),
                               {"value": m.group(0), "fixed": m.group(1) + m.group(2)}))
            end = m.end()
    return found


def personal_data(text: str) -> list[Found]:
    """E-mail addresses and phone numbers in running text (they belong in `contact`)."""
    # Most texts have no '@' and many no digit: skip the scans that cannot match.
    found = [Found("text.email", m.start(), m.end(), {"value": m.group()})
             for m in EMAIL.finditer(text)] if "@" in text else []
    if may_hold_phone(text):
        found += [Found("text.phone", m.start(), m.end(), {"value": m.group()})
                  for m in PHONE.finditer(text)]
    return sorted(found)


def page_words() -> list[str]:
    """Words with Turkish letters the hand-written pages are checked against (spelling.yml)."""
    return _data()["page_words"]


def free_mail(address: str) -> str:
    """The free-mail domain of an address ('gmail.com'), or '' for an institution's."""
    domain = address.rsplit("@", 1)[-1].lower().strip()
    return domain if domain in set(_data()["free_mail_domains"]) else ""


def is_mobile(phone: str) -> bool:
    """A Turkish mobile number (05xx…, +90 5xx…): a person's phone, not an office's."""
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("90") and len(digits) == 12:
        digits = digits[2:]
    digits = digits.removeprefix("0")
    return len(digits) == 10 and digits.startswith("5")
