"""The fields of every file in the knowledge base, each documented in Turkish and English.

This is the single declaration: the validator, `kb new`, the JSON Schema and the
contributor reference page are all derived from it.
"""

from __future__ import annotations

from ..kinds import BY_ID as KIND
from ..kinds import KINDS
from ..languages import CODES, Words
from ..turkish import lower
from .structure import Field, ListOf, Record, Ref, Sourced, localized
from .structure import Vocab as VocabType
from .types import Boolean, Email, Integer, Number, PartialDate, Slug, Text, Url

SCHEMA_VERSION = 1
LANGUAGES = CODES
PRACTICE_FILE = "practice.yml"

# The narrative template: every language file has these H2 sections, in this order.
SECTIONS = (
    ("context", "Bağlam", "Context"),
    ("what_was_done", "Ne yapıldı", "What was done"),
    ("who_was_involved", "Kimler yer aldı", "Who was involved"),
    ("results", "Sonuçlar", "Results"),
    ("lessons", "Dersler ve aktarılabilirlik", "Lessons and transferability"),
)

# Where a narrative may link on its own page: a section (#results) or a source (#kb-source-2).
SOURCE_ANCHOR = "kb-source-{n}"


def page_anchors(source_count: int) -> set[str]:
    """The #anchors of a practice page a narrative may link to."""
    return {sid for sid, _, _ in SECTIONS} | {SOURCE_ANCHOR.format(n=n)
                                               for n in range(1, source_count + 1)}


def _end_after_start(out, node, ctx, key):
    start, end = out.get("start"), out.get("end")
    if start and end and start != "unknown" and end < start:
        ctx.error(node.get("end"), "date.end_before_start", "end", start=start, end=end)
        return False
    if out.get("status") in ("completed", "discontinued") and "end" not in out:
        term = ctx.vocabularies.get("statuses", {}).get(out["status"], {})
        label = Words(lower(term.get("tr", out["status"])), term.get("en", out["status"]).lower())
        ctx.error(node, "status.needs_end", "end", status=label, severity="warning")
    return True


def _municipality_place(out, node, ctx, key):
    if out.get("type") == "foreign":
        if out.get("country", "türkiye") == "türkiye":
            ctx.error(node, "municipality.foreign_country", "country")
            return False
    elif "province" not in out:
        ctx.error(node, "key.missing", "province", name="province", record=KIND["municipality"].one,
                  example="province: izmir")
        return False
    return True


# The name of each vocabulary in both languages (those of a kind come from kb.kinds).
VOCABULARY_NAMES: dict[str, Words] = {
    **{k.vocabulary: k.many for k in KINDS if k.vocabulary},
    "partner-roles": Words("ortak rolleri", "partner roles"),
    "organisation-kinds": Words("kurum türleri", "organisation kinds"),
    "countries": Words("ülkeler", "countries"),
    "languages": Words("diller", "languages"),
    "source-kinds": Words("kaynak türleri", "source kinds"),
}


def Vocab(vocabulary: str, numeric: bool = False, example=None) -> VocabType:  # noqa: N802
    """A term of a vocabulary, named in words for messages."""
    return VocabType(vocabulary, numeric, example, VOCABULARY_NAMES[vocabulary])


LOCAL_TEXT = Text(max_len=200, single_line=True)

PARTNER = Record(
    "partner",
    [
        Field("organisation", Ref("organisation", "municipality", example="lund-universitesi"),
              "Id of the partner organisation or municipality record.",
              "Ortak kurumun ya da belediyenin kayıt kimliği."),
        Field("role", Vocab("partner-roles", example="mentor"),
              "What the partner does in the practice.", "Ortağın uygulamadaki rolü."),
        Field("source", Integer(1, 50), "Which entry of `sources` names the partner and its "
              "role (1 = first); without it the role is the editors' classification.",
              "Ortağı ve rolünü veren kaynağın `sources` içindeki sırası (1 = ilk); yoksa rol "
              "editörlerin sınıflandırmasıdır.", required=False),
    ],
    words=Words("ortak", "partner"),
)

