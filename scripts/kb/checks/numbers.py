"""The numbers a text states, whatever the language's way of writing them.

"70 bin", "70.000" and "70,000" are all 70000; "2,5" and "2.5" are 2 and 5 in both. Used to
check that both languages state the same figures, and that key figures appear in the text.
"""

from __future__ import annotations

import re

from ..schema.types import in_0_to_9
from ..turkish import lower
from .text import DIGITS, digit_runs, without_addresses, without_phones

# Number words a key figure may be written as ("iki yıllık", "held twice").
NUMBER_WORDS = {
    "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
    "on": 10, "on bir": 11, "on iki": 12, "two": 2, "twice": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12,
}
_THOUSANDS = re.compile(r"([0-9]+)\s+(bin|milyon)(?:den|in|e|de|i|le|lik)?(?!\w)")
# A number with its group separators (70.000, 70,000, 1.234.567): a '.' or ',' after a digit
# and before exactly three digits is one; "2,5" and "12.3456" are two numbers each. Digits are
# 0-9 (kb.checks.text.DIGITS).
_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]{3}\b)*")
# Number words as whole words: the one-word ones, then the two-word ones ("on bir").
_NUMBER_WORD_PATTERNS = [
    re.compile(r"\b(?:" + "|".join(sorted((w for w in NUMBER_WORDS if (" " in w) == two),
                                          key=len, reverse=True)) + r")\b")
    for two in (False, True)]


def numbers(text: str) -> dict[int, int]:
    """Each number the text states, with the offset of its first appearance."""
    runs = digit_runs(text)
    if not runs:  # most texts (titles, labels, many paragraphs): nothing to find
        return {}
    # The digits of a link, a phone number or an address are no figure (and have rules of their own).
    text = without_phones(without_addresses(text))
    found: dict[int, int] = {}
    if "bin" in text or "milyon" in text:  # many a Turkish text: "binlerce", "bina"
        text = _scaled(text, runs, found)
    # Blanking leaves digits only where there were some: the runs hold every match.
    for m in _at_runs(text, runs):
        digits = m.group()
        value = int(digits if digits.isdigit() else digits.replace(".", "").replace(",", ""))
        if value not in found:
            found[value] = m.start()
    return found


def _scaled(text: str, runs: tuple[tuple[int, int], ...], found: dict[int, int]) -> str:
    """The text with its "70 bin" and "2 milyon" blanked, each one's value put in found: what
    _THOUSANDS.sub finds, tried only where digits start (where every match starts)."""
    pieces, last = [], 0
    for start, end in runs:
        i = max(start, last)
        while i < end:
            if text[i] not in DIGITS:
                i += 1
                continue
            m = _THOUSANDS.match(text, i)
            if m is not None:
                value = int(m.group(1)) * (1000 if m.group(2) == "bin" else 1_000_000)
                found.setdefault(value, i)
                pieces += (text[last:i], " " * (m.end() - i))
                last = m.end()
                break  # the match took the rest of the run's digits
            while i < end and text[i] in DIGITS:  # no match from later in these digits either
                i += 1
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def in_other_digits(text: str) -> dict[int, tuple[int, str, str]]:
    """The numbers the text writes with another script's digits ('٢٠٢٢ yılında'), each with
    the offset of its first appearance, as written and in 0-9: what the text would state if
    it wrote them 0-9. Asked only of a text that lacks a figure (kb.checks.practice)."""
    if text.isascii():
        return {}
    plain = in_0_to_9(text)
    if plain == text:
        return {}
    found = {}
    for number, offset in numbers(plain).items():
        end = _NUMBER.match(plain, offset).end()
        if text[offset:end] != plain[offset:end]:
            found[number] = (offset, text[offset:end], plain[offset:end])
    return found


def _at_runs(text: str, runs: tuple[tuple[int, int], ...]):
    """What _NUMBER.finditer(text) finds, given runs that hold every digit of the text."""
    last = 0
    for start, end in runs:
        i = max(start, last)
        while i < end:
            if text[i] in DIGITS:
                m = _NUMBER.match(text, i)
                yield m
                i = last = m.end()
            else:
                i += 1


def number_words(text: str) -> set[int]:
    """The numbers a text writes as words ("iki yıllık", "held twice")."""
    lowered = lower(text)
    out: set[int] = set()
    for pattern in _NUMBER_WORD_PATTERNS:  # each alternative is a whole word: no overlaps
        out.update(NUMBER_WORDS[m.group()] for m in pattern.finditer(lowered))
    return out
