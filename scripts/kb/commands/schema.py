"""`kb schema`: print the JSON Schema of practice files."""

from __future__ import annotations

import json
from pathlib import Path

from ..load import load_vocabularies
from ..schema.export import practice_json_schema


def run(args) -> int:
    vocabularies, _ = load_vocabularies(Path(args.root))
    print(json.dumps(practice_json_schema(vocabularies), ensure_ascii=False, indent=2))
    return 0
