"""The validator splits a body into sections by its headings as the page's parser and GitHub's
preview read them (CommonMark): a line that is text there is text to the validator too."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from kb.narrative import heading, parse_sections

_COMMONMARK = MarkdownIt("commonmark")


@given(st.text(alphabet="# \tSoçx1", max_size=14).map(lambda s: "#" + s))
def test_a_heading_is_what_commonmark_makes_of_the_line(line):
    tokens = _COMMONMARK.parse(line)
    expected = ((int(tokens[0].tag[1]), tokens[1].content)
                if tokens and tokens[0].type == "heading_open" else None)
    assert heading(line) == expected


def test_a_hashtag_or_a_number_at_a_line_start_is_text_of_its_section():
    body = ("## Bağlam\n\n#BizİzmirDayanışma etiketiyle duyurulan kampanya noktaları tanıttı.\n"
            "#1 öncelik, yalnız yaşayan yaşlılardı.\n\n## Ne yapıldı\n\nNoktalar açıldı.\n")
    narrative = parse_sections(body, 1, "tr", "tr.md")
    assert narrative.sections["context"] == (
        "#BizİzmirDayanışma etiketiyle duyurulan kampanya noktaları tanıttı.\n"
        "#1 öncelik, yalnız yaşayan yaşlılardı.")
    assert "body.h1" not in [d.code for d in narrative.errors]


def test_a_section_heading_without_its_space_is_the_section_with_a_warning():
    narrative = parse_sections("## Bağlam\n\nMetin.\n\n##Sonuçlar\n\nSonuç metni.\n", 1, "tr",
                               "tr.md")
    assert narrative.sections["results"] == "Sonuç metni."
    warned = [(d.code, d.line, d.column, d.severity) for d in narrative.errors
              if d.code == "body.heading_space"]
    assert warned == [("body.heading_space", 5, 3, "warning")]


_PIECES = ["## Bağlam", "# Başlık", "#yorum", "```", "```python", "~~~", "````", "   ```",
           "    ```", "``` a`b", "~~~ `x`", "metin", "", "> ```", "- ```", "  ```", "  # x",
           "   ## Sonuçlar", "### Alt", "> # alıntı", "- madde", "<div>", "</div>", "<!-- not",
           "-->"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14),
       st.sampled_from(["## Sonuçlar", "  ## Sonuçlar"]))
def test_the_headings_are_the_ones_commonmark_finds(pieces, last):
    # Code and HTML blocks, lists, quotes, headings indented up to three spaces: each line the
    # validator takes for a section heading (or reports as one) is a heading on the page.
    lines = [*pieces, last]
    text = "\n".join(lines) + "\n"
    narrative = parse_sections(text, 1, "tr", "tr.md")
    seen = {d.line for d in narrative.errors
            if d.code in ("body.h1", "body.section_duplicate", "body.section_unknown")}
    seen |= set(narrative.lines.values())
    assert seen == {t.map[0] + 1 for t in _COMMONMARK.parse(text)
                    if t.type == "heading_open" and t.level == 0 and t.tag in ("h1", "h2")}


def test_a_comment_line_in_a_code_block_is_no_heading():
    body = ("## Bağlam\n\nKomut:\n\n```sh\n# veriyi indir\ncurl -O veri.csv\n```\n\n"
            "## Ne yapıldı\n\nNoktalar açıldı.\n")
    narrative = parse_sections(body, 1, "tr", "tr.md")
    assert "# veriyi indir" in narrative.sections["context"]
    assert "body.h1" not in [d.code for d in narrative.errors]


def test_a_code_block_never_closed_is_told_at_its_first_line():
    body = "## Bağlam\n\nKomut:\n\n```\nkod\n\n## Ne yapıldı\n\nNoktalar açıldı.\n"
    errors = parse_sections(body, 10, "tr", "tr.md").errors
    told = [(d.code, d.line, dict(d.args)["value"]) for d in errors if d.code == "body.fence_unclosed"]
    assert told == [("body.fence_unclosed", 14, "```")]
