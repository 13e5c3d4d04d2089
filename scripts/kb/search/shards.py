"""The files of one language's search index, laid out so a query loads only what it needs.

    search/kb/index.json        the manifest: the first key of every term chunk, the folder of
                                the fragments (small; the only file that is not content-named)
    search/kb/t/<hash>.json     a chunk: the terms of one key range with their postings
                                {"t": {stem: [idf, postings]}, "w": {word: [stems]}}
    search/kb/d-<hash>/<n>.json one fragment per document: url, title, meta, text of a result

As in Pagefind, terms are split by key range so a typed word fetches the chunk it falls in,
and result text is fetched per result shown. Chunk and fragment names change with their
content, so a browser cache never mixes two builds.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

from .index import FIELDS, INDEX_VERSION, Index, build_index

FOLDER = "kb"  # under the language's search/ folder (which also holds the search page)
CHUNK_BYTES = 12_000  # a chunk closes once its JSON passes this many bytes


def _dump(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def _chunks(index: Index) -> Iterator[tuple[str, dict]]:
    """(first key, {"t": ..., "w": ...}) per chunk, in key order (one chunk's postings are
    lists at a time: the index keeps them as compact arrays)."""
    current: dict = {"t": {}, "w": {}}
    size = 0
    first = ""
    for key in sorted(set(index.terms) | set(index.words)):
        if size >= CHUNK_BYTES:
            yield first, current
            current, size, first = {"t": {}, "w": {}}, 0, key
        if key in index.terms:
            idf, postings = index.terms[key]
            current["t"][key] = term = (idf, list(postings))
            size += len(key) + len(_dump(term))
        if key in index.words:
            current["w"][key] = index.words[key]
            size += len(key) + len(_dump(index.words[key]))
    yield first, current


class Fragments:
    """The result fragments of an index, each written as it comes (IndexBuilder(fragments=…)),
    into a folder under the index's that is named by their content once they are all there."""

    def __init__(self, search_dir: Path):
        self.root = Path(search_dir) / FOLDER
        self.provisional = self.root / "d-new"
        self.provisional.mkdir(parents=True)
        self.digest = hashlib.sha1()
        self.count = 0

    def append(self, fragment: dict) -> None:
        data = _dump(fragment).encode("utf-8")
        self.digest.update(data)
        (self.provisional / f"{self.count}.json").write_bytes(data)
        self.count += 1

    def __len__(self) -> int:
        return self.count

    def close(self) -> str:
        """The folder's name, once it has it."""
        folder = f"d-{self.digest.hexdigest()[:12]}"
        self.provisional.rename(self.root / folder)
        return folder


def write(search_dir: Path, index: Index) -> Path:
    """Replace search_dir/kb/ with the files of index; return the manifest's path.

    Fragments already written (index.fragments a Fragments of search_dir) are kept."""
    root = Path(search_dir) / FOLDER
    fragments = index.fragments
    if not isinstance(fragments, Fragments):
        if root.exists():
            shutil.rmtree(root)
        fragments = Fragments(search_dir)
        for fragment in index.fragments:
            fragments.append(fragment)
    (root / "t").mkdir()
    listed = []
    for first, chunk in _chunks(index):
        text = _dump(chunk)
        name = f"t/{_digest(text)}.json"
        (root / name).write_text(text, encoding="utf-8")
        listed.append([first, name])
    folder = fragments.close()
    manifest = {"version": INDEX_VERSION, "lang": index.lang, "docs": len(fragments),
                "ranked": index.ranked, "fields": list(FIELDS), "chunks": listed,
                "fragments": f"{folder}/"}
    path = root / "index.json"
    path.write_text(_dump(manifest), encoding="utf-8")
    return path


def write_index(site_dir: Path, documents, lang: str) -> Path:
    """Write the search files of one language build under site_dir/search/; return the manifest."""
    return write(Path(site_dir) / "search", build_index(documents, lang))
