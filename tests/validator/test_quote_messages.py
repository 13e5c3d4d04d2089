"""A quote left open is the most common slip in a hand-edited value. The parser stops far
from it (where a later quote closed it), so the finding points back at the opening quote."""

from __future__ import annotations

import pytest

from kb.yaml import parse


def _codes(text: str) -> list[tuple[int, int, str, dict]]:
    return [(d.line, d.column, d.code, dict(d.args)) for d in parse(text, "en.md")[1]]


@pytest.mark.parametrize("text, end", [
    # the next key's value is quoted: its opening quote closes the title
    ('title: "Mersin Modeli\nsummary: "Bir özet."\n', 2),
    # the template's comments come between (kb new writes them): the value runs on over them
    ('title: "Mersin Modeli\n\n# Bir paragraflık özet.\n# ör./e.g. "Bir özet."\nsummary: x\n', 4),
    ("title: 'Mersin Modeli\nsummary: 'Bir özet.'\n", 2),
])
def test_a_quote_left_open_is_shown_where_it_opens(text, end):
    assert _codes(text) == [(1, 8, "yaml.quote_runs_on", {"end": end})]


def test_a_value_on_two_lines_that_words_follow_is_not_taken_for_one():
    """A quoted value may go on over lines; words after its closing quote are another slip."""
    codes = _codes('title: "Mersin\n  Modeli" 2024\nsummary: x\n')
    assert [c for _, _, c, _ in codes] != ["yaml.quote_runs_on"] and codes


def test_a_quote_never_closed_is_still_said_to_be_never_closed():
    assert [c for _, _, c, _ in _codes('title: "Mersin Modeli\nsummary: x\n')] == [
        "yaml.unclosed_quote"]
