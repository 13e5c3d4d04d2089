"""The narrative body of a language file: fixed H2 sections, bounded Markdown and safe links.

Links are read as the site's parser (kb.markdown) reads them, so that what the
validator accepts is exactly what the page shows: a link the sanitiser would drop, an image,
raw HTML, is reported here instead of silently disappearing from the page.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import markdown
from .diagnostics import Diagnostic, diag
from .languages import Words
from .schema.fields import SECTIONS
from .schema.types import invisible, suggest
from .turkish import fold

# Bounds that keep the parser's work small on any input (measured on the parser before
# kb.markdown's: its link parsing grew with the square of the '[' in a paragraph, and nested
# lists overflowed its stack).
MAX_LINE = 4000  # characters in one line
MAX_BRACKETS = 100  # '[' in one paragraph (a paragraph with 50 links has 50)
MAX_INDENT = 16  # leading spaces: lists nested about eight deep
MAX_QUOTE = 4  # '>' quote levels

_INLINE_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)")
# In these, a link may hide (entities, reference definitions, raw HTML) or an image may be:
# such a section is rendered and its HTML inspected instead of read with _INLINE_LINK.
_NEEDS_RENDERING = ("<", "&", "![", "]:")
# A bullet pasted from a word processor ('•', '·', '▪', '◦' or '–' and a space or tab, at a
# line's start): Markdown makes no list item of it, and runs the lines into one paragraph.
_BULLETS = "•·▪◦–"
_PASTED_BULLET = re.compile(f"^[ \t]*([{_BULLETS}][ \t]+)", re.MULTILINE)


def pasted_bullets(body: str) -> list[tuple[int, int]]:
    """(start, end) of each pasted bullet in a Markdown text, its spaces included: what
    _PASTED_BULLET finds, looked for only where a bullet character is (a dash in '2019–2024'
    sent many a body through the expression, which tries every line)."""
    if not any(ch in body for ch in _BULLETS):  # most bodies: five searches at C speed
        return []
    found = []
    for bullet in _BULLETS:
        i = body.find(bullet)
        while i >= 0:
            after = i + 1
            if body[after : after + 1] in (" ", "\t") and not body[
                    body.rfind("\n", 0, i) + 1 : i].strip(" \t"):  # the line's first mark
                while body[after : after + 1] in (" ", "\t"):
                    after += 1
                found.append((i, after))
            i = body.find(bullet, i + 1)
    return sorted(found)


# What can make a line starting with '#' no heading (a fenced code block, an HTML block), or
# a line with spaces before its '#' one: a body with any is read by the page's parser
# (kb.markdown.blocks), the others line by line.
_BLOCK_MARKERS = ("```", "~~~", "<")
_INDENTED_HEADING = re.compile(r"^ {1,3}#", re.MULTILINE)


def _heading_lines(lines: list[str], body: str, bounded: bool) -> tuple[list[int], list[int]]:
    """The lines that may be headings, and the opening lines of code blocks never closed.
    A body beyond the bounds (_limits) is read line by line: the parser is not given it."""
    heads = [i for i, line in enumerate(lines) if line[:1] == "#"]
    # A marker's first character is searched for first: one character is found at C speed,
    # where a longer needle makes the search compare at most places of a Turkish text.
    if not bounded or not (any(m[0] in body and m in body for m in _BLOCK_MARKERS)
            or (" #" in body and _INDENTED_HEADING.search(body))):
        return heads, []
    found = markdown.blocks(body)
    return sorted({i for i in heads if i not in found.covered} | found.headings), found.unclosed


_QUOTES = re.compile(r"^(?:[ ]{0,3}>){" + str(MAX_QUOTE + 1) + "}", re.MULTILINE)


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


def heading(line: str) -> tuple[int, str] | None:
    """(level, text) of a '#' heading line as the page and GitHub's preview read it
    (CommonMark): one to six '#', then a space, a tab or the line's end; a closing run of '#'
    after a space is dropped ('## Sonuçlar ##'). None for a line that is text there
    ('#BizİzmirDayanışma', '#1 öncelik', '##Sonuçlar'). Linear in the line."""
    level = len(line) - len(line.lstrip("#"))
    if not 1 <= level <= 6 or line[level:level + 1] not in ("", " ", "\t"):
        return None
    text = line[level:].strip(" \t")
    unclosed = text.rstrip("#")
    if not unclosed:
        return level, ""
    if unclosed != text and unclosed[-1] in " \t":
        text = unclosed.rstrip(" \t")
    return level, text


def tight_section(line: str, lang: str) -> str | None:
    """The section heading a line such as '##Sonuçlar' names ('Sonuçlar'), though without the
    space after '##' it is a line of text to GitHub's preview (the page writes its headings
    itself); None if it names no section."""
    if line[:2] != "##" or line[2:3] in ("", " ", "\t", "#"):
        return None
    text = line[2:].rstrip("#").strip()
    return text if _section_id(lang, text) else None


def _limits(lines: list[str], body: str, body_line: int, path: str) -> list[Diagnostic]:
    """Lines, brackets and nesting beyond the bounds, located; cheap when there are none."""
    errors = []
    if max(map(len, lines), default=0) > MAX_LINE:
        errors += [diag(path, body_line + i, MAX_LINE + 1, "body.line_too_long",
                        length=len(line), max=MAX_LINE)
                   for i, line in enumerate(lines) if len(line) > MAX_LINE]
    if body.count("[") > MAX_BRACKETS:
        start, count = 0, 0
        for i, line in enumerate(lines + [""]):
            if not line.strip():
                if count > MAX_BRACKETS:
                    errors.append(diag(path, body_line + start, 1, "body.too_many_brackets",
                                       count=count, max=MAX_BRACKETS))
                start, count = i + 1, 0
            else:
                count += line.count("[")
    if "\n" + " " * (MAX_INDENT + 1) in "\n" + body:
        for i, line in enumerate(lines):
            indent = len(line) - len(line.lstrip(" "))
            if indent > MAX_INDENT and line.strip():
                errors.append(diag(path, body_line + i, 1, "body.too_deep", max=MAX_INDENT))
                break
    if not all(map(str.isprintable, lines)):  # the usual body is: no search needed
        for i, line in enumerate(lines):
            found = invisible(line)
            if found:
                errors.append(diag(path, body_line + i, found[0], "text.invisible",
                                   position=found[0], char=found[1]))
    if ">" in body:
        m = _QUOTES.search(body)
        if m:
            errors.append(diag(path, body_line + body.count("\n", 0, m.start()), 1,
                               "body.quote_too_deep", max=MAX_QUOTE))
    return errors


Anchor = tuple[str, int, int]  # anchor name, line, column


def _locate(lines: list[str], first: int, needles: list[str]) -> tuple[int, int]:
    """The line and column of the first needle found in the lines, else the first line."""
    for needle in needles:
        if not needle:
            continue
        for i, line in enumerate(lines):
            col = line.find(needle)
            if col >= 0:
                return first + i, col + 1
    return first, 1


_REMOVED_CODES = {"image": "body.image", "embed": "body.embed", "tag": "body.html_tag",
                  "attribute": "body.html_attribute"}


def _section_links(lines: list[str], first: int, path: str
                   ) -> tuple[list[Diagnostic], list[Anchor]]:
    """Links of one section that the page would not show, and the #anchors it links to."""
    text = "\n".join(lines)
    under = _underline(lines)
    if "[" not in text and "<" not in text and under is None:
        return [], []
    errors: list[Diagnostic] = []
    anchors: list[Anchor] = []
    if under is None and not any(marker in text for marker in _NEEDS_RENDERING):
        for i, line in enumerate(lines):
            if "](" in line:
                for m in _INLINE_LINK.finditer(line):
                    target = m.group(1)
                    _judge(target, first + i, m.start(1) + 1, path, errors, anchors)
        return errors, anchors
    removed, linked = markdown.inspect(markdown.to_html(text))
    for r in removed:
        if (r.kind == "tag" and r.value in ("h1", "h2") and under is not None
                and f"<{r.value}" not in text.lower()):  # made by the underline, not a tag
            errors.append(diag(path, first + under, 1, "body.setext_heading",
                               value=lines[under - 1].strip()[:60], mark=lines[under].strip()[:10]))
            continue
        if r.kind == "link":
            line, col = _locate(lines, first, [f"]({r.value}", r.value, "](", "href"])
            _judge(r.value, line, col, path, errors, anchors)
        else:
            needle = {"tag": f"<{r.value}", "embed": f"<{r.value}", "attribute": f"{r.value}=",
                      "image": "!["}[r.kind]
            line, col = _locate(lines, first, [needle, r.value, "<"])
            errors.append(diag(path, line, col, _REMOVED_CODES[r.kind], value=r.value[:60]))
    for name in linked:
        line, col = _locate(lines, first, [f"(#{name}", f"#{name}"])
        anchors.append((name, line, col))
    return errors, anchors


