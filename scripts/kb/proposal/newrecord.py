"""A municipality or organisation the library does not have yet, asked for in the form.

Its record gets the id made from its Turkish name (as every record's is), the province of
the form for a municipality, and a parent where one is unambiguous: a district belongs to
its province's metropolitan municipality, a municipal unit to the practice's municipality.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..kinds import BY_ID as KIND
from ..scaffold import yaml_scalar
from ..schema.fields import RECORD_KINDS
from ..turkish import slugify
from . import institutions, values
from .form import Form

FIELDS = ("new_name_tr", "new_name_en", "new_municipality_type", "new_organisation_kind",
          "new_country", "new_parent", "new_website")
ID_MAX = 80
# Which question of the form a key of a new record comes from.
KEY_FIELD = {"id": "new_name_tr", "name.tr": "new_name_tr", "name.en": "new_name_en",
             "name": "new_name_tr", "type": "new_municipality_type",
             "kind": "new_organisation_kind", "province": "province", "country": "new_country",
             "parent": "new_parent", "website": "new_website"}


@dataclass
class NewRecord:
    """The record to write: its kind, id and values in schema order."""

    kind: str  # "municipality" | "organisation"
    id: str
    values: dict = field(default_factory=dict)

    @property
    def path(self) -> str:
        return f"records/{KIND[self.kind].folder}/{self.id}.yml"

    def text(self) -> str:
        """The record file: the given fields only, in the schema's order."""
        lines = []
        for f in RECORD_KINDS[self.kind][1].fields:
            value = self.values.get(f.name)
            if isinstance(value, dict):
                lines.append(f"{f.name}:")
                lines += [f"  {k}: {yaml_scalar(v)}" for k, v in value.items()]
            elif value not in (None, ""):
                lines.append(f"{f.name}: {yaml_scalar(value)}")
        return "\n".join(lines) + "\n"


def english_name(name_tr: str) -> str:
    """The English name of a Turkish municipality, as the library writes them."""
    for tr, en in ((r"\s+Büyükşehir Belediyesi$", " Metropolitan Municipality"),
                   (r"\s+Belediyesi$", " Municipality")):
        if re.search(tr, name_tr):
            return re.sub(tr, en, name_tr)
    return name_tr


def read(form: Form, lib, province) -> NewRecord | None:
    """The new record the form asks for, or None; every problem reported on its question."""
    if not any(form.get(f) for f in FIELDS):
        return None
    vocab = lib.vocabularies
    mtype = values.choice(form, "new_municipality_type", vocab)
    okind = values.choice(form, "new_organisation_kind", vocab)
    country = values.choice(form, "new_country", vocab)
    name_tr = form.get("new_name_tr")
    if not name_tr:
        form.problem("new_name_tr", "issue.new_name_missing")
        return None
    if len(name_tr) > 200 or "\n" in name_tr:
        form.problem("new_name_tr", "issue.new_name_long", length=len(name_tr), max=200)
        return None
    rid = slugify(name_tr)[:ID_MAX].rstrip("-")
    if not rid:
        form.problem("new_name_tr", "issue.no_id", value=name_tr[:80])
        return None
    if lib.record(rid):
        form.corrected("new_name_tr", name_tr, rid, "issue.record_known")
        return None
    if mtype and okind:
        form.problem("new_organisation_kind", "issue.new_two_kinds")
        return None
    if not mtype and not okind:
        if "new_municipality_type" not in form.covered and "new_organisation_kind" not in form.covered:
            form.problem("new_municipality_type", "issue.new_no_kind")
        return None
    name_en = form.get("new_name_en")
    if not name_en:
        name_en = english_name(name_tr)
        form.corrected("new_name_en", "", name_en, "issue.name_en_made")
    record = NewRecord("municipality" if mtype else "organisation", rid,
                       {"id": rid, "name": {"tr": name_tr, "en": name_en}})
    if mtype:
        record.values.update(type=mtype)
        if mtype == "foreign":
            if not country or country == "türkiye":
                form.problem("new_country", "issue.new_foreign_country")
            record.values.update(country=country)
        else:
            if not province and "province" not in form.covered:
                form.problem("province", "issue.new_province")
            record.values.update(province=province)
    else:
        record.values.update(kind=okind, country=country or "türkiye")
    _parent(form, lib, record, province)
    if form.get("new_website"):
        record.values["website"] = values.read_url(form, "new_website", form.get("new_website"))
    return record


def _parent(form: Form, lib, record: NewRecord, province) -> None:
    municipalities = lib.records.get("municipality", {})
    given = form.get("new_parent")
    if given:
        pools = [municipalities] if record.kind == "municipality" else [
            municipalities, lib.records.get("organisation", {})]
        found = institutions.find(given, pools)
        if found is None:
            form.problem("new_parent", "issue.parent_unknown", value=given[:80],
                         suggestion=institutions.suggest(given, institutions.in_province(
                             municipalities, province)))
            return
        if not found.exact:
            form.corrected("new_parent", given, found.id)
        record.values["parent"] = found.id
    elif record.values.get("type") == "district":
        parent = institutions.metropolitan(municipalities, province)
        if parent:
            record.values["parent"] = parent
            form.corrected("new_parent", "", parent, "issue.parent_metropolitan")


def attach_unit(form: Form, record: NewRecord | None, municipality: str) -> None:
    """A new municipal unit without a parent belongs to the practice's municipality."""
    if (record and record.kind == "organisation" and record.values.get("kind") == "municipal-unit"
            and "parent" not in record.values and municipality and not form.get("new_parent")):
        record.values["parent"] = municipality
        form.corrected("new_parent", "", municipality, "issue.parent_unit")
