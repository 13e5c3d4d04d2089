"""The MkDocs + Material renderer: hand-written pages through MkDocs, generated ones in its frame.

MkDocs renders the hand-written Markdown pages of a language, and one "shell" page per kind
of frame the generated pages need (depth in the site, with or without a table of contents,
wide or not). Each generated page is then the shell's HTML with the page's title,
description, contents and body put in: Material's frame, without a Jinja render per page.
"""

from .render import Rendered, WrittenParts, place, run_mkdocs, write_page

__all__ = ["Rendered", "WrittenParts", "place", "run_mkdocs", "write_page"]
