"""Turkish-aware text handling: casefolding, ASCII folding, slugs and alphabetical order."""

from __future__ import annotations

import re
import unicodedata

_LOWER = str.maketrans({"I": "ı", "İ": "i"})
_UPPER = str.maketrans({"i": "İ", "ı": "I"})
# Letters that lose their marks when typed on a keyboard without Turkish layout.
_ASCII = str.maketrans(
    {"ç": "c", "ğ": "g", "ı": "i", "ö": "o", "ş": "s", "ü": "u", "â": "a", "î": "i", "û": "u"}
)
# Turkish alphabet order: Ç after C, Ğ after G, I (dotless) before İ, Ö after O, Ş after S, Ü after U.
_ALPHABET = "abcçdefgğhıijklmnoöpqrsştuüvwxyz"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
_RANK[" "] = -1


def lower(text: str) -> str:
    """Lowercase with Turkish rules: I → ı, İ → i (never i + U+0307)."""
    return unicodedata.normalize("NFC", text).translate(_LOWER).lower()


def upper(text: str) -> str:
    """Uppercase with Turkish rules: i → İ, ı → I."""
    return unicodedata.normalize("NFC", text).translate(_UPPER).upper()


def fold(text: str) -> str:
    """Fold to lowercase ASCII letters so that 'IŞIK', 'ışık' and 'isik' compare equal.

    Dotted and dotless i both become 'i': a person typing on an English keyboard
    cannot tell them apart, so search and suggestions must not either.
    """
    text = lower(text).translate(_ASCII)
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
