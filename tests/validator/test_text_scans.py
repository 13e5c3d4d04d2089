"""The shortcuts of the text rules' scans (kb.checks.text) skip only text that cannot match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kb.checks import text as rules
from kb.checks.practice import _ENOUGH_WORDS, _WORD, MIN_WORDS

SEPARATOR = st.sampled_from(["", " ", "-", "\u00a0"])
DIGITS = st.text("0123456789", min_size=1, max_size=4)


@st.composite
def phone_like(draw) -> str:
    """Text around something shaped like a Turkish phone number, as people write them."""
    if draw(st.booleans()):
        number = "444" + "".join(draw(SEPARATOR) + draw(st.sampled_from("0123456789"))
                                 for _ in range(4))
    else:
        country = draw(st.sampled_from(["", "+90", "+90 ", "+ 90-"]))
        area = draw(st.sampled_from("2345")) + draw(st.text("0123456789", min_size=2, max_size=2))
        area = draw(st.sampled_from(["{}", "({})", "0{}", "(0{})"])).format(area)
        groups = [draw(st.text("0123456789", min_size=n, max_size=n)) for n in (3, 2, 2)]
        number = country + area + "".join(draw(SEPARATOR) + g for g in groups)
    around = st.text(st.sampled_from("ab .,:;()\n0123456789"), max_size=12)
    return draw(around) + number + draw(around)


@settings(max_examples=400, deadline=None)
@given(phone_like())
def test_every_text_with_a_phone_number_is_scanned_for_one(text):
    if rules.PHONE.search(text):
        assert rules.may_hold_phone(text)


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from("0123456789 -().+a"), max_size=40))
def test_the_phone_shortcut_holds_for_any_digits_and_separators(text):
    if rules.PHONE.search(text):
        assert rules.may_hold_phone(text)


def test_a_year_or_a_figure_is_not_scanned_for_a_phone_number():
    assert not rules.may_hold_phone("2019'da 1.250 kişiye ulaştı, 2024'te 3.400 kişiye.")
    assert rules.may_hold_phone("Bilgi: 444 12 34.")


def _alternation(lists: tuple[str, ...]) -> re.Pattern:
    """The plain alternation of the spellings, longest first: what the trie must match."""
    _, fixes = rules._rules(lists)
    words = "|".join(re.escape(v) for v in sorted(fixes, key=len, reverse=True))
    return re.compile(r"(?<![\w])(" + words + r")")


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_spelling_trie_finds_what_the_word_list_finds(data):
    lang = data.draw(st.sampled_from(["tr", "en"]))
    lists = rules.LISTS_BY_LANG[lang]
    pattern, fixes = rules._rules(lists)
    pieces = st.one_of(st.sampled_from(sorted(fixes)), st.text("aıiİIçğ'’- .\n", max_size=4))
    text = "".join(data.draw(st.lists(pieces, max_size=12)))
    found = [(m.start(), m.group(1)) for m in pattern.finditer(text)]
    assert found == [(m.start(), m.group(1)) for m in _alternation(lists).finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("abçİ 1-_'\n"), max_size=90),
       st.sampled_from(sorted(MIN_WORDS)))
def test_a_section_is_long_enough_when_it_has_the_words(text, lang):
    assert bool(_ENOUGH_WORDS[lang].search(text)) == (len(_WORD.findall(text)) >= MIN_WORDS[lang])