KEY_FIGURE = Record(
    "key figure",
    [
        Field("value", Number(), "The number, as the source gives it.",
              "Kaynağın verdiği sayı."),
        Field("label", localized(LOCAL_TEXT), "What the number counts, in both languages.",
              "Sayının neyi saydığı, iki dilde."),
        Field("source", Integer(1, 50), "Which entry of `sources` gives it (1 = first).",
              "Sayıyı veren kaynağın `sources` içindeki sırası (1 = ilk).", required=False),
    ],
    words=Words("temel rakam", "key figure"),
)

SOURCE = Record(
    "source",
    [
        Field("title", Text(max_len=300, single_line=True, example="Haber başlığı"),
              "Title of the article or document, in its own language.",
              "Makalenin ya da belgenin kendi dilindeki başlığı."),
        Field("publisher", Text(max_len=200, single_line=True, unknown=True,
                                example="Yayıncı"),
              "Who published it; `unknown` if the text does not say.",
              "Yayımlayan; metin söylemiyorsa `unknown`."),
        Field("date", PartialDate(unknown=True), "Publication date, as precise as known.",
              "Yayın tarihi, bilindiği kadar kesin."),
        Field("kind", Vocab("source-kinds", example="news"),
              "What kind of source it is: a news report, an official page, a programme page, "
              "a report…", "Kaynağın türü: haber, resmî sayfa, program sayfası, rapor…",
              required=False),
        Field("url", Url(), "Where to read it (http, https).", "Nerede okunabileceği.",
              required=False),
        Field("language", Vocab("languages", example="tr"), "Language of the source.",
              "Kaynağın dili.", required=False),
        Field("accessed", PartialDate(full=True, example="2026-12-01"),
              "The day someone read it: a source nobody could read is not cited.",
              "Birinin kaynağı okuduğu gün: okunamayan bir kaynak gösterilmez."),
    ],
    words=Words("kaynak", "source"),
)

# Personal data (KVKK): a contact is an institution, reached through a unit, a role and the
# institution's own address; never a private person (kb.checks.practice enforces it).
CONTACT = Record(
    "contact",
    [
        Field("organisation", Ref("municipality", "organisation", example="ornek-belediyesi"),
              "The institution to contact (never a private person).",
              "İletişim kurulacak kurum (hiçbir zaman özel bir kişi değil)."),
        Field("unit", localized(LOCAL_TEXT), "The responsible unit or role, in both languages.",
              "Sorumlu birim ya da görev, iki dilde.", required=False),
        Field("url", Url(), "The institution's web page for the practice.",
              "Kurumun uygulamaya ilişkin web sayfası.", required=False),
        Field("email", Email(), "The institution's address for the unit (e.g. "
              "sosyalhizmetler@…bel.tr); no private mailbox: free-mail addresses (gmail, "
              "hotmail, yandex…) are refused.",
              "Birimin kurumsal adresi (ör. sosyalhizmetler@…bel.tr); kişisel posta kutusu "
              "değil: ücretsiz posta adresleri (gmail, hotmail, yandex…) kabul edilmez.",
              required=False),
        Field("phone", Text(max_len=40, single_line=True, example="0232 293 12 34"),
              "The institution's switchboard or landline; mobile numbers are refused.",
              "Kurumun santrali ya da sabit hattı; cep telefonu numaraları kabul edilmez.",
              required=False),
    ],
    words=Words("iletişim bilgisi", "contact"),
)

RELATED = Record(
    "related",
    [
        Field("inspired_by", ListOf(Ref("practice")), "Practices this one learned from.",
              "Bu uygulamanın örnek aldığı uygulamalar.", required=False),
        Field("adopted_by", ListOf(Ref("practice")), "Practices that adapted this one.",
              "Bu uygulamayı uyarlayan uygulamalar.", required=False),
    ],
    words=Words("ilgili uygulamalar", "related practices"),
)

