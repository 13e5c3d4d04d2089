"""The propose workflow's script, offline: a bare repository as origin and a fake `gh`.

Each run is what GitHub runs on an opened or edited issue: a fresh checkout of main, the
issue body in a file, then `python -m kb.proposal.workflow`. The fake `gh` records every
call and plays a pull request that exists once it has been created.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from contrib_support import FIXTURES, ISSUES, REPO

from kb.proposal import workflow

BRANCH = "propose/issue-12"
URL = "https://github.com/ornek/ortak-akil/pull/7"
SLUG = "kadin-kooperatiflerine-pazar-destegi"
FAKE_GH = f"""#!{sys.executable}
import json, os, sys
from pathlib import Path
state = Path(os.environ["FAKE_GH_STATE"])
args = sys.argv[1:]
body = ""
if "--body-file" in args:
    body = Path(args[args.index("--body-file") + 1]).read_text("utf-8")
with open(state / "calls.jsonl", "a", encoding="utf-8") as log:
    log.write(json.dumps({{"args": args, "body": body, "token": os.environ.get("GH_TOKEN")}}) + "\\n")
pr = state / "pr"
if args[:2] == ["pr", "list"]:
    print(pr.read_text() if pr.exists() else "")
elif args[:2] == ["pr", "create"]:
    pr.write_text("{URL}")
    print("{URL}")
