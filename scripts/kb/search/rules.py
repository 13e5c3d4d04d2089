"""The normaliser's tables, declared once for the index (Python) and the browser (JavaScript).

`normalise.py` reads these tables; `kb-search-rules.json` is generated from them
(`python -m kb.search.rules`) and `kb-search-text.js` reads that file, so the two sides
cannot drift apart and no test has to read JavaScript source.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kb.turkish import ASCII_LETTERS, LOWER_LETTERS

RULES_VERSION = 2
JSON_PATH = Path(__file__).resolve().parents[3] / "overrides" / "assets" / "javascripts" / \
    "kb-search-rules.json"

MIN_STEM = 3  # never strip a suffix that would leave fewer letters than this
MAX_STRIPS = 5  # "belediyelerinden" needs three; more would only over-stem
VOWELS = "aeiou"
# Consonant softening: ışık → ışığı, sağlık → sağlığı ('g' once folded). A stem of fewer
# letters is one syllable and keeps its ğ (bağ → bağı).
SOFTENING = {"from": "g", "to": "k", "min_length": 4}

# Turkish suffixes after folding (so ı/i, ü/u and ç/c, ş/s already coincide), stripped
# longest-first, repeatedly, from the end of the word: plural, possessive, case endings with
# buffer consonants n/y/s, instrumental -la/-le/-yla; and the derivational endings people use
# to name where someone or something is from: -lı/-li/-lu/-lü (İzmirli, Bucalı) and the
# relative -ki (izmirdeki = izmir + de + ki).
TR_SUFFIXES = tuple(sorted({
    "lar", "ler",
    "lari", "leri", "larin", "lerin", "si", "su", "im", "um", "imiz", "umuz", "iniz", "unuz",
    "a", "e", "ya", "ye", "na", "ne",
    "da", "de", "ta", "te", "nda", "nde",
    "dan", "den", "tan", "ten", "ndan", "nden",
    "in", "un", "nin", "nun",
    "i", "u", "yi", "yu", "ni", "nu",
    "la", "le", "yla", "yle",
    "li", "lu", "ki",
}, key=lambda s: (-len(s), s)))
# Derivational endings make a new word (yaş → yaşlı): a stem reached through one is an
# alternative parse, never the main stem, so "yaşlı" ranks "yaşlı" above "yaş".
TR_DERIVATIONAL = ("li", "lu", "ki")

# English: words this short are left alone; plurals the s/es/ies rules cannot reach.
EN_MIN_LENGTH = 4
EN_IRREGULAR = {"women": "woman", "men": "man", "children": "child", "people": "person"}
EN_ES_ENDINGS = ("sses", "xes", "zes", "ches", "shes")  # lose "es"
EN_S_KEPT = ("ss", "us", "is")  # a final s that is not a plural

# An apostrophe joins a Turkish proper noun to its suffix: "İzmir'de".
APOSTROPHES = "'’"
# Inside a word, hyphens and the ampersand join a compound (Ar-Ge, R&D): the joined form is
# a term of its own ("arge", "rd"), and the parts are terms too.
JOINERS = "-‐‑&"


def rules() -> dict:
    """Every table of the normaliser as plain JSON data."""
    return {
        "version": RULES_VERSION,
        "lower": LOWER_LETTERS,
        "ascii": ASCII_LETTERS,
        "apostrophes": APOSTROPHES,
        "joiners": JOINERS,
        "tr": {"suffixes": list(TR_SUFFIXES), "derivational": list(TR_DERIVATIONAL),
               "min_stem": MIN_STEM, "max_strips": MAX_STRIPS,
               "vowels": VOWELS, "softening": SOFTENING},
        "en": {"min_length": EN_MIN_LENGTH, "irregular": EN_IRREGULAR,
               "es_endings": list(EN_ES_ENDINGS), "s_kept": list(EN_S_KEPT)},
    }


def rules_json() -> str:
    """The text of kb-search-rules.json (stable: a test compares it with the file)."""
    return json.dumps(rules(), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main() -> int:
    """Regenerate kb-search-rules.json from the tables above."""
    JSON_PATH.write_text(rules_json(), encoding="utf-8")
    print(JSON_PATH)
    return 0


if __name__ == "__main__":
    sys.exit(main())
