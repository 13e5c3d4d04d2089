"""A synthetic knowledge base of N valid practices, for benchmarks of validation, build and search.

`make_corpus(root, n)` copies the real vocabularies and records and writes n practices with
realistic sizes (practice.yml ≈ 1.5 KB, tr.md / en.md ≈ 4.5 KB) and Turkish text full of the
letters that matter (ç ğ ı İ ö ş ü), written as the seed practices are: facts cited by claim
(`status: {value: active, source: 1}`, a list of them where the sources differ), whole-line
comments, a quoted title, and place names with their suffixes after an apostrophe ("İzmir'de").
The same (n, seed) always gives the same files, except `last_verified`, which is kept recent
so that no practice is reported as stale.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "scripts"))
from kb.turkish import slugify  # noqa: E402

FALLBACK = REPO / "tests" / "validator" / "base"  # if the real repository has no data yet

TR_WORDS = {
    "place": ["Mahalle", "Kent", "İlçe", "Köy", "Semt", "Şehir", "Kıyı", "Yayla"],
    "topic": ["Dayanışma", "Yaşlı Bakım", "Kadın İstihdamı", "Göçmen Uyum", "Gıda Bankası",
              "Çocuk Oyun", "Engelsiz Erişim", "Gençlik Işığı", "Sağlıklı Yaşam", "İklim Uyum"],
    "kind": ["Noktaları", "Merkezi", "Ağı", "Programı", "Atölyesi", "Evi", "Kooperatifi", "Modeli"],
}
EN_WORDS = {
    "place": ["Neighbourhood", "City", "District", "Village", "Quarter", "Town", "Coast", "Upland"],
    "topic": ["Solidarity", "Elderly Care", "Women's Employment", "Migrant Inclusion", "Food Bank",
              "Children's Play", "Barrier-free Access", "Youth Light", "Healthy Living",
              "Climate Adaptation"],
    "kind": ["Points", "Centre", "Network", "Programme", "Workshop", "House", "Cooperative", "Model"],
}
TR_SENTENCES = [
    "Belediye, dar gelirli hanelerin ihtiyaçlarını yerinde belirlemek için mahalle ziyaretleri yaptı.",
    "Yaşlılar ve engelli yurttaşlar için evde bakım hizmetleri düzenli olarak sunuluyor.",
    "Gönüllüler, sosyal hizmet uzmanlarıyla birlikte haftada iki gün danışmanlık veriyor.",
    "Kadın kooperatifleri, ürünlerini belediyenin açtığı dayanışma pazarında satıyor.",
    "Göçmen çocuklar için Türkçe ve ödev destek kursları açıldı; katılım her dönem arttı.",
    "Proje ekibi, ihtiyaç analizini üniversiteyle birlikte yürüttü ve sonuçlarını paylaştı.",
    "Işıklı oyun alanları, gece de güvenli bir buluşma yeri olarak kullanılıyor.",
    "İlk altı ayda yüzlerce başvuru alındı; başvuruların çoğu çevrim içi yapıldı.",
    "Çalışanlar, kapsayıcı hizmet sunumu üzerine düzenlenen eğitimlere katıldı.",
    "Öğrenciler, yaz döneminde gönüllü olarak yaşlı komşularını ziyaret etti.",
    "Şehrin farklı bölgelerindeki muhtarlar, ihtiyaç sahiplerinin belirlenmesine yardım etti.",
    "Ücretsiz sağlık taramaları, mahalle sakinlerinin erken tanı almasını kolaylaştırdı.",
    "Türkiye'de benzer uygulamalar yürüten belediyeler deneyimlerini paylaştı.",
    "İzmir'deki dayanışma noktaları, Mersin'in sosyal politika ofisine örnek oldu.",
]
EN_SENTENCES = [
    "The municipality visited neighbourhoods to identify the needs of low-income households.",
    "Home care services are offered regularly to older and disabled residents.",
    "Volunteers give advice twice a week together with social workers.",
    "Women's cooperatives sell their products at the solidarity market opened by the municipality.",
    "Turkish and homework support classes were opened for migrant children; attendance rose.",
    "The project team ran the needs analysis with a university and shared its results.",
    "Lit playgrounds are used as a safe meeting place at night as well.",
    "Hundreds of applications arrived in the first six months, most of them online.",
    "Staff took part in training on inclusive service delivery.",
    "Students visited their older neighbours as volunteers during the summer.",
    "Neighbourhood heads across the city helped to identify the people in need.",
    "Free health screenings made early diagnosis easier for residents.",
    "Municipalities running similar services across Türkiye shared their experience.",
    "İzmir's solidarity points were an example for Mersin's social policy office.",
]
SECTIONS = {
    "tr": ["Bağlam", "Ne yapıldı", "Kimler yer aldı", "Sonuçlar", "Dersler ve aktarılabilirlik"],
    "en": ["Context", "What was done", "Who was involved", "Results", "Lessons and transferability"],
}


def _ids(path: Path) -> list[str]:
    return [str(term["id"]) for term in yaml.load(path.read_text("utf-8"), Loader=yaml.BaseLoader)]


def _copy_data(root: Path) -> None:
    vocabularies = REPO / "vocabularies"
    complete = all((vocabularies / f"{n}.yml").exists()
                   for n in ("themes", "target-groups", "sdgs", "provinces", "partner-roles"))
    source = REPO if complete else FALLBACK
    shutil.copytree(source / "vocabularies", root / "vocabularies")
    shutil.copytree(source / "records", root / "records")


def _paragraphs(rng: random.Random, sentences: list[str], count: int) -> str:
    return "\n\n".join(" ".join(rng.sample(sentences, 4)) for _ in range(count))


def _language_file(rng: random.Random, lang: str, title: str, link: str,
                   figures: list[int]) -> str:
    sentences = TR_SENTENCES if lang == "tr" else EN_SENTENCES
    unknown = "unknown"
    front = [
        "---",
        f"title: {title}",
        "summary: >-",
        *(f"  {s}" for s in rng.sample(sentences, 4)),
        "transferability:",
        f"  legal_basis: {rng.choice([unknown, sentences[0]])}",
        f"  prerequisites: {rng.choice([unknown, sentences[5]])}",
        f"  staff: {rng.choice([unknown, sentences[2]])}",
        f"  budget: {unknown}",
        f"  time_to_results: {rng.choice([unknown, sentences[7]])}",
        "---",
        "",
    ]
    body = []
    for i, heading in enumerate(SECTIONS[lang]):
        text = _paragraphs(rng, sentences, 2)
        if i == 1:
            text += f" [{'Kaynak' if lang == 'tr' else 'Source'}]({link})."
        if i == 3:  # the key figures, said where they come from
            said = ", ".join(str(f) for f in figures)
            text += (f" Belediyenin verdiği rakamlar: {said}." if lang == "tr"
                     else f" The municipality's figures: {said}.")
        body += [f"## {heading}", "", text, ""]
    return "\n".join(front + body)


def _practice_yml(rng: random.Random, pid: str, data: dict, earlier: list[str],
                  verified: dt.date, figures: list[int]) -> str:
    status = rng.choice(data["statuses"])
    start_year = rng.randint(2015, 2024)
    municipality = rng.choice(data["municipalities"])
    cited = rng.random() < 0.7  # most facts cite the source that gives them, as the seeds do
    lines = [
        "schema_version: 1",
        f"id: {pid}",
        "# The status as the source reports it.",
        f"status: {{value: {status}, source: 1}}" if cited else f"status: {status}",
        f"municipality: {municipality}",
        "partners:",
    ]
    for org in rng.sample(data["partners"], rng.randint(1, 3)):
        lines += [f"  - organisation: {org}", f"    role: {rng.choice(data['roles'])}"]
    joined = [g for g, members in data["programmes"].items() if municipality in members]
    if joined and rng.random() < 0.5:  # a programme that lists the municipality
        lines += ["programmes:", f"  - {rng.choice(joined)}"]
    lines += ["themes:", *(f"  - {t}" for t in rng.sample(data["themes"], rng.randint(1, 3)))]
    lines += ["target_groups:",
              *(f"  - {t}" for t in rng.sample(data["target_groups"], rng.randint(1, 2)))]
    lines += ["sdgs:", *(f"  - {s}" for s in sorted(rng.sample(data["sdgs"], 2), key=int))]
    start = f"{start_year}-{rng.randint(1, 12):02d}"
    if cited and rng.random() < 0.2:  # the sources differ: both values, each with its source
        lines += ["start:", f"  - {{value: {start}, source: 1}}", f"  - {{value: {start_year}, source: 2}}"]
    else:
        lines.append(f"start: {{value: {start}, source: 1}}" if cited else f"start: {start}")
    if status in ("completed", "discontinued"):
        lines.append(f"end: {start_year + 1}")
    lines.append("key_figures:")
    for n, value in enumerate(figures):
        lines += [f"  - value: {value}", "    label:",
                  f"      tr: {('Hizmet alan kişi', 'Açılan nokta', 'Gönüllü')[n]}",
                  f"      en: {('People served', 'Points opened', 'Volunteers')[n]}",
                  "    source: 1"]
    lines += [
        "evidence: self-reported",
        "sources:",
        "  - title: Belediyeden yeni bir sosyal hizmet uygulaması",
        "    publisher: Örnek Haber Ajansı",
        f"    date: {start_year + 1}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        f"    url: https://www.example.org/haber/{pid}",
        "    language: tr",
        f"    accessed: {verified}",
        '  - title: "Sosyal hizmetler: yılın raporu"',
        "    publisher: Örnek Belediyesi",
        f"    date: {start_year + 1}",
        f"    url: https://www.example.org/rapor/{pid}",
        "    language: tr",
        f"    accessed: {verified}",
        "contact:",
        f"  organisation: {rng.choice(data['municipalities'])}",
        "  unit:",
        "    tr: Sosyal Hizmetler Müdürlüğü",
        "    en: Directorate of Social Services",
        "  email: sosyal@example.org",
        f"last_verified: {verified.isoformat()}",
    ]
    if earlier and rng.random() < 0.3:
        lines += ["related:", "  inspired_by:", f"    - {rng.choice(earlier)}"]
    return "\n".join(lines) + "\n"


def make_corpus(root: Path, n: int, seed: int = 0) -> Path:
    """Write a full repository layout with n valid practices under root (created) and return it."""
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    _copy_data(root)
    records = root / "records"
    data = {
        "themes": _ids(root / "vocabularies/themes.yml"),
        "target_groups": _ids(root / "vocabularies/target-groups.yml"),
        "sdgs": _ids(root / "vocabularies/sdgs.yml"),
        "statuses": _ids(root / "vocabularies/statuses.yml"),
        "roles": _ids(root / "vocabularies/partner-roles.yml"),
        "municipalities": sorted(p.stem for p in (records / "municipalities").glob("*.yml")),
        "programmes": {p.stem: set(yaml.load(p.read_text("utf-8"), Loader=yaml.BaseLoader)
                                   .get("participants") or [])
                       for p in sorted((records / "programmes").glob("*.yml"))},
    }
    data["partners"] = data["municipalities"] + sorted(
        p.stem for p in (records / "organisations").glob("*.yml"))
    rng = random.Random(seed)
    today = dt.date.today()
    practices = root / "practices"
    practices.mkdir(exist_ok=True)
    earlier: list[str] = []
    for i in range(1, n + 1):
        words = [rng.randrange(len(TR_WORDS[k])) for k in ("place", "topic", "kind")]
        title_tr = " ".join(TR_WORDS[k][w] for k, w in zip(TR_WORDS, words, strict=True)) + f" {i}"
        title_en = " ".join(EN_WORDS[k][w] for k, w in zip(EN_WORDS, words, strict=True)) + f" {i}"
        pid = slugify(title_tr)
        folder = practices / pid
        folder.mkdir()
        verified = today - dt.timedelta(days=i % 300)
        link = f"https://www.example.org/haber/{pid}"
        figures = [rng.randint(2, 5000) for _ in range(rng.randint(1, 2))]
        (folder / "practice.yml").write_text(
            _practice_yml(rng, pid, data, earlier[-50:], verified, figures), "utf-8")
        (folder / "tr.md").write_text(_language_file(rng, "tr", title_tr, link, figures), "utf-8")
        (folder / "en.md").write_text(_language_file(rng, "en", title_en, link, figures), "utf-8")
        earlier.append(pid)
    return root


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="write a synthetic knowledge base")
    parser.add_argument("root", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(make_corpus(args.root, args.n, args.seed))


def edit_one(root: Path) -> None:
    """What a contributor's edit is to the benchmarks: a sentence added to the first section
    of the last practice's Turkish text (no digit, so the figures still match)."""
    path = max((root / "practices").iterdir()) / "tr.md"
    text = path.read_text("utf-8")
    heading = re.search(r"^## .*\n\n", text, re.M).group()
    path.write_text(text.replace(heading, f"{heading}Düzenleme cümlesi eklendi. ", 1), "utf-8")
