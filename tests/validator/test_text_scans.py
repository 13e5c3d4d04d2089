"""The shortcuts of the text rules' scans (kb.checks.text) skip only text that cannot match."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kb.checks import numbers
from kb.checks import text as rules
from kb.checks.practice import _ENOUGH_WORDS, _WORD, MIN_WORDS
from kb.narrative import _PASTED_BULLET, pasted_bullets

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


# What the shortcuts must agree with: the rules as one regular expression each.
_PHONE_RUN = re.compile(r"[0-9](?:[\s()+-]{0,3}[0-9]){6}")
_LINKS = re.compile(r"\]\([^)]*\)|https?://\S+")


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from("0123456789 -().+a\u00a0\u2009\n\t٣"), max_size=60))
def test_the_phone_shortcut_finds_seven_digits_close_together(text):
    assert rules.may_hold_phone(text) == bool(_PHONE_RUN.search(text))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["0", "12", "7", "a", " ", "٣", "9" * 300]), max_size=12))
def test_the_runs_of_digits_are_the_expressions_runs(pieces):
    text = "".join(pieces)
    assert list(rules.digit_runs(text)) == [m.span() for m in re.finditer("[0-9]+", text)]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["](", ")", "]", "(", "http", "https", "://", "s://", ":/",
                                 "x", " ", "\n", "7", "[a]", "ş"]), max_size=16))
def test_links_are_blanked_where_the_expression_finds_them(pieces):
    text = "".join(pieces)
    assert rules.without_addresses.__wrapped__(text) == _LINKS.sub(
        lambda m: " " * len(m.group()), text)


def test_another_scripts_digits_are_no_figure_and_no_phone():
    assert numbers.numbers("٧٠ kişi, 70 aile") == {70: 9}
    assert not rules.may_hold_phone("٠٢٣٢ ٢٩٣ ١٢ ٣٤")


def _alternation(lists: tuple[str, ...]) -> re.Pattern:
    """The plain alternation of the spellings, longest first: what the finder must match."""
    fixes = rules._rules(lists).fixes
    words = "|".join(re.escape(v) for v in sorted(fixes, key=len, reverse=True))
    return re.compile(r"(?<![\w])(" + words + r")")


@settings(max_examples=500, deadline=None)
@given(st.data())
def test_the_spelling_finder_finds_what_the_word_list_finds(data):
    lang = data.draw(st.sampled_from(["tr", "en"]))
    lists = rules.LISTS_BY_LANG[lang]
    fixes = rules._rules(lists).fixes
    # Words next to words (one starting inside another), letters and '_' before them, the
    # separator of joined texts, letters of other scripts and beyond the first plane.
    pieces = st.one_of(st.sampled_from(sorted(fixes)),
                       st.text("aıiİIçğ_5'’- .\n\x00٣😀", max_size=4))
    text = "".join(data.draw(st.lists(pieces, max_size=12)))
    found = [(f.start, f.end, f.args["value"]) for f in rules._matches(text, lists)]
    assert found == [(m.start(), m.end(), m.group(1)) for m in _alternation(lists).finditer(text)]
    assert all(f.args["fixed"] == fixes[f.args["value"]][1] for f in rules._matches(text, lists))


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("abçİ 1-_'\n"), max_size=90),
       st.sampled_from(sorted(MIN_WORDS)))
def test_a_section_is_long_enough_when_it_has_the_words(text, lang):
    assert bool(_ENOUGH_WORDS[lang].search(text)) == (len(_WORD.findall(text)) >= MIN_WORDS[lang])


def test_a_long_text_with_wrong_spellings_is_read_to_its_end():
    text = "Proje " * 250 + "Izmir'de başladı; CAG UNIVERSITESI de katıldı."
    assert [f.args["value"] for f in rules.spelling(text, "tr")] == ["Izmir", "CAG UNIVERSIT"]


def _each_on_its_own(texts: list[str], lang: str, heads) -> list[tuple[int, rules.Found]]:
    """The rules run on each text alone: what the one scan of them all must find."""
    found = []
    for i, text in enumerate(texts):
        here = rules.spelling(text, lang) + rules.personal_data(text)
        if heads is not None:
            here += rules.apostrophes(text, heads)
        found += [(i, f) for f in here]
    return sorted(found)


_HEADS = rules.institution_heads(["Mersin Büyükşehir Belediyesi"], set())


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_all_texts_scanned_at_once_give_each_texts_own_findings(data):
    lang = data.draw(st.sampled_from(["tr", "en"]))
    wrong = sorted(rules._rules(rules.LISTS_BY_LANG[lang]).fixes)
    # Pieces a finding's pattern could run on with, past a text's end: an unclosed link
    # target, a web address, an e-mail address's halves, phone digits, an apostrophe.
    pieces = st.one_of(st.sampled_from(wrong), st.sampled_from(
        ["](", ")", "https://", "izmir.bel.tr", "a@", "@b.org", "bilgi@izmir.bel.tr",
         "0232", "0232 ", "293 12 34", "444 1", "'", "Belediyesi", "’ne", "ne", " ", "\n", "-", "."]),
        st.text("aıİIçş .\n", max_size=4))
    text = st.lists(pieces, max_size=8).map("".join)
    texts = data.draw(st.lists(text, min_size=1, max_size=5))
    heads = _HEADS if lang == "tr" else None
    assert rules.in_texts(texts, lang, heads) == _each_on_its_own(texts, lang, heads)


def _numbers_by_separators(text: str) -> dict[int, int]:
    """What numbers() must find, step by step: a '.' or ',' after a digit and before exactly
    three digits (then no letter or digit) joins a number; every run of digits that is left is
    one, at the offset of its first digit. Digits are 0-9 ('٣' is a letter here)."""
    joined, at = [], []
    for i, ch in enumerate(text):
        if (ch in ".," and i and text[i - 1] in rules.DIGITS
                and re.match(r"[0-9]{3}\b", text[i + 1:])):
            continue
        joined.append(ch)
        at.append(i)
    found: dict[int, int] = {}
    for m in re.finditer("[0-9]+", "".join(joined)):
        found.setdefault(int(m.group()), at[m.start()])
    return found


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from("0123456789.,a ٣-'\n"), max_size=40))
def test_numbers_join_group_separators_as_the_step_by_step_rule_does(text):
    # Phone numbers and addresses are blanked first (their digits are no figures).
    assert numbers.numbers(text) == _numbers_by_separators(
        rules.without_phones(rules.without_addresses(text)))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["7", "12", "1.000", ",5", " ", "a", "](x/2021)", "[1]",
                                 "https://a.tr/33 ", "0232 293 12 34", "444 1 2 3 4", "\n"]),
                max_size=14))
def test_numbers_around_links_and_phones_as_the_step_by_step_rule_does(pieces):
    text = "".join(pieces)
    assert numbers.numbers(text) == _numbers_by_separators(
        rules.without_phones(rules.without_addresses(text)))


def test_numbers_in_both_ways_of_grouping():
    text = "70.000 kişi, 70,000 people, 1.234.567 TL, 2,5 yıl, 12.3456 ve 70.000TL"
    assert numbers.numbers(text) == {70000: 0, 1234567: 28, 2: 42, 5: 44, 12: 51, 3456: 54,
                                     70: 62, 0: 65}


_SOME_HEADS = rules.Heads(["Belediyesi", "Stockholm)", "Ofisi", "Evi"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["Belediyesi", "Stockholm)", "Ofisi", "Evi", "Ev",
                                           "'", "’", "nin", "ne", "5", " ", "(", "_"]),
                          st.text("aıİş' ’)_-.\x00", max_size=3)), max_size=14))
def test_the_apostrophe_rule_finds_what_its_expression_finds(pieces):
    """The rule tries its expression only where a head stands before an apostrophe: it must
    find exactly what a scan of every character finds (heads in a word, heads one after
    the other, a suffix that runs into the next head, a text's first character)."""
    text = "".join(pieces)
    found = [(f.start, f.end, f.args["value"], f.args["fixed"])
             for f in rules.apostrophes(text, _SOME_HEADS)]
    assert found == [(m.start(), m.end(), m.group(0), m.group(1) + m.group(2))
                     for m in _SOME_HEADS.regex.finditer(text)]


def _numbers_by_whole_scans(text: str) -> dict[int, int]:
    """What numbers() must find, by scanning the whole text: '70 bin' and '2 milyon' (with
    their suffixes) first, blanked, then every number with its group separators."""
    text = rules.without_phones(rules.without_addresses(text))
    found: dict[int, int] = {}

    def scaled(m: re.Match) -> str:
        found.setdefault(int(m.group(1)) * (1000 if m.group(2) == "bin" else 1_000_000),
                         m.start())
        return " " * len(m.group())

    for m in numbers._NUMBER.finditer(numbers._THOUSANDS.sub(scaled, text)):
        found.setdefault(int(m.group().replace(".", "").replace(",", "")), m.start())
    return found


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["7", "12", "70", "1.000", ",5", " ", "  ", "\n", "bin", "milyon",
                                 "binlerce", "de", "lik", "a", "ş", "-", "0232 293 12 34",
                                 "https://a.tr/3 ", "x@y.tr", "٣"]), max_size=14))