def _underline(lines: list[str]) -> int | None:
    """The first line of '-' or '=' alone right under a line of text (at most three spaces
    before it): CommonMark makes the text above it a heading (a 'setext' heading), which the
    page's sanitiser would leave as plain text. None if there is none (most sections)."""
    for i in range(1, len(lines)):
        line = lines[i]
        if line[:1] not in ("-", "=", " ") or not lines[i - 1].strip():
            continue
        mark = line.strip(" \t")
        if mark and (not mark.strip("-") or not mark.strip("=")) and len(line) - len(line.lstrip(" ")) <= 3:
            return i
    return None


def _judge(target: str, line: int, col: int, path: str, errors: list[Diagnostic],
           anchors: list[Anchor]) -> None:
    problem = markdown.link_problem(target)
    if problem:
        code = {"scheme": "body.link_scheme", "no_host": "body.link_no_host"}.get(
            problem, "body.link_relative")
        errors.append(diag(path, line, col, code, value=target[:60]))
    elif target.startswith("#"):
        anchors.append((target[1:], line, col))


class Narrative(NamedTuple):
    """A body split into its sections, what is wrong with it, and what it links to."""

    sections: dict[str, str]  # section id → Markdown
    errors: list[Diagnostic]
    anchors: list[Anchor]  # #anchors it links to, for the caller to check against the page
    lines: dict[str, int]  # section id → line of its heading


