"""No hand-written page `kb validate` accepts can carry a script into the site.

The oracle is MkDocs' own Markdown (Python-Markdown with mkdocs.yml's extensions): every
snippet here that it renders with an event handler (`onclick=`…) must be refused, in both
languages of a page. The validator reads pages with CommonMark, which reads some of these
as text ('<a:b onclick=…>'), and mkdocs.yml once had attr_list ('{onclick=…}').
"""

from __future__ import annotations

import re
import shutil

import markdown
import pytest
from validator_support import BASE

from kb.settings import PROJECT_ROOT, markdown_extensions
from support import kb_in_process

SNIPPETS = [
    '!!! note "<img src=x onerror=alert(1)>"\n    metin',
    '<a:b\nonclick="alert(1)">x</a:b>',
    'a <a:b\n onclick="alert(1)">x',
    '<div\nonclick="x">y</div>',
    "| a | b |\n|---|---|\n| <a:b onclick=x> | y |",
    "*<a:b onclick=x>*",
    "[<a:b onclick=x>](https://example.org)",
    "`x` <x:y onclick=z>",
    "<!-- --><a:b onclick=x>",
    "<A:B ONCLICK=x>",
    "<a:b\tonclick=x>",
    "<x:y/onload=alert(1)>",
    '## Olay {onclick="alert(1)"}',
    '[a](https://example.org){onmouseover="alert(2)"}',
]
_HANDLER = re.compile(r"<[a-z][^\s/>]*[\s/][^>]*\bon[a-z]+\s*=", re.I)


def _mkdocs_html(text: str) -> str:
    names, configs = markdown_extensions(PROJECT_ROOT)
    return markdown.Markdown(extensions=names, extension_configs=configs).convert(text)


def test_each_snippet_but_the_attribute_lists_would_run_a_script_if_published():
    """The cases are real: MkDocs renders each with its handler (attr_list is off, so the
    last two come out as text; they are refused all the same)."""
    assert [bool(_HANDLER.search(_mkdocs_html(f"# T\n\n{s}\n"))) for s in SNIPPETS] == \
        [True] * (len(SNIPPETS) - 2) + [False, False]
    assert not _HANDLER.search(_mkdocs_html("[a](https://example.org) once, only"))


@pytest.mark.parametrize("snippet", SNIPPETS)
def test_what_mkdocs_would_render_with_a_handler_is_refused(tmp_path, snippet):
    root = tmp_path / "kb"
    shutil.copytree(BASE, root)
    for lang, title in (("tr", "# Hakkında"), ("en", "# About")):
        (root / "docs" / lang).mkdir(parents=True)
        (root / "docs" / lang / "about.md").write_text(f"{title}\n\n{snippet}\n", "utf-8")
    code, out, _ = kb_in_process("--root", str(root), "validate", "--lang", "en")
    assert code == 1, (snippet, out)
    assert "docs/tr/about.md:" in out and "docs/en/about.md:" in out
