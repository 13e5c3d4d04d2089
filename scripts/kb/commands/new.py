"""`kb new`: scaffold a practice folder (practice.yml, tr.md, en.md) from the schema."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from ..load import load_vocabularies
from ..scaffold import render_language_file, render_practice_yml
from ..schema.types import suggest
from ..turkish import slugify


def _ask(prompt: str) -> str:
    try:
        return input(prompt).strip()
    except EOFError:
        return ""


def _say(tr: str, en: str) -> None:
    print(f"{tr}\n  {en}", file=sys.stderr)


def write_practice(root: Path, slug: str, files: dict[str, str]) -> Path:
    """Write the files of a new practice folder all at once (a rename), never half of them."""
    practices = root / "practices"
    practices.mkdir(parents=True, exist_ok=True)
    target = practices / slug
    staging = Path(tempfile.mkdtemp(prefix=f".{slug}-", dir=practices))
    try:
        for name, text in files.items():
            (staging / name).write_text(text, encoding="utf-8")
        os.rename(staging, target)  # fails if target appeared meanwhile: never overwrite
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return target


def run(args) -> int:
    root = Path(args.root)
    interactive = sys.stdin.isatty() and not args.no_input
    title_tr = (args.title_tr or "").strip()
    title_en = (args.title_en or "").strip()
    municipality = (args.municipality or "").strip()
    if interactive:
        title_tr = title_tr or _ask("Türkçe başlık / Turkish title: ")
        title_en = title_en or _ask("İngilizce başlık / English title (boş bırakılabilir / "
                                    "may be empty): ")
        municipality = municipality or _ask(
            "Belediye kaydı kimliği / municipality record id (ör./e.g. izmir-buyuksehir): ")
    if not title_tr:
        _say("kb new: Türkçe başlık gerekli: --title-tr \"…\" verin.",
             "kb new: a Turkish title is required: pass --title-tr \"…\".")
        return 2
    slug = slugify(title_tr)
    if not slug:
        _say(f"kb new: '{title_tr}' başlığından bir kimlik üretilemedi; harf ya da rakam ekleyin.",
             f"kb new: no id can be made from the title '{title_tr}'; use letters or digits.")
        return 1
    target = root / "practices" / slug
    if target.exists():
        _say(f"kb new: practices/{slug} zaten var; üzerine yazılmadı. Başka bir başlık seçin ya da "
             "mevcut dosyaları düzenleyin.",
             f"kb new: practices/{slug} already exists; nothing was overwritten. Choose another "
             "title or edit the existing files.")
        return 1
    known = sorted(p.stem for p in (root / "records" / "municipalities").glob("*.yml"))
    if municipality and municipality not in known:
        hint = suggest(municipality, known)
        _say(f"kb new: uyarı: '{municipality}' adlı belediye kaydı yok "
             f"(records/municipalities/)." + (f" '{hint}' mi demek istediniz?" if hint else ""),
             f"kb new: warning: there is no municipality record '{municipality}'; add one before "
             "the practice is published" + (f"; did you mean '{hint}'?" if hint else "."))
    vocabularies, _ = load_vocabularies(root)
    files = {
        "practice.yml": render_practice_yml(
            {"id": slug, "draft": True, "municipality": municipality or None}, vocabularies),
        "tr.md": render_language_file("tr", {"title": title_tr}),
    }
    if title_en:  # without it, an empty en.md would be a dozen errors for a text not begun
        files["en.md"] = render_language_file("en", {"title": title_en})
    try:
        target = write_practice(root, slug, files)
    except OSError as exc:
        _say(f"kb new: practices/{slug} yazılamadı: {exc.strerror or exc}",
             f"kb new: cannot write practices/{slug}: {exc.strerror or exc}")
        return 1
    shown = f"practices/{slug}"
    print("\n".join(f"{shown}/{name}" for name in files))
    _say(f"Oluşturuldu: {shown} (taslak). Boş alanları doldurun; eksikleri görmek için: "
         f".venv/bin/kb validate {shown}",
         f"Created {shown} (a draft). Fill in the empty fields; to list what is missing: "
         f".venv/bin/kb validate {shown}")
    if not title_en:
        _say("İngilizce başlık verilmedi, en.md yazılmadı: Türkçe metin tek başına yayımlanır, "
             "İngilizce sitede \"çeviri bekleniyor\" notuyla. İngilizcesini sonra eklemek için "
             f"tr.md'yi {shown}/en.md adıyla kopyalayıp çevirin (başlıklar dâhil).",
             "No English title, so no en.md: the Turkish text is published on its own, on the "
             "English site with a \"translation pending\" note. To add the English later, copy "
             f"tr.md to {shown}/en.md and translate it (headings included).")
    return 0
