"""The hand-written pages (docs/<lang>/*.md): the rules they meet, told like a practice's.

These pages are published as their Markdown renders, HTML included, so what they may hold is
narrower than a narrative: a `# title` first, headings in order, no raw HTML or images, links
only to the site's own pages (by file: about.md, catalogue/index.md) or to http, https and
mailto addresses. Each page exists in both languages with the same headings, links and code
blocks, so that the language switch leads to the same page. Their prose meets the spelling
rules of practices (kb.checks.text), and Turkish prose is written with Turkish letters: a
word typed without them is told when a word with them folds to it (known from the Turkish
pages, the vocabularies and spelling.yml's page_words).
"""

from __future__ import annotations

import bisect
import posixpath
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from ..diagnostics import Diagnostic, diag
from ..kinds import CATALOGUE, KINDS, REFERENCE
from ..languages import BY_CODE, CODES, FIRST
from ..layout import DOCS, page_files
from ..markdown import SAFE_SCHEMES, is_absolute, tokens
from ..schema.types import suggest
from ..settings import markdown_extensions
from ..sourcefile import read_text
from ..turkish import TURKISH_LETTERS, fold, lower, slugify, upper
from . import text as text_rules

# Shorter words are left out of the Turkish-letter rule: too many real pairs differ only by a
# letter ("ise"/"işe", "mi"/"mı", suffixes such as "nun"/"nün").
MIN_LENGTH = 4
_WORD = re.compile(r"[^\W\d_]+")
_INLINE_CODE = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
SHOWN = 60  # characters of a tag or link a message quotes
# What Python-Markdown (MkDocs) passes through as an HTML tag, though CommonMark reads some
# of it as text ('<a:b onclick="…">'): a tag name up to a space or '>', no '@' (an e-mail
# address); '<https://…>' is a link to it, not a tag.
_MKDOCS_TAG = re.compile(r"</?[A-Za-z][^<>@\s]*(?:\s[^<>]*)?>")
_MKDOCS_AUTOLINK = re.compile(r"<(?:[Ff]|[Hh][Tt])[Tt][Pp][Ss]?://")
# An attribute list as MkDocs sites write them ('{#id}', '{: .class}', '{onclick="…"}'): this
# site does not read them (mkdocs.yml has no attr_list: they could put a script on a page).
_ATTRIBUTE_LIST = re.compile(r"\{:?[ \t]*(?:[#.][\w-]+|[A-Za-z_][\w-]*[ \t]*=)[^{}\n]*\}")
PRACTICES = next(kind.folder for kind in KINDS if kind.source == "practice")


class Mark(NamedTuple):
    """A link, an image or raw HTML, as a page writes it."""

    kind: str  # "link" | "image" | "html"
    value: str  # the link's target, the image's address, or the HTML (cut to SHOWN)
    line: int
    col: int


class Page(NamedTuple):
    """One hand-written page as the checks read it."""

    lang: str
    name: str  # its path under docs/<lang>/: 'about.md'
    path: str  # as findings show it: 'docs/tr/about.md'
    text: str
    headings: list[tuple[int, str, int, int]]  # level, title, line, column
    marks: list[Mark]
    blocks: list[int]  # first line of every fenced or indented code block
    prose: str  # the text with code and link targets blanked (offsets kept)
    starts: list[int]  # the offset of each line's first character

    def at(self, offset: int) -> tuple[int, int]:
        """The line and column of an offset in the text (or in its prose)."""
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def check(root: Path, vocabularies: dict, records: dict, practices: list[str],
          institutions: text_rules.Heads, names: text_rules.Names = text_rules.NO_NAMES,
          linked: list[tuple[str, str, int, int]] | None = None) -> list[Diagnostic]:
    """Every finding in the hand-written pages. linked, if given, receives the practices
    the pages link, (id, file, line, column): a draft's has no page on the published site
    (drafts are known once the practices are loaded: kb.library)."""
    found, out = page_files(root)
    if not any(found.values()):
        return out
    generated = _Generated(vocabularies, records, practices)
    pages: dict[str, dict[str, Page]] = {lang: {} for lang in CODES}
    for lang, named in found.items():
        for name, path in named.items():
            shown = f"{DOCS}/{lang}/{name}"
            text, errors = read_text(path, shown, root)
            out += errors
            if text is not None:
                page = _read(lang, name, shown, text)
                pages[lang][name] = page
                out += _own(page, set(named), generated, linked)
    told = {(d.file, d.line, d.column) for d in out}
    for by_name in pages.values():
        out += _anchors(by_name, told, root)
    # A link with a problem of its own is told that, not also that the other language lacks it.
    told = {(d.file, d.line, d.column) for d in out}
    out += _translations(found, pages, told)
    known = _known_words(pages[FIRST].values(), vocabularies)
    english = _names()
    for lang, by_name in pages.items():
        for page in by_name.values():
            out += _spelling(page, institutions if lang == FIRST else None,
                             known if lang == FIRST else english, names)
    return out


