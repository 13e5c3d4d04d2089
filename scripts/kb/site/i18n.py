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
    "search_hint": ("Uygulama, belediye ya da konu arayın", "Search practices, municipalities, topics"),
    "newest": ("Yeni eklenen uygulamalar", "Newest practices"),
    "all_practices": ("Tüm uygulamalar", "All practices"),
    "practice": ("Uygulama", "Practice"),
    "practices": ("Uygulamalar", "Practices"),
    "municipality": ("Belediye", "Municipality"),
    "municipalities": ("Belediyeler", "Municipalities"),
    "organisation": ("Kurum", "Organisation"),
    "organisations": ("Kurumlar", "Organisations"),
    "programme": ("Program", "Programme"),
    "programmes": ("Programlar", "Programmes"),
    "theme": ("Tema", "Theme"),
    "themes": ("Temalar", "Themes"),
    "target_group": ("Hedef grup", "Target group"),
    "target_groups": ("Hedef gruplar", "Target groups"),
    "sdg": ("SKA", "SDG"),
    "sdgs": ("Sürdürülebilir Kalkınma Amaçları", "Sustainable Development Goals"),
    "province": ("İl", "Province"),
    "provinces": ("İller", "Provinces"),
    "region": ("Bölge", "Region"),
    "regions": ("Bölgeler", "Regions"),
    "country": ("Ülke", "Country"),
    "municipality_type": ("Belediye türü", "Municipality type"),
    "status": ("Durum", "Status"),
    "evidence": ("Kanıt düzeyi", "Evidence level"),
    "dates": ("Tarihler", "Dates"),
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
    "sources": ("Kaynaklar", "Sources"),
    "contact": ("İletişim", "Contact"),
    "website": ("Web sitesi", "Website"),
    "email": ("E-posta", "E-mail"),
    "phone": ("Telefon", "Phone"),
    "related": ("İlgili uygulamalar", "Related practices"),
    "inspired_by": ("Örnek aldığı uygulamalar", "Inspired by"),
    "adopted_by": ("Bu uygulamayı uyarlayanlar", "Adopted by"),
    "replication": ("Uygulamayı benimsemek isteyen belediyeler",
                    "Municipalities that want to adopt it"),
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
    "browse_by": ("Göz at", "Browse by"),
    "owned": ("Sahibi olduğu uygulamalar", "Practices it runs"),
    "partnered": ("Ortak olduğu uygulamalar", "Practices it partners in"),
    "interested": ("Benimsemek istediği uygulamalar", "Practices it wants to adopt"),
    "programme_practices": ("Programdaki uygulamalar", "Practices in the programme"),
    "organisers": ("Düzenleyenler", "Organisers"),
    "participants": ("Katılımcılar", "Participants"),
    "parent": ("Bağlı olduğu kurum", "Part of"),
    "kind": ("Türü", "Kind"),
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
                     "değerler | ile ayrılır; Türkçe Excel sütunlara ayırarak açar",
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
    "print": ("Yazdır", "Print"),
    "skip_content": ("İçeriğe geç", "Skip to content"),
    "skip_results": ("Sonuçlara geç", "Skip to results"),
    # {q} is filled in by kb-search-other.js with the words in the search box.
    "search_other": ("İngilizce sayfalarda ara: “{q}”", "Search the Turkish pages for “{q}”"),
}


def t(key: str, lang: str, **args) -> str:
    """The UI string `key` in `lang`, with {placeholders} filled."""
    tr, en = STRINGS[key]
    text = tr if lang == "tr" else en
    return text.format(**args) if args else text


def label(term: dict, lang: str) -> str:
    """The label of a vocabulary term, or the name of a record, in one language."""
    if "name" in term:
        return term["name"][lang]
    return str(term.get(lang) or term["id"])
