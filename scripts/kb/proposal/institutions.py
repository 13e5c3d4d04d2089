"""Municipalities and organisations found by what a proposer writes, and plausible suggestions.

A record is found by its id, by its Turkish or English name in any spelling, or by the
distinctive part of its name alone ('Buca' for Buca Belediyesi) when only one record has it.
A suggestion compares distinctive parts only: 'Çiğli Belediyesi' is not 'Şişli Belediyesi'
just because both end in 'belediyesi', and with a province given only records of that
province are considered.
"""

from __future__ import annotations

import difflib
from typing import NamedTuple

from .values import key

# Words that every municipality or unit name has: they say nothing about which one it is.
GENERIC = {"belediyesi", "belediye", "buyuksehir", "municipality", "metropolitan", "city", "of",
           "the", "il", "ilce", "baskanligi", "mudurlugu", "dairesi", "directorate",
           "department", "and", "ve"}
CLOSE = 0.8  # how alike two distinctive parts must be to be suggested


class Found(NamedTuple):
    id: str
    exact: bool  # written as the id or the Turkish name itself: nothing to tell the proposer


def distinctive(name: str) -> str:
    """The words of a name that tell it from others: 'Çiğli Belediyesi' → 'cigli'."""
    return "-".join(w for w in key(name).split("-") if w not in GENERIC)


def _names(rid: str, record: dict) -> list[str]:
    names = record.get("name", {})
    return [rid, names.get("tr", ""), names.get("en", "")]


def find(text: str, pools: list[dict[str, dict]]) -> Found | None:
    """The record a text names, searching the pools in order; None if none or several."""
    text = text.strip()
    for pool in pools:
        if text in pool:
            return Found(text, True)
        for rid, record in pool.items():
            if text == record.get("name", {}).get("tr"):
                return Found(rid, True)
    wanted = key(text)
    for pool in pools:
        hits = [rid for rid, r in pool.items() if wanted in {key(n) for n in _names(rid, r)}]
        if len(hits) == 1:
            return Found(hits[0], False)
    short = distinctive(text)
    if short:
        for pool in pools:
            hits = [rid for rid, r in pool.items()
                    if short in {distinctive(n) for n in _names(rid, r) if n}]
            if len(hits) == 1:
                return Found(hits[0], False)
    return None


def suggest(text: str, candidates: dict[str, dict]) -> str:
    """The id of the one candidate whose distinctive name is close to the text's, or ''."""
    short = distinctive(text)
    if not short:
        return ""
    best, score = "", 0.0
    for rid, record in candidates.items():
        for name in _names(rid, record):
            other = distinctive(name) if name else ""
            if other:
                ratio = difflib.SequenceMatcher(None, short, other).ratio()
                if ratio > score:
                    best, score = rid, ratio
    return best if score >= CLOSE else ""


def in_province(municipalities: dict[str, dict], province) -> dict[str, dict]:
    """The municipalities of one province (all of them if no province is known)."""
    if not province:
        return municipalities
    return {rid: r for rid, r in municipalities.items() if r.get("province") == province}


def related(organisations: dict[str, dict], municipality: str) -> dict[str, dict]:
    """Organisations that are part of a municipality, directly or through another unit."""
    out: dict[str, dict] = {}
    for rid, record in organisations.items():
        seen, parent = set(), record.get("parent")
        while parent and parent not in seen:
            if parent == municipality:
                out[rid] = record
                break
            seen.add(parent)
            parent = organisations.get(parent, {}).get("parent")
    return out


def metropolitan(municipalities: dict[str, dict], province) -> str:
    """The id of a province's metropolitan municipality, or '' if it has no record."""
    for rid, record in municipalities.items():
        if record.get("type") == "metropolitan" and record.get("province") == province:
            return rid
    return ""
