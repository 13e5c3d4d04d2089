"""`kb validate` as a contributor and CI meet it: formats, languages, exit codes, warnings."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from validator_support import INVALID, TODAY, WARNINGS, diagnostic_lines, fixtures, materialise, run_kb

import kb.library
from kb.library import check_paths
from kb.parallel import check_practices
from support import kb_command, kb_in_process

PRACTICE = "practices/ornek-uygulama/practice.yml"


def _repo(tmp_path: Path, fixture: str | None = None) -> Path:
    return materialise(INVALID / fixture if fixture else None, tmp_path / "repo")


def _edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_json_format_lists_every_diagnostic_with_its_place(tmp_path):
    code, out, _ = run_kb(_repo(tmp_path, "two_files_broken"), "--format", "json", "--lang", "en")
    assert code == 1
    items = json.loads(out)
    assert [(d["file"], d["line"], d["column"], d["key"], d["severity"]) for d in items] == [
        ("practices/ornek-uygulama/en.md", 11, 1, "", "error"),
        ("practices/ornek-uygulama/en.md", 24, 4, "", "error"),
        (PRACTICE, 3, 9, "status", "error"),
    ]
    assert items[2]["message"] == "'ongoing' is not in the statuses vocabulary"
    assert {"file", "line", "column", "key", "severity", "message"} <= set(items[0])


def test_json_format_of_a_valid_repository_prints_nothing(tmp_path):
    assert run_kb(_repo(tmp_path), "--format", "json")[:2] == (0, "")


def test_turkish_messages(tmp_path):
    code, out, err = run_kb(_repo(tmp_path, "themes_unknown_term"), "--lang", "tr")
    assert code == 1
    assert out.split("\n")[:2] == [
        f"{PRACTICE}:11:5: hata: themes[0]: 'yasli-bakimi', temalar sözlüğünde yok; "
        "'yaşlılar-bakımı' mı demek istediniz?",
        "    ipucu: izin verilen değerler (yaşlılar-bakımı, sosyal-yardım) için "
        "vocabularies/themes.yml dosyasına bakın",
    ]
    assert "1 hata, 0 uyarı" in err


def test_english_hint_follows_its_message(tmp_path):
    _, out, err = run_kb(_repo(tmp_path, "status_yaml_no"), "--lang", "en")
    assert out.rstrip("\n").split("\n") == [
        f"{PRACTICE}:3:9: error: status: 'no' is not in the statuses vocabulary",
        "    hint: see vocabularies/statuses.yml for the allowed values: "
        "planned, active, completed, discontinued",
    ]
    assert "1 error(s), 0 warning(s)" in err


def test_github_annotations_cannot_be_forged(tmp_path):
    root = _repo(tmp_path)
    # A value with a newline and a fake command, a key with ':' and ',', and '%' everywhere.
    _edit(root, PRACTICE, "status: active",
          'status: "50%\\r\\n::error file=x.yml,line=1::forged"\n"a,b:c%0A": 1')
    code, out, _ = run_kb(root, "--format", "github", "--lang", "en")
    assert code == 1
    lines = out.rstrip("\n").split("\n")
    assert len(lines) == 2  # one annotation per diagnostic, however hostile the content
    assert all(line.startswith("::error file=practices/ornek-uygulama/practice.yml,") for line in lines)
    status = next(line for line in lines if "title=status::" in line)
    assert status.endswith(
        "%0A'50%25%0D%0A::error file=x.yml,line=1::forged' is not in the statuses vocabulary"
        " (hint: see vocabularies/statuses.yml for the allowed values: "
        "planned, active, completed, discontinued)"
    )
    unknown = next(line for line in lines if "unknown key" in line)
    assert ",title=a%2Cb%3Ac%250A::" in unknown
    # The forged command is text, once in each language of the annotation.
    assert sum(line.count("::error ") for line in lines) == 2 + 2


def test_github_property_escaping_of_paths(tmp_path):
    root = _repo(tmp_path)
    folder = root / "practices" / "a,b:c"
    folder.mkdir()
    (folder / "practice.yml").write_text("id: x\n", "utf-8")
    _, out, _ = run_kb(root, "--format", "github", "--lang", "en")
    assert "file=practices/a%2Cb%3Ac/practice.yml," in out


def test_exit_codes(tmp_path):
    root = _repo(tmp_path)
    assert run_kb(root)[0] == 0
    assert run_kb(root, "--no-such-option")[0] == 2
    code, _, err = run_kb(root, str(tmp_path / "nowhere"))
    assert code == 2 and "no such file or folder" in err
    assert run_kb(root, "--format", "xml")[0] == 2
    assert run_kb(_repo(tmp_path / "b", "yaml_tag"))[0] == 1


def test_stale_last_verified_is_a_warning_not_an_error(tmp_path):
    root = _repo(tmp_path)
    _edit(root, PRACTICE, "last_verified: 2026-11-01", "last_verified: 2024-01-15")
    code, out, err = run_kb(root, "--lang", "en")
    assert code == 0
    assert diagnostic_lines(out) == [
        f"{PRACTICE}:35:1: warning: last_verified: last verified on 2024-01-15, more than 18 months "
        "ago: the practice may be out of date"
    ]
    assert "0 error(s), 1 warning(s)" in err


def test_warnings_are_counted_apart_from_errors(tmp_path):
    root = _repo(tmp_path, "status_unknown_term")
    _edit(root, PRACTICE, "last_verified: 2026-11-01", "last_verified: 2024-01-15")
    (root / "practices/ornek-uygulama/notes.txt").write_text("x", "utf-8")
    code, out, err = run_kb(root, "--format", "json")
    assert code == 1
    found = sorted((d["severity"], d["code"]) for d in json.loads(out))
    # The stale date is told in the same run as the error elsewhere in the file.
    assert found == [("error", "vocab.unknown"), ("warning", "date.stale"),
                     ("warning", "file.unexpected")]
    assert run_kb(root, "--lang", "en")[2].strip() == "1 error(s), 2 warning(s)"


def test_all_errors_in_one_run_across_files(tmp_path):
    root = _repo(tmp_path, "two_files_broken")
    _edit(root, "records/municipalities/ornek-belediyesi.yml", "type: district", "type: köy")
    _, out, _ = run_kb(root, "--lang", "en")
    files = {line.split(":")[0] for line in diagnostic_lines(out)}
    assert files == {PRACTICE, "practices/ornek-uygulama/en.md",
                     "records/municipalities/ornek-belediyesi.yml"}


def test_paths_limit_the_report(tmp_path):
    root = _repo(tmp_path, "two_files_broken")
    _, out, _ = run_kb(root, "--lang", "en", str(root / "practices/ornek-uygulama/en.md"))
    assert {line.split(":")[0] for line in diagnostic_lines(out)} == {
        "practices/ornek-uygulama/en.md"}


def test_draft_may_lack_a_language(tmp_path):
    root = _repo(tmp_path)
    (root / "practices/ornek-uygulama/en.md").unlink()
    _edit(root, PRACTICE, "status: active\n", "status: active\ndraft: true\n")
    assert run_kb(root)[:2] == (0, "")


def test_utf8_bom_and_windows_line_ends_are_accepted(tmp_path):
    root = _repo(tmp_path)
    path = root / "practices/ornek-uygulama/tr.md"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert run_kb(root)[:2] == (0, "")


def _subprocess(root: Path, *args: str) -> subprocess.CompletedProcess:
    return kb_command("--root", str(root), "validate", *args, env={"LANG": "C.UTF-8"})


def test_subprocess_reports_errors_without_traceback(tmp_path):
    for fixture in ("yaml_deep_nesting", "encoding_cp1254", "yaml_tag"):
        root = _repo(tmp_path / fixture, fixture)
        done = _subprocess(root)
        expected = json.loads((INVALID / fixture / "expected.json").read_text("utf-8"))
        assert done.returncode == 1
        assert diagnostic_lines(done.stdout) == [
            f"{d['file']}:{d['line']}:{d['column']}: {d['severity']}: "
            + (f"{d['key']}: " if d["key"] else "") + d["en"] for d in expected]
        assert "Traceback" not in done.stderr


def test_subprocess_usage_errors_exit_2(tmp_path):
    done = _subprocess(_repo(tmp_path), "--bogus")
    assert done.returncode == 2 and "Traceback" not in done.stderr


def _seed_with_findings(tmp_path: Path) -> Path:
    """The seed library with a finding of a practice's own checks in two practices, an
    unknown reference, and a second practice claiming a first one's title."""
    from support import REPO  # noqa: PLC0415

    root = tmp_path / "seed"
    for folder in ("practices", "records", "vocabularies"):
        shutil.copytree(REPO / folder, root / folder)
    for name in ("mersin-modeli", "vida-modeli"):
        body = root / "practices" / name / "tr.md"
        body.write_text(body.read_text("utf-8") + "\nBilgi için 0232 293 12 34 numarasını arayın.\n",
                        "utf-8")
    meta = root / "practices" / "vida-modeli" / "practice.yml"
    text = meta.read_text("utf-8")
    meta.write_text(text.replace("municipality: ", "municipality: yok-", 1), "utf-8")
    return root


