"""The "Propose a practice" issue form: declared once, generated from the vocabularies, parsed back.

`python -m kb.issueform --write` regenerates .github/ISSUE_TEMPLATE/propose-practice.yml;
a test checks that the committed form is up to date. GitHub renders a submitted form as
`### Label` blocks (`_No response_` when empty); `parse_body` reads those back by label.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

from .forms import PROPOSE
from .kinds import BY_VOCABULARY
from .schema.fields import SECTIONS

FORM_PATH = PROPOSE
LABEL = "öneri / proposal"
NO_RESPONSE = "_No response_"
MAX_BODY = 128 * 1024  # a long case study is ~30 KB; more is a mistake or an attack


@dataclass(frozen=True)
class FormField:
    """One question of the form; `vocabulary` fills a dropdown's options."""

    id: str
    kind: str  # input | textarea | dropdown | checkboxes
    tr: str
    en: str
    help_tr: str = ""
    help_en: str = ""
    required: bool = False
    vocabulary: str = ""
    multiple: bool = False

    @property
    def label(self) -> str:
        return f"{self.tr} / {self.en}"


def _sections() -> list[FormField]:
    out = []
    for lang, word_tr, word_en in (("tr", "Türkçe", "Turkish"), ("en", "İngilizce", "English")):
        for sid, h_tr, h_en in SECTIONS:
            out.append(FormField(
                f"{sid}_{lang}", "textarea", f"{h_tr} ({word_tr})", f"{h_en} ({word_en})",
                "Bu dildeki metinlerin hepsini doldurun ya da hepsini boş bırakın.",
                "Fill in every text of this language, or leave them all empty."))
    return out


# A municipality or organisation that is not in records/ yet: the bot writes its record.
NEW_RECORD = [
    FormField("new_name_tr", "input", "Yeni kurum: adı (Türkçe)", "New institution: name (Turkish)",
              "Yalnızca belediye ya da kurum kütüphanede yoksa: resmî adı, ör. Çiğli Belediyesi. "
              "Kimliği bu addan türetilir.",
              "Only if the municipality or institution is not in the library yet: its official "
              "name, e.g. Çiğli Belediyesi. Its id is made from it."),
    FormField("new_name_en", "input", "Yeni kurum: adı (İngilizce)",
              "New institution: name (English)",
              "Boşsa Türkçe addan türetilir: Çiğli Belediyesi → Çiğli Municipality.",
              "If empty it is made from the Turkish name: Çiğli Belediyesi → Çiğli Municipality."),
    FormField("new_municipality_type", "dropdown", "Yeni kurum: belediye türü",
              "New institution: type of municipality",
              "Yeni kurum bir belediyeyse; ili yukarıdaki İl sorusundan alınır.",
              "If the new institution is a municipality; its province is the answer to Province "
              "above.", vocabulary="municipality-types"),
    FormField("new_organisation_kind", "dropdown", "Yeni kurum: kurum türü",
              "New institution: kind of organisation",
              "Yeni kurum belediye değilse: bir müdürlük, dernek, üniversite…",
              "If the new institution is not a municipality: a directorate, an association, a "
              "university…", vocabulary="organisation-kinds"),
    FormField("new_country", "dropdown", "Yeni kurum: ülke", "New institution: country",
              "Yalnızca Türkiye dışındaysa.", "Only if it is outside Türkiye.",
              vocabulary="countries"),
    FormField("new_parent", "input", "Yeni kurum: bağlı olduğu kurum", "New institution: part of",
              "Adı ya da kimliği. Boşsa bir ilçe belediyesi ilindeki büyükşehir belediyesine, bir "
              "belediye birimi uygulamanın belediyesine bağlanır.",
              "Name or id. If empty, a district municipality belongs to its province's "
              "metropolitan municipality, a municipal unit to the practice's municipality."),
    FormField("new_website", "input", "Yeni kurum: web sitesi", "New institution: website"),
]