INTEREST = Record(
    "replication interest",
    [
        Field("municipality", Ref("municipality", example="ornek-belediyesi"),
              "A municipality that said it wants to adopt the practice.",
              "Uygulamayı hayata geçirmek istediğini söyleyen belediye."),
        Field("date", PartialDate(unknown=True), "When it said so.", "Ne zaman söylediği."),
        Field("source", Integer(1, 50), "Which entry of `sources` reports it (1 = first).",
              "Bunu bildiren kaynağın `sources` içindeki sırası."),
        Field("by", localized(LOCAL_TEXT),
              "Who said it, in their public role, when it was not the municipality itself "
              "(a council member, a delegation), in both languages.",
              "Belediyenin kendisi değilse bunu kimin söylediği, kamusal göreviyle (bir meclis "
              "üyesi, bir heyet), iki dilde.", required=False),
    ],
    words=Words("benimseme isteği", "replication interest"),
)

PRACTICE = Record(
    "practice",
    [
        Field("schema_version", Integer(SCHEMA_VERSION, SCHEMA_VERSION, example=SCHEMA_VERSION),
              "Version of this format.", "Bu biçimin sürümü."),
        Field("id", Slug(), "Stable id: the folder name, ASCII, made from the Turkish title.",
              "Kalıcı kimlik: klasör adı, ASCII, Türkçe başlıktan türetilir."),
        Field("draft", Boolean(), "A draft may lack one language and is not published.",
              "Taslak bir dili eksik olabilir ve yayımlanmaz.", required=False, default=False),
        Field("status", Sourced(Vocab("statuses", example="active")),
              "Where the practice stands; cite the source that says so.",
              "Uygulamanın durumu; bunu söyleyen kaynağı gösterin."),
        Field("municipality", Ref("municipality", example="ornek-belediyesi"),
              "The municipality that owns the practice.", "Uygulamanın sahibi belediye."),
        Field("partners", ListOf(PARTNER), "Partner organisations and their roles.",
              "Ortak kurumlar ve rolleri.", required=False),
        Field("programmes", ListOf(Ref("programme", example="cipss")),
              "Programmes the practice took part in.", "Uygulamanın yer aldığı programlar.",
              required=False),
        Field("themes", ListOf(Vocab("themes", example="sosyal-yardım"), min_items=1),
              "Themes (vocabulary `themes`).", "Temalar (`themes` sözlüğü)."),
        Field("target_groups",
              ListOf(Vocab("target-groups", example="dar-gelirliler"), min_items=1),
              "Who the practice serves.", "Uygulamanın hizmet ettiği gruplar."),
        Field("sdgs", ListOf(Vocab("sdgs", numeric=True, example=11), min_items=1),
              "UN Sustainable Development Goals, 1–17.",
              "BM Sürdürülebilir Kalkınma Amaçları, 1–17."),
        Field("start", Sourced(PartialDate(unknown=True)),
              "When it started (or `unknown`), with the source that gives the date.",
              "Ne zaman başladığı (ya da `unknown`), tarihi veren kaynakla."),
        Field("end", Sourced(PartialDate()), "When it ended, with its source; leave out while "
              "it runs.", "Ne zaman bittiği, kaynağıyla; sürüyorsa yazmayın.", required=False),
        Field("key_figures", ListOf(KEY_FIGURE, unique=False), "Numbers that the sources give.",
              "Kaynakların verdiği sayılar.", required=False),
        Field("not_figures", ListOf(Integer(0, 10**15, example=153)),
              "Numbers in the text that are no figure of the practice (a hotline, a law's "
              "number) and may appear in one language only.",
              "Metinde geçen ama uygulamanın bir rakamı olmayan, bu yüzden tek dilde "
              "geçebilen sayılar (bir çağrı hattı, bir kanun numarası).", required=False),
        Field("evidence", Vocab("evidence-levels", example="self-reported"),
              "How well the results are evidenced.", "Sonuçların ne kadar kanıtlandığı."),
        Field("sources", ListOf(SOURCE, min_items=1), "Where the facts come from.",
              "Bilgilerin kaynakları."),
        Field("contact", CONTACT, "Whom to contact: an institution, never a person.",
              "Kime başvurulacağı: bir kurum, asla bir kişi."),
        Field("last_verified", PartialDate(full=True, example="2026-11-21"),
              "The day someone last checked the facts against the sources.",
              "Bilgilerin kaynaklarla en son karşılaştırıldığı gün."),
        Field("related", RELATED, "Related practices.", "İlgili uygulamalar.", required=False),
        Field("replication_interest", ListOf(INTEREST),
              "Municipalities that said they want to adopt it.",
              "Uygulamayı benimsemek istediğini söyleyen belediyeler.", required=False),
    ],
    check=_end_after_start,
    words=KIND["practice"].one,
)

