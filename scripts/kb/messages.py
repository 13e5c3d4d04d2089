"""Every diagnostic message, in English and Turkish, with a hint on how to fix it.

Templates use str.format fields filled from the diagnostic's arguments.
"""

from __future__ import annotations

from .languages import Words
from .turkish import question_particle

# code: (English message, English hint, Turkish message, Turkish hint)
MESSAGES: dict[str, tuple[str, str, str, str]] = {
    "file.too_large": (
        "file is {size} bytes, more than the {limit}-byte limit",
        "split long material into sources; a case study is a few pages",
        "dosya {size} bayt, {limit} bayt sınırını aşıyor",
        "uzun malzemeyi kaynaklara taşıyın; bir vaka birkaç sayfadır",
    ),
    "file.unreadable": ("cannot read the file: {reason}", "", "dosya okunamıyor: {reason}", ""),
    "file.dangling_link": (
        "a symbolic link to '{target}', which does not exist",
        "put the file or folder itself here in place of the link",
        "var olmayan '{target}' hedefine giden bir sembolik bağlantı",
        "bağlantının yerine dosyanın ya da klasörün kendisini koyun",
    ),
    "file.utf16": (
        "file is saved as UTF-16",
        "save it as UTF-8 (in Notepad: Save as → Encoding: UTF-8)",
        "dosya UTF-16 olarak kaydedilmiş",
        "UTF-8 olarak kaydedin (Not Defteri: Farklı kaydet → Kodlama: UTF-8)",
    ),
    "file.not_utf8": (
        "file is not UTF-8 (byte {byte}){guess_en}",
        "save the file as UTF-8",
        "dosya UTF-8 değil ({byte} baytı){guess_tr}",
        "dosyayı UTF-8 olarak kaydedin",
    ),
    "file.binary": (
        "file contains NUL bytes: it is not a text file", "", "dosya NUL baytı içeriyor: metin dosyası değil", "",
    ),
    "file.missing_language": (
        "there is no {lang} text yet: the {lang} site shows the {other} text with a 'translation pending' notice",
        "add {expected} when a translation is ready",
        "{lang} metin henüz yok: {lang} site {other} metni 'çeviri bekleniyor' notuyla gösteriyor",
        "çeviri hazır olduğunda {expected} dosyasını ekleyin",
    ),
    "file.no_language": (
        "a published practice needs its text in at least one language",
        "add {expected}, or set `draft: true` in practice.yml until it is written",
        "yayımlanan bir uygulamanın metni en az bir dilde olmalı",
        "{expected} dosyasını ekleyin ya da yazılana kadar practice.yml içinde `draft: true` yapın",
    ),
    "file.missing_practice": (
        "practice.yml is missing in this practice folder",
        "copy it from another practice or run `kb new`",
        "bu uygulama klasöründe practice.yml yok",
        "başka bir uygulamadan kopyalayın ya da `kb new` çalıştırın",
    ),
    "file.unexpected": (
        "unexpected file '{name}' in a practice folder{suggest_en}",
        "a practice folder holds practice.yml, tr.md and en.md only",
        "uygulama klasöründe beklenmeyen dosya '{name}'{suggest_tr}",
        "bir uygulama klasöründe yalnızca practice.yml, tr.md ve en.md bulunur",
    ),
    "front.missing": (
        "no front matter: the file must start with a line '---'",
        "begin the file with ---, the title/summary fields, then --- again",
        "ön bilgi yok: dosya '---' satırıyla başlamalı",
        "dosyayı ---, ardından title/summary alanları ve yine --- ile başlatın",
    ),
    "front.unclosed": (
        "front matter opened on line 1 is never closed",
        "add a line '---' after the last field",
        "1. satırda açılan ön bilgi kapatılmamış",
        "son alandan sonra '---' satırı ekleyin",
    ),
    "yaml.tab": (
        "tab character used for indentation",
        "YAML indents with spaces only: replace the tab with spaces",
        "girintide sekme karakteri var",
        "YAML yalnızca boşlukla girintilenir: sekmeyi boşluklarla değiştirin",
    ),
    "yaml.syntax": (
        "the YAML structure is broken here",
        "check the indentation, and quote values that contain ': ' or start with a special character",
        "YAML yapısı burada bozuluyor",
        "girintiyi denetleyin; ': ' içeren ya da özel karakterle başlayan değerleri tırnağa alın",
    ),
    "yaml.colon_in_value": (
        "a ': ' inside a value: YAML reads it as the start of another key",
        'put the whole value in double quotes, e.g. `title: "Sağlık: evde bakım"`',
        "değerin içinde ': ' var: YAML bunu yeni bir anahtarın başı sayar",
        'değerin tamamını çift tırnağa alın, ör. `title: "Sağlık: evde bakım"`',
    ),
    "yaml.key_too_deep": (
        "'{name}:' is indented further than '{sibling}:' above it, so YAML reads this line as more of that value",
        "if '{name}' is a key of its own, start it in column {at}, under '{sibling}'; if the line continues the value above, put the whole value in double quotes",
        "'{name}:' üstündeki '{sibling}:' anahtarından daha içeride; YAML bu satırı o değerin devamı sayar",
        "'{name}' ayrı bir anahtarsa '{sibling}' ile aynı hizada, {at}. sütunda başlatın; satır üstteki değerin devamıysa değerin tamamını çift tırnağa alın",
    ),
    "yaml.unclosed_quote": (
        "the quote that opens here is never closed",
        'end the value with the same quote mark, e.g. `title: "Mersin Modeli"`',
        "burada açılan tırnak hiç kapanmıyor",
        'değeri aynı tırnak işaretiyle bitirin, ör. `title: "Mersin Modeli"`',
    ),
    "yaml.quote_runs_on": (
        "the quote that opens here is not closed on its line: the value runs on to line {end}",
        'end the value on this line with the same quote mark, e.g. `title: "Mersin Modeli"`',
        "burada açılan tırnak bu satırda kapanmıyor: değer {end}. satıra kadar sürüyor",
        'değeri bu satırda aynı tırnak işaretiyle bitirin, ör. `title: "Mersin Modeli"`',
    ),
    "yaml.after_quote": (
        "the value goes on after its closing quote",
        'put the whole value inside the quotes, e.g. `title: "Mersin Modeli (2024)"`, or leave '
        "the quotes out",
        "değer, kapanan tırnaktan sonra devam ediyor",
        'değerin tamamını tırnakların içine alın, ör. `title: "Mersin Modeli (2024)"`, ya da '
        "tırnakları kaldırın",
    ),
    "yaml.colon_space": (
        "no space after '{name}:': YAML reads the line as text, not as the key '{name}'",
        "put a space after the colon: `{fixed}`",
        "'{name}:' sonrasında boşluk yok: YAML satırı '{name}' anahtarı olarak değil, metin olarak okur",
        "iki noktadan sonra bir boşluk bırakın: `{fixed}`",
    ),
    "key.colon_space": (
        "no space after '{name}:': YAML reads '{written}' as one key, not as the key '{name}'",
        "put a space after the colon: `{fixed}`",
        "'{name}:' sonrasında boşluk yok: YAML '{written}' yazısını tek bir anahtar olarak okur, "
        "'{name}' anahtarı olarak değil",
        "iki noktadan sonra bir boşluk bırakın: `{fixed}`",
    ),
    "yaml.missing_colon": (
        "this line is not a `key: value` pair",
        "write `key: value`; a text that goes on over several lines is indented under its key",
        "bu satır `anahtar: değer` biçiminde değil",
        "`anahtar: değer` yazın; birkaç satıra yayılan bir metin anahtarının altında girintili yazılır",
    ),
    "yaml.indentation": (
        "the indentation here does not line up with the lines above",
        "keys of the same block start in the same column, list items ('- ') too; indent with spaces",
        "buradaki girinti üstteki satırlarla hizalı değil",
        "aynı bloktaki anahtarlar da liste öğeleri ('- ') de aynı sütunda başlar; boşlukla girintileyin",
    ),
    "yaml.flow_missing_comma": (
        "a ',' is missing before '{word}': the entries between the brackets are separated by commas",
        "write it as `{fixed}`",
        "'{word}' öncesinde ',' eksik: köşeli ya da süslü parantez içindeki öğeler virgülle ayrılır",
        "`{fixed}` olarak yazın",
    ),
    "yaml.extra_bracket": (
        "this '{char}' closes nothing: it is one too many",
        "remove it: `{fixed}`",
        "bu '{char}' hiçbir şeyi kapatmıyor: fazladan yazılmış",
        "kaldırın: `{fixed}`",
    ),
    "yaml.unclosed_bracket": (
        "the '{bracket}' that opens here is never closed",
        "close it, or write one item per line starting with '- '",
        "burada açılan '{bracket}' hiç kapanmıyor",
        "kapatın ya da her öğeyi '- ' ile başlayan ayrı bir satıra yazın",
    ),
    "yaml.bad_start": (
        "a value cannot start with '{char}' unquoted",
        "put the whole value in double quotes",
        "tırnaksız bir değer '{char}' ile başlayamaz",
        "değerin tamamını çift tırnağa alın",
    ),
    "yaml.bad_escape": (
        "unknown backslash sequence inside double quotes",
        "write \\\\ for a backslash, or use single quotes instead",
        "çift tırnak içinde bilinmeyen ters bölü dizisi",
        "ters bölü için \\\\ yazın ya da tek tırnak kullanın",
    ),
    "yaml.control_char": (
        "control character {char} is not allowed",
        "delete the invisible character (often pasted from a PDF or Word)",
        "{char} denetim karakterine izin verilmiyor",
        "görünmeyen karakteri silin (çoğu zaman PDF ya da Word'den yapıştırılır)",
    ),
    "yaml.alias": (
        "YAML alias '*{name}' is not allowed",
        "write the value out in full",
        "YAML takma adı '*{name}' kullanılamaz",
        "değeri tam olarak yazın",
    ),
    "yaml.anchor": (
        "YAML anchor '&{name}' is not allowed",
        "remove '&{name}'",
        "YAML çapası '&{name}' kullanılamaz",
        "'&{name}' ifadesini kaldırın",
    ),
    "yaml.tag": (
        "YAML tag '{name}' is not allowed",
        "remove the tag; quote the value if it must stay text",
        "YAML etiketi '{name}' kullanılamaz",
        "etiketi kaldırın; metin kalması gerekiyorsa değeri tırnağa alın",
    ),
    "yaml.duplicate_key": (
        "key '{name}' appears twice (first on line {first})",
        "keep one of them: YAML would silently drop the first",
        "'{name}' anahtarı iki kez yazılmış (ilki {first}. satırda)",
        "birini bırakın: YAML ilkini sessizce yok sayardı",
    ),
    "yaml.complex_key": (
        "a key must be a plain name", "write `name: value`",
        "anahtar yalın bir ad olmalı", "`ad: değer` biçiminde yazın",
    ),
    "yaml.too_deep": (
        "nesting deeper than {depth} levels", "flatten the structure",
        "iç içe yapı {depth} düzeyi aşıyor", "yapıyı sadeleştirin",
    ),
    "yaml.multiple_documents": (
        "more than one YAML document", "remove the extra '---' line",
        "birden çok YAML belgesi var", "fazladan '---' satırını kaldırın",
    ),
    "yaml.not_mapping": (
        "the file must hold `key: value` fields", "see the reference page for the fields",
        "dosya `anahtar: değer` alanlarından oluşmalı", "alanlar için başvuru sayfasına bakın",
    ),
    "type.expected": (
        "expected {expected}, found {got}", "for example `{example}`",
        "{expected} bekleniyordu, {got} bulundu", "ör. `{example}`",
    ),
    "key.unknown": (
        "unknown key '{name}' in {record}{suggest_en}",
        "remove it or fix its spelling",
        "{record} içinde bilinmeyen anahtar '{name}'{suggest_tr}",
        "kaldırın ya da yazımını düzeltin",
    ),
    "key.missing": (
        "required key '{name}' is missing in {record}", "add it, e.g. `{example}`",
        "{record} içinde zorunlu '{name}' anahtarı eksik", "ekleyin, ör. `{example}`",
    ),
    "key.empty": (
        "'{name}' is empty", "give it a value{for_example_en}{or_unknown_en}",
        "'{name}' boş", "bir değer verin{for_example_tr}{or_unknown_tr}",
    ),
    "text.too_short": (
        "text is shorter than {min} characters", "", "metin {min} karakterden kısa", "",
    ),
    "text.too_long": (
        "text is {length} characters, more than {max}", "shorten it",
        "metin {length} karakter, {max} sınırını aşıyor", "kısaltın",
    ),
    "text.single_line": (
        "must be a single line", "join the lines", "tek satır olmalı", "satırları birleştirin",
    ),
    "text.control": (
        "contains an invisible control character", "delete it and type the text again",
        "görünmeyen bir denetim karakteri içeriyor", "silip metni yeniden yazın",
    ),
    "text.invisible": (
        "character {position} is the invisible {char}",
        "delete it (it comes with text pasted from web pages and PDFs): it can make two different texts look the same",
        "{position}. karakter görünmeyen {char}",
        "silin (web sayfalarından ve PDF'lerden yapıştırılan metinle gelir): iki farklı metni aynı gösterebilir",
    ),
    "number.too_long": (
        "'{value}' has more than {max} digits", "check the number against its source",
        "'{value}' {max} basamaktan uzun", "sayıyı kaynağıyla karşılaştırın",
    ),
    "id.no_slug": (
        "the id '{value}' gives no web address: it has no Latin letter or digit",
        "write the id with Latin letters, e.g. the Turkish word it stands for",
        "'{value}' kimliğinden web adresi çıkmıyor: Latin harfi ya da rakam içermiyor",
        "kimliği Latin harfleriyle yazın, ör. karşılığı olan Türkçe sözcük",
    ),
    "id.slug_collision": (
        "the ids '{value}' and '{other}' would share the web page {url}",
        "merge the two terms, or rename one of them",
        "'{value}' ve '{other}' kimlikleri aynı web sayfasını ({url}) paylaşırdı",
        "iki terimi birleştirin ya da birinin adını değiştirin",
    ),
    "id.format": (
        "'{value}' is not a valid id: use lowercase ASCII letters, digits and '-'",
        "for example '{fixed}'",
        "'{value}' geçerli bir kimlik değil: küçük ASCII harf, rakam ve '-' kullanın",
        "örneğin '{fixed}'",
    ),
    "id.mismatch": (
        "id '{value}' does not match the {what} name '{expected}'",
        "rename the {what} or set `id: {expected}`",
        "'{value}' kimliği {what} adıyla ('{expected}') uyuşmuyor",
        "{what} adını değiştirin ya da `id: {expected}` yazın",
    ),
    "id.duplicate": (
        "id '{value}' is already used by {other}", "choose another id",
        "'{value}' kimliği zaten {other} tarafından kullanılıyor", "başka bir kimlik seçin",
    ),
    "title.duplicate": (
        "title '{value}' is already used by {other}", "practices need distinct titles",
        "'{value}' başlığı zaten {other} tarafından kullanılıyor",
        "uygulamaların başlıkları farklı olmalı",
    ),
    "int.invalid": (
        "'{value}' is not a whole number", "write digits only, without quotes",
        "'{value}' bir tam sayı değil", "tırnaksız, yalnızca rakam yazın",
    ),
    "int.leading_zero": (
        "'{value}' has a leading zero (YAML would read it as octal)", "write {fixed}",
        "'{value}' sıfırla başlıyor (YAML sekizlik sayı sanardı)", "{fixed} yazın",
    ),
    "int.range": (
        "{value} is outside {min}–{max}", "", "{value}, {min}–{max} aralığının dışında", "",
    ),
    "number.invalid": (
        "'{value}' is not a number", "write digits with '.' for decimals, without quotes",
        "'{value}' bir sayı değil", "tırnaksız rakam yazın; ondalık için '.' kullanın",
    ),
    "bool.invalid": (
        "'{value}' is not true or false", "write true or false (YAML's yes/no/on/off are not accepted)",
        "'{value}' `true` ya da `false` değil", "`true` ya da `false` yazın (yes/no/on/off kabul edilmez)",
    ),
    "date.format": (
        "'{value}' is not a date", "write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2023-05",
        "'{value}' bir tarih değil", "YYYY, YYYY-AA ya da YYYY-AA-GG yazın, ör. 2023-05",
    ),
    "date.full": (
        "'{value}' is not a full date", "write YYYY-MM-DD, e.g. 2026-11-21",
        "'{value}' tam bir tarih değil", "YYYY-AA-GG yazın, ör. 2026-11-21",
    ),
    "date.written_otherwise": (
        "'{value}' is a date written another way",
        "write it as `{fixed}`: the library writes dates year first",
        "'{value}' başka biçimde yazılmış bir tarih",
        "`{fixed}` olarak yazın: kütüphane tarihleri yıl başta yazar",
    ),
    "digits.other_script": (
        "'{value}' is written with digits other than 0-9",
        "write it as `{fixed}`",
        "'{value}' 0-9 dışındaki rakamlarla yazılmış",
        "`{fixed}` olarak yazın",
    ),
    "date.invalid": (
        "'{value}' is not a real calendar date", "check the month and day",
        "'{value}' takvimde olmayan bir tarih", "ayı ve günü denetleyin",
    ),
    "date.range": (
        "year in '{value}' is outside 1900–2100",
        "write the year of the Gregorian calendar in four digits, as in `{example}`",
        "'{value}' içindeki yıl 1900–2100 dışında",
        "yılı miladi takvimle ve dört rakamla yazın, örneğin `{example}`",
    ),
    "date.future": (
        "{value} is in the future", "write the day the facts were actually checked",
        "{value} gelecekte", "bilgilerin gerçekten denetlendiği günü yazın",
    ),
    "date.end_before_start": (
        "end {end} is before start {start}", "", "bitiş {end}, başlangıç {start} tarihinden önce", "",
    ),
    "date.stale": (
        "last verified on {value}, more than {months} months ago: the practice may be out of date",
        "check the facts against the sources and update last_verified",
        "en son {value} tarihinde doğrulanmış, {months} aydan eski: uygulama güncel olmayabilir",
        "bilgileri kaynaklarla karşılaştırıp `last_verified` alanını güncelleyin",
    ),
    "status.needs_end": (
        "a practice whose status is '{status}' should say when it ended", "add `end:`, e.g. `end: 2024-06`",
        "durumu '{status}' olan bir uygulama bitiş tarihini belirtmeli", "`end:` ekleyin, ör. `end: 2024-06`",
    ),
    "municipality.foreign_country": (
        "a foreign municipality needs its country", "add `country:`",
        "yabancı bir belediyenin ülkesi belirtilmeli", "`country:` ekleyin",
    ),
    "url.scheme": (
        "'{value}' is not an http, https or mailto link", "links must start with https://",
        "'{value}' bir http, https ya da mailto bağlantısı değil",
        "bağlantılar https:// ile başlamalı",
    ),
    "url.invalid": (
        "'{value}' is not a valid link", "write the full address, e.g. https://www.example.org/",
        "'{value}' geçerli bir bağlantı değil", "tam adresi yazın, ör. https://www.example.org/",
    ),
    "email.invalid": (
        "'{value}' is not an e-mail address", "", "'{value}' bir e-posta adresi değil", "",
    ),
    "vocab.unknown": (
        "'{value}' is not in the {vocabulary_name} vocabulary{suggest_en}",
        "see vocabularies/{vocabulary}.yml for the allowed values{allowed_en}",
        "'{value}', {vocabulary_name} sözlüğünde yok{suggest_tr}",
        "izin verilen değerler{allowed_tr} için vocabularies/{vocabulary}.yml dosyasına bakın",
    ),
    "vocab.decomposed": (
        "'{value}' is typed with separate accent marks (as some Mac and PDF text is), so it does not match the term",
        "delete the value and type it again: {value}",
        "'{value}' ayrı yazılmış aksan işaretleriyle girilmiş (bazı Mac ve PDF metinlerinde olduğu gibi), bu yüzden terimle eşleşmiyor",
        "değeri silip yeniden yazın: {value}",
    ),
    "ref.unknown": (
        "no {kinds} with id '{value}'{suggest_en}",
        "add the record under records/ or fix the id",
        "'{value}' kimlikli {kinds} yok{suggest_tr}",
        "kaydı records/ altına ekleyin ya da kimliği düzeltin",
    ),
    "ref.self": (
        "a practice cannot be related to itself", "", "bir uygulama kendisiyle ilişkilendirilemez", "",
    ),
    "source.repeated_url": (
        "source {value} is source {first} again: they have the same address", "delete source {value}; where a fact cites source {value}, cite {first} instead, and the sources after it move up one number",
        "{value}. kaynak, {first}. kaynağın aynısı: adresleri aynı", "{value}. kaynağı silin; bir bilginin {value} numarayla gösterildiği yerlerde {first} numarayı yazın; ondan sonraki kaynakların numarası birer azalır",
    ),
    "source.repeated": (
        "source {value} reads the same as source {first}: same title, publisher and date, and no address", "if it is the same report, delete it and cite source {first}; if it is another one, give its `url` or its exact `date` so that readers can tell them apart",
        "{value}. kaynak {first}. kaynakla aynı görünüyor: başlık, yayıncı ve tarih aynı, adres yok", "aynı haberse silin ve {first}. kaynağı gösterin; başka bir haberse okurlar ayırt edebilsin diye `url` ya da tam `date` verin",
    ),
    "ref.source_index": (
        "there is no source number {value} (the practice has {count})", "",
        "{value} numaralı kaynak yok (uygulamada {count} kaynak var)", "",
    ),
    "list.too_short": (
        "needs at least {min} item(s)", "for example `{example}`",
        "en az {min} öğe gerekli", "ör. `{example}`",
    ),
    "list.dash_space": (
        "'{value}' is text, not a list: a list item needs a space after its '-'",
        "write each item as `{fixed}`",
        "'{value}' liste değil metin: liste maddesinde '-' işaretinden sonra boşluk gerekir",
        "her maddeyi `{fixed}` biçiminde yazın",
    ),
    "list.too_long": ("more than {max} items", "", "{max} öğeden fazla", ""),
    "list.duplicate": (
        "'{value}' is listed twice: items {first} and {again}", "remove the repeat",
        "'{value}' iki kez yazılmış: {first}. ve {again}. öğe", "tekrarı kaldırın",
    ),
    "body.h1": (
        "the body must not have a level-1 heading", "the title comes from `title:`; use '## ' headings",
        "gövdede 1. düzey başlık olmamalı", "başlık `title:` alanından gelir; '## ' başlıkları kullanın",
    ),
    "body.fence_unclosed": (
        "the code block opened by '{value}' is never closed: everything after it, headings "
        "too, is code (as GitHub's preview shows it)",
        "end the code block with a line of the same characters ('```'), or remove the '{value}'",
        "'{value}' ile açılan kod bloğu kapatılmamış: ardından gelen her şey, başlıklar da, "
        "kod sayılır (GitHub önizlemesi de öyle gösterir)",
        "kod bloğunu aynı karakterlerden oluşan bir satırla ('```') kapatın ya da '{value}' "
        "satırını silin",
    ),
    "body.heading_level": (
        "'{value}' names the section '## {heading}' but is {what}",
        "write it as a section heading, with two '#': `## {heading}`",
        "'{value}', '## {heading}' bölümünü adlandırıyor ama {what}",
        "bölüm başlığı olarak iki '#' ile yazın: `## {heading}`",
    ),
    "body.setext_heading": (
        "the line '{mark}' under '{value}' makes it a heading (GitHub's preview shows one), "
        "which the page would show as plain text",
        "for a dividing line, leave an empty line before '{mark}'; for a sub-heading, write "
        "`### {value}`; else remove the '{mark}'",
        "'{value}' altındaki '{mark}' satırı onu başlık yapar (GitHub önizlemesi de başlık "
        "gösterir); sayfa ise düz metin olarak gösterirdi",
        "ayırıcı çizgi içinse '{mark}' satırından önce boş bir satır bırakın; ara başlık içinse "
        "`### {value}` yazın; değilse '{mark}' satırını silin",
    ),
    "body.section_missing": (
        "narrative section '## {heading}' is missing", "the sections are: {all}",
        "'## {heading}' anlatı bölümü eksik", "bölümler: {all}",
    ),
    "body.section_unknown": (
        "'## {heading}' is not a section of the narrative template{suggest_en}",
        "the sections are: {all}; use ### for sub-headings",
        "'## {heading}', anlatı şablonunun bir bölümü değil{suggest_tr}",
        "bölümler: {all}; alt başlıklar için ### kullanın",
    ),
    "body.section_order": (
        "section '## {heading}' is out of order", "the order is: {all}",
        "'## {heading}' bölümü yanlış sırada", "sıra şöyle: {all}",
    ),
    "body.section_empty": (
        "section '## {heading}' is empty", "write at least a sentence, or say what is not known",
        "'## {heading}' bölümü boş", "en az bir cümle yazın ya da neyin bilinmediğini belirtin",
    ),
    "body.section_duplicate": (
        "section '## {heading}' appears twice", "merge the two into one section",
        "'## {heading}' bölümü iki kez yazılmış", "ikisini tek bölümde birleştirin",
    ),
    "body.link_scheme": (
        "link '{value}' is not http, https or mailto", "only web and e-mail links are allowed",
        "'{value}' bağlantısı http, https ya da mailto değil",
        "yalnızca web ve e-posta bağlantılarına izin verilir",
    ),
    "body.link_no_host": (
        "link '{value}' holds no web or e-mail address",
        "write the whole address, e.g. [report](https://www.example.org/report) or [e-mail](mailto:info@example.org)",
        "'{value}' bağlantısında web ya da e-posta adresi yok",
        "adresin tamamını yazın, ör. [rapor](https://www.example.org/rapor) ya da [e-posta](mailto:bilgi@example.org)",
    ),
    "body.link_relative": (
        "link '{value}' is not a full address: on the site it would point nowhere",
        "write the whole address, starting with https://, e.g. [report](https://www.example.org/report)",
        "'{value}' bağlantısı tam bir adres değil: sitede hiçbir yere gitmezdi",
        "adresin tamamını https:// ile başlayarak yazın, ör. [rapor](https://www.example.org/rapor)",
    ),
    "body.image": (
        "images are not shown on the site: '{value}'",
        "the site loads nothing from other sites (KVKK); link to the picture instead, e.g. [photo](https://…)",
        "görseller sitede gösterilmez: '{value}'",
        "site başka sitelerden hiçbir şey yüklemez (KVKK); görsele bağlantı verin, ör. [fotoğraf](https://…)",
    ),
    "body.embed": (
        "embedded content <{value}> is not shown on the site",
        "the site loads nothing from other sites (KVKK); link to it instead, e.g. [video](https://…)",
        "gömülü içerik <{value}> sitede gösterilmez",
        "site başka sitelerden hiçbir şey yüklemez (KVKK); bağlantı verin, ör. [video](https://…)",
    ),
    "body.html_tag": (
        "the HTML tag <{value}> is removed from the page",
        "write Markdown instead: **bold**, *italic*, [link](https://…), lists with '- '",
        "<{value}> HTML etiketi sayfadan çıkarılır",
        "yerine Markdown yazın: **kalın**, *italik*, [bağlantı](https://…), '- ' ile listeler",
    ),
    "body.html_attribute": (
        "the HTML attribute '{value}' is removed from the page", "write plain Markdown instead",
        "'{value}' HTML özniteliği sayfadan çıkarılır", "yerine yalın Markdown yazın",
    ),
    "body.anchor_unknown": (
        "'#{value}' is not a place on this practice's page",
        "link to a section (`#context`, `#what_was_done`, `#who_was_involved`, `#results`, `#lessons`) or a source (`#kb-source-1` … `#kb-source-{count}`)",
        "'#{value}' bu uygulamanın sayfasında bir yer değil",
        "bir bölüme (`#context`, `#what_was_done`, `#who_was_involved`, `#results`, `#lessons`) ya da bir kaynağa (`#kb-source-1` … `#kb-source-{count}`) bağlantı verin",
    ),
    "body.before_sections": (
        "text before the first section is not shown on the page",
        "move it under '## {first}' or another section",
        "ilk bölümden önceki metin sayfada gösterilmez",
        "'## {first}' ya da başka bir bölümün altına taşıyın",
    ),
    "body.line_too_long": (
        "line is {length} characters long, more than {max}",
        "break the paragraph into shorter lines or paragraphs",
        "satır {length} karakter, {max} sınırını aşıyor",
        "paragrafı daha kısa satırlara ya da paragraflara bölün",
    ),
    "body.too_many_brackets": (
        "this paragraph has {count} '[' characters, more than {max}",
        "split it; a paragraph needs a few links at most",
        "bu paragrafta {count} '[' karakteri var, {max} sınırını aşıyor",
        "paragrafı bölün; bir paragrafta en fazla birkaç bağlantı olur",
    ),
    "body.too_deep": (
        "indented more than {max} spaces: lists nested this deep are not supported",
        "use at most three levels of lists",
        "{max} boşluktan fazla girintili: bu kadar iç içe liste desteklenmiyor",
        "en fazla üç düzey liste kullanın",
    ),
    "body.quote_too_deep": (
        "quotes nested more than {max} levels deep ('>' signs)", "use one level of '>'",
        "alıntılar {max} düzeyden fazla iç içe geçmiş ('>' işaretleri)", "tek düzey '>' kullanın",
    ),
    # Content rules (kb.checks): what a practice must say, and how, to be published.
    "body.pasted_bullet": (
        "'{value}' does not start a list item in Markdown: the page runs these lines into one",
        "start each item with '- ' (a hyphen and a space)",
        "'{value}' Markdown'da liste maddesi başlatmaz: sayfa bu satırları tek satırda birleştirir",
        "her maddeyi '- ' (kısa çizgi ve boşluk) ile başlatın"),
    "body.heading_space": (
        "'{value}' has no space after '##': the pull request's preview shows it as a line of "
        "text, not as the section's heading", "write '{fixed}'",
        "'{value}' içinde '##' işaretinden sonra boşluk yok: çekme isteğinin önizlemesi onu bölüm "
        "başlığı olarak değil, metin satırı olarak gösterir", "'{fixed}' yazın"),
    "body.section_too_short": (
        "section '## {heading}' has {words} words: write at least {min}",
        "a paragraph a reader can act on; say what the sources do not tell, e.g. 'The sources give no budget.'",
        "'## {heading}' bölümünde {words} sözcük var: en az {min} sözcük yazın",
        "okurun işine yarayacak bir paragraf; kaynakların söylemediğini de belirtin, ör. 'Kaynaklar bütçe vermiyor.'",
    ),
    "id.title_mismatch": (
        "the id '{value}' is not made from the {language} title ('{expected}')",
        "keep it if the page is already published (its address stays valid), or rename the folder and set `id: {expected}`",
        "'{value}' kimliği {language} başlıktan türetilmemiş ('{expected}')",
        "sayfa yayımlandıysa olduğu gibi bırakın (adresi geçerli kalır) ya da klasörün adını değiştirip `id: {expected}` yazın",
    ),
    "id.name_mismatch": (
        "the id '{value}' is not made from the Turkish name ('{expected}')",
        "keep it if the page is already published (its address stays valid), or rename the file to {expected}.yml",
        "'{value}' kimliği Türkçe addan türetilmemiş ('{expected}')",
        "sayfa yayımlandıysa olduğu gibi bırakın (adresi geçerli kalır) ya da dosyanın adını {expected}.yml yapın",
    ),
    "text.ascii_name": (
        "'{value}' is written without its Turkish letters: write '{fixed}'",
        "the library keeps Turkish names as they are spelt, in English texts too",
        "'{value}' Türkçe harfleri olmadan yazılmış: '{fixed}' yazın",
        "kütüphane Türkçe adları, İngilizce metinlerde de, yazıldıkları gibi korur",
    ),
    "text.ascii_word": (
        "'{value}' is written without its Turkish letters: write '{fixed}'",
        "switch the keyboard to Turkish, or copy the letters ç ğ ı İ ö ş ü",
        "'{value}' Türkçe harfleri olmadan yazılmış: '{fixed}' yazın",
        "klavyeyi Türkçeye geçirin ya da ç ğ ı İ ö ş ü harflerini kopyalayın",
    ),
    "text.tdk": (
        "'{value}' is not the spelling of the Turkish Language Association (TDK): write '{fixed}'",
        "see the TDK spelling guide (Yazım Kılavuzu)",
        "'{value}' Türk Dil Kurumunun yazımı değil: '{fixed}' yazın",
        "TDK'nin Yazım Kılavuzu'na bakın",
    ),
    "text.apostrophe": (
        "no apostrophe before a suffix after an institution's name (TDK): write '{fixed}', not '{value}'",
        "apostrophes separate suffixes from the names of people and places, not of institutions",
        "kurum adından sonra gelen ek kesme işaretiyle ayrılmaz (TDK): '{value}' değil, '{fixed}' yazın",
        "kesme işareti kişi ve yer adlarına gelen ekleri ayırır, kurum adlarına gelenleri ayırmaz",
    ),
    "text.email": (
        "an e-mail address in the text: {value}",
        "contact details go in practice.yml under `contact`, and only an institution's (personal data, KVKK)",
        "metinde bir e-posta adresi var: {value}",
        "iletişim bilgisi practice.yml dosyasında `contact` altına yazılır, yalnızca kurumunki (kişisel veri, KVKK)",
    ),
    "text.phone": (
        "a phone number in the text: {value}",
        "contact details go in practice.yml under `contact`, and only an institution's (personal data, KVKK)",
        "metinde bir telefon numarası var: {value}",
        "iletişim bilgisi practice.yml dosyasında `contact` altına yazılır, yalnızca kurumunki (kişisel veri, KVKK)",
    ),
    "text.broken_i": (
        "an 'i' with a separate dot (U+0307), as some programs lowercase 'İ'",
        "delete the letter and type i again",
        "ayrı noktalı bir 'i' (U+0307); bazı programlar 'İ' harfini böyle küçültür",
        "harfi silip i harfini yeniden yazın",
    ),
    "text.no_turkish_letters": (
        "the Turkish narrative has fewer than {min} different Turkish letters: it looks typed without them",
        "switch the keyboard to Turkish, or copy the letters ç ğ ı İ ö ş ü",
        "Türkçe anlatıda çok az Türkçe harf var ({min} farklı harften az): Türkçe harfler olmadan yazılmış görünüyor",
        "klavyeyi Türkçeye geçirin ya da ç ğ ı İ ö ş ü harflerini kopyalayın",
    ),
    "text.number_in_one_language": (
        "{value} is in the {language} text but not in the {other} one",
        "state the same figure in both languages; if it is no figure (a hotline, a law's number), add it to practice.yml: `not_figures: [{value}]`",
        "{value} sayısı {language} metinde var, {other} metinde yok",
        "aynı rakamı iki dilde de yazın; bir rakam değilse (çağrı hattı, kanun numarası) practice.yml dosyasına ekleyin: `not_figures: [{value}]`",
    ),
    "key_figure.not_in_text": (
        "the key figure {value} is not mentioned in the {language} summary or narrative",
        "say in the text what the number counts and where it comes from, e.g. in Results",
        "{value} temel rakamı {language} özette ya da anlatıda geçmiyor",
        "sayının neyi saydığını ve nereden geldiğini metinde söyleyin, ör. Sonuçlar bölümünde",
    ),
    "contact.free_mail": (
        "'{value}' is a personal mailbox ({domain}): the contact must be an institution's address",
        "give the unit's institutional address (e.g. sosyalhizmetler@…bel.tr), or leave `email` out (personal data, KVKK)",
        "'{value}' kişisel bir posta kutusu ({domain}): iletişim adresi bir kurumun olmalı",
        "birimin kurumsal adresini verin (ör. sosyalhizmetler@…bel.tr) ya da `email` alanını kaldırın (kişisel veri, KVKK)",
    ),
    "contact.mobile": (
        "'{value}' is a mobile number: the contact must be an institution's line",
        "give the unit's switchboard or landline (e.g. 0232 …), or leave `phone` out (personal data, KVKK)",
        "'{value}' bir cep telefonu numarası: iletişim numarası bir kurumun olmalı",
        "birimin santral ya da sabit hattını verin (ör. 0232 …) ya da `phone` alanını kaldırın (kişisel veri, KVKK)",
    ),
    "municipality.parent_not_district": (
        "only a district municipality belongs to a metropolitan one", "remove `parent:`",
        "yalnızca ilçe belediyeleri bir büyükşehir belediyesine bağlıdır", "`parent:` alanını kaldırın",
    ),
    "municipality.parent_not_metropolitan": (
        "'{value}' is not a metropolitan municipality", "a district's parent is its province's metropolitan municipality",
        "'{value}' bir büyükşehir belediyesi değil", "bir ilçenin bağlı olduğu belediye, ilinin büyükşehir belediyesidir",
    ),
    "municipality.parent_other_province": (
        "'{value}' is in the province {other}, this municipality in {province}",
        "a district's parent is the metropolitan municipality of its own province",
        "'{value}' {other} ilinde, bu belediye ise {province} ilinde",
        "bir ilçe, kendi ilinin büyükşehir belediyesine bağlıdır",
    ),
    "programme.not_participant": (
        "the programme '{value}' does not list '{municipality}' among its participants",
        "add it to `participants` in records/programmes/{value}.yml (with the source that says so)",
        "'{value}' programı '{municipality}' belediyesini katılımcıları arasında saymıyor",
        "records/programmes/{value}.yml dosyasında `participants` listesine ekleyin (bunu söyleyen kaynakla)",
    ),
    "vocab.repeated_value": (
        "`{name}: {value}` is already the value of '{other}'", "each term has its own",
        "`{name}: {value}` zaten '{other}' teriminin değeri", "her terimin kendine ait bir değeri olur",
    ),
    "vocabulary.default_missing": (
        "the term '{value}' is missing: `{field}` takes it when a file gives none",
        "keep a term with `id: {value}` in this vocabulary",
        "'{value}' terimi yok: bir dosya `{field}` vermediğinde bu terim kullanılır",
        "bu sözlükte `id: {value}` olan bir terim tutun",
    ),
    "vocabulary.missing": (
        "the vocabulary file is missing: every value of the {name} vocabulary is now unknown",
        "restore it (`git checkout -- {path}`), or give `--root` the library's folder",
        "sözlük dosyası yok: {name} sözlüğünün her değeri artık bilinmiyor",
        "dosyayı geri getirin (`git checkout -- {path}`) ya da `--root` ile kütüphanenin klasörünü verin",
    ),
    "vocabulary.unknown_file": (
        "'{name}' is not a known vocabulary file{suggest_en}", "known vocabularies: {all} (each as <name>.yml)",
        "'{name}' bilinen bir sözlük dosyası değil{suggest_tr}", "bilinen sözlükler: {all} (her biri <ad>.yml)",
    ),
    "path.practice_not_folder": (
        "a practice is a folder, not the file '{name}'",
        "make a folder practices/{folder}/ holding practice.yml, tr.md and en.md (`kb new` makes one)",
        "bir uygulama bir klasördür, '{name}' dosyası değil",
        "practice.yml, tr.md ve en.md dosyalarını içeren bir practices/{folder}/ klasörü oluşturun (`kb new` oluşturur)",
    ),
    "path.record_not_in_kind": (
        "a record file belongs in the folder of its kind", "move it into one of: {all}",
        "bir kayıt dosyası kendi türünün klasöründe durur", "şunlardan birine taşıyın: {all}",
    ),
    "path.unknown_folder": (
        "'{name}' is not a folder of records{suggest_en}", "the folders are: {all}",
        "'{name}' bir kayıt klasörü değil{suggest_tr}", "klasörler: {all}",
    ),
    "path.not_record_file": (
        "'{name}' is not read: records are YAML files ending in .yml{suggest_en}",
        "rename it to <id>.yml, or move it out of records/",
        "'{name}' okunmaz: kayıtlar .yml ile biten YAML dosyalarıdır{suggest_tr}",
        "adını <kimlik>.yml yapın ya da records/ dışına taşıyın",
    ),
    # The hand-written pages (docs/<lang>/*.md; kb.checks.pages).
    "page.outside_language": (
        "'{name}' is not published: hand-written pages go in a language's folder",
        "move it to {all}, with the same file name in each",
        "'{name}' yayımlanmaz: elle yazılan sayfalar bir dilin klasörüne konur",
        "{all} klasörlerine, her birinde aynı dosya adıyla taşıyın",
    ),
    "page.not_markdown": (
        "'{name}' is not published: {folder} holds Markdown pages ending in .md",
        "rename it to end in .md if it is a page, or remove it (the site keeps no pictures or attachments)",
        "'{name}' yayımlanmaz: {folder} klasöründe .md ile biten Markdown sayfaları bulunur",
        "bir sayfaysa adını .md ile bitirin, değilse kaldırın (site görsel ya da ek dosya tutmaz)",
    ),
    "page.title_first": (
        "the page does not start with its title",
        "make the first line '# ' and the page's title, e.g. '# About'",
        "sayfa başlığıyla başlamıyor",
        "ilk satırı '# ' ve sayfanın başlığı yapın, ör. '# Hakkında'",
    ),
    "page.second_title": (
        "a second page title '# {value}': a page has one",
        "make it a section: '## {value}'",
        "ikinci bir sayfa başlığı '# {value}': bir sayfanın tek başlığı olur",
        "bir bölüm yapın: '## {value}'",
    ),
    "page.heading_skip": (
        "'{value}' is a level-{level} heading right after a level-{previous} one: a level is skipped",
        "write '{fixed}'",
        "'{value}' {previous}. düzey başlıktan hemen sonra {level}. düzey bir başlık: bir düzey atlanmış",
        "'{fixed}' yazın",
    ),
    "page.html": (
        "raw HTML '{value}' in a hand-written page",
        "write Markdown instead (**bold**, [link](about.md), lists with '- '): the site publishes these pages as written, and HTML could run scripts or load from other sites",
        "elle yazılan sayfada ham HTML '{value}'",
        "yerine Markdown yazın (**kalın**, [bağlantı](about.md), '- ' ile listeler): site bu sayfaları yazıldığı gibi yayımlar; HTML betik çalıştırabilir ya da başka sitelerden yükleyebilir",
    ),
    "page.image": (
        "an image in a hand-written page: '{value}'",
        "the site loads nothing from other sites (KVKK) and keeps no pictures; link to it instead, e.g. [photo](https://…)",
        "elle yazılan sayfada görsel: '{value}'",
        "site başka sitelerden hiçbir şey yüklemez (KVKK) ve görsel tutmaz; görsele bağlantı verin, ör. [fotoğraf](https://…)",
    ),
    "page.link_absolute": (
        "'{value}' is not a link to a page of the site",
        "link a page by its file, relative to this one: e.g. [About](about.md), [Catalogue](catalogue/index.md)",
        "'{value}' sitenin bir sayfasına bağlantı değil",
        "sayfaya, bu sayfaya göre dosya adıyla bağlantı verin: ör. [Hakkında](about.md), [Katalog](catalogue/index.md)",
    ),
    "page.link_not_file": (
        "'{value}' does not name a page's file{suggest_en}",
        "link a page by its Markdown file (about.md, catalogue/index.md): the site makes it the page's address in each language",
        "'{value}' bir sayfanın dosyasını belirtmiyor{suggest_tr}",
        "sayfaya Markdown dosyasıyla bağlantı verin (about.md, catalogue/index.md): site bunu her dilde sayfanın adresine çevirir",
    ),
    "page.link_draft": (
        "'{value}' is a draft: the published site has no page for it to link",
        "link it once the practice is published (when `draft: true` is removed from its practice.yml), or link the catalogue: catalogue/index.md",
        "'{value}' bir taslak: yayımlanan sitede bağlantı verilecek bir sayfası yok",
        "uygulama yayımlanınca bağlantı verin (practice.yml dosyasından `draft: true` kaldırılınca) ya da kataloğa bağlantı verin: catalogue/index.md",
    ),
    "page.attribute_list": (
        "'{value}' is shown on the page as written: this site does not read attribute lists",
        "remove it; a heading gets its id from its words (`## Nasıl katkı verilir` → `#nasil-katki-verilir`)",
        "'{value}' sayfada yazıldığı gibi görünür: bu site öznitelik listelerini okumaz",
        "kaldırın; bir başlık kimliğini sözcüklerinden alır (`## Nasıl katkı verilir` → `#nasil-katki-verilir`)",
    ),
    "page.anchor_generated": (
        "'{value}' links a place inside a generated page: only the places of hand-written pages can be checked",
        "link the page itself: `{fixed}`",
        "'{value}' üretilen bir sayfanın içindeki bir yere bağlantı veriyor: yalnızca elle yazılmış sayfaların içindeki yerler denetlenebilir",
        "sayfanın kendisine bağlantı verin: `{fixed}`",
    ),
    "page.anchor_unknown": (
        "'{value}' leads to no place of {page}{suggest_en}",
        "link one of its headings by its id: the heading's words in lower case, joined by '-' ({anchors})",
        "'{value}' {page} sayfasında bir yere götürmüyor{suggest_tr}",
        "başlıklarından birine kimliğiyle bağlantı verin: başlığın sözcükleri küçük harfle, '-' ile birleşik ({anchors})",
    ),
    "page.link_unknown": (
        "'{value}' is no page of the site{suggest_en}",
        "link a hand-written page of this folder (about.md, contribute.md, …) or a generated one by its index: catalogue/index.md, themes/index.md, practices/<id>/index.md",
        "'{value}' sitenin bir sayfası değil{suggest_tr}",
        "bu klasördeki elle yazılmış bir sayfaya (about.md, contribute.md, …) ya da üretilen bir sayfaya dizin dosyasıyla bağlantı verin: catalogue/index.md, themes/index.md, practices/<kimlik>/index.md",
    ),
    "page.missing_translation": (
        "this page has no {language} version: {other} is missing",
        "add {other} with the same headings and links: the language switch leads there",
        "bu sayfanın {language} sürümü yok: {other} eksik",
        "aynı başlıklar ve bağlantılarla {other} dosyasını ekleyin: dil seçimi oraya götürür",
    ),
    "page.headings_differ": (
        "the heading '{value}' has no counterpart in the {language} page {other}: its headings are '{there}', this page's '{here}'",
        "give both languages the same headings in the same order: '#' the title, '##' sections, '###' parts of a section",
        "'{value}' başlığının {language} sayfada ({other}) karşılığı yok: oradaki başlıklar '{there}', bu sayfadakiler '{here}'",
        "iki dilde de aynı başlıkları aynı sırayla yazın: '#' başlık, '##' bölümler, '###' bölüm içindeki kısımlar",
    ),
    "page.link_not_in_other": (
        "this page links '{value}', the {language} page {other} does not",
        "both languages link the same pages and addresses: add the link there, or remove it here",
        "bu sayfa '{value}' bağlantısını veriyor, {language} sayfa ({other}) vermiyor",
        "iki dil de aynı sayfalara ve adreslere bağlantı verir: bağlantıyı oraya ekleyin ya da buradan kaldırın",
    ),
    "page.code_blocks_differ": (
        "the number of code blocks differs from the {language} page {other}: {count} here, {other_count} there",
        "both languages show the same commands and examples: add the block there, or remove it here",
        "kod bloğu sayısı {language} sayfadakinden ({other}) farklı: burada {count}, orada {other_count}",
        "iki dil de aynı komutları ve örnekleri gösterir: bloğu oraya ekleyin ya da buradan kaldırın",
    ),
    "file.link_outside": (
        "a symbolic link that leads out of the repository is not read",
        "put the file itself in the repository",
        "depo dışına giden sembolik bağlantı okunmaz",
        "dosyanın kendisini depoya koyun",
    ),
    "file.is_folder": (
        "this is a folder, not a file", "put a text file of this name here, and what the "
        "folder holds elsewhere",
        "bu bir klasör, dosya değil", "buraya bu adda bir metin dosyası koyun, klasördekileri "
        "başka bir yere taşıyın",
    ),
    "file.not_regular": (
        "not a regular file (a device, a pipe or a socket)", "put an ordinary text file here",
        "sıradan bir dosya değil (aygıt, boru ya da soket)", "buraya sıradan bir metin dosyası koyun",
    ),
    "path.unknown": (
        "not a file of the knowledge base", "validate files under practices/, records/ or vocabularies/",
        "bilgi tabanına ait bir dosya değil",
        "practices/, records/ ya da vocabularies/ altındaki dosyaları doğrulayın",
    ),
    # `kb from-issue` and the propose workflow: answers of the "Propose a practice" form.
    # {label} is the form question in the reader's language, {heading} the heading the
    # proposer sees when editing the Markdown ('### Temalar / Themes').
    "issue.too_large": (
        "the issue text is {size} bytes, more than the {limit}-byte limit",
        "shorten the answers; long material belongs in the sources, e.g. a link to the report",
        "öneri metni {size} bayt, {limit} bayt sınırını aşıyor",
        "yanıtları kısaltın; uzun malzeme kaynaklarda kalmalı, ör. raporun bağlantısı",
    ),
    "issue.not_form": (
        "this is not a filled-in 'Propose a practice' form: none of its headings is there",
        "open a new issue with the form 'Yeni uygulama öner / Propose a practice', or keep each '### …' heading of the form when editing",
        "bu, doldurulmuş bir 'Yeni uygulama öner' formu değil: formun başlıklarından hiçbiri yok",
        "'Yeni uygulama öner / Propose a practice' formuyla yeni bir öneri açın ya da düzenlerken formun '### …' başlıklarını silmeyin",
    ),
    "issue.missing": (
        "'{label}' is required",
        "write the answer on the line under the heading '### {heading}' (edit the issue: `⋯ → Edit`)",
        "'{label}' zorunlu",
        "yanıtı '### {heading}' başlığının altındaki satıra yazın (öneriyi düzenleyin: `⋯ → Edit`)",
    ),
    "issue.option": (
        "'{value}' is not one of the answers of '{label}'{suggest_en}",
        "under the heading '### {heading}', write one of: {allowed}",
        "'{value}', '{label}' yanıtlarından biri değil{suggest_tr}",
        "'### {heading}' başlığının altına şunlardan birini yazın: {allowed}",
    ),
    "issue.option_many": (
        "'{value}' is not one of the answers of '{label}'{suggest_en}",
        "under the heading '### {heading}', write one or more of these, separated by commas: {allowed}",
        "'{value}', '{label}' yanıtlarından biri değil{suggest_tr}",
        "'### {heading}' başlığının altına bunlardan birini ya da birkaçını virgülle ayırarak yazın: {allowed}",
    ),
    "issue.one_choice": (
        "'{label}' takes one answer, not several",
        "keep only one under the heading '### {heading}', e.g. one of: {allowed}",
        "'{label}' için tek yanıt yazılır, birkaç değil",
        "'### {heading}' başlığının altında yalnızca birini bırakın, ör. şunlardan birini: {allowed}",
    ),
    "issue.date": (
        "'{value}' is not a date",
        "write the year, the month or the day, e.g. 2024, 03.2024, 15.03.2024 or 2024-03-15; or write unknown",
        "'{value}' bir tarih değil",
        "yılı, ayı ya da günü yazın, ör. 2024, 03.2024, 15.03.2024 ya da 2024-03-15; bilinmiyorsa `unknown` yazın",
    ),
    "issue.source_date": (
        "source line {number}: '{value}' is not a date",
        "write the year, the month or the day, e.g. 2024, 03.2024 or 15.03.2024; or write unknown",
        "{number}. kaynak satırı: '{value}' bir tarih değil",
        "yılı, ayı ya da günü yazın, ör. 2024, 03.2024 ya da 15.03.2024; bilinmiyorsa `unknown` yazın",
    ),
    "issue.source_line": (
        "source line {number} has {count} parts; expected 'Title | Publisher | Date | Link'",
        "write unknown for a part you do not know, e.g. 'Title | unknown | 2023 | https://…'",
        "{number}. kaynak satırında {count} parça var; beklenen 'Başlık | Yayıncı | Tarih | Bağlantı'",
        "bilmediğiniz parça için `unknown` yazın, ör. 'Başlık | unknown | 2023 | https://…'",
    ),
    "issue.title_long": (
        "the title is {length} characters long; a title has at most {max}",
        "keep the name of the practice and move the details to the summary, e.g. 'Bizİzmir Dayanışma Noktaları'",
        "başlık {length} karakter; bir başlık en çok {max} karakter olur",
        "uygulamanın adını bırakıp ayrıntıları özete taşıyın, ör. 'Bizİzmir Dayanışma Noktaları'",
    ),
    "issue.no_id": (
        "no id can be made from '{value}': it has no letters or digits",
        "write the name in letters, e.g. 'Bizİzmir Dayanışma Noktaları'",
        "'{value}' yazısından bir kimlik üretilemiyor: içinde harf ya da rakam yok",
        "adı harflerle yazın, ör. 'Bizİzmir Dayanışma Noktaları'",
    ),
    "issue.not_utf8": (
        "this answer holds bytes that are not text (not UTF-8), shown as �",
        "retype the characters shown as �; they are often Turkish letters pasted from a PDF",
        "bu yanıtta metin olmayan (UTF-8 olmayan) baytlar var, � olarak görünüyor",
        "� olarak görünen karakterleri yeniden yazın; çoğu zaman PDF belgesinden yapıştırılmış Türkçe harflerdir",
    ),
    "issue.language_incomplete": (
        "the {language} text is incomplete: {missing} missing",
        "fill these in, or leave every {language} answer empty (the practice is then published in the other language)",
        "{language} metin eksik: {missing} boş",
        "bunları doldurun ya da {language} yanıtların hepsini boş bırakın (uygulama o zaman öbür dilde yayımlanır)",
    ),
    "issue.no_language": (
        "neither the Turkish nor the English text is complete",
        "write the title, the summary and the five sections in at least one language",
        "ne Türkçe ne İngilizce metin tam",
        "en az bir dilde başlık, özet ve beş bölümü yazın",
    ),
    "issue.consent": (
        "the CC BY 4.0 consent box is not ticked",
        "under '### {heading}', write the box as `- [x]` (an x between the brackets)",
        "CC BY 4.0 onay kutusu işaretlenmemiş",
        "'### {heading}' başlığının altında kutuyu `- [x]` olarak yazın (köşeli ayraçların arasına x)",
    ),
    "issue.exists": (
        "a practice with the id '{value}' already exists",
        "give the practice a distinct Turkish title, e.g. with the name of the municipality",
        "'{value}' kimlikli bir uygulama zaten var",
        "uygulamaya ayırt edici bir Türkçe başlık verin, ör. belediyenin adıyla",
    ),
    "issue.municipality_unknown": (
        "there is no municipality '{value}' in the library{suggest_en}",
        "write its name as the library has it; if it is new, fill in '{new}' and its type too, and the bot adds it",
        "kütüphanede '{value}' adlı bir belediye yok{suggest_tr}",
        "adını kütüphanedeki gibi yazın; yeniyse '{new}' sorusunu ve türünü de doldurun, bot onu ekler",
    ),
    "issue.contact_unknown": (
        "there is no institution '{value}' in the library{suggest_en}",
        "leave it empty to give the municipality, write a name the library has, or fill in '{new}' and its kind to add it",
        "kütüphanede '{value}' adlı bir kurum yok{suggest_tr}",
        "belediyeyi vermek için boş bırakın, kütüphanedeki bir adı yazın ya da eklemek için '{new}' sorusunu ve türünü doldurun",
    ),
    "issue.province_other": (
        "the municipality's record is in {expected}, not in '{value}'",
        "write {expected}, or leave the province empty",
        "belediyenin kaydı {expected} ilinde, '{value}' ilinde değil",
        "{expected} yazın ya da ili boş bırakın",
    ),
    "issue.new_name_missing": (
        "the new institution has no Turkish name",
        "write its official name under '### {heading}', e.g. 'Çiğli Belediyesi'",
        "yeni kurumun Türkçe adı yok",
        "resmî adını '### {heading}' başlığının altına yazın, ör. 'Çiğli Belediyesi'",
    ),
    "issue.new_name_long": (
        "the name is {length} characters long; a name has at most {max}, on one line",
        "write the official name alone, e.g. 'Çiğli Belediyesi'",
        "ad {length} karakter; bir ad tek satırda en çok {max} karakter olur",
        "yalnızca resmî adı yazın, ör. 'Çiğli Belediyesi'",
    ),
    "issue.new_two_kinds": (
        "a new institution is a municipality or an organisation, not both: both types are given",
        "keep the answer that is right and delete the other, e.g. only 'İlçe belediyesi'",
        "yeni kurum ya belediyedir ya başka bir kurum: iki tür birden yazılmış",
        "doğru olan yanıtı bırakıp öbürünü silin, ör. yalnızca 'İlçe belediyesi'",
    ),
    "issue.new_no_kind": (
        "the new institution needs a type: a type of municipality, or a kind of organisation",
        "write e.g. 'İlçe belediyesi' under '### {heading}', or 'Belediye birimi' under the kind of organisation",
        "yeni kurumun türü yok: bir belediye türü ya da bir kurum türü gerekli",
        "ör. '### {heading}' başlığının altına 'İlçe belediyesi' ya da kurum türünün altına 'Belediye birimi' yazın",
    ),
    "issue.new_foreign_country": (
        "a foreign municipality needs its country, and it is not Türkiye",
        "write the country under '### {heading}', e.g. 'İsveç'; an editor adds a country the list lacks",
        "yabancı bir belediyenin ülkesi gerekli ve bu ülke Türkiye olamaz",
        "ülkeyi '### {heading}' başlığının altına yazın, ör. 'İsveç'; listede olmayan bir ülkeyi bir editör ekler",
    ),
    "issue.new_province": (
        "a new municipality in Türkiye needs its province",
        "write the province under '### {heading}', e.g. 'İzmir'",
        "Türkiye'deki yeni bir belediyenin ili gerekli",
        "ili '### {heading}' başlığının altına yazın, ör. 'İzmir'",
    ),
    "issue.parent_unknown": (
        "there is no municipality or institution '{value}' in the library{suggest_en}",
        "leave it empty, or write a name the library has, e.g. 'İzmir Büyükşehir Belediyesi'",
        "kütüphanede '{value}' adlı bir belediye ya da kurum yok{suggest_tr}",
        "boş bırakın ya da kütüphanedeki bir adı yazın, ör. 'İzmir Büyükşehir Belediyesi'",
    ),
    "issue.write_failed": (
        "the files could not be written: {reason}",
        "this is not a problem of the proposal: a maintainer has to look at the bot",
        "dosyalar yazılamadı: {reason}",
        "bu, önerinin bir sorunu değil: bir bakımcının bota bakması gerekiyor",
    ),
    "issue.bot_failed": (
        "the bot failed on this proposal ({error})",
        "this is not a problem of the proposal: a maintainer has been told by the failed run",
        "bot bu öneride hata verdi ({error})",
        "bu, önerinin bir sorunu değil: başarısız çalışma bakımcılara bildirildi",
    ),
    # Why an answer was read as something else than written (the report's corrections).
    "issue.record_known": ("already in the library: that record is used", "",
                           "kütüphanede zaten var: o kayıt kullanılıyor", ""),
    "issue.name_en_made": ("made from the Turkish name", "", "Türkçe addan türetildi", ""),
    "issue.parent_metropolitan": (
        "a district municipality belongs to its province's metropolitan municipality", "",
        "ilçe belediyesi, ilinin büyükşehir belediyesine bağlıdır", ""),
    "issue.parent_unit": ("a municipal unit belongs to the practice's municipality", "",
                          "belediye birimi, uygulamanın belediyesine bağlıdır", ""),
    "issue.municipality_new": ("the new municipality of this form", "",
                               "bu formdaki yeni belediye", ""),
    "issue.contact_new": ("the new institution of this form", "", "bu formdaki yeni kurum", ""),
    "issue.bullets": ("a pasted bullet: in Markdown a list item starts with '- '", "",
                      "yapıştırılmış madde imi: Markdown'da liste maddesi '- ' ile başlar", ""),
    "issue.choice_repeated": ("given twice: kept once", "", "iki kez verilmiş: bir kez alındı", ""),
    "issue.source_title_link": ("the title's link is the source's link", "",
                                "başlıktaki bağlantı kaynağın bağlantısıdır", ""),
    # The parts of the report (kb.proposal.report).
    "issue.report_ok": (
        "The proposal became files that pass every check of the validator: {files}", "",
        "Öneri, doğrulayıcının bütün denetimlerinden geçen dosyalara dönüştürüldü: {files}", "",
    ),
    "issue.report_failed": (
        "The proposal could not be turned into files yet: {count} problem(s) to fix, all listed below",
        "edit the issue (`⋯ → Edit` at its top right), correct the answers under the headings named below and save: the bot reads the whole form again",
        "Öneri henüz dosyalara dönüştürülemedi: düzeltilecek {count} sorun var, hepsi aşağıda",
        "öneriyi düzenleyin (sağ üstte `⋯ → Edit`), aşağıda adı geçen başlıkların altındaki yanıtları düzeltip kaydedin: bot formun tamamını yeniden okur",
    ),
    "issue.report_corrections": (
        "Corrected by the bot: nothing to do unless one of these is wrong", "",
        "Bot bunları kendisi düzeltti: biri yanlış değilse yapmanız gereken bir şey yok", "",
    ),
    "issue.report_problems": ("To fix", "", "Düzeltilecekler", ""),
    "issue.report_notes": ("Notes: they do not stop the proposal", "",
                           "Notlar: öneriyi durdurmazlar", ""),
    "issue.report_publishing": ("Publishing", "", "Yayın", ""),
    "issue.corrected": ("corrected", "", "düzeltildi", ""),
    "issue.empty": ("(empty)", "", "(boş)", ""),
    "issue.published_all": (
        "Once an editor merges it, the practice is published on the Turkish and on the English site.",
        "", "Bir editör birleştirdiğinde uygulama Türkçe ve İngilizce sitede yayımlanır.", "",
    ),
    "issue.published_one": (
        "Once an editor merges it, the practice is published on the {lang} site; the {other} site shows the {lang} text with a 'translation pending' notice until a translation is added. It is not a draft: only a practice an editor marks `draft: true` stays unpublished.",
        "", "Bir editör birleştirdiğinde uygulama {lang} sitede yayımlanır; {other} site, çeviri eklenene kadar {lang} metni 'çeviri bekleniyor' notuyla gösterir. Uygulama taslak değildir: yalnızca bir editörün `draft: true` olarak işaretlediği uygulama yayımlanmaz.", "",
    ),
    # What the propose workflow adds to the report (kb.proposal.workflow).
    "issue.checks_passed": (
        "The bot ran the validator and a strict build of the whole site with the new files: both passed.",
        "", "Bot, yeni dosyalarla doğrulayıcıyı ve sitenin tamamının katı derlemesini çalıştırdı: ikisi de geçti.", "",
    ),
    "issue.build_failed": (
        "The files pass the validator, but the strict build of the site failed: {reason}",
        "an editor looks at this on the pull request; the proposal itself needs no change",
        "Dosyalar doğrulayıcıdan geçiyor, ama sitenin katı derlemesi başarısız oldu: {reason}",
        "bunu bir editör çekme isteğinde inceler; önerinin kendisinde değişiklik gerekmez",
    ),
    "issue.pr_opened": ("Pull request opened: {url}", "",
                        "Çekme isteği ('pull request') açıldı: {url}", ""),
    "issue.pr_updated": ("The pull request was updated with a new commit: {url}", "",
                         "Çekme isteği yeni bir kayıtla ('commit') güncellendi: {url}", ""),
    "issue.pr_unchanged": ("The edit changed nothing in the files; the pull request stays as it was: {url}", "",
                           "Düzenleme dosyalarda bir şey değiştirmedi; çekme isteği olduğu gibi kalıyor: {url}", ""),
    "issue.ci_runs": (
        "The pull request's own checks start by themselves; their result shows on the pull request.",
        "", "Çekme isteğinin kendi denetimleri kendiliğinden başlar; sonuçları çekme isteğinde görünür.", "",
    ),
    "issue.ci_manual": (
        "The pull request's own checks do not start by themselves for a pull request the bot opens.",
        "a maintainer closes and reopens the pull request to start them (the `PROPOSE_TOKEN` secret makes them start by themselves: see CONTRIBUTING.md)",
        "Botun açtığı bir çekme isteğinde çekme isteğinin kendi denetimleri kendiliğinden başlamaz.",
        "bir bakımcı çekme isteğini kapatıp yeniden açarak denetimleri başlatır (`PROPOSE_TOKEN` gizli değeri tanımlıysa kendiliğinden başlarlar: bkz. CONTRIBUTING.md)",
    ),
    "issue.branch_edited": (
        "An editor has changed the branch {branch}, so this edit of the issue was not applied: the bot never overwrites people's work.",
        "ask for the change on the pull request, where the editor can make it: {url}",
        "Bir editör {branch} dalını değiştirdi, bu yüzden önerideki bu düzenleme uygulanmadı: bot kimsenin emeğinin üzerine yazmaz.",
        "değişikliği çekme isteğinde isteyin, editör orada yapabilir: {url}",
    ),
    "issue.push_failed": (
        "The branch {branch} changed while the bot worked, so this edit of the issue was not applied.",
        "save the issue again in a few minutes, or ask on the pull request",
        "Bot çalışırken {branch} dalı değişti, bu yüzden önerideki bu düzenleme uygulanmadı.",
        "birkaç dakika sonra öneriyi yeniden kaydedin ya da çekme isteğinde sorun",
    ),
    "issue.pr_note": (
        "The proposer edited the issue, and this pull request was updated from it with a new commit: review that commit before merging.",
        "", "Öneren öneriyi düzenledi ve bu çekme isteği yeni bir kayıtla güncellendi: birleştirmeden önce o kaydı gözden geçirin.", "",
    ),
    # The command line: output folders, environment, the operating system.
    "build.out_repository": (
        "refusing to build into '{path}': it is the repository or a folder that contains it",
        "choose an output folder of its own, e.g. --out site",
        "'{path}' klasörüne derlenmiyor: bu, deponun kendisi ya da depoyu içeren bir klasör",
        "ayrı bir çıktı klasörü seçin, ör. --out site",
    ),
    "build.out_source": (
        "refusing to build into '{path}': it is inside the source folder '{folder}/'",
        "choose an output folder outside the sources, e.g. --out site",
        "'{path}' klasörüne derlenmiyor: kaynak klasörü '{folder}/' içinde",
        "kaynakların dışında bir çıktı klasörü seçin, ör. --out site",
    ),
    "build.out_not_folder": (
        "refusing to build into '{path}': it exists and is not a folder",
        "choose another output folder, e.g. --out site",
        "'{path}' klasörüne derlenmiyor: bu ad zaten var ve bir klasör değil",
        "başka bir çıktı klasörü seçin, ör. --out site",
    ),
    "build.out_foreign": (
        "refusing to replace '{path}': it is a folder that kb build did not make (it has no {marker} file)",
        "choose a new or empty folder, or delete this one yourself if it really is an old site",
        "'{path}' değiştirilmiyor: bu klasörü kb build oluşturmamış (içinde {marker} dosyası yok)",
        "yeni ya da boş bir klasör seçin; gerçekten eski bir siteyse klasörü kendiniz silin",
    ),
    "build.busy": (
        "another build (process {pid}) is writing this site: {path}",
        "wait for it to finish; if no build is running, delete that folder",
        "başka bir derleme (süreç {pid}) bu siteyi yazıyor: {path}",
        "bitmesini bekleyin; çalışan bir derleme yoksa o klasörü silin",
    ),
    "build.url_collision": (
        "two pages want the address /{url}: {first} and {second}",
        "rename the hand-written page: the library's own pages use that address",
        "iki sayfa aynı adresi istiyor (/{url}): {first} ve {second}",
        "elle yazılmış sayfanın adını değiştirin: bu adresi kütüphanenin kendi sayfaları kullanıyor",
    ),
    "env.source_date_epoch": (
        "`SOURCE_DATE_EPOCH` must be a whole number of seconds since 1970, not '{value}'",
        "unset it, or set it as CI does: `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`",
        "`SOURCE_DATE_EPOCH`, 1970'ten bu yana geçen saniye sayısı olmalı; '{value}' değil",
        "değişkeni kaldırın ya da CI gibi verin: `SOURCE_DATE_EPOCH=$(git log -1 --format=%ct)`",
    ),
    "arg.no_path": ("{path}: no such file or folder", "", "{path}: böyle bir dosya ya da klasör yok", ""),
    "arg.path_outside": (
        "{path}: not in the library being checked ({root})", "give `--root` the library's folder",
        "{path}: denetlenen kütüphanenin ({root}) içinde değil",
        "`--root` ile kütüphanenin klasörünü verin",
    ),
    "arg.no_root": (
        "`--root {root}`: no such folder",
        "give `--root` the library's folder (the one holding practices/, records/ and "
        "vocabularies/), or run kb in it",
        "`--root {root}`: böyle bir klasör yok",
        "`--root` ile kütüphanenin klasörünü (practices/, records/ ve vocabularies/ klasörlerini "
        "içeren) verin ya da kb'yi o klasörde çalıştırın",
    ),
    "os.error": (
        "cannot read or write {path}: {reason}", "",
        "{path} okunamıyor ya da yazılamıyor: {reason}", "",
    ),
    "serve.port_busy": (
        "port {port} is already in use (another `kb serve`, or another program)",
        "stop the other program, or choose another port: `kb serve --port 8001`",
        "{port} numaralı bağlantı noktası kullanımda (başka bir `kb serve` ya da başka bir uygulama)",
        "ötekini durdurun ya da başka bir bağlantı noktası seçin: `kb serve --port 8001`",
    ),
    "internal": (
        "internal error ({error})",
        "this is a bug in kb, not in your files: please report it with the command you ran (KB_DEBUG=1 shows details)",
        "iç hata ({error})",
        "bu, dosyalarınızda değil kb'de bir hata: çalıştırdığınız komutla birlikte bildirin (KB_DEBUG=1 ayrıntıları gösterir)",
    ),
}