FIELDS: list[FormField] = [
    FormField("title_tr", "input", "Başlık (Türkçe)", "Title (Turkish)",
              "Uygulamanın Türkçe adı; kimliği bu addan türetilir.",
              "The Turkish name of the practice; its id is made from it.", required=True),
    FormField("title_en", "input", "Başlık (İngilizce)", "Title (English)"),
    FormField("summary_tr", "textarea", "Özet (Türkçe)", "Summary (Turkish)",
              "Bir paragraf: ne, kim için, nerede.", "One paragraph: what, for whom, where."),
    FormField("summary_en", "textarea", "Özet (İngilizce)", "Summary (English)"),
    FormField("municipality", "input", "Belediye", "Municipality",
              "Uygulamanın sahibi belediyenin resmî adı ya da kayıt kimliği.",
              "Official name or record id of the municipality that runs it.", required=True),
    FormField("province", "dropdown", "İl", "Province",
              "Belediyenin ili; yeni bir belediye eklerken gerekli.",
              "The municipality's province; needed when adding a new municipality.",
              vocabulary="provinces"),
    *NEW_RECORD,
    FormField("themes", "dropdown", "Temalar", "Themes", required=True, vocabulary="themes",
              multiple=True),
    FormField("target_groups", "dropdown", "Hedef gruplar", "Target groups", required=True,
              vocabulary="target-groups", multiple=True),
    FormField("sdgs", "dropdown", "Sürdürülebilir Kalkınma Amaçları",
              "Sustainable Development Goals", required=True, vocabulary="sdgs",
              multiple=True),
    FormField("status", "dropdown", "Durum", "Status", required=True, vocabulary="statuses"),
    FormField("start", "input", "Başlangıç", "Start",
              "YYYY ya da YYYY-AA; bilinmiyorsa boş bırakın.",
              "YYYY or YYYY-MM; leave empty if unknown."),
    FormField("end", "input", "Bitiş", "End", "Sürüyorsa boş bırakın.",
              "Leave empty while it runs."),
    FormField("evidence", "dropdown", "Kanıt düzeyi", "Evidence level", required=True,
              vocabulary="evidence-levels"),
    FormField("sources", "textarea", "Kaynaklar", "Sources",
              "Her satıra bir kaynak: Başlık | Yayıncı | Tarih | Bağlantı. "
              "Ör.: Dayanışma noktaları açıldı | Belediye | 2023-05 | https://…",
              "One source per line: Title | Publisher | Date | Link. "
              "E.g.: Solidarity points opened | Municipality | 2023-05 | https://…",
              required=True),
    FormField("contact", "input", "İletişim kurumu", "Contact institution",
              "Kurumun adı ya da kimliği (kişi değil); boşsa belediye.",
              "Name or id of the institution (not a person); empty means the municipality."),
    FormField("contact_url", "input", "Kurumsal web sayfası", "Institutional web page"),
    FormField("contact_email", "input", "Kurumsal e-posta", "Institutional e-mail",
              "Kişisel adres yazmayın.", "No personal addresses."),
    *_sections(),
    FormField("consent", "checkboxes", "Onay", "Consent", required=True),
]
BY_ID = {f.id: f for f in FIELDS}
CONSENT = ("Bu metnin CC BY 4.0 lisansıyla yayımlanmasını kabul ediyorum; kaynaklara dayanıyor "
           "ve kişisel veri içermiyor. / I agree to publish this text under CC BY 4.0; it is "
           "based on the sources and contains no personal data.")

INTRO = """\
**Türkçe:** Bu formu doldurduğunuzda bir bot, bilgilerinizden uygulama dosyalarını oluşturup
bir çekme isteği (pull request) açar; editörler inceler ve yayımlar. Yalnızca kaynaklarda
yazanları yazın, kaynakları belirtin, kişisel veri (özel kişilerin adları, özel telefon numaraları) yazmayın.
Metinleri bir dilde yazmanız yeter: İngilizceyi boş bırakırsanız uygulama Türkçe sitede
yayımlanır, İngilizce sitede "çeviri bekleniyor" notuyla görünür.

**English:** When you submit this form a bot turns it into practice files and opens a pull
request; editors review and publish it. Write only what your sources say, cite them, and add
no personal data (names of private persons, private phone numbers). One language is enough:
without the English text the practice is published on the Turkish site and shown on the
English one with a "translation pending" notice.
"""


def option_label(vocabulary: str, term: dict) -> str:
    """How a vocabulary term appears in a dropdown: both labels (SDGs with their number)."""
    text = term["tr"] if term["tr"] == term["en"] else f"{term['tr']} / {term['en']}"
    return f"{term['id']}. {text}" if vocabulary == "sdgs" else text


def ordered_terms(vocabulary: str, terms: dict, lang: str = "tr") -> list:
    """A vocabulary's ids in the order the site lists its kind in lang (provinces and themes
    alphabetically, SDGs by number, statuses as their vocabulary lists them); a vocabulary
    of no kind (countries) in its own order."""
    kind = BY_VOCABULARY.get(vocabulary)
    if kind is None:
        return list(terms)
    return kind.ordered(terms, lambda i: terms[i][lang], lang, terms)


