"""Search text normalisation: tokens with offsets, Turkish/English folding and light stemming.

This module and `overrides/assets/javascripts/kb-search-text.js` implement the same rules over
the same tables (`rules.py`, handed to the browser as `kb-search-rules.json`); the shared
cases in `tests/search/normalise_cases.json` are checked against both.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from kb.turkish import fold

from .rules import (
    APOSTROPHES,
    EN_ES_ENDINGS,
    EN_IRREGULAR,
    EN_MIN_LENGTH,
    EN_S_KEPT,
    JOINERS,
    MAX_STRIPS,
    MIN_STEM,
    SOFTENING,
    TR_DERIVATIONAL,
    TR_SUFFIXES,
    VOWELS,
)

# A word is a run of letters, digits and combining marks (a pasted "i̇" keeps its dot until
# folding removes it); hyphens and ampersands join a compound ("Ar-Ge", "R&D") and an
# apostrophe joins a Turkish proper noun to its suffix: "İzmir'de", "Ar-Ge'ye".
_WORD = r"(?:[^\W_]|[\u0300-\u036f])+"
_TOKEN = re.compile(rf"{_WORD}(?:[{re.escape(JOINERS)}]{_WORD})*(?:[{APOSTROPHES}]{_WORD})*")
_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")
_JOINER = re.compile(f"[{re.escape(JOINERS)}]")
_VOWELS = frozenset(VOWELS)
_INFLECTIONAL = tuple(s for s in TR_SUFFIXES if s not in TR_DERIVATIONAL)


def tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, word) for each word of NFC text; offsets index that same text."""
    for match in _TOKEN.finditer(text):
        yield match.start(), match.end(), match.group()


def nfc(text: str) -> str:
    """The canonical form every indexed and shown text is stored in (offsets refer to it)."""
    return unicodedata.normalize("NFC", text)


def _strips(word: str, suffixes: tuple[str, ...] = TR_SUFFIXES) -> Iterator[str]:
    """Every word left by removing one Turkish suffix (longest suffix first)."""
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            rest = word[: -len(suffix)]
            # Consonant softening: ışık → ışığı, sağlık → sağlığı ('g' once folded).
            # One-syllable words keep their ğ (bağ → bağı), hence the length check.
            if (suffix[0] in _VOWELS and len(rest) >= SOFTENING["min_length"]
                    and rest[-1] == SOFTENING["from"] and rest[-2] in _VOWELS):
                rest = rest[:-1] + SOFTENING["to"]
            yield rest


def stem_tr(word: str) -> str:
    """Strip Turkish inflections greedily from a folded word: 'yaslilara' → 'yasl'."""
    word = _APOSTROPHE.split(word, 1)[0]
    for _ in range(MAX_STRIPS):
        shorter = next(_strips(word, _INFLECTIONAL), None)
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
    if len(word) < EN_MIN_LENGTH:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(EN_ES_ENDINGS):
        return word[:-2]
    if word.endswith("s") and not word.endswith(EN_S_KEPT):
        word = word[:-1]  # 'womens', 'childrens': a possessive typed without its apostrophe
        return EN_IRREGULAR.get(word, word)
    return word


def stems(word: str, lang: str) -> list[str]:
    """The index terms of one folded word in the given language, the main one first."""
    return list(_stems(word, lang))


@functools.lru_cache(maxsize=1 << 16)
def _stems(word: str, lang: str) -> tuple[str, ...]:
    # A corpus repeats the same few thousand words: stem each once (most of the index time).
    return tuple(stems_tr(word)) if lang == "tr" else (stem_en(word),)


def analyse(text: str, lang: str) -> list[tuple[int, int, str, list[str], bool]]:
    """(start, end, folded word, stems, is_part) for each word of the NFC form of text.

    A compound ("Ar-Ge'ye", "R&D") is one word whose folded form drops the joiners ("arge'ye",
    "rd"), followed by its parts ("ar", "ge'ye") flagged is_part: the index holds both, so
    "arge", "Ar-Ge" and "ar ge" all find it; a query uses whole words only.
    """
    out = []
    for start, end, word in tokens(nfc(text)):
        for folded, stems_, is_part, offset, length in word_terms(word, lang):
            at = start + offset
            out.append((at, at + length if is_part else end, folded, list(stems_), is_part))
    return out


def words(text: str) -> list[str]:
    """The words of an NFC text, as analyse() finds them, without their places (what the
    index needs, at a fraction of the cost)."""
    return _TOKEN.findall(text)


@functools.lru_cache(maxsize=1 << 17)
def indexed_stems(word: str, lang: str) -> tuple[str, ...]:
    """The stems the index counts for one occurrence of a word: each parse's stem once, and
    a compound's parts' too (the query side meets any of them)."""
    return tuple(stem for _, stems_, _, _, _ in word_terms(word, lang)
                 for stem in dict.fromkeys(stems_))


@functools.lru_cache(maxsize=1 << 17)
def word_terms(word: str, lang: str) -> tuple[tuple[str, tuple[str, ...], bool, int, int], ...]:
    """(folded, stems, is_part, offset in the word, length) of a word and of a compound's
    parts. Cached: a library repeats a few thousand words a million times."""
    folded = fold(_JOINER.sub("", word))
    if not folded:
        return ()
    out = [(folded, _stems(folded, lang), False, 0, len(word))]
    if _JOINER.search(word):
        at = 0
        for part in _JOINER.split(word):
            part_folded = fold(part)
            if part_folded:
                out.append((part_folded, _stems(part_folded, lang), True, at, len(part)))
            at += len(part) + 1
    return tuple(out)


def terms(text: str, lang: str) -> list[list[str]]:
    """The stems of each word of a text: exactly what kb-search-text.js computes for it."""
    return [w[3] for w in analyse(text, lang)]