def _read(lang: str, name: str, path: str, text: str) -> Page:
    lines = text.split("\n")
    headings, marks, blocks, covered = [], [], [], []
    found = tokens(text)
    for i, token in enumerate(found):
        if token.map is None:
            continue
        start, end = token.map
        if token.type == "heading_open":  # its text is the inline token that follows it
            line = lines[start]
            headings.append((int(token.tag[1]), found[i + 1].content, start + 1,
                             len(line) - len(line.lstrip()) + 1))
        elif token.type in ("fence", "code_block"):
            blocks.append(start + 1)
            covered.append((start, end))
        elif token.type == "html_block":
            marks.append(Mark("html", lines[start].strip()[:SHOWN], start + 1,
                              lines[start].find("<") + 1))
            covered.append((start, end))
        elif token.type == "inline":
            marks += _inline(token, lines, start)
    return Page(lang, name, path, text, headings, marks, blocks, _prose(text, lines, covered),
                _line_starts(text))


def _inline(token, lines: list[str], start: int) -> list[Mark]:
    """The links, images and raw HTML of one paragraph or heading, located in its lines."""
    source = "\n".join(lines[start : token.map[1]])
    cursor, out = 0, []
    for child in token.children or []:
        if child.type == "link_open":
            kind, value = "link", str(child.attrs.get("href", ""))
            needle = value if child.markup == "autolink" else value or "]("
        elif child.type == "image":
            kind, value, needle = "image", str(child.attrs.get("src", ""))[:SHOWN], "!["
        elif child.type == "html_inline" and not child.content.startswith("</"):
            kind, value, needle = "html", child.content[:SHOWN], child.content
        else:
            continue
        at = source.find(needle, cursor)
        if at < 0 and unquote(needle) != needle:  # the parser's '%C4%B1' is written 'ı'
            needle = unquote(needle)
            at = source.find(needle, cursor)
        if at < 0:  # written otherwise (an escaped character, a reference link): the line's start
            at = cursor
        cursor = at + len(needle)
        before = source[:at]
        out.append(Mark(kind, value, start + before.count("\n") + 1,
                        at - (before.rfind("\n") + 1) + 1))
    return out


def _prose(text: str, lines: list[str], covered: list[tuple[int, int]]) -> str:
    """The text a reader reads as prose: code blocks, inline code and link targets blanked."""
    kept = list(lines)
    for start, end in covered:
        for i in range(start, end):
            kept[i] = " " * len(kept[i])
    prose = "\n".join(kept)
    prose = _INLINE_CODE.sub(lambda m: " " * len(m.group()), prose)
    return text_rules.without_addresses(prose)


