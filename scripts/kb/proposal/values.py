"""Lenient readings of one answer: what is unambiguous is accepted, and the form is told.

A vocabulary term may be written as its dropdown label, its id, its Turkish or English label,
with or without Turkish letters and in any case (`Kadin istihdami` → `kadın-istihdamı`).
Dates may be written the Turkish way (`15.03.2024` → `2024-03-15`), links without their
scheme (`www.izmir.bel.tr` → `https://www.izmir.bel.tr`).
"""

from __future__ import annotations

import difflib
import re

from .. import dates
from ..issueform import BY_ID, option_label, ordered_terms
from ..languages import Words
from ..narrative import pasted_bullets
from ..schema.types import UNKNOWN, UNKNOWN_WORDS
from ..turkish import slugify
from .form import Form

# Vocabularies longer than this are not listed whole in a hint.
LIST_LIMIT = 20


def key(text: str) -> str:
    """What two spellings of one answer share: folded letters and digits, one dash between."""
    return slugify(text)


class Terms:
    """A vocabulary as the form meets it: every way of writing a term, folded, to its id."""

    def __init__(self, vocabulary: str, terms: dict):
        self.vocabulary, self.terms = vocabulary, terms
        self.labels = {option_label(vocabulary, t): tid for tid, t in terms.items()}
        ids: dict[str, set] = {}
        for tid, t in terms.items():
            names = [option_label(vocabulary, t), str(tid), t["tr"], t["en"]]
            if vocabulary == "sdgs":
                names += [f"{tid}. {t['tr']}", f"{tid}. {t['en']}", f"SDG {tid}", f"SKA {tid}"]
            for name in names:
                ids.setdefault(key(name), set()).add(tid)
        self.by_key = {k: next(iter(v)) for k, v in ids.items() if k and len(v) == 1}

    def exact(self, text: str):
        """The id of a term written exactly as offered (its label or its id), else None."""
        if text in self.labels:
            return self.labels[text]
        return next((tid for tid in self.terms if str(tid) == text), None)

    def find(self, text: str):
        """The id of the term this text names, however it is spelled, else None."""
        found = self.exact(text)
        if found is not None:
            return found
        found = self.by_key.get(key(text))
        if found is None and " / " in text:  # 'Kadınlar / Women': both halves name one term
            halves = {self.by_key.get(key(h)) for h in text.split(" / ")}
            if len(halves) == 1:
                found = halves.pop()
        return found

    def closest(self, text: str):
        """A plausible term for an unknown text: one clearly close, or one word in common."""
        wanted = key(text)
        if not wanted:
            return None
        scores = {}
        for k, tid in self.by_key.items():
            scores[tid] = max(scores.get(tid, 0.0), difflib.SequenceMatcher(None, wanted, k).ratio())
        best = max(scores, key=scores.get, default=None)
        if best is not None and scores[best] >= 0.8:
            return best
        words = {w for w in wanted.split("-") if len(w) >= 4}
        sharing = {tid for k, tid in self.by_key.items()
                   if any(kw.startswith(w[:5]) for w in words for kw in k.split("-")
                          if len(kw) >= 4)}
        return sharing.pop() if len(sharing) == 1 else None

    def label(self, tid, lang: str) -> str:
        return self.terms[tid]["tr" if lang == "tr" else "en"]

    def allowed(self) -> Words:
        """The labels to write, in each language, for a hint; examples for long vocabularies."""
        ids = list(self.terms)
        out = []
        for lang in ("tr", "en"):
            ordered = ordered_terms(self.vocabulary, self.terms, lang)
            shown = ordered if len(ids) <= LIST_LIMIT else ordered[:3]
            text = ", ".join(f"'{self.label(t, lang)}'" for t in shown)
            if len(ids) > LIST_LIMIT:
                text += {"tr": f" … ({len(ids)} seçenek)", "en": f" … ({len(ids)} choices)"}[lang]
            out.append(text)
        return Words(*out)


def split_answer(value: str, terms: Terms) -> list[str]:
    """The choices of one answer: one a line or comma-separated, as GitHub renders a dropdown
    (or semicolon-separated, as people also type them).

    Labels may themselves hold commas ('16. Barış, Adalet ve Güçlü Kurumlar / …'): the longest
    run of comma-separated parts that names a term is one choice. No label holds a ';'.
    """
    out: list[str] = []
    lines = (re.sub(r"^[ \t]*[-*•][ \t]+", "", line).strip() for line in value.split("\n"))
    for choice_run in (part.strip() for line in lines for part in line.split(";")):
        parts = [p.strip() for p in choice_run.split(",")] if choice_run else []
        i = 0
        while i < len(parts):
            for j in range(min(len(parts), i + 8), i, -1):  # a label has a few commas at most
                joined = ", ".join(parts[i:j])
                if j == i + 1 or terms.find(joined) is not None:
                    if joined:
                        out.append(joined)
                    i = j
                    break
    return out


