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
_LINKS = re.compile(
    r"\]\(\s*<?([^)\s>]+)|<([a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*)>|(?:href|src)\s*=\s*[\"']?([^\"'\s>]+)",
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


def parse_sections(body: str, body_line: int, lang: str, path: str
                   ) -> tuple[dict[str, str], list[Diagnostic]]:
    """Split the body into {section id: markdown} and report template or link problems."""
    expected, ids, by_fold = _template(lang)
    errors: list[Diagnostic] = []
    sections: dict[str, list[str]] = {}
    found: list[tuple[str, int]] = []
    current: str | None = None
    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        n = body_line + offset
        # The cheap `in` tests skip the regular expressions on most lines of prose.
        if ("`" in line or "~" in line) and _FENCE.match(line):
            in_fence = not in_fence
        if not in_fence:
            links = _LINKS.finditer(line) if ("](" in line or "<" in line or "=" in line) else ()
            for m in links:
                group = next(i for i, g in enumerate(m.groups(), start=1) if g)
                target = m.group(group)
                scheme = _SCHEME.match(target)
                if scheme and scheme.group(1).lower() not in URL_SCHEMES:
                    errors.append(diag(path, n, m.start(group) + 1, "body.link_scheme",
                                       value=target[:60]))
            h = _H.match(line) if line.startswith("#") else None
            if h and len(h.group(1)) == 1:
                errors.append(diag(path, n, 1, "body.h1"))
                continue
            if h and len(h.group(1)) == 2:
                sid = ids.get(fold(h.group(2)))
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
                continue
        if current:
            sections[current].append(line)
    order = [sid for sid, _ in found]
    all_ids = [sid for sid, _, _ in SECTIONS]
    for (sid, _, _), heading in zip(SECTIONS, expected, strict=True):
        if sid not in sections:
            errors.append(diag(path, body_line, 1, "body.section_missing", heading=heading,
                               all=" / ".join(expected)))
        elif not "\n".join(sections[sid]).strip():
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
    return {sid: "\n".join(lines).strip() for sid, lines in sections.items()}, errors
