"""The narrative body of a language file: fixed H2 sections and safe links."""

from __future__ import annotations

import functools
import re

from .diagnostics import Diagnostic, diag
from .schema.fields import SECTIONS
from .schema.types import URL_SCHEMES, suggest
from .turkish import fold

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_H = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
# Markdown links and images [text](target), autolinks <scheme:…>, and raw href/src attributes.
# The leading look-ahead only lets the search skip, cheaply, characters no link starts with.
_LINKS = re.compile(
    r"(?=[\]<hs])(?:"
    r"\]\(\s*<?([^)\s>]+)|<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*)>|(?:href|src)\s*=\s*[\"']?([^\"'\s>]+)"
    r")",
    re.IGNORECASE,
)
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


def headings(lang: str) -> list[str]:
    """The H2 headings of the narrative template in one language, in order."""
    return [tr if lang == "tr" else en for _, tr, en in SECTIONS]


@functools.cache
def _template(lang: str) -> tuple[list[str], dict[str, str], dict[str, str]]:
    expected = headings(lang)
    ids = {fold(h): sid for (sid, _, _), h in zip(SECTIONS, expected, strict=True)}
    return expected, ids, {fold(h): h for h in expected}


@functools.lru_cache(maxsize=4096)
def _section_id(lang: str, heading: str) -> str | None:
    """The section id of an H2 heading text (the same few headings recur in every file)."""
    return _template(lang)[1].get(fold(heading))


def _fenced_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines inside a code fence, the opening fence line included."""
    fenced: set[int] = set()
    in_fence = False
    for i, line in enumerate(lines):
        if ("`" in line or "~" in line) and _FENCE.match(line):
            in_fence = not in_fence
        if in_fence:
            fenced.add(i)
    return fenced


def _link_errors(lines: list[str], body_line: int, fenced: set[int], path: str
                 ) -> list[Diagnostic]:
    """Links whose scheme is not allowed, outside code fences, located by line and column."""
    errors = []
    for i, line in enumerate(lines):
        # The cheap `in` tests skip the regular expression on most lines of prose.
        if ("](" in line or "<" in line or "=" in line) and i not in fenced:
            for m in _LINKS.finditer(line):
                group = next(g for g, text in enumerate(m.groups(), start=1) if text)
                target = m.group(group)
                scheme = _SCHEME.match(target)
                if scheme and scheme.group(1).lower() not in URL_SCHEMES:
                    errors.append(diag(path, body_line + i, m.start(group) + 1,
                                       "body.link_scheme", value=target[:60]))
    return errors


def parse_sections(body: str, body_line: int, lang: str, path: str
                   ) -> tuple[dict[str, str], list[Diagnostic]]:
    """Split the body into {section id: markdown} and report template or link problems."""
    expected, _, by_fold = _template(lang)
    lines = body.split("\n")
    # Most bodies have no code fence: then the fence scan is skipped altogether.
    fenced = _fenced_lines(lines) if ("```" in body or "~~~" in body) else set()
    # Nor, in most, anything a link could start with.
    errors = (_link_errors(lines, body_line, fenced, path)
              if ("](" in body or "<" in body or "=" in body) else [])
    sections: dict[str, list[str]] = {}
    found: list[tuple[str, int]] = []
    current: str | None = None
    start = 0  # first line of the running stretch of the current section
    for i in [i for i, line in enumerate(lines) if line[:1] == "#" and i not in fenced]:
        h = _H.match(lines[i])
        if not h or len(h.group(1)) > 2:
            continue  # a deeper heading is part of the section's text
        if current:
            sections[current].extend(lines[start:i])
        start = i + 1
        n = body_line + i
        if len(h.group(1)) == 1:
            errors.append(diag(path, n, 1, "body.h1"))
            continue
        sid = _section_id(lang, h.group(2))
        if sid is None:
            errors.append(diag(path, n, 4, "body.section_unknown", value=h.group(2),
                               heading=h.group(2), all=" / ".join(expected),
                               suggestion=by_fold.get(suggest(h.group(2), by_fold), "")))
            current = None
            continue
        if sid in sections:
            errors.append(diag(path, n, 4, "body.section_duplicate", heading=h.group(2)))
            current = sid
            continue
        current = sid
        found.append((sid, n))
        sections[sid] = []
    if current:
        sections[current].extend(lines[start:])
    texts = {sid: "\n".join(lines).strip() for sid, lines in sections.items()}
    errors.extend(_template_errors(texts, found, expected, body_line, path))
    return texts, errors


def _template_errors(sections: dict[str, str], found: list[tuple[str, int]],
                     expected: list[str], body_line: int, path: str) -> list[Diagnostic]:
    """Missing, empty and misordered sections."""
    errors = []
    order = [sid for sid, _ in found]
    all_ids = [sid for sid, _, _ in SECTIONS]
    for (sid, _, _), heading in zip(SECTIONS, expected, strict=True):
        if sid not in sections:
            errors.append(diag(path, body_line, 1, "body.section_missing", heading=heading,
                               all=" / ".join(expected)))
        elif not sections[sid]:
            line = dict(found)[sid]
            errors.append(diag(path, line, 1, "body.section_empty", heading=heading))
    present = [s for s in all_ids if s in order]
    if order != present and len(set(order)) == len(order):
        for (sid, n), want in zip(found, present, strict=True):
            if sid != want:
                heading = expected[all_ids.index(sid)]
                errors.append(diag(path, n, 1, "body.section_order", heading=heading,
                                   all=" / ".join(expected)))
                break
    return errors
