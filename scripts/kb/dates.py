"""Dates as people write them, read into the library's form (YYYY, YYYY-MM, YYYY-MM-DD).

The form's bot takes them so (kb.proposal.values); the validator names the form it expects
when a file has a date written another way (kb.schema.types.PartialDate).
"""

from __future__ import annotations

import calendar
import re

from .turkish import fold

_MONTHS = {fold(name): n for n, names in enumerate((
    (), ("Ocak", "January", "Jan"), ("Şubat", "February", "Feb"), ("Mart", "March", "Mar"),
    ("Nisan", "April", "Apr"), ("Mayıs", "May"), ("Haziran", "June", "Jun"),
    ("Temmuz", "July", "Jul"), ("Ağustos", "August", "Aug"), ("Eylül", "September", "Sep"),
    ("Ekim", "October", "Oct"), ("Kasım", "November", "Nov"), ("Aralık", "December", "Dec")))
    for name in names}
_ISO = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_DAY_FIRST = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[./](\d{4})")
_YEAR_FIRST = re.compile(r"(\d{4})[./](\d{1,2})[./](\d{1,2})")
_WORDS = re.compile(r"(?:(\d{1,2})\s+)?([^\W\d_]+)\.?\s+(\d{4})")
# A year in a phrase: "2021 yılında", "2021 yılı", "2021'de", "in 2021".
_YEAR_PHRASE = re.compile(r"in\s+(\d{4})|(\d{4})(?:\s+yılı(?:nda)?|['’](?:de|da|te|ta))",
                          re.IGNORECASE)


def read(text: str) -> str | None:
    """A date in the library's form (YYYY, YYYY-MM or YYYY-MM-DD), or None.

    Day first as Turkish writes it (15.03.2024, 5.3.2024, 15/03/2024), month and year
    (03.2024, Mart 2024, March 2024), year first with dots, a year in a phrase (2021
    yılında, in 2021); never a day that does not exist.
    """
    text = text.strip()
    year = month = day = None
    if m := _ISO.fullmatch(text):
        year, month, day = m.group(1), m.group(2), m.group(3)
    elif m := _DAY_FIRST.fullmatch(text):
        day, month, year = m.groups()
    elif m := _YEAR_FIRST.fullmatch(text):
        year, month, day = m.groups()
    elif m := _MONTH_YEAR.fullmatch(text):
        month, year = m.groups()
    elif (m := _WORDS.fullmatch(text)) and fold(m.group(2)) in _MONTHS:
        day, month, year = m.group(1), str(_MONTHS[fold(m.group(2))]), m.group(3)
    elif m := _YEAR_PHRASE.fullmatch(text):
        year = m.group(1) or m.group(2)
    else:
        return None
    y = int(year)
    if not 1900 <= y <= 2100:
        return None
    if month is None:
        return f"{y:04d}"  # written 0-9, as the rest: '٢٠١٩' is 2019
    if not 1 <= int(month) <= 12:
        return None
    if day is None:
        return f"{y:04d}-{int(month):02d}"
    if not 1 <= int(day) <= calendar.monthrange(y, int(month))[1]:
        return None
    return f"{y:04d}-{int(month):02d}-{int(day):02d}"