"""


def _git(cwd: Path, *args: str, **env: str) -> str:
    identity = {"GIT_AUTHOR_NAME": "Editör", "GIT_AUTHOR_EMAIL": "editor@example.org",
                "GIT_COMMITTER_NAME": "Editör", "GIT_COMMITTER_EMAIL": "editor@example.org"}
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True,
                          env={**os.environ, **identity, **env})
    return done.stdout.strip()


@pytest.fixture
def github(tmp_path, monkeypatch):
    """origin (a bare repository holding a small library on main) and the fake `gh`."""
    origin, seed = tmp_path / "origin.git", tmp_path / "seed"
    _git(tmp_path, "init", "--quiet", "--bare", "--initial-branch=main", str(origin))
    shutil.copytree(REPO / "vocabularies", seed / "vocabularies")
    shutil.copytree(FIXTURES / "repo" / "records", seed / "records")
    shutil.copytree(REPO / "tests" / "site" / "fixture" / "docs", seed / "docs")
    _git(seed, "init", "--quiet", "--initial-branch=main")
    _git(seed, "add", ".")
    _git(seed, "commit", "--quiet", "-m", "A small library")
    _git(seed, "push", "--quiet", str(origin), "main")
    state = tmp_path / "gh"
    state.mkdir()
    fake = tmp_path / "fake-gh"
    fake.write_text(FAKE_GH, "utf-8")
    fake.chmod(0o755)
    monkeypatch.setenv("KB_GH", str(fake))
    monkeypatch.setenv("FAKE_GH_STATE", str(state))
    monkeypatch.setenv("GITHUB_TOKEN", "comment-token")
    monkeypatch.delenv("PROPOSE_TOKEN", raising=False)
    monkeypatch.delenv("GITHUB_OUTPUT", raising=False)
    return {"origin": origin, "state": state, "tmp": tmp_path, "runs": 0}


def propose(github: dict, body: str) -> dict:
    """One run of the workflow on a fresh checkout: the comment and the calls made to gh."""
    github["runs"] += 1
    n = github["runs"]
    checkout, work = github["tmp"] / f"checkout-{n}", github["tmp"] / f"work-{n}"
    _git(github["tmp"], "clone", "--quiet", str(github["origin"]), str(checkout))
    issue = github["tmp"] / f"issue-{n}.md"
    issue.write_text(body, "utf-8")
    calls = github["state"] / "calls.jsonl"
    before = calls.read_text("utf-8").count("\n") if calls.exists() else 0
    code = workflow.main(["--issue", "12", "--body", str(issue), "--repo", "ornek/ortak-akil",
                          "--base", "main", "--root", str(checkout), "--work", str(work)])
    assert code == 0
    made = [json.loads(line) for line in calls.read_text("utf-8").splitlines()[before:]]
    comments = [c for c in made if c["args"][:2] == ["issue", "comment"]]
    assert len(comments) == 1 and comments[0]["token"] == "comment-token"
    return {"comment": comments[0]["body"], "calls": made}


def _branch(github: dict, *args: str) -> str:
    return _git(github["origin"], *args)


def _file(github: dict, path: str) -> str:
    return _branch(github, "show", f"{BRANCH}:{path}")


def test_a_valid_proposal_becomes_a_checked_pull_request(github):
    body = (ISSUES / "lenient_typical_mistakes.md").read_text("utf-8")
    run = propose(github, body)
    comment = run["comment"]
    assert f"Pull request opened: {URL}" in comment
    assert f"Çekme isteği ('pull request') açıldı: {URL}" in comment
    assert "a strict build of the whole site with the new files: both passed" in comment
    assert "a maintainer closes and reopens the pull request to start them" in comment
    assert "corrected: `Kadin istihdami` → `kadın-istihdamı`" in comment
    assert "title: \"Kadın Kooperatiflerine Pazar Desteği\"" in _file(github, f"practices/{SLUG}/tr.md")
    author = _branch(github, "log", "-1", "--format=%an <%ae>", BRANCH)
    assert author == f"{workflow.BOT_NAME} <{workflow.BOT_EMAIL}>"
    create = next(c for c in run["calls"] if c["args"][:2] == ["pr", "create"])
    assert create["body"].startswith("Closes #12\n") and "--base" in create["args"]


def test_with_a_propose_token_the_pull_request_runs_ci(github, monkeypatch):
    monkeypatch.setenv("PROPOSE_TOKEN", "fine-grained")
    run = propose(github, (ISSUES / "lenient_typical_mistakes.md").read_text("utf-8"))
    assert "The pull request's own checks start by themselves" in run["comment"]
    create = next(c for c in run["calls"] if c["args"][:2] == ["pr", "create"])
    assert create["token"] == "fine-grained"


def test_an_edit_of_the_issue_is_a_new_commit_never_a_force_push(github):
    body = (ISSUES / "lenient_typical_mistakes.md").read_text("utf-8")
    propose(github, body)
    first = _branch(github, "rev-parse", BRANCH)
    edited = body.replace("40 kooperatif", "45 kooperatif").replace("40 cooperatives",
                                                                   "45 cooperatives")
    run = propose(github, edited)
    assert f"The pull request was updated with a new commit: {URL}" in run["comment"]
    second = _branch(github, "rev-parse", BRANCH)
    assert second != first
    assert _branch(github, "merge-base", "--is-ancestor", first, second) == ""  # no rewrite
    assert "45 kooperatif" in _file(github, f"practices/{SLUG}/tr.md")
    note = next(c for c in run["calls"] if c["args"][:2] == ["pr", "comment"])
    assert "review that commit before merging" in note["body"]
    # the same body again changes nothing
    run = propose(github, edited)
    assert "The edit changed nothing in the files" in run["comment"]
    assert _branch(github, "rev-parse", BRANCH) == second


def test_a_branch_an_editor_changed_is_not_overwritten(github):
    body = (ISSUES / "lenient_typical_mistakes.md").read_text("utf-8")
    propose(github, body)
    editor = github["tmp"] / "editor"
    _git(github["tmp"], "clone", "--quiet", "--branch", BRANCH, str(github["origin"]),
         str(editor))
    tr = editor / "practices" / SLUG / "tr.md"
    tr.write_text(tr.read_text("utf-8").replace("kısa eğitimler", "kısa ve ücretsiz eğitimler"),
                  "utf-8")
    _git(editor, "commit", "--quiet", "-am", "Wording after review")
    _git(editor, "push", "--quiet", "origin", BRANCH)
    edited_tip = _branch(github, "rev-parse", BRANCH)
    run = propose(github, body.replace("kent merkezindeki", "kentin merkezindeki"))
    assert "An editor has changed the branch `propose/issue-12`" in run["comment"]
    assert "this edit of the issue was not applied" in run["comment"]
    assert "Bir editör `propose/issue-12` dalını değiştirdi" in run["comment"]
    assert _branch(github, "rev-parse", BRANCH) == edited_tip
    assert "kısa ve ücretsiz eğitimler" in _file(github, f"practices/{SLUG}/tr.md")
    assert not any(c["args"][:2] in (["pr", "create"], ["pr", "comment"]) for c in run["calls"])


def test_problems_are_commented_and_nothing_is_pushed(github):
    run = propose(github, (ISSUES / "problems_all_at_once.md").read_text("utf-8"))
    assert "8 problem(s) to fix" in run["comment"] and "düzeltilecek 8 sorun" in run["comment"]
    assert _branch(github, "branch", "--list", BRANCH) == ""
    assert [c["args"][:2] for c in run["calls"]] == [["issue", "comment"]]


def test_a_new_municipality_is_committed_with_the_practice(github):
    propose(github, (ISSUES / "new_municipality_turkish_only.md").read_text("utf-8"))
    record = _file(github, "records/municipalities/cigli-belediyesi.yml")
    assert "parent: izmir-buyuksehir-belediyesi" in record
    assert "published on the Turkish site" in (github["state"] / "calls.jsonl").read_text("utf-8")


def test_the_workflows_run_this_script_and_keep_a_preview():
    import yaml

    propose_yml = yaml.safe_load((REPO / ".github/workflows/propose.yml").read_text("utf-8"))
    steps = propose_yml["jobs"]["propose"]["steps"]
    script = next(s for s in steps if s.get("id") == "propose")
    assert "python -m kb.proposal.workflow" in script["run"]
    assert script["env"]["PROPOSE_TOKEN"] == "${{ secrets.PROPOSE_TOKEN }}"
    assert steps[0]["with"]["fetch-depth"] == 0  # the editor check needs main's history
    ci = yaml.safe_load((REPO / ".github/workflows/ci.yml").read_text("utf-8"))
    upload = next(s for s in ci["jobs"]["check"]["steps"]
                  if "actions/upload-artifact@" in s.get("uses", ""))
    assert upload["with"]["path"] == "site" and upload["with"]["name"] == "site-preview"