def parse_sections(body: str, body_line: int, lang: str, path: str) -> Narrative:
    """Split the body into {section id: markdown}; report template, bound and link problems."""
    expected, _, by_fold = _template(lang)
    lines = body.split("\n")
    errors = _limits(lines, body, body_line, path)
    bounded = not errors
    sections: dict[str, list[str]] = {}
    starts: dict[str, int] = {}  # section id → index of its first line
    found: list[tuple[str, int]] = []
    anchors: list[Anchor] = []
    current: str | None = None
    start = 0  # first line of the running stretch of the current section
    heads, unclosed = _heading_lines(lines, body, bounded)
    errors += [diag(path, body_line + i, 1, "body.fence_unclosed", value=lines[i].strip()[:20])
               for i in unclosed]
    before = lines[: heads[0] if heads else len(lines)]
    stray = next((i for i, line in enumerate(before) if line.strip()), None)
    if stray is not None and heads:  # with no heading at all, the missing sections say it
        errors.append(diag(path, body_line + stray, 1, "body.before_sections",
                           first=expected[0]))
    for i in heads:
        line = lines[i].lstrip(" ")  # up to three spaces before a heading's '#'
        at = len(lines[i]) - len(line)  # columns are counted from the '#'
        found_heading = heading(line)
        if found_heading is None:
            named = tight_section(line, lang)
            if named is None:
                continue  # a line of text that starts with '#'
            errors.append(diag(path, body_line + i, at + 3, "body.heading_space", severity="warning",
                               value=line.strip()[:80], fixed="## " + line[2:].strip()))
            found_heading = (2, named)
        level, text = found_heading
        if level > 2:
            continue  # a deeper heading is part of the section's text
        if current:
            sections[current].extend(lines[start:i])
        start = i + 1
        n = body_line + i
        if level == 1:
            errors.append(diag(path, n, at + 1, "body.h1"))
            continue
        sid = _section_id(lang, text)
        if sid is None:
            errors.append(diag(path, n, at + 4, "body.section_unknown", value=text[:80],
                               heading=text[:80], all=" / ".join(expected),
                               suggestion=by_fold.get(suggest(text[:80], by_fold), "")))
            current = None
            continue
        if sid in sections:
            errors.append(diag(path, n, at + 4, "body.section_duplicate", heading=text))
            current = sid
            continue
        current = sid
        found.append((sid, n))
        sections[sid] = []
        starts[sid] = i + 1
    if current:
        sections[current].extend(lines[start:])
    if bounded:  # rendering a body beyond the bounds is what the bounds prevent
        for sid, section_lines in sections.items():
            errs, links = _section_links(section_lines, body_line + starts[sid], path)
            errors += errs
            anchors += links
    texts = {sid: "\n".join(lines).strip() for sid, lines in sections.items()}
    template = _template_errors(texts, found, expected, body_line, path)
    # Sections that a code block never closed has swallowed are told by that block's message,
    # and a section whose heading is misspelt by that heading's ('## Resultz': did you mean…).
    misspelt = {dict(d.args).get("suggestion") for d in errors if d.code == "body.section_unknown"}
    errors += [d for d in template if not (d.code == "body.section_missing" and (
        unclosed or dict(d.args).get("heading") in misspelt))]
    missing = [sid for sid, _, _ in SECTIONS if sid not in texts]
    if missing and not unclosed:
        errors = _misleveled(lines, missing, lang, expected, body_line, path, errors)
    return Narrative(texts, errors, anchors, dict(found))


