"""The languages of the library, declared once: codes, names and where each site lives.

Turkish is the library's first language: its site is at the root and its title names a
practice's folder; English is at en/. Every page exists at the same path in both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Words(NamedTuple):
    """One text in each language; `words[lang]` would index by position, so use `.get(lang)`."""

    tr: str
    en: str

    def get(self, lang: str) -> str:
        return self.tr if lang == "tr" else self.en


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # in the language itself
    names: Words  # the language's name as each language says it
    root: str  # URL folder of this language's site, relative to the site root


LANGUAGES: tuple[Language, ...] = (
    Language("tr", "Türkçe", Words("Türkçe", "Turkish"), ""),
    Language("en", "English", Words("İngilizce", "English"), "en/"),
)
CODES: tuple[str, ...] = tuple(language.code for language in LANGUAGES)
FIRST = CODES[0]  # the language a practice's id and folder are made from
BY_CODE = {language.code: language for language in LANGUAGES}


def site_path(lang: str, path: str = "") -> str:
    """The path of a page of one language's site, from the root of the whole site."""
    return BY_CODE[lang].root + path


def others(lang: str) -> tuple[str, ...]:
    """The other languages, in declaration order."""
    return tuple(code for code in CODES if code != lang)