# Reasons the operating system gives, by errno name, in both languages.
OS_REASONS: dict[str, tuple[str, str]] = {
    "ENOSPC": ("the disk is full", "diskte yer kalmadı"),
    "EDQUOT": ("the disk quota is used up", "disk kotası doldu"),
    "EACCES": ("permission denied", "izin yok"),
    "EPERM": ("operation not permitted", "işleme izin verilmiyor"),
    "EROFS": ("the file system is read-only", "dosya sistemi salt okunur"),
    "ENOENT": ("no such file or folder", "böyle bir dosya ya da klasör yok"),
    "ENOTDIR": ("a part of the path is not a folder", "yolun bir parçası klasör değil"),
    "EISDIR": ("it is a folder", "bu bir klasör"),
    "EEXIST": ("it already exists", "zaten var"),
    "ENAMETOOLONG": ("the file name is too long", "dosya adı çok uzun"),
    "EMFILE": ("too many open files", "çok fazla açık dosya var"),
    "EIO": ("input/output error", "giriş/çıkış hatası"),
}


def os_reason(exc: OSError, lang: str) -> str:
    """Why an operating-system call failed, in the reader's language."""
    import errno

    name = errno.errorcode.get(exc.errno or 0, "")
    if name in OS_REASONS:
        return OS_REASONS[name][lang == "tr"]
    return exc.strerror or str(exc)