_BOLD_LINE = re.compile(r"(\*\*|__)(.+?)\1[ \t]*")


def _misleveled(lines: list[str], missing: list[str], lang: str, expected: list[str],
                body_line: int, path: str, errors: list[Diagnostic]) -> list[Diagnostic]:
    """A missing section written as another heading level ('### Bağlam', '# Bağlam') or as a
    line in bold ('**Bağlam**'): told at that line, instead of 'missing' (and 'level-1')."""
    named: dict[str, tuple[int, str, Words]] = {}
    for i, raw in enumerate(lines):
        line = raw.strip()
        found = heading(line) if line[:1] == "#" else None
        if found and found[0] == 2:  # a '## ' line that is no heading (in a code block, say)
            found = None
        bold = _BOLD_LINE.fullmatch(line) if not found and line[:2] in ("**", "__") else None
        text = found[1] if found else bold.group(2).strip() if bold else None
        sid = _section_id(lang, text) if text else None
        if sid in missing and sid not in named:
            what = (Words("kalın yazılmış bir satır", "a line in bold") if bold else
                    Words(f"{found[0]}. düzey bir başlık", f"a level-{found[0]} heading"))
            named[sid] = (i, line, what)
    if not named:
        return errors
    titles = dict(zip((sid for sid, _, _ in SECTIONS), expected, strict=True))
    lines_at = {body_line + i for i, _, _ in named.values()}
    kept = [d for d in errors if not (
        (d.code == "body.section_missing" and any(dict(d.args).get("heading") == titles[sid]
                                                   for sid in named))
        or (d.code in ("body.h1", "body.before_sections") and d.line in lines_at))]
    return kept + [diag(path, body_line + i, 1, "body.heading_level", value=line[:80],
                        heading=titles[sid], what=what)
                   for sid, (i, line, what) in named.items()]


def _template_errors(sections: dict[str, str], found: list[tuple[str, int]],
                     expected: list[str], body_line: int, path: str) -> list[Diagnostic]:
    """Missing, empty and misordered sections."""
    errors = []
    order = [sid for sid, _ in found]
    all_ids = [sid for sid, _, _ in SECTIONS]
    for (sid, _, _), heading_text in zip(SECTIONS, expected, strict=True):
        if sid not in sections:
            errors.append(diag(path, body_line, 1, "body.section_missing", heading=heading_text,
                               all=" / ".join(expected)))
        elif not sections[sid]:
            line = dict(found)[sid]
            errors.append(diag(path, line, 1, "body.section_empty", heading=heading_text))
    present = [s for s in all_ids if s in order]
    if order != present and len(set(order)) == len(order):
        for (sid, n), want in zip(found, present, strict=True):
            if sid != want:
                heading_text = expected[all_ids.index(sid)]
                errors.append(diag(path, n, 1, "body.section_order", heading=heading_text,
                                   all=" / ".join(expected)))
                break
    return errors
