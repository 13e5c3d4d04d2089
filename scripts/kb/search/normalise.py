"""Search text normalisation: tokens with offsets, Turkish/English folding and light stemming.

This module and `overrides/assets/javascripts/kb-fold.js` implement the SAME rules; the
shared cases in `tests/search/normalise_cases.json` are checked against both. Change one,
change the other and the cases.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from kb.turkish import fold

# A word is a run of letters, digits and combining marks (a pasted "i̇" keeps its dot until
# folding removes it); an apostrophe joins a Turkish proper noun to its suffix: "İzmir'de".
_WORD = r"(?:[^\W_]|[\u0300-\u036f])+"
_TOKEN = re.compile(rf"{_WORD}(?:['’]{_WORD})*")
_APOSTROPHE = re.compile(r"['’]")

MIN_STEM = 3  # never strip a suffix that would leave fewer letters than this
MAX_STRIPS = 5  # "belediyelerinden" needs three; more would only over-stem

# Turkish inflectional suffixes after folding (so ı/i, ü/u and ç/c, ş/s already coincide):
# plural, possessive, case endings with buffer consonants n/y/s, instrumental -la/-le/-yla.
# Stripped longest-first, repeatedly, from the end of the word.
TR_SUFFIXES = tuple(sorted({
    "lar", "ler",
    "lari", "leri", "larin", "lerin", "si", "su", "im", "um", "imiz", "umuz", "iniz", "unuz",
    "a", "e", "ya", "ye", "na", "ne",
    "da", "de", "ta", "te", "nda", "nde",
    "dan", "den", "tan", "ten", "ndan", "nden",
    "in", "un", "nin", "nun",
    "i", "u", "yi", "yu", "ni", "nu",
    "la", "le", "yla", "yle",
}, key=lambda s: (-len(s), s)))

_VOWELS = frozenset("aeiou")

# A few English plurals that the s/es/ies rules cannot reach but that target groups use.
EN_IRREGULAR = {"women": "woman", "men": "man", "children": "child", "people": "person"}


def tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, word) for each word of NFC text; offsets index that same text."""
    for match in _TOKEN.finditer(text):
        yield match.start(), match.end(), match.group()


def nfc(text: str) -> str:
    """The canonical form every indexed and shown text is stored in (offsets refer to it)."""
    return unicodedata.normalize("NFC", text)


def _strips(word: str) -> Iterator[str]:
    """Every word left by removing one Turkish suffix (longest suffix first)."""
    for suffix in TR_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            rest = word[: -len(suffix)]
            # Consonant softening: ışık → ışığı, sağlık → sağlığı ('g' once folded).
            # One-syllable words keep their ğ (bağ → bağı), hence the length check.
            if suffix[0] in _VOWELS and len(rest) >= 4 and rest[-1] == "g" and rest[-2] in _VOWELS:
                rest = rest[:-1] + "k"
            yield rest


def stem_tr(word: str) -> str:
    """Strip Turkish inflections greedily from a folded word: 'yaslilara' → 'yasl'."""
    word = _APOSTROPHE.split(word, 1)[0]
    for _ in range(MAX_STRIPS):
        shorter = next(_strips(word), None)
        if shorter is None:
            break
        word = shorter
    return word


def stems_tr(word: str) -> list[str]:
    """The greedy stem first, then every other stem another parse reaches, longest first.

    Suffixes are ambiguous without a dictionary ('mersinde' is mersin+de or mersi+nde); a
    query and a text match when their stem sets meet, so neither parse has to be the right one.
    """
    word = _APOSTROPHE.split(word, 1)[0]
    ends: set[str] = set()
    frontier, depth = {word}, 0
    while frontier and depth <= MAX_STRIPS:
        following: set[str] = set()
        for form in frontier:
            parts = set(_strips(form)) if depth < MAX_STRIPS else set()
            if parts:
                following |= parts
            else:
                ends.add(form)
        frontier, depth = following, depth + 1
    primary = stem_tr(word)
    return [primary] + sorted(ends - {primary}, key=lambda s: (-len(s), s))


def stem_en(word: str) -> str:
    """Reduce a folded English word to its singular: 'municipalities' → 'municipality'."""
    word = _APOSTROPHE.split(word, 1)[0]
    if word in EN_IRREGULAR:
        return EN_IRREGULAR[word]
    if len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "zes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def stems(word: str, lang: str) -> list[str]:
    """The index terms of one folded word in the given language, the main one first."""
    return list(_stems(word, lang))


@functools.lru_cache(maxsize=1 << 16)
def _stems(word: str, lang: str) -> tuple[str, ...]:
    # A corpus repeats the same few thousand words: stem each once (most of the index time).
    return tuple(stems_tr(word)) if lang == "tr" else (stem_en(word),)


def analyse(text: str, lang: str) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, folded word, stems) for each word of the NFC form of text."""
    out = []
    for start, end, word in tokens(nfc(text)):
        folded = fold(word)
        if folded:
            out.append((start, end, folded, stems(folded, lang)))
    return out


def terms(text: str, lang: str) -> list[list[str]]:
    """The stems of each word of a text: exactly what kb-fold.js computes for the same text."""
    return [s for _, _, _, s in analyse(text, lang)]
