"""kb.dates.read: dates as people write them, in the library's form, written 0-9."""

from __future__ import annotations

import pytest

from kb import dates


@pytest.mark.parametrize(("written", "read"), [
    ("15.03.2024", "2024-03-15"), ("5.3.2024", "2024-03-05"), ("Mart 2024", "2024-03"),
    ("2021 yılında", "2021"), ("in 2021", "2021"), ("2022-11-5", "2022-11-05"),
    # Another script's digits, as an Arabic or Persian keyboard types them: the validator
    # refuses them in a file, so what the form's bot writes must be 0-9, a year alone too.
    ("٢٠١٩", "2019"), ("٢٠١٩ yılında", "2019"), ("٢٠٢٢-٠٣", "2022-03"),
    ("31.02.2024", None), ("1850", None), ("yakında", None),
])
def test_a_date_is_read_into_the_librarys_form(written, read):
    assert dates.read(written) == read