@pytest.mark.parametrize("paths", [
    ["practices/mersin-modeli"], ["practices/mersin-modeli/tr.md"],
    ["practices/vida-modeli/practice.yml"], ["practices/vida-modeli/", "records"],
    ["records"], ["vocabularies/themes.yml"]])
def test_validating_some_paths_reports_what_the_whole_run_reports_there(tmp_path, paths):
    root = _seed_with_findings(tmp_path)
    whole = check_paths(root, [])
    assert {d.code for d in whole} >= {"text.phone", "ref.unknown"}
    wanted = [p.rstrip("/") for p in paths]
    expected = [d for d in whole
                if any(d.file == w or d.file.startswith(w + "/") for w in wanted)]
    assert check_paths(root, [root / p for p in paths]) == expected


def test_the_library_folder_itself_is_the_whole_library(tmp_path, monkeypatch):
    root = _seed_with_findings(tmp_path)
    whole = run_kb(root, "--lang", "en")
    assert whole[0] == 1 and "0232 293 12 34" in whole[1]
    assert run_kb(root, str(root)) == run_kb(root, str(root / "practices" / "..")) == whole
    monkeypatch.chdir(root)
    assert run_kb(Path("."), ".", "--lang", "en") == whole


def test_a_path_outside_the_library_is_refused_not_found_valid(tmp_path):
    root = _repo(tmp_path, "yaml_tag")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code, out, err = run_kb(root, str(elsewhere), "--lang", "tr")
    assert (code, out) == (2, "")
    assert f"{elsewhere}: denetlenen kütüphanenin ({root}) içinde değil" in err
    code, _, err = run_kb(root, str(elsewhere), "--lang", "en")
    assert code == 2 and "not in the library being checked" in err and "all valid" not in err