def test_numbers_in_thousands_and_millions_as_a_whole_scan_finds_them(pieces):
    text = "".join(pieces)
    assert numbers.numbers(text) == _numbers_by_whole_scans(text)


@settings(max_examples=500, deadline=None)
@given(st.text(st.sampled_from("•·–▪◦ \t\na-"), max_size=30))
def test_pasted_bullets_are_found_where_the_expression_finds_them(body):
    assert pasted_bullets(body) == [m.span(1) for m in _PASTED_BULLET.finditer(body)]


def test_wrong_spellings_are_found_in_every_turkish_case():
    """A sentence's first word and a heading in capitals are written with Turkish capitals
    ('İşbirliği', 'HİÇ BİR'), and the fix comes in the same case."""
    text = "İşbirliği ile başladı. Bir çok belediye, HİÇ BİR ücret almadan, her hangi bir mahallede."
    assert [(f.args["value"], f.args["fixed"]) for f in rules.spelling(text, "tr")] == [
        ("İşbirliği", "İş birliği"), ("Bir çok", "Birçok"), ("HİÇ BİR", "HİÇBİR"),
        ("her hangi", "herhangi")]
    assert rules.spelling("İzmir'de iş birliği, birçok hiçbir herhangi", "tr") == []
    assert [f.args["fixed"] for f in rules.spelling("Sosyo-ekonomik, yalnışlıkla", "tr")] == [
        "Sosyoekonomik", "yanlış"]