UNKNOWN_TEXT = Text(max_len=1000, unknown=True)

TRANSFERABILITY = Record(
    "transferability",
    [
        Field("legal_basis", UNKNOWN_TEXT, "Legal basis a municipality acts on.",
              "Belediyenin dayandığı yasal temel."),
        Field("prerequisites", UNKNOWN_TEXT, "What must be in place first.",
              "Önce neyin hazır olması gerektiği."),
        Field("staff", UNKNOWN_TEXT, "Staff and skills needed.", "Gereken personel ve beceriler."),
        Field("budget", UNKNOWN_TEXT, "Budget range.", "Bütçe aralığı."),
        Field("time_to_results", UNKNOWN_TEXT, "Time to first results.",
              "İlk sonuçlara kadar geçen süre."),
    ],
    words=Words("aktarılabilirlik kartı", "transferability card"),
)

TRANSFER_KEYS = tuple(f.name for f in TRANSFERABILITY.fields)

LANGUAGE_FILE = Record(
    "language file",
    [
        Field("title", Text(max_len=120, single_line=True, example="Uygulamanın adı"),
              "Title of the practice in this language.", "Uygulamanın bu dildeki adı."),
        Field("summary", Text(max_len=800, example="Bir paragraflık özet."),
              "One-paragraph summary.", "Bir paragraflık özet."),
        Field("transferability", TRANSFERABILITY,
              "Can my municipality do this? Each item may be `unknown`.",
              "Belediyem bunu yapabilir mi? Her madde `unknown` olabilir."),
    ],
    words=Words("dil dosyası", "language file"),
)

MUNICIPALITY = Record(
    "municipality",
    [
        Field("id", Slug(), "Id: the file name.", "Kimlik: dosya adı."),
        Field("name", localized(LOCAL_TEXT), "Official name in both languages.",
              "İki dilde resmî adı."),
        Field("type", Vocab("municipality-types", example="district"), "Kind of municipality.",
              "Belediye türü."),
        Field("province", Vocab("provinces", example="izmir"),
              "Province in Türkiye (not for foreign municipalities).",
              "Türkiye'deki il (yabancı belediyeler için yok).", required=False),
        Field("country", Vocab("countries", example="türkiye"), "Country.", "Ülke.",
              required=False, default="türkiye"),
        Field("parent", Ref("municipality"), "Metropolitan municipality a district belongs to.",
              "İlçenin bağlı olduğu büyükşehir belediyesi.", required=False),
        Field("website", Url(), "Official website.", "Resmî web sitesi.", required=False),
    ],
    check=_municipality_place,
    words=KIND["municipality"].one,
)

ORGANISATION = Record(
    "organisation",
    [
        Field("id", Slug(), "Id: the file name.", "Kimlik: dosya adı."),
        Field("name", localized(LOCAL_TEXT), "Name in both languages.", "İki dilde adı."),
        Field("acronym", Text(max_len=20, single_line=True), "Short name.", "Kısaltma.",
              required=False),
        Field("kind", Vocab("organisation-kinds", example="university"), "Kind of organisation.",
              "Kurum türü."),
        Field("country", Vocab("countries", example="türkiye"), "Country.", "Ülke.",
              required=False),
        Field("parent", Ref("organisation", "municipality"), "Body it is part of.",
              "Bağlı olduğu kurum.", required=False),
        Field("website", Url(), "Official website.", "Resmî web sitesi.", required=False),
    ],
    words=KIND["organisation"].one,
)

