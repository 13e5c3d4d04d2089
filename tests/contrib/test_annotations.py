"""`kb validate --format github`: contributor text cannot forge workflow commands."""

from __future__ import annotations

from contrib_support import ISSUES, kb, make_repo

from kb.diagnostics import diag, format_github
from kb.languages import Words


def test_values_cannot_end_the_annotation_or_start_another():
    d = diag("practices/a,b:c/practice.yml", 3, 5, "vocab.unknown", "themes[0]",
             value="x\n::error file=README.md::forged %0A", vocabulary="themes", suggestion="")
    out = format_github([d], "en")
    assert out.count("\n") == 0  # one annotation, one line
    assert out.startswith("::error file=practices/a%2Cb%3Ac/practice.yml,line=3,col=5,"
                          "title=themes[0]::")
    assert "%0A::error file=README.md::forged %250A" in out


def test_validate_github_format_on_a_proposed_practice(tmp_path):
    repo = make_repo(tmp_path / "repo")
    kb(repo, "from-issue", str(ISSUES / "valid_both_languages.md"))
    meta = repo / "practices" / "bizizmir-dayanisma-noktalari" / "practice.yml"
    meta.write_text(meta.read_text("utf-8").replace("  - sosyal-yardım", '  - "yasli\\r\\n::'
                                                     'warning::x"'), "utf-8")
    code, out, _ = kb(repo, "validate", "--format", "github", "--lang", "tr")
    assert code == 1
    lines = out.strip().split("\n")
    # One error; the forged command stays inside its text, never a line of its own.
    errors = [line for line in lines if line.startswith("::error ")]
    assert len(errors) == 1 and errors[0].startswith("::error file=practices/bizizmir-")
    assert "%0D%0A::warning::x" in errors[0]
    assert all(line.startswith(("::error file=", "::warning file=")) for line in lines)


def test_annotations_speak_turkish_first_then_english():
    d = diag("practices/x/practice.yml", 11, 5, "vocab.unknown", "themes[0]", value="yasli",
             vocabulary="themes", vocabulary_name=Words("temalar", "themes"), suggestion="yaşlılar")
    message = format_github([d], "en").split("::", 2)[2]
    tr, en = message.split("%0A")
    assert tr.startswith("'yasli', temalar sözlüğünde yok; 'yaşlılar' mı demek istediniz?")
    assert "(ipucu: " in tr
    assert en.startswith("'yasli' is not in the themes vocabulary; did you mean 'yaşlılar'?")
    assert "(hint: " in en
