"""The practices as a table: one row per practice, columns declared once with their meaning.

The same columns make the CSV (UTF-8 with a byte-order mark, ';' between columns, so that
Excel in a Turkish or Swedish locale opens it in columns), the Excel workbook, the rows the
catalogue's "download these practices" writes, and the codebook on the data page.
Multi-valued cells join their values with ' | ' (names may hold commas).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass

from ..clock import today
from ..languages import BY_CODE, CODES, site_path
from ..schema.fields import TRANSFER_KEYS
from ..schema.structure import differ
from ..schema.types import UNKNOWN
from .i18n import label, t
from .model import Site, url_for

SEPARATOR = " | "
DELIMITER = ";"
# A cell starting with one of these is a formula to a spreadsheet (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Column:
    name: str
    tr: str  # what the column holds, in Turkish
    en: str
    value: Callable[[dict, dict[str, Site], str], object]  # (practice, sites by lang, base URL)


def _join(values) -> str:
    return SEPARATOR.join(str(v) for v in values)


def _names(kind: str, key: str, lang: str):
    def value(p, sites, base):
        ids = p.get(key) or []
        ids = ids if isinstance(ids, list) else [ids]
        return _join(sites[lang].name(kind, i) for i in ids)
    return value


def _text(field: str, lang: str):
    def value(p, sites, base):
        return p["langs"].get(lang, {}).get(field, "")
    return value


def _transfer(key: str, lang: str):
    def value(p, sites, base):
        text = p["langs"].get(lang, {}).get("transferability", {}).get(key, "")
        return "" if text == UNKNOWN else text
    return value


def _place(kind: str, lang: str | None):
    def value(p, sites, base):
        site = sites[lang or CODES[0]]
        m = site.municipality_of(p)
        pid = m.get("province")
        if kind == "province":
            return (site.name("province", pid) if lang else pid) if pid else ""
        region = site.lib.vocabularies["provinces"][pid].get("region") if pid else None
        return (site.name("region", region) if lang else region) if region else ""
    return value


def _label(vocabulary: str, key: str, lang: str):
    def value(p, sites, base):
        return label(sites[lang].lib.vocabularies[vocabulary][p[key]], lang)
    return value


def _sources_differ(p, sites, base):
    return _join(k for k, claims in sorted(p.get("claims", {}).items()) if differ(claims))


def _partners(lang: str):
    def value(p, sites, base):
        site = sites[lang]
        return _join(f"{site.name(site.record_kind(x['organisation']), x['organisation'])} "
                     f"({label(site.lib.vocabularies['partner-roles'][x['role']], lang)})"
                     for x in p.get("partners", []))
    return value


def _figures(lang: str):
    def value(p, sites, base):
        return _join(f"{f['value']} {f['label'][lang]}" for f in p.get("key_figures", []))
    return value


def _unit(lang: str):
    def value(p, sites, base):
        return (p["contact"].get("unit") or {}).get(lang, "")
    return value


def _url(lang: str):
    def value(p, sites, base):
        return base + site_path(lang, url_for("practice", p["id"]))
    return value


def _fact(key: str):
    def value(p, sites, base):
        v = p.get(key, "")
        return _join(v) if isinstance(v, list) else v
    return value


def _per_language(name: str, tr: str, en: str, make) -> list[Column]:
    """One column per language: '<name>_tr', '<name>_en'."""
    return [Column(f"{name}_{code}", f"{tr} ({language.names.tr})", f"{en} ({language.names.en})",
                   make(code)) for code, language in BY_CODE.items()]


COLUMNS: list[Column] = [
    Column("id", "Kalıcı kimlik (klasör adı)", "Stable id (folder name)", _fact("id")),
    *_per_language("title", "Başlık", "Title", lambda lang: _text("title", lang)),
    *_per_language("summary", "Özet", "Summary", lambda lang: _text("summary", lang)),
    *_per_language("url", "Sayfanın adresi", "Address of the page", _url),
    Column("municipality", "Sahibi belediyenin kimliği", "Id of the owner municipality",
           _fact("municipality")),
    *_per_language("municipality", "Sahibi belediye", "Owner municipality",
                   lambda lang: _names("municipality", "municipality", lang)),
    Column("province", "İlin kimliği (yurt dışında boş)", "Id of the province (empty abroad)",
           _place("province", None)),
    Column("province_name", "İl", "Province", _place("province", "tr")),
    Column("region", "Bölgenin kimliği", "Id of the region", _place("region", None)),
    Column("status", "Durumun kimliği", "Id of the status", _fact("status")),
    *_per_language("status", "Durum", "Status", lambda lang: _label("statuses", "status", lang)),
    Column("start", "Başlangıç (YYYY, YYYY-AA ya da YYYY-AA-GG; unknown)",
           "Start (YYYY, YYYY-MM or YYYY-MM-DD; unknown)", _fact("start")),
    Column("end", "Bitiş (sürüyorsa boş)", "End (empty while it runs)", _fact("end")),
    Column("sources_differ", "Kaynakların farklı değer verdiği bilgiler",
           "Facts the sources give different values for", _sources_differ),
    Column("themes", "Temaların kimlikleri", "Ids of the themes", _fact("themes")),
    *_per_language("themes", "Temalar", "Themes", lambda lang: _names("theme", "themes", lang)),
    Column("target_groups", "Hedef grupların kimlikleri", "Ids of the target groups",
           _fact("target_groups")),
    *_per_language("target_groups", "Hedef gruplar", "Target groups",
                   lambda lang: _names("target-group", "target_groups", lang)),
    Column("sdgs", "Sürdürülebilir Kalkınma Amaçlarının numaraları (editörlerin sınıflandırması)",
           "Numbers of the Sustainable Development Goals (the editors' classification)",
           _fact("sdgs")),
    Column("programmes", "Programlar", "Programmes", _names("programme", "programmes", "en")),
    *_per_language("partners", "Ortaklar ve rolleri", "Partners and their roles", _partners),
    Column("evidence", "Kanıt düzeyinin kimliği", "Id of the evidence level", _fact("evidence")),
    *_per_language("key_figures", "Temel rakamlar", "Key figures", _figures),
    *[c for key in TRANSFER_KEYS for c in _per_language(
        key, f"Aktarılabilirlik: {t(key, 'tr')}, bilinmiyorsa boş",
        f"Transferability: {t(key, 'en')}, empty if not known",
        lambda lang, key=key: _transfer(key, lang))],
    Column("contact", "İletişim kurumunun kimliği", "Id of the contact institution",
           lambda p, s, b: p["contact"]["organisation"]),
    *_per_language("contact_unit", "İletişim birimi", "Contact unit", _unit),
    Column("contact_url", "Kurumun web sayfası", "The institution's web page",
           lambda p, s, b: p["contact"].get("url", "")),
    Column("contact_email", "Kurumsal e-posta", "Institutional e-mail",
           lambda p, s, b: p["contact"].get("email", "")),
    Column("contact_phone", "Kurumsal telefon", "Institutional phone",
           lambda p, s, b: p["contact"].get("phone", "")),
    Column("sources", "Kaynaklar: başlık ve adres", "Sources: title and address",
           lambda p, s, b: _join(f"{x['title']} <{x['url']}>" if x.get("url") else x["title"]
                                 for x in p["sources"])),
    Column("last_verified", "Bilgilerin kaynaklarla en son karşılaştırıldığı gün",
           "The day the facts were last checked against the sources", _fact("last_verified")),
]


def sites(lib) -> dict[str, Site]:
    return {lang: Site(lib, lang) for lang in CODES}


def rows(lib, base_url: str, for_csv: bool = True) -> list[list[str]]:
    """The table's rows, one per published practice (sorted by id), every cell as text.

    A CSV cell that would start a formula gets an apostrophe; a workbook needs none (its
    cells are written as text).
    """
    by_lang = sites(lib)
    practices = by_lang[CODES[0]].practices
    out = []
    for pid in sorted(practices):
        p = practices[pid]
        cells = [str(c.value(p, by_lang, base_url)) for c in COLUMNS]
        out.append(csv_row(cells) if for_csv else cells)
    return out


def csv_row(cells: list[str]) -> list[str]:
    """A row of cells as the CSV file has it (rows(for_csv=False) → rows())."""
    return [_cell(v) for v in cells]


def _cell(value: str) -> str:
    """Text a spreadsheet shows as text, never runs as a formula."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_bytes(lib, base_url: str, csv_rows: list[list[str]] | None = None) -> bytes:
    """practices.csv: UTF-8 with a byte-order mark, ';' between columns, CRLF line ends.

    csv_rows: rows() made already (the build makes them once for every file that has them)."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow([c.name for c in COLUMNS])
    writer.writerows(rows(lib, base_url) if csv_rows is None else csv_rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def xlsx_bytes(lib, base_url: str, cells: list[list[str]] | None = None) -> bytes:
    """practices.xlsx: the same table as an Excel workbook, with the codebook as a second sheet.

    cells: rows(for_csv=False) made already."""
    import xlsxwriter

    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False,
                                     "strings_to_urls": False, "strings_to_numbers": False})
    # A fixed creation date keeps the file byte-identical between builds of one commit.
    book.set_properties({"title": "Ortak Akıl", "created": dt.datetime.combine(today(), dt.time())})
    sheet = book.add_worksheet("practices")
    bold = book.add_format({"bold": True})
    sheet.write_row(0, 0, [c.name for c in COLUMNS], bold)
    for r, row in enumerate(rows(lib, base_url, for_csv=False) if cells is None else cells,
                            start=1):
        sheet.write_row(r, 0, row)
    sheet.freeze_panes(1, 1)
    codes = book.add_worksheet("codebook")
    codes.write_row(0, 0, ["column", "tr", "en"], bold)
    for r, c in enumerate(COLUMNS, start=1):
        codes.write_row(r, 0, [c.name, c.tr, c.en])
    book.close()
    return buf.getvalue()


def codebook_markdown(lang: str) -> str:
    """The columns and their meaning, as a Markdown table for the data page."""
    head = {"tr": "| Sütun | Anlamı |\n|---|---|", "en": "| Column | Meaning |\n|---|---|"}[lang]
    lines = [head] + [f"| `{c.name}` | {(c.tr if lang == 'tr' else c.en).replace('|', '/')} |"
                      for c in COLUMNS]
    return "\n".join(lines)
