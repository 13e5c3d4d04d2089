"""What `kb --help` and argparse's own errors say, in Turkish and in English.

HELP holds the project's words (commands, options, the names of their values); ARGPARSE
is Turkish for the sentences argparse itself writes ("usage:", "the following arguments
are required"), which Python ships in English only. kb.cli builds its parser in the
language of the messages, so a contributor with LANG=tr_TR reads the help in Turkish.
"""

from __future__ import annotations

import argparse

from .languages import Words

# key: (Turkish, English). A command's key is its name, an option's is "command option".
HELP: dict[str, tuple[str, str]] = {
    "description": ("Ortak Akıl bilgi tabanı araçları", "Ortak Akıl knowledge base tools"),
    "--root": ("deponun kök klasörü (varsayılan: .)", "repository root (default: .)"),
    "--lang": ("iletilerin ve yardımın dili (varsayılan: KB_LANG ya da LANG değişkeninden)",
               "language of the messages and the help (default: from KB_LANG or LANG)"),
    "COMMAND": ("KOMUT", "COMMAND"),
    "ROOT": ("KÖK", "ROOT"),
    "PATH": ("YOL", "PATH"),
    "TITLE": ("BAŞLIK", "TITLE"),
    "FILE": ("DOSYA", "FILE"),
    "PORT": ("PORT", "PORT"),
    "validate": ("uygulamaları, kayıtları, sözlükleri ve elle yazılmış sayfaları denetler",
                 "validate practices, records, vocabularies and hand-written pages"),
    "validate paths": ("bulguları gösterilecek dosya ya da klasörler (varsayılan: hepsi)",
                       "files or folders to report on (default: everything)"),
    "validate --format": ("text: dosya:satır:sütun satırları (varsayılan); json: bulguların "
                          "listesi; github: GitHub Actions için ek açıklamalar",
                          "text: file:line:col lines (default); json: a list of findings; "
                          "github: annotations for GitHub Actions"),
    "validate --lang": ("iletilerin dili (varsayılan: KB_LANG ya da LANG değişkeninden)",
                        "language of the messages (default: from KB_LANG or LANG)"),
    "validate --no-cache": ("her uygulamayı yeniden denetler; değişmemiş klasörler için önceki "
                            "çalıştırmalardan saklanan sonuçları kullanmaz (ya da: "
                            "KB_NO_CACHE=1)",
                            "check every practice again, without the results kept from "
                            "earlier runs for unchanged folders (also: KB_NO_CACHE=1)"),
    "build": ("iki dilli siteyi oluşturur", "build the bilingual site"),
    "build --out": ("çıktı klasörü (varsayılan: site); `make preview` ile açın",
                    "output folder (default: site); view it with `make preview`"),
    "build --lang": ("yalnızca bu dili oluşturur (birden çok kez verilebilir; varsayılan: iki "
                     "dil)", "build only this language (repeatable; default: both)"),
    "serve": ("bütün sitenin canlı önizlemesi; her kayıtta yeniden oluşturulur",
              "live preview of the whole site, rebuilt on every save"),
    "serve --lang": ("terminaldeki iletilerin dili (önizlemede iki site de vardır)",
                     "language of the terminal messages (the preview has both sites)"),
    "serve --port": ("127.0.0.1 üzerindeki port (varsayılan: 8000; 0 boş bir port seçer)",
                     "port on 127.0.0.1 (default: 8000; 0 picks a free one)"),
    "serve --no-drafts": ("taslakları, yayımlanan sitedeki gibi dışarıda bırakır",
                          "leave drafts out, as the published site does"),
    "schema": ("uygulama dosyalarının JSON şemasını yazdırır",
               "print the JSON Schema of practice files"),
    "new": ("iki dilde yeni bir uygulamanın iskeletini oluşturur",
            "scaffold a new practice in both languages"),
    "new --title-tr": ("Türkçe başlık; klasörün adı (id) bundan yapılır",
                       "Turkish title; the folder name (id) is made from it"),
    "new --title-en": ("İngilizce başlık (verilmeyebilir)", "English title (may be left out)"),
    "new --municipality": ("belediye kaydının id'si, ör. izmir-buyuksehir-belediyesi",
                           "id of the municipality record, e.g. izmir-buyuksehir-belediyesi"),
    "new --no-input": ("terminalde bile hiçbir şey sormaz", "never prompt, even on a terminal"),
    "from-issue": ("gönderilmiş bir öneri formunu uygulama dosyalarına dönüştürür",
                   "turn a submitted issue form into practice files"),
    "from-issue body": ("formun metnini tutan dosya (standart girdi için -)",
                        "file holding the issue body (- for stdin)"),
    "from-issue --lang": ("yazdırılan raporun dili (varsayılan: KB_LANG ya da LANG "
                          "değişkeninden)",
                          "language of the report printed (default: from KB_LANG or LANG)"),
    "from-issue --report": ("raporu Türkçe ve İngilizce olarak, önerinin yorumu için Markdown "
                            "biçiminde bu dosyaya da yazar",
                            "also write the report, in Turkish and English, as Markdown for "
                            "the issue comment"),
}

# argparse's own sentences (Python 3.11's msgids) in Turkish.
ARGPARSE: dict[str, str] = {
    "usage: ": "kullanım: ",
    "positional arguments": "konumsal argümanlar",
    "options": "seçenekler",
    "show this help message and exit": "bu yardımı gösterir ve çıkar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: hata: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "şunlar gerekli: %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "%(value)r geçerli bir seçenek değil (şunlardan birini seçin: %(choices)s)",
    "invalid %(type)s value: %(value)r": "%(value)r geçerli bir değer değil (%(type)s)",
    "unrecognized arguments: %s": "tanınmayan argümanlar: %s",
    "expected one argument": "bir değer bekleniyor",
    "expected at most one argument": "en çok bir değer bekleniyor",
    "expected at least one argument": "en az bir değer bekleniyor",
    "ambiguous option: %(option)s could match %(matches)s":
        "belirsiz seçenek: %(option)s şunlardan biri olabilir: %(matches)s",
}


def words(lang: str):
    """The help text of a key in `lang`."""
    return lambda key: Words(*HELP[key]).get(lang)


def speak(lang: str) -> None:
    """Make argparse write its own sentences in `lang` (English is what it has)."""
    argparse._ = (lambda text: ARGPARSE.get(text, text)) if lang == "tr" else (lambda text: text)
