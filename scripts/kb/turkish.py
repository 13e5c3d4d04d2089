"""Turkish-aware text handling: casefolding, ASCII folding, slugs and alphabetical order."""

from __future__ import annotations

import functools
import re
import unicodedata

# The two letters whose case differs in Turkish (kb.search.rules hands these maps to the browser).
LOWER_LETTERS = {"I": "ı", "İ": "i"}
UPPER_LETTERS = {"i": "İ", "ı": "I"}
# The letters of Turkish that English lacks: a Turkish text typed without them has none.
TURKISH_LETTERS = frozenset("çğıöşüÇĞİÖŞÜ")
# Letters that lose their marks when typed on a keyboard without Turkish layout.
ASCII_LETTERS = {"ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ş": "s", "ü": "u", "â": "a", "î": "i",
                 "û": "u"}


def _replace(letters: dict[str, str]):
    """A function putting each letter's replacement in its place. str.replace letter by
    letter: str.translate with a table looks every character up, some 400 times slower on a
    page of text. (No replacement is another's letter, so the order does not matter.)"""
    assert not set(letters) & set(letters.values())
    pairs = tuple(letters.items())

    def replace(text: str) -> str:
        for letter, replacement in pairs:
            if letter in text:
                text = text.replace(letter, replacement)
        return text

    return replace


_LOWER, _UPPER, _ASCII = map(_replace, (LOWER_LETTERS, UPPER_LETTERS, ASCII_LETTERS))
# Turkish alphabet order: Ç after C, Ğ after G, I (dotless) before İ, Ö after O, Ş after S, Ü after U.
_ALPHABET = "abcçdefgğhıijklmnoöpqrsştuüvwxyz"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
_RANK[" "] = -1


def lower(text: str) -> str:
    """Lowercase with Turkish rules: I → ı, İ → i (never i + U+0307)."""
    return _LOWER(unicodedata.normalize("NFC", text)).lower()


def upper(text: str) -> str:
    """Uppercase with Turkish rules: i → İ, ı → I."""
    return _UPPER(unicodedata.normalize("NFC", text)).upper()


@functools.lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Fold to lowercase ASCII letters so that 'IŞIK', 'ışık' and 'isik' compare equal.

    Dotted and dotless i both become 'i': a person typing on an English keyboard
    cannot tell them apart, so search and suggestions must not either. Cached: the search
    index folds every word of every page, and a library repeats a few thousand words.
    """
    text = _ASCII(lower(text))
    if text.isascii():  # the usual case once Turkish letters are folded: nothing to strip
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def slugify(text: str) -> str:
    """An ASCII slug for URLs and ids: 'Bizİzmir Dayanışma Noktaları' → 'bizizmir-dayanisma-noktalari'."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def heading_anchor(text: str, separator: str = "-") -> str:
    """The anchor of a Markdown heading (Python-Markdown's toc `slugify` signature).

    Markdown's own slugify drops letters without a decomposition, so 'Nereden başlamalı'
    became '#nereden-baslamal'; this keeps every Turkish letter as its ASCII base.
    """
    return slugify(text).replace("-", separator)


def sort_key(text: str) -> tuple:
    """Key for Turkish alphabetical order (case-insensitive, letters before digits and marks)."""
    lowered = lower(text)
    return (
        tuple(_RANK.get(ch, 100 + ord(ch)) for ch in lowered if ch.isalnum() or ch == " "),
        text,
    )


def collate(items, key=lambda x: x, lang: str = "tr"):
    """Sort items by a text key in the alphabetical order of the given language."""
    if lang == "tr":
        return sorted(items, key=lambda it: sort_key(key(it)))
    return sorted(items, key=lambda it: (fold(key(it)), key(it)))


# Vowel harmony of the question particle: the last vowel of the word decides (kitap mı,
# ev mi, okul mu, göz mü). A number is read out: 10 is "on" (mu), 2019 "…dokuz" (mu).
_PARTICLE = {**dict.fromkeys("aıâ", "mı"), **dict.fromkeys("eiî", "mi"),
             **dict.fromkeys("ouû", "mu"), **dict.fromkeys("öü", "mü")}
_UNITS = ["", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"]
_TENS = ["", "on", "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan"]


def _last_number_word(digits: str) -> str:
    """The last word of a whole number read aloud in Turkish: 2019 → 'dokuz', 300 → 'yüz'."""
    n = int(digits[-15:])
    if n == 0:
        return "sıfır"
    if n % 10:
        return _UNITS[n % 10]
    if n % 100:
        return _TENS[n % 100 // 10]
    for step, word in ((1000, "yüz"), (10**6, "bin"), (10**9, "milyon"), (10**12, "milyar")):
        if n % step:
            return word
    return "trilyon"


def question_particle(word: str) -> str:
    """The question particle that follows a word: 'Sonuçlar' mı, 'yaşlılar' mı, '11' mi."""
    text = lower(word.strip(" '\"`"))
    tail = re.search(r"\d+$", text)
    if tail and not re.search(r"[a-zçğıöşüâîû]", text[tail.start():]):
        text = _last_number_word(tail.group())
    for ch in reversed(text):
        if ch in _PARTICLE:
            return _PARTICLE[ch]
    return "mi"  # no vowel (an abbreviation): its letters are read "be, ce, de…"
