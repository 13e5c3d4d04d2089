"""The numbers a text states, whatever the language's way of writing them.

"70 bin", "70.000" and "70,000" are all 70000; "2,5" and "2.5" are 2 and 5 in both. Used to
check that both languages state the same figures, and that key figures appear in the text.
"""

from __future__ import annotations

import re

from ..turkish import lower
from .text import EMAIL, PHONE

# Number words a key figure may be written as ("iki yıllık", "held twice").
NUMBER_WORDS = {
    "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9,
    "on": 10, "on bir": 11, "on iki": 12, "two": 2, "twice": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12,
}
_THOUSANDS = re.compile(r"(\d+)\s+(bin|milyon)(?:den|in|e|de|i|le|lik)?(?!\w)")
_GROUP = re.compile(r"(?<=\d)[.,](?=\d{3}\b)")
_NUMBER = re.compile(r"\d+")
_LINK_TARGET = re.compile(r"\]\([^)]*\)|https?://\S+")


def numbers(text: str) -> dict[int, int]:
    """Each number the text states, with the offset of its first appearance."""
    # The digits of a link, a phone number or an address are no figure (and have rules of their own).
    for pattern in (_LINK_TARGET, PHONE, EMAIL):
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    found: dict[int, int] = {}

    def scaled(m: re.Match) -> str:
        value = int(m.group(1)) * (1000 if m.group(2) == "bin" else 1_000_000)
        found.setdefault(value, m.start())
        return " " * len(m.group())

    text = _THOUSANDS.sub(scaled, text)
    grouped = _GROUP.sub("\x00", text)  # one character, so that offsets stay close
    for m in _NUMBER.finditer(grouped.replace("\x00", "")):
        found.setdefault(int(m.group()), _original_offset(grouped, m.start()))
    return found


def _original_offset(grouped: str, index: int) -> int:
    """Map an offset of the text without group separators back to the text with them."""
    seen = 0
    for i, ch in enumerate(grouped):
        if ch != "\x00":
            if seen == index:
                return i
            seen += 1
    return len(grouped)


def with_words(text: str) -> set[int]:
    """The numbers of a text, written in digits or as words (for key figures only)."""
    lowered = lower(text)
    return set(numbers(text)) | {n for w, n in NUMBER_WORDS.items()
                                 if re.search(rf"(?<!\w){w}(?!\w)", lowered)}
