"""The code's structure as its users (the next developers) rely on it: the page core imports no
rendering engine, and every kind of entity comes from the one table in kb.kinds."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

FIXTURE = Path(__file__).parent / "site" / "fixture"


def _python(code: str) -> str:
    run = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_the_page_core_imports_no_rendering_engine():
    # Material reaches end of life in May 2027: the pages must outlive it.
    out = _python("""
        import sys
        import kb.site, kb.site.pages, kb.site.practice_page, kb.site.catalogue
        import kb.site.entities, kb.site.opendata, kb.search.documents, kb.library
        print([m for m in sys.modules if m.startswith(("mkdocs", "material"))])
    """)
    assert out.strip() == "[]"


def test_a_new_row_in_the_kinds_table_adds_pages_a_facet_an_index_and_search_words(tmp_path):
    # A made-up kind, "phase", filed by the practices' existing `status` key: one row (and
    # one place in the facet order) must give it everything the other kinds have.
    out = _python(f"""
        import json
        from pathlib import Path
        import kb.kinds as k
        from kb.languages import Words

        phase = k.Kind("phase", "vocabulary", "phases", Words("evre", "phase"),
                       Words("evreler", "phases"), vocabulary="statuses", field="status",
                       search_meta=True)
        k.KINDS = k.KINDS + (phase,)
        k.BY_ID["phase"] = phase
        k.ENTITY_KINDS = k.ENTITY_KINDS + (phase,)
        k.FACET_ORDER = k.FACET_ORDER + ("phase",)
        k.FACETS = k.FACETS + (phase,)

        from kb.build import build_site
        from kb.search import documents
        site = Path({str(tmp_path / "site")!r})
        result = build_site(Path({str(FIXTURE)!r}), site)
        assert result.ok, result.problems
        catalogue = (site / "en/catalogue/index.html").read_text()
        home = (site / "en/index.html").read_text()
        print(json.dumps({{
            "index": (site / "en/phases/index.html").is_file(),
            "page": (site / "phases/active/index.html").is_file(),
            "facet": 'data-facet="phase"' in catalogue,
            "nav": "Phases" in home,
            "search": "phase" in documents.META_FACETS,
        }}))
    """)
    assert json.loads(out.strip().splitlines()[-1]) == {
        "index": True, "page": True, "facet": True, "nav": True, "search": True}


def _imports() -> dict[str, set[str]]:
    """Module → the kb modules it imports, lazy imports inside functions included."""
    import ast

    root = Path(__file__).resolve().parents[1] / "scripts"
    files = {".".join(f.relative_to(root).with_suffix("").parts).removesuffix(".__init__"): f
             for f in (root / "kb").rglob("*.py")}
    graph = {}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        deps = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join(parts + ([node.module] if node.module else []))
                for alias in node.names:
                    full = f"{base}.{alias.name}"
                    deps.add(full if full in files else base)
            elif isinstance(node, ast.Import):
                deps.update(a.name for a in node.names)
        graph[name] = {d for d in deps if d in files and d != name}
    return graph


def test_no_import_circle():
    graph = _imports()
    assert "kb.site.pages" in graph and "kb.kinds" in graph["kb.site.pages"]  # the scan works
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            raise AssertionError("import circle: " + " → ".join(path[path.index(module):]
                                                                + [module]))
        if module in done:
            return
        for dep in sorted(graph[module]):
            visit(dep, path + [module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])
