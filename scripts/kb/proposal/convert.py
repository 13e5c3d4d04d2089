"""Every answer of the form → the files of the proposed practice, in one pass.

Files are made even when some answers are wrong, so that the validator can judge the rest
at once: the proposer learns every problem in one round, not one more in each. Problems
the form already explained are not repeated (Form.covered).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..issueform import BY_ID, checked
from ..languages import BY_CODE as LANG_BY_CODE
from ..scaffold import render_language_file, render_practice_yml
from ..schema.fields import LANGUAGES, SECTIONS, TRANSFER_KEYS
from ..turkish import slugify
from . import institutions, newrecord, values
from .form import Form
from .newrecord import NewRecord

TITLE_MAX = 120  # the schema's limit for a title (schema.fields.LANGUAGE_FILE)
ID_MAX = 80  # the schema's limit for an id (schema.types.Slug)
PLACEHOLDER = "oneri-basliksiz"  # folder of a proposal without a usable title, never kept


@dataclass
class Draft:
    """The files a form makes, by path from the repository root."""

    slug: str
    files: dict[str, str] = field(default_factory=dict)
    languages: list[str] = field(default_factory=list)
    record: NewRecord | None = None
    placeholder: bool = False  # the folder name is not the practice's: never kept

    def practice_files(self) -> dict[str, str]:
        """File name → text of the practice folder's files."""
        prefix = f"practices/{self.slug}/"
        return {p[len(prefix):]: t for p, t in self.files.items() if p.startswith(prefix)}


def practice_id(form: Form) -> tuple[str, bool]:
    """The id made from the Turkish title (at most 80 characters), and whether it is usable."""
    title = form.get("title_tr")
    if not title:
        form.problem("title_tr", "issue.missing", covers=("title_tr",))
        return PLACEHOLDER, False
    if len(title) > TITLE_MAX or "\n" in title:
        form.problem("title_tr", "issue.title_long", length=len(title), max=TITLE_MAX)
    slug = slugify(title)[:ID_MAX].rstrip("-")
    if not slug:
        form.problem("title_tr", "issue.no_id", value=title[:80])
        return PLACEHOLDER, False
    return slug, True


def sources(form: Form, today: str) -> list[dict]:
    """'Title | Publisher | Date | Link' lines; a lone link is its own title.

    Each is accessed today: the proposer has just read it.
    """
    out = []
    lines = [x for x in form.get("sources").split("\n") if x.strip()]
    for number, line in enumerate(lines, start=1):
        parts = [p.strip() for p in line.strip().lstrip("-*•").strip().split("|")]
        # '[Title](link) | Publisher | Date': the title's link is the source's link
        if (link := values.markdown_link(parts[0])) and (len(parts) < 4 or not parts[3]):
            form.corrected("sources", parts[0], " | ".join(link), "issue.source_title_link")
            parts = [link[0], *(parts[1:3] + ["", ""])[:2], link[1]]
        if len(parts) == 1 and values.url(parts[0]).startswith(("http://", "https://")):
            parts = [values.url(parts[0]), "", "", parts[0]]
        if len(parts) > 4:
            form.problem("sources", "issue.source_line", number=number, count=len(parts))
            continue
        title, publisher, date, url = parts + [""] * (4 - len(parts))
        source = {"title": title or None, "publisher": publisher or "unknown",
                  "date": values.read_date(form, "sources", date, "issue.source_date",
                                           number=number) if date
                  else "unknown", "accessed": today}
        if url:
            source["url"] = values.read_url(form, "sources", url)
        if source["date"] is None:
            source["date"] = "unknown"  # reported; the rest of the line is still checked
        out.append(source)
    if not out:
        form.problem("sources", "issue.missing")
    return out


def languages(form: Form) -> tuple[list[str], list[str]]:
    """(complete, with text): languages whose title, summary and sections are all given,
    and languages with any text at all (checked too, so that every problem shows at once)."""
    complete, written = [], []
    for lang in LANGUAGES:
        ids = [f"title_{lang}", f"summary_{lang}", *(f"{sid}_{lang}" for sid, _, _ in SECTIONS)]
        given = [i for i in ids if form.get(i)]
        if len(given) == len(ids):
            complete.append(lang)
        elif given and given != ["title_tr"]:  # the Turkish title alone only names the folder
            missing = [i for i in ids if i not in given and i not in form.covered]
            if missing:
                form.problem(missing[0], "issue.language_incomplete", covers=tuple(missing),
                             language=LANG_BY_CODE[lang].names,
                             missing=", ".join(f"'{BY_ID[i].label}'" for i in missing))
        if given and given != ["title_tr"]:
            written.append(lang)
    if not complete and "title_tr" not in form.covered:
        form.problem("title_tr", "issue.no_language")
    return complete, written


def municipality(form: Form, lib, province, record: NewRecord | None) -> str:
    """The id of the practice's municipality: found, or the new record the form adds."""
    municipalities = lib.records.get("municipality", {})
    given = form.get("municipality")
    new = record if record and record.kind == "municipality" else None
    if not given:
        if new:
            form.corrected("municipality", "", new.id, "issue.municipality_new")
            return new.id
        form.problem("municipality", "issue.missing")
        return ""
    found = institutions.find(given, [municipalities])
    if found:
        if not found.exact:
            form.corrected("municipality", given, found.id)
        other = municipalities[found.id].get("province")
        if province and other and other != province:
            terms = lib.vocabularies.get("provinces", {})
            form.problem("province", "issue.province_other", value=terms[province]["tr"],
                         expected=terms.get(other, {}).get("tr", other))
        return found.id
    if new:
        if new.id != slugify(given)[:ID_MAX].rstrip("-"):
            form.corrected("municipality", given, new.id, "issue.municipality_new")
        return new.id
    hint = institutions.suggest(given, institutions.in_province(municipalities, province))
    form.problem("municipality", "issue.municipality_unknown", value=given[:80],
                 suggestion=municipalities[hint]["name"]["tr"] if hint else "",
                 new=BY_ID["new_name_tr"].label)
    return slugify(given)[:ID_MAX].rstrip("-")