def options(field: FormField, vocabularies: dict) -> dict[str, object]:
    """Dropdown label → vocabulary id, in the order the Turkish site lists them."""
    terms = vocabularies.get(field.vocabulary, {})
    return {option_label(field.vocabulary, terms[tid]): tid
            for tid in ordered_terms(field.vocabulary, terms)}


def form_document(vocabularies: dict) -> dict:
    """The issue form as data, ready to dump as YAML."""
    body: list[dict] = [{"type": "markdown", "attributes": {"value": INTRO}}]
    for f in FIELDS:
        attrs: dict = {"label": f.label}
        if f.help_tr:
            attrs["description"] = f"{f.help_tr} / {f.help_en}"
        if f.kind == "dropdown":
            attrs["multiple"] = f.multiple
            attrs["options"] = list(options(f, vocabularies))
        if f.kind == "checkboxes":
            attrs["options"] = [{"label": CONSENT, "required": True}]
        item: dict = {"type": f.kind, "id": f.id.replace("_", "-"), "attributes": attrs}
        if f.required and f.kind != "checkboxes":
            item["validations"] = {"required": True}
        body.append(item)
    return {
        "name": "Yeni uygulama öner / Propose a practice",
        "description": "Bir sosyal belediyecilik uygulamasını kütüphaneye ekleyin. / "
                       "Add a social-municipalism practice to the library.",
        "title": "Öneri / Proposal: ",
        "labels": [LABEL],
        "body": body,
    }


def render_form(vocabularies: dict) -> str:
    """The form's YAML text, deterministic so that a test can compare it byte for byte."""
    head = ("# Generated by `python -m kb.issueform --write` from the vocabularies; do not edit.\n"
            "# Üretilmiş dosya: sözlükler değişince `python -m kb.issueform --write` çalıştırın.\n")
    return head + yaml.dump(form_document(vocabularies), Dumper=_Dumper, allow_unicode=True,
                            sort_keys=False, width=100)


class _Dumper(yaml.SafeDumper):
    """Multi-line text as a readable literal block."""


def _text(dumper: yaml.SafeDumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


@dataclass
class Answer:
    """The text given for one field and the body line of its heading."""

    value: str
    line: int


def parse_body(text: str) -> dict[str, Answer]:
    """Split a rendered issue body into answers by field id; empty answers are left out.

    Only headings that are labels of this form split the body, so a contributor's own
    `### ` lines stay inside their answer.
    """
    by_label = {f.label: f.id for f in FIELDS}
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    found: list[tuple[str, int]] = []
    for i, line in enumerate(lines):
        # str methods, not a regular expression: a heading of thousands of spaces is linear
        if line.startswith("###") and line[3:4].isspace():
            fid = by_label.get(line[3:].strip())
            if fid:
                found.append((fid, i))
    answers: dict[str, Answer] = {}
    for n, (fid, start) in enumerate(found):
        end = found[n + 1][1] if n + 1 < len(found) else len(lines)
        value = "\n".join(lines[start + 1:end]).strip()
        if value and value != NO_RESPONSE and fid not in answers:
            answers[fid] = Answer(value, start + 1)
    return answers


def split_choices(value: str, labels: list[str]) -> list[str]:
    """Split a multi-select answer ('a, b, c') whose option labels may themselves hold commas."""
    parts = [p.strip() for p in value.split(",")]
    out: list[str] = []
    i = 0
    while i < len(parts):
        for j in range(len(parts), i, -1):  # longest known label first
            joined = ", ".join(parts[i:j])
            if joined in labels:
                out.append(joined)
                i = j
                break
        else:
            if parts[i]:
                out.append(parts[i])
            i += 1
    return out


def checked(value: str) -> bool:
    """Whether a checkboxes answer has its box ticked (`- [X] …`)."""
    return any(re.match(r"[ \t]*-[ \t]*\[[xX]\]", line) for line in value.split("\n"))


def main(argv: list[str] | None = None) -> int:
    """Write or check the committed issue form."""
    from .load import load_vocabularies

    parser = argparse.ArgumentParser(prog="python -m kb.issueform")
    parser.add_argument("--root", default=".")
    parser.add_argument("--write", action="store_true", help="write the form file")
    args = parser.parse_args(argv)
    root = Path(args.root)
    vocabularies, _ = load_vocabularies(root)
    text = render_form(vocabularies)
    path = root / FORM_PATH
    if args.write:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {FORM_PATH}")
        return 0
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    if current != text:
        print(f"{FORM_PATH} is out of date: run `python -m kb.issueform --write`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
