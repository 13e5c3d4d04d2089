"""Every message reads as Turkish in Turkish: no English word, and vowel harmony respected.

Each template is rendered with sample arguments as the validator passes them (texts that
come from content, words given in both languages), then the Turkish rendering is searched
for any word of the English templates, outside code (`…`) and quoted content ('…').
"""

from __future__ import annotations

import re
import string

import pytest

from kb.languages import Words
from kb.messages import MESSAGES, render

# Arguments as content gives them: the same in both languages.
CONTENT = {
    "value": "yaşlılar", "name": "temalar", "path": "practices/ornek/tr.md", "all": "Bağlam",
    "heading": "Sonuçlar", "max": 100, "count": 3, "other": "practices/x/practice.yml",
    "min": 1, "first": 2, "size": 600000, "reason": "diskte yer kalmadı", "limit": 524288,
    "length": 130, "folder": "docs", "fixed": "ornek", "example": "sdgs: [1, 10]",
    "vocabulary": "target-groups", "url": "themes/goc/", "start": "2022", "end": "2021",
    "position": 5, "pid": 4242, "number": 2, "months": 18, "missing": "'Sonuçlar'",
    "marker": ".kb-site", "guess": "Windows-1254", "error": "ValueError", "depth": 12,
    "byte": "0xD6", "bracket": "[", "allowed": "planned, active", "s": "x", "label": "Başlık",
}
# Arguments the validator gives as Words: the Turkish message must show the Turkish.
WORDS = {
    "expected": Words("liste", "a list"), "got": Words("metin", "text"),
    "record": Words("uygulama", "practice"), "kinds": Words("belediye", "municipality"),
    "what": Words("klasör", "folder"), "lang": Words("İngilizce", "English"),
    "language": Words("İngilizce", "English"), "status": Words("tamamlandı", "completed"),
    "vocabulary_name": Words("hedef gruplar", "target groups"),
    "char": Words("U+200D (sıfır genişlikte birleştirici)", "U+200D ZERO WIDTH JOINER"),
}
# Words of the English templates that are also Turkish, or names and notations.
NOT_ENGLISH = {"yaml", "utf", "json", "html", "https", "http", "mailto", "markdown", "kvkk",
               "kb", "ascii", "nul", "bom", "pdf", "word", "mac", "windows", "cc", "true",
               "false", "unknown", "url", "source_date_epoch", "log", "git", "format",
               "debug", "kb_debug", "site", "id", "tr", "en", "md", "yml", "out", "new",
               "validate", "build", "draft", "end", "title", "summary", "sdgs", "status", "tdk",
               "themes", "province", "izmir", "example", "org", "www", "propose", "practice",
               "last_verified", "key", "value", "web", "latin", "yyyy", "not",
               "bot",  # Turkish says "bot" for the program that answers a proposal
               "github"}  # a name


def _args(code: str) -> dict:
    en, en_hint, tr, tr_hint = MESSAGES[code]
    names = {f for t in (en, en_hint, tr, tr_hint) for _, f, _, _ in string.Formatter().parse(t) if f}
    return {n: WORDS.get(n, CONTENT.get(n, "ornek")) for n in names}


def _prose(text: str) -> str:
    """The words a reader reads as sentences: code, quoted content and paths taken out."""
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"'[^']*'|\"[^\"]*\"|\[[^\]]*\]\([^)]*\)", " ", text)
    return re.sub(r"\S*[/\\.#]\S*", " ", text)


def _words(text: str) -> set[str]:
    """Words of three letters or more written in ASCII ('sayı' is no 'say')."""
    return {w for w in re.findall(r"[^\W\d_]{3,}", text) if w.isascii()}


def _english_words() -> set[str]:
    words: set[str] = set()
    for en, en_hint, _, _ in MESSAGES.values():
        for text in (en, en_hint):
            words |= {w.lower() for w in _words(_prose(re.sub(r"\{[^}]*\}", " ", text)))}
    return words - NOT_ENGLISH


ENGLISH = _english_words()


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_every_template_renders_in_both_languages(code):
    for lang in ("tr", "en"):
        message, hint = render(code, lang, _args(code))
        assert message and "{" not in message + hint and "}" not in message + hint, (code, lang)


@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_turkish_messages_have_no_english_word(code):
    message, hint = render(code, "tr", _args(code))
    found = {w for w in _words(_prose(message + " " + hint)) if w.lower() in ENGLISH}
    assert not found, f"{code}: English in Turkish: {sorted(found)} in {message!r} / {hint!r}"


@pytest.mark.parametrize("word,particle", [
    ("Sonuçlar", "mı"), ("yaşlılar", "mı"), ("sosyal-yardım", "mı"), ("Bağlam", "mı"),
    ("izmir", "mi"), ("ege", "mi"), ("okul", "mu"), ("dokuz", "mu"), ("gönüllü", "mü"),
    ("köy", "mü"), ("11", "mi"), ("10", "mu"), ("2019", "mu"), ("100", "mü"), ("40", "mı"),
    ("SKA", "mı"), ("bkz", "mi"),
])
def test_did_you_mean_follows_vowel_harmony(word, particle):
    message, _ = render("vocab.unknown", "tr", {**_args("vocab.unknown"), "suggestion": word})
    assert message.endswith(f"'{word}' {particle} demek istediniz?")
