"""The Turkish names a contributor may type for the files' keys, which are English.

A key written in Turkish (`durum:`, `kaynak:`) is answered "did you mean 'status'?", as a typo
is (kb.schema.structure.Record). Compared Turkish-folded: 'baslangic' is 'başlangıç' too.
"""

from __future__ import annotations

TURKISH: dict[str, tuple[str, ...]] = {
    "status": ("durum",), "municipality": ("belediye",), "partners": ("ortaklar",),
    "organisation": ("kurum", "kuruluş"), "role": ("rol", "görev"),
    "programmes": ("programlar",), "themes": ("temalar", "tema"),
    "target_groups": ("hedef_gruplar", "hedef-gruplar", "hedef_grup"), "sdgs": ("ska",),
    "start": ("başlangıç",), "end": ("bitiş",), "key_figures": ("temel_rakamlar", "rakamlar"),
    "value": ("değer",), "label": ("etiket",), "source": ("kaynak",), "sources": ("kaynaklar",),
    "evidence": ("kanıt", "kanıt_düzeyi"), "title": ("başlık",), "publisher": ("yayıncı",),
    "date": ("tarih",), "url": ("adres", "bağlantı"), "language": ("dil",),
    "accessed": ("erişim", "erişim_tarihi"), "contact": ("iletişim",), "unit": ("birim",),
    "email": ("e-posta", "eposta"), "phone": ("telefon",), "last_verified": ("son_doğrulama",),
    "related": ("ilgili",), "inspired_by": ("esinlenilen",), "summary": ("özet",),
    "transferability": ("aktarılabilirlik",), "legal_basis": ("yasal_dayanak",),
    "prerequisites": ("ön_koşullar",), "staff": ("personel",), "budget": ("bütçe",),
    "time_to_results": ("sonuç_süresi",), "name": ("ad", "isim"), "province": ("il",),
    "website": ("web_sitesi",), "description": ("açıklama",), "draft": ("taslak",),
}


def aliases(keys) -> dict[str, str]:
    """Turkish name → key, for the keys given (a record's own)."""
    return {tr: key for key in keys for tr in TURKISH.get(key, ())}