def test_a_root_that_is_no_folder_is_refused_once_not_file_by_file(tmp_path):
    nowhere = tmp_path / "nowhere"
    for command in (["validate", "--lang", "tr"], ["build", "--out", str(tmp_path / "site")]):
        code, out, err = kb_in_process("--root", str(nowhere), *command)
        assert (code, out) == (2, "")
        assert err.count("\n") == 2 and err.startswith(f"kb {command[0]}: `--root {nowhere}`: ")
    assert "böyle bir klasör yok" in kb_in_process("--root", str(nowhere), "validate",
                                                    "--lang", "tr")[2]
    assert not (tmp_path / "site").exists()


def test_a_missing_vocabulary_is_named_in_the_reader_s_language(tmp_path):
    root = _repo(tmp_path)
    (root / "vocabularies" / "themes.yml").unlink()
    code, out, _ = run_kb(root, "--lang", "tr")
    assert code == 1
    assert ("vocabularies/themes.yml:1:1: hata: sözlük dosyası yok: themes sözlüğünün her "
            "değeri artık bilinmiyor") in out
    assert "git checkout -- vocabularies/themes.yml" in out
    _, out, _ = run_kb(root, "--lang", "en")
    assert "error: the vocabulary file is missing: every value of the themes vocabulary" in out


def _own_check_fixtures() -> list[Path]:
    """The fixtures whose findings may come from a practice's own checks (kb.checks.practice);
    some of these codes come from loading too."""
    own = ("text.", "body.section_too_short", "body.anchor_unknown", "key_figure.", "date.",
           "ref.source_index", "id.title_mismatch", "contact.")
    return [f for f in fixtures() + fixtures(WARNINGS)
            if any(d["code"].startswith(own)
                   for d in json.loads((f / "expected.json").read_text("utf-8")))]


def test_a_practice_s_own_checks_report_only_in_its_own_files(tmp_path):
    # What lets `kb validate PATH` skip the own checks of the folders outside PATH.
    roots = [_seed_with_findings(tmp_path)] + [
        materialise(f, tmp_path / f.name) for f in _own_check_fixtures()]
    assert len(roots) > 10
    seen = 0
    for root in roots:
        lib, _, _, _, folders, rules = kb.library._begin(root, TODAY)
        for checked in check_practices(root, folders, lib.vocabularies, rules, workers=1):
            if checked.admission is not None:
                own = checked.admission.checks
                seen += len(own)
                assert all(d.file.startswith(f"practices/{checked.name}/") for d in own), own
    assert seen >= 20  # the fixtures do exercise the own checks