def _suggest(args: dict) -> tuple[str, str]:
    s = args.get("suggestion")
    if not s:
        return "", ""
    en, tr = _words(s, "en"), _words(s, "tr")
    return f"; did you mean '{en}'?", f"; '{tr}' {question_particle(str(tr))} demek istediniz?"


def _words(value, lang: str):
    """Arguments given in both languages (kb.languages.Words) take the reader's language."""
    return value.get(lang) if isinstance(value, Words) else value


def render(code: str, lang: str, args: dict) -> tuple[str, str]:
    """The (message, hint) of a diagnostic code in the given language."""
    en, en_hint, tr, tr_hint = MESSAGES[code]
    s_en, s_tr = _suggest(args)
    guess = args.get("guess")
    fill = {
        **{k: ("" if v is None else _words(v, lang)) for k, v in args.items()},
        "suggest_en": s_en,
        "suggest_tr": s_tr,
        "guess_en": f"; it looks like {guess}" if guess else "",
        "guess_tr": f"; {guess} kodlamasına benziyor" if guess else "",
        "allowed_en": f": {allowed}" if (allowed := args.get("allowed")) else "",
        "allowed_tr": f" ({allowed})" if allowed else "",
        # An example of the value, where the field has one; `unknown`, where it allows it.
        "for_example_en": f", for example `{example}`" if (example := args.get("example")) else "",
        "for_example_tr": f", ör. `{example}`" if example else "",
        "or_unknown_en": ", or `unknown` if the sources do not say" if args.get("unknown") else "",
        "or_unknown_tr": "; kaynaklar söylemiyorsa `unknown` yazın" if args.get("unknown") else "",
    }
    fill = _Fill(fill)
    if lang == "tr":
        return tr.format_map(fill), tr_hint.format_map(fill)
    return en.format_map(fill), en_hint.format_map(fill)


class _Fill(dict):
    def __missing__(self, key: str) -> str:  # an argument not given renders as nothing
        return ""