def choices(form: Form, fid: str, vocabularies: dict) -> list:
    """The vocabulary ids an answer names; each lenient reading noted, each unknown reported."""
    field = BY_ID[fid]
    terms = Terms(field.vocabulary, vocabularies.get(field.vocabulary, {}))
    out = []
    for choice in split_answer(form.get(fid), terms):
        tid = terms.find(choice)
        if tid is None:
            near = terms.closest(choice)
            suggestion = Words(terms.label(near, "tr"), terms.label(near, "en")) if near else ""
            code = "issue.option_many" if field.multiple else "issue.option"
            form.problem(fid, code, value=choice[:80], suggestion=suggestion,
                         allowed=terms.allowed())
            continue
        if tid in out:  # the same choice again: kept once, and said so
            form.corrected(fid, choice, tid, "issue.choice_repeated")
            continue
        if terms.exact(choice) is None:
            form.corrected(fid, choice, tid)
        out.append(tid)
    if not field.multiple and len(out) > 1:
        form.problem(fid, "issue.one_choice", allowed=terms.allowed())
    return out


def choice(form: Form, fid: str, vocabularies: dict):
    """The one vocabulary id of a single-choice answer, or None."""
    found = choices(form, fid, vocabularies)
    return found[0] if len(found) == 1 else None


def date(text: str) -> str | None:
    """A date in the library's form (YYYY, YYYY-MM, YYYY-MM-DD or `unknown`), or None
    (kb.dates.read: 15.03.2024, Mart 2024, 2021 yılında, …)."""
    return UNKNOWN if text.strip().lower() in UNKNOWN_WORDS else dates.read(text)


def read_date(form: Form, fid: str, text: str, code: str = "issue.date", **args) -> str | None:
    """A date answer read leniently; None (and a problem) when it is no date."""
    value = date(text)
    if value is None:
        form.problem(fid, code, value=text[:80], **args)
    elif value not in (text.strip(), UNKNOWN):
        form.corrected(fid, text, value)
    return value


_HOST = re.compile(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?:[/?#]\S*)?", re.IGNORECASE)
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]*)\]\(([^)\s]+)\)|<([^>\s]+)>")


def url(text: str) -> str:
    """A link with a missing `https://` added and a Markdown link reduced to its address.

    Anything else is returned as written, for the validator to judge.
    """
    value = text.strip()
    if m := _MARKDOWN_LINK.fullmatch(value):
        value = m.group(2) or m.group(3)
    if ":" not in value.split("/", 1)[0] and _HOST.fullmatch(value):
        value = "https://" + value
    return value


def markdown_link(text: str) -> tuple[str, str] | None:
    """(label, address) of a text that is one Markdown link with a label, else None."""
    m = _MARKDOWN_LINK.fullmatch(text.strip())
    return (m.group(1).strip(), m.group(2)) if m and m.group(2) and m.group(1).strip() else None


def email(text: str) -> str:
    """An e-mail address with its wrapping removed (`<a@b.tr>`, `mailto:a@b.tr`,
    `[a@b.tr](mailto:a@b.tr)`); anything else as written, for the validator to judge."""
    value = text.strip()
    if m := _MARKDOWN_LINK.fullmatch(value):
        value = m.group(2) or m.group(3)
    return value[len("mailto:"):] if value.lower().startswith("mailto:") else value


def read_email(form: Form, fid: str, text: str) -> str:
    """An e-mail answer read leniently (see email), the correction noted."""
    return _read(form, fid, text, email)


def read_section(form: Form, fid: str, text: str) -> str:
    """A section's Markdown with bullets pasted from a word processor made list items
    (Markdown would run them into one paragraph), the correction noted."""
    bullets = pasted_bullets(text)
    if not bullets:
        return text
    first = text[bullets[0][0]:].split("\n", 1)[0]
    form.corrected(fid, first.strip()[:60], "- " + first[bullets[0][1] - bullets[0][0]:][:58],
                   "issue.bullets")
    for start, end in reversed(bullets):
        text = text[:start] + "- " + text[end:]
    return text


def read_url(form: Form, fid: str, text: str) -> str:
    """A link answer read leniently (see url), the correction noted."""
    return _read(form, fid, text, url)


def _read(form: Form, fid: str, text: str, reading) -> str:
    """An answer as `reading` reads it; the form is told when that is not what was written."""
    value = reading(text)
    if value != text.strip():
        form.corrected(fid, text.strip(), value)
    return value