class _Generated:
    """The URL folders of generated pages, and the ids each has a page of (made when a link
    asks: most pages link a few, and a library has thousands of practices)."""

    def __init__(self, vocabularies: dict, records: dict, practices: list[str]):
        self.sources: dict[str, object] = {CATALOGUE.strip("/"): (), REFERENCE.strip("/"): ()}
        for kind in KINDS:
            if kind.source == "practice":
                self.sources[kind.folder] = practices
            elif kind.pages:
                self.sources[kind.folder] = (records.get(kind.id, {}) if kind.source == "record"
                                             else vocabularies.get(kind.vocabulary, {}))
        self.index = {kind.folder for kind in KINDS if kind.pages} | {
            CATALOGUE.strip("/"), REFERENCE.strip("/")}
        self._ids: dict[str, set[str]] = {}

    def __contains__(self, folder: str) -> bool:
        return folder in self.sources

    def has(self, folder: str, ident: str) -> bool:
        """Whether the folder has a page for this id ('' : its index page)."""
        if not ident:
            return folder in self.index
        if folder not in self._ids:
            self._ids[folder] = {slugify(str(i)) for i in self.sources[folder]}
        return ident in self._ids[folder]


def _own(page: Page, names: set[str], generated: _Generated,
         linked: list[tuple[str, str, int, int]] | None) -> Iterator[Diagnostic]:
    """Title, heading levels, raw HTML, images and links of one page."""
    path = page.path
    titles = [h for h in page.headings if h[0] == 1]
    first = _first_content(page.text)
    if not titles or titles[0][2] != first:
        yield diag(path, first, 1, "page.title_first")
    for _, title, line, col in titles[1:]:
        yield diag(path, line, col, "page.second_title", value=title[:SHOWN])
    for (before, _, _, _), (level, title, line, col) in zip(page.headings, page.headings[1:], strict=False):
        if level > before + 1:
            yield diag(path, line, col, "page.heading_skip", value=title[:SHOWN], level=level,
                       previous=before, fixed="#" * (before + 1) + " " + title[:SHOWN])
    if "<" in page.text:
        yield from _tags_markdown_keeps(page)
    if "{" in page.prose:
        for m in _ATTRIBUTE_LIST.finditer(page.prose):
            yield diag(path, *page.at(m.start()), "page.attribute_list", value=m.group()[:SHOWN])
    for kind, target, line, col in page.marks:
        if kind != "link":
            yield diag(path, line, col, f"page.{kind}", value=target)
        else:
            problem = _link_problem(page, target, names, generated)
            if problem:
                code, suggestion = problem
                yield diag(path, line, col, code, value=target[:SHOWN], suggestion=suggestion)
            elif linked is not None and (practice := _practice(page, target)):
                linked.append((practice, path, line, col))


def _anchors(pages: dict[str, Page], told: set[tuple[str, int, int]], root: Path
             ) -> Iterator[Diagnostic]:
    """Links to a #place of a hand-written page (its own or another of its language) that
    the page has: the ids MkDocs gives its headings."""
    ids: dict[str, list[str]] = {}
    for page in pages.values():
        for kind, target, line, col in page.marks:
            parts = urlsplit(target)
            if kind != "link" or not parts.fragment or parts.scheme or \
                    (page.path, line, col) in told:
                continue
            name = _resolved(page, parts.path) if parts.path else page.name
            if name not in pages:  # a generated page: its places are not the contributor's
                yield diag(page.path, line, col, "page.anchor_generated",
                           value=unquote(target)[:SHOWN], fixed=target.split("#", 1)[0])
                continue
            if name not in ids:
                ids[name] = _ids(pages[name].text, root)
            if unquote(parts.fragment) not in ids[name]:
                yield diag(page.path, line, col, "page.anchor_unknown",
                           value=unquote(target)[:SHOWN],
                           page=pages[name].path, suggestion=_hash(suggest(
                               unquote(parts.fragment), ids[name])),
                           anchors=", ".join([f"#{i}" for i in ids[name][:8]]
                                             + ["…"] * (len(ids[name]) > 8)) or "—")


def _hash(anchor: str) -> str:
    return f"#{anchor}" if anchor else ""


def _ids(text: str, root: Path) -> list[str]:
    """The ids of a page's rendered HTML, in order, as MkDocs renders it."""
    import markdown  # only for a page with a #place link: most runs need none of it

    names, configs = markdown_extensions(root)
    html = markdown.Markdown(extensions=names, extension_configs=configs).convert(text)
    return list(dict.fromkeys(re.findall(r'\sid="([^"]+)"', html)))


