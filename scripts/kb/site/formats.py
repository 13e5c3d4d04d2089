"""Dates and numbers as a reader of each language writes them."""

from __future__ import annotations

from ..schema.types import UNKNOWN
from .i18n import t

MONTHS = {
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
           "Ekim", "Kasım", "Aralık"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}


def fmt_date(value: str | None, lang: str) -> str:
    """A partial date (2023, 2023-05, 2023-05-29) in words; `unknown` in the page language."""
    if not value or value == UNKNOWN:
        return t("unknown", lang)
    parts = str(value).split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[lang][int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def fmt_source_date(value: str | None, lang: str) -> str:
    """A source's publication date; unknown reads "date not known", not a bare "not known"."""
    return t("date_unknown", lang) if not value or value == UNKNOWN else fmt_date(value, lang)


def fmt_number(value: float | int, lang: str) -> str:
    """A number with the language's digit grouping and decimal mark."""
    text = f"{value:,}"
    if lang == "tr":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return text