def contact(form: Form, lib, owner: str, record: NewRecord | None) -> dict:
    """The institution to contact: the answer, the new organisation, or the municipality."""
    municipalities = lib.records.get("municipality", {})
    organisations = lib.records.get("organisation", {})
    new = record if record and record.kind == "organisation" else None
    given = form.get("contact")
    out: dict = {"organisation": owner}
    if not given:
        if new:
            out["organisation"] = new.id
            form.corrected("contact", "", new.id, "issue.contact_new")
    elif found := institutions.find(given, [municipalities, organisations]):
        out["organisation"] = found.id
        if not found.exact:
            form.corrected("contact", given, found.id)
    elif new:
        out["organisation"] = new.id
        form.corrected("contact", given, new.id, "issue.contact_new")
    else:
        # Suggest only the municipality itself and its own units: another city's office
        # is never what a proposer meant.
        near = {owner: municipalities[owner]} if owner in municipalities else {}
        near.update(institutions.related(organisations, owner))
        hint = institutions.suggest(given, near)
        names = {**municipalities, **organisations}
        form.problem("contact", "issue.contact_unknown", value=given[:80],
                     suggestion=names[hint]["name"]["tr"] if hint else "",
                     new=BY_ID["new_name_tr"].label)
        out["organisation"] = slugify(given)[:ID_MAX].rstrip("-") or owner
    if form.get("contact_url"):
        out["url"] = values.read_url(form, "contact_url", form.get("contact_url"))
    out["email"] = values.read_email(form, "contact_email", form.get("contact_email")) or None
    return out


# Values that stand in for answers already reported as wrong, so that the rest of the
# practice still loads and is checked in the same pass. Files with a stand-in are never kept
# (the form has an error), and a missing title or summary is reported by the form.
STAND_INS = {"status": "statuses", "evidence": "evidence-levels", "themes": "themes",
             "target_groups": "target-groups", "sdgs": "sdgs"}
STAND_IN_TEXT = "…"


def _stand_ins(form: Form, facts: dict, vocab: dict) -> None:
    for key, vocabulary in STAND_INS.items():
        if not facts[key] and key in form.covered and vocab.get(vocabulary):
            first = next(iter(vocab[vocabulary]))
            facts[key] = [first] if isinstance(facts[key], list) else first
    if not facts["sources"]:
        facts["sources"] = [{"title": STAND_IN_TEXT, "publisher": "unknown", "date": "unknown",
                             "accessed": facts["last_verified"]}]


def convert(form: Form, lib, today: dt.date, taken=lambda slug: False) -> Draft:
    """The files of the proposed practice (and of a new record), made from every answer.

    taken(slug) says whether a practice or record already has that id: the files are then
    made under a placeholder folder, so that the rest is still checked.
    """
    vocab = lib.vocabularies
    slug, usable = practice_id(form)
    if usable and (taken(slug) or lib.record(slug)):
        form.problem("title_tr", "issue.exists", value=slug)
        slug, usable = PLACEHOLDER, False
    if not checked(form.get("consent")):
        form.problem("consent", "issue.consent")
    province = values.choice(form, "province", vocab)
    record = newrecord.read(form, lib, province)
    owner = municipality(form, lib, province, record)
    if "municipality" in form.covered and not form.get("contact"):
        form.covered.add("contact")  # the contact is the municipality: one problem, told once
    newrecord.attach_unit(form, record, owner)
    start = values.read_date(form, "start", form.get("start")) if form.get("start") else None
    end = values.read_date(form, "end", form.get("end")) if form.get("end") else None
    facts: dict = {
        "id": slug,
        "draft": False,  # published in the languages it is written in
        "status": values.choice(form, "status", vocab),
        "municipality": owner or None,
        "themes": values.choices(form, "themes", vocab),
        "target_groups": values.choices(form, "target_groups", vocab),
        "sdgs": values.choices(form, "sdgs", vocab),
        "start": start or "unknown",
        "end": end if end != "unknown" else None,
        "evidence": values.choice(form, "evidence", vocab),
        "sources": sources(form, today.isoformat()),
        "contact": contact(form, lib, owner, record),
        "last_verified": today.isoformat(),
    }
    for fid in ("themes", "target_groups", "sdgs", "status", "evidence"):
        if not form.get(fid):
            form.problem(fid, "issue.missing")
    _stand_ins(form, facts, vocab)
    complete, written = languages(form)
    draft = Draft(slug, languages=complete, record=record, placeholder=not usable)
    folder = f"practices/{slug}/"
    draft.files[folder + "practice.yml"] = render_practice_yml(facts, vocab)
    for lang in written:
        unknown = dict.fromkeys(TRANSFER_KEYS, "unknown")
        front = {"title": form.get(f"title_{lang}") or STAND_IN_TEXT,
                 "summary": form.get(f"summary_{lang}") or STAND_IN_TEXT,
                 "transferability": unknown}
        sections = {sid: values.read_section(form, f"{sid}_{lang}", form.get(f"{sid}_{lang}"))
                    for sid, _, _ in SECTIONS}
        draft.files[f"{folder}{lang}.md"] = render_language_file(lang, front, sections)
    if record:
        draft.files[record.path] = record.text()
    return draft