def _tags_markdown_keeps(page: Page) -> Iterator[Diagnostic]:
    """Raw HTML the page's own parse read as text but MkDocs would publish as a tag."""
    told = {(m.line, m.col) for m in page.marks if m.kind == "html"}
    for m in _MKDOCS_TAG.finditer(page.prose):
        if m.group().startswith("</") or _MKDOCS_AUTOLINK.match(m.group()):
            continue  # a closing tag is told with its opening one
        if page.at(m.start()) not in told:
            yield diag(page.path, *page.at(m.start()), "page.html", value=m.group()[:SHOWN])


def _resolved(page: Page, path: str) -> str:
    """A link's path as a file under docs/<lang>/ ('../x.md' from the root: '../x.md')."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(page.name), path))


def _practice(page: Page, target: str) -> str:
    """The id of the practice whose page a (valid) link leads to, or ''."""
    parts = urlsplit(target)
    if parts.scheme or not parts.path:
        return ""
    folder, _, rest = _resolved(page, parts.path).partition("/")
    return rest.removesuffix("/index.md") if folder == PRACTICES and "/" in rest else ""


def _first_content(text: str) -> int:
    """The line of the first thing a page says (its title, if it is written right)."""
    for i, line in enumerate(text.split("\n"), 1):
        if line.strip():
            return i
    return 1


def _link_problem(page: Page, target: str, names: set[str], generated: _Generated
                  ) -> tuple[str, str] | None:
    """(code, suggestion) of what is wrong with a link, or None."""
    parts = urlsplit(target)
    if parts.scheme:
        if parts.scheme.lower() not in SAFE_SCHEMES:
            return "body.link_scheme", ""
        return None if is_absolute(target) else ("body.link_no_host", "")
    if target.startswith("#"):
        return None
    if not parts.path or target.startswith("/") or parts.netloc:
        return "page.link_absolute", ""
    where = _resolved(page, parts.path)
    if not where.endswith(".md") or where.startswith(".."):
        close = f"{where.rstrip('/')}.md" if f"{where.rstrip('/')}.md" in names else ""
        close = close or (f"{where.rstrip('/')}/index.md" if where.rstrip("/").split("/")[0]
                          in generated else "")
        return "page.link_not_file", close
    if where in names:
        return None
    folder, _, rest = where.partition("/")
    ident = rest.removesuffix("index.md").rstrip("/")
    if folder in generated and rest.endswith("index.md") and "/" not in ident \
            and generated.has(folder, ident):
        return None
    return "page.link_unknown", _close_page(where, names)


def _close_page(where: str, names: set[str]) -> str:
    """The page a mistyped link most likely means ('hakkinda.md' → 'about.md' is no guess)."""
    close = suggest(where.removesuffix(".md"), [n.removesuffix(".md") for n in names])
    return f"{close}.md" if close else ""


def _translations(found: dict[str, dict[str, Path]], pages: dict[str, dict[str, Page]],
                  told: set[tuple[str, int, int]]) -> Iterator[Diagnostic]:
    """Every page in every language, with the same headings, links and code blocks."""
    for lang in CODES:
        for other in CODES:
            if other == lang:
                continue
            for name in sorted(set(found[lang]) - set(found[other])):
                yield diag(f"{DOCS}/{lang}/{name}", 1, 1, "page.missing_translation",
                           language=BY_CODE[other].names, other=f"{DOCS}/{other}/{name}")
    one, *rest = CODES
    for other in rest:
        for name in sorted(set(pages[one]) & set(pages[other])):
            yield from _same_shape(pages[one][name], pages[other][name], told)


def _linked(page: Page, told: set[tuple[str, int, int]]) -> list[Mark]:
    """The page's links to other pages and addresses, without a finding of their own (a
    #section is named in each page's language, so it is not compared)."""
    return [m for m in page.marks if m.kind == "link" and not m.value.startswith("#")
            and (page.path, m.line, m.col) not in told]


def _unplaced(target: str) -> str:
    """A link without its #place: 'contribute.md#kurallar' and 'contribute.md#rules' both
    lead to the contribute page, each to the heading of its language."""
    return target.split("#", 1)[0]


