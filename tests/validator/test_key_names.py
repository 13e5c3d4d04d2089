"""The Turkish names of keys that `did you mean` answers with the key meant."""

from __future__ import annotations

from kb.schema import key_names
from kb.schema.fields import LANGUAGE_FILE, PRACTICE, RECORD_KINDS, VOCABULARIES
from kb.schema.structure import ListOf, Record, Sourced
from kb.turkish import fold


def _keys(record: Record, into: set[str]) -> set[str]:
    """Every key of a record, nested records and lists of records included."""
    for f in record.fields:
        into.add(f.name)
        inner = f.type.item if isinstance(f.type, ListOf) else f.type
        inner = inner.one if isinstance(inner, Sourced) else inner
        if isinstance(inner, Record):
            _keys(inner, into)
    return into


def test_every_turkish_name_is_of_a_key_the_files_have_and_is_no_key_itself():
    keys = _keys(PRACTICE, set()) | _keys(LANGUAGE_FILE, set())
    for schema in [s for _, s in RECORD_KINDS.values()] + list(VOCABULARIES.values()):
        keys |= _keys(schema, set())
    assert set(key_names.TURKISH) <= keys
    turkish = [fold(n) for names in key_names.TURKISH.values() for n in names]
    assert len(turkish) == len(set(turkish))  # one key for each name
    assert not set(turkish) & {fold(k) for k in keys}