PROGRAMME = Record(
    "programme",
    [
        Field("id", Slug(), "Id: the file name.", "Kimlik: dosya adı."),
        Field("name", localized(LOCAL_TEXT), "Full name in both languages.", "İki dilde tam adı."),
        Field("acronym", Text(max_len=20, single_line=True), "Short name.", "Kısaltma.",
              required=False),
        Field("organisers", ListOf(Ref("organisation", "municipality", example="lund-universitesi"),
                                  min_items=1),
              "Who runs the programme.", "Programı yürütenler."),
        Field("participants", ListOf(Ref("municipality", "organisation")),
              "Participating municipalities and bodies named in the sources.",
              "Kaynaklarda adı geçen katılımcı belediyeler ve kurumlar.", required=False),
        Field("summary", localized(Text(max_len=1500)), "What the programme is.",
              "Programın ne olduğu."),
        Field("website", Url(), "Official website.", "Resmî web sitesi.", required=False),
        Field("sources", ListOf(SOURCE), "Where the facts come from.", "Bilgilerin kaynakları.",
              required=False),
    ],
    words=KIND["programme"].one,
)

# Each record kind (kb.kinds) with its folder under records/ and its schema.
RECORD_KINDS = {kind: (KIND[kind].folder, schema) for kind, schema in (
    ("municipality", MUNICIPALITY), ("organisation", ORGANISATION), ("programme", PROGRAMME))}



def vocabulary_defaults() -> list[tuple[str, str, str]]:
    """(vocabulary, term id, field) for each field that takes a term when a file gives none
    (a municipality's country is 'türkiye'): the vocabulary must keep that term."""
    schemas = [PRACTICE, *(schema for _, schema in RECORD_KINDS.values())]
    return [(f.type.vocabulary, f.default, f"{schema.name}.{f.name}")
            for schema in schemas for f in schema.fields
            if isinstance(f.type, VocabType) and f.default is not None]


# Search aliases of a vocabulary term: {tr: [...], en: [...]}, either language may be left out.
_ALIAS_LIST = ListOf(Text(max_len=60, single_line=True), max_items=20)
ALIASES = Record(
    "aliases",
    [Field("tr", _ALIAS_LIST, "Turkish aliases.", "Türkçe eş anlamlılar.", required=False),
     Field("en", _ALIAS_LIST, "English aliases.", "İngilizce eş anlamlılar.", required=False)],
    words=Words("arama eş anlamlıları", "search aliases"),
)


def vocabulary_term(extra: list[Field], numeric: int = 0, described: bool = False) -> Record:
    """The schema of one term of a vocabulary file: id, Turkish and English labels, extras.

    numeric: the ids are the numbers 1 to this; described: every term says what it means.
    """
    id_type = Integer(1, numeric) if numeric else Text(max_len=60, single_line=True)
    return Record(
        "term",
        [
            Field("id", id_type, "Id used in practice files.", "Uygulama dosyalarındaki kimlik."),
            Field("tr", LOCAL_TEXT, "Turkish label.", "Türkçe etiket."),
            Field("en", LOCAL_TEXT, "English label.", "İngilizce etiket."),
            Field("description", localized(Text(max_len=600)), "What the term means.",
                  "Terimin anlamı.", required=described),
            Field("aliases", ALIASES, "Other words people search with for this term, in each "
                  "language (search finds the term's practices by them; they are not shown).",
                  "İnsanların bu terim için aradığı başka sözcükler, iki dilde (arama terimin "
                  "uygulamalarını bunlarla da bulur; sitede gösterilmezler).", required=False),
            *extra,
        ],
        words=Words("sözlük terimi", "vocabulary term"),
    )


# Every vocabulary file and the extra fields its terms carry.
VOCABULARIES: dict[str, Record] = {
    "themes": vocabulary_term([]),
    "target-groups": vocabulary_term([]),
    "sdgs": vocabulary_term([], numeric=17),
    "statuses": vocabulary_term([], described=True),
    "evidence-levels": vocabulary_term([], described=True),
    "partner-roles": vocabulary_term([]),
    "municipality-types": vocabulary_term([]),
    "organisation-kinds": vocabulary_term([]),
    "countries": vocabulary_term([]),
    "languages": vocabulary_term([]),
    "source-kinds": vocabulary_term([]),
    "regions": vocabulary_term([]),
    "provinces": vocabulary_term(
        [
            Field("plate", Integer(1, 81), "Licence-plate code.", "Plaka kodu.", unique=True),
            Field("region", Vocab("regions", example="ege"), "Geographical region.",
                  "Coğrafi bölge."),
        ]
    ),
}