def _same_shape(a: Page, b: Page, told: set[tuple[str, int, int]]) -> Iterator[Diagnostic]:
    levels = [[h[0] for h in p.headings] for p in (a, b)]
    if levels[0] != levels[1]:
        # The first heading that differs, in the page with more of them (it was added there).
        i = next((i for i, (x, y) in enumerate(zip(*levels, strict=False)) if x != y),
                 min(map(len, levels)))
        here, there = (b, a) if len(b.headings) > len(a.headings) else (a, b)
        _, title, line, col = here.headings[i]
        yield diag(here.path, line, col, "page.headings_differ", value=title[:SHOWN],
                   language=BY_CODE[there.lang].names, other=there.path,
                   here=" ".join("#" * h[0] for h in here.headings),
                   there=" ".join("#" * h[0] for h in there.headings))
    for here, there in ((a, b), (b, a)):
        theirs = Counter(_unplaced(m.value) for m in there.marks if m.kind == "link")
        for _, target, line, col in _linked(here, told):
            if theirs[_unplaced(target)] > 0:
                theirs[_unplaced(target)] -= 1
                continue
            yield diag(here.path, line, col, "page.link_not_in_other", value=target[:SHOWN],
                       language=BY_CODE[there.lang].names, other=there.path)
    if len(a.blocks) != len(b.blocks):
        here, there = (a, b) if len(a.blocks) > len(b.blocks) else (b, a)
        yield diag(here.path, here.blocks[len(there.blocks)], 1, "page.code_blocks_differ",
                   count=len(here.blocks), language=BY_CODE[there.lang].names,
                   other=there.path, other_count=len(there.blocks))


def _names() -> dict[str, str]:
    """Folded spelling → the right one, of the names (capitalised page_words with Turkish
    letters) that English pages spell as Turkish does."""
    return {fold(w): w for w in text_rules.page_words() if w[0].isupper() and _turkish(w)}


def _turkish(word: str) -> bool:
    return not TURKISH_LETTERS.isdisjoint(word)


def _known_words(turkish_pages, vocabularies: dict) -> dict[str, str]:
    """Folded spelling → the right spelling, of words that need Turkish letters."""
    words = set(text_rules.page_words())
    for terms in vocabularies.values():
        for term in terms.values():
            label = term.get(FIRST) if isinstance(term, dict) else None
            if isinstance(label, str):
                words.update(_WORD.findall(label))
    for page in turkish_pages:
        words.update(_WORD.findall(page.prose))
    return {fold(w): w for w in sorted(words) if _turkish(w) and len(w) >= MIN_LENGTH}


def _spelling(page: Page, institutions: text_rules.Heads | None, known: dict[str, str],
              names: text_rules.Names) -> list[Diagnostic]:
    """The spelling rules of practices, and words written without their Turkish letters."""
    found = text_rules.spelling(page.prose, page.lang, names)
    if institutions is not None:
        found += text_rules.apostrophes(page.prose, institutions)
    taken = {f.start for f in found}
    code = "text.ascii_word" if page.lang == FIRST else "text.ascii_name"
    for m in _WORD.finditer(page.prose):
        word = m.group()
        if m.start() in taken or _turkish(word):
            continue
        right = known.get(fold(word))
        # 'İki' at the start of a sentence is the same word as 'iki': compare Turkish-lowercased.
        if right and lower(right) != lower(word):
            found.append(text_rules.Found(code, m.start(), m.end(),
                                          {"value": word, "fixed": _cased(word, right)}))
    out = []
    for f in sorted(found):
        severity = "warning" if f.code == "text.apostrophe" else "error"
        out.append(diag(page.path, *page.at(f.start), f.code, "", severity, **f.args))
    return out


def _cased(written: str, right: str) -> str:
    """The right spelling in the case it was written: 'ICIN' → 'İÇİN', 'Icin' → 'İçin'."""
    if written.isupper() and len(written) > 1:
        return upper(right)
    if written[0].isupper():
        return upper(right[0]) + right[1:]
    return right


def _line_starts(text: str) -> list[int]:
    starts, at = [0], text.find("\n")
    while at >= 0:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    return starts
