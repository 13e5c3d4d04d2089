"""The propose workflow's steps as one script: form → checked files → branch → pull request → comment.

    python -m kb.proposal.workflow --issue N --body FILE --repo OWNER/NAME --base main

Run in a checkout of the default branch (never the proposal's code). The form is turned
into files and checked (kb.proposal.check); if all is well a strict build of the whole site
runs with them, the files are committed to `propose/issue-N` and a pull request is opened
or updated. The outcome, with the pull request's link, is one comment on the issue.

The bot never overwrites anyone's work: it never force-pushes. An update is a new commit
on top of the branch (a merge of the default branch, so the pull request shows only the
proposal), and a branch that holds a commit the bot did not make is left alone.

GitHub is reached only through `gh` (the command named by $KB_GH, default `gh`) and git's
remote, so that a test can run every step offline against a bare repository and a fake
`gh`. Tokens come from the environment: GITHUB_TOKEN for comments, and PROPOSE_TOKEN (a
fine-grained token, optional) for the branch and the pull request, so that the pull
request's own CI runs: GitHub starts no workflow for what GITHUB_TOKEN pushes or opens.
"""

from __future__ import annotations

import argparse
import base64
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from ..build import build_site
from ..clock import today
from ..issueform import MAX_BODY
from .check import Outcome, failed, from_body
from .report import md_escape, report, say

BOT_NAME = "github-actions[bot]"
BOT_EMAIL = "41898282+github-actions[bot]@users.noreply.github.com"
IDENTITY = {"GIT_AUTHOR_NAME": BOT_NAME, "GIT_AUTHOR_EMAIL": BOT_EMAIL,
            "GIT_COMMITTER_NAME": BOT_NAME, "GIT_COMMITTER_EMAIL": BOT_EMAIL}
TIMEOUT = 300  # seconds for one git or gh call


class StepFailed(Exception):
    """A git or gh call that failed: the command and what it said."""


def _run(argv: list[str], env: dict | None = None, cwd: Path | None = None) -> str:
    try:
        done = subprocess.run(argv, cwd=cwd, env={**os.environ, **(env or {})},
                              capture_output=True, text=True, timeout=TIMEOUT)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise StepFailed(f"{argv[0]} {argv[1]}: {exc}") from exc
    if done.returncode != 0:
        raise StepFailed(f"{argv[0]} {argv[1]}: {(done.stderr or done.stdout).strip()[-300:]}")
    return done.stdout.strip()


class GitHub:
    """The few things the bot asks of GitHub, each one `gh` call."""

    def __init__(self, repo: str, comment_token: str, pr_token: str):
        self.repo, self.comment_token, self.pr_token = repo, comment_token, pr_token
        self.command = os.environ.get("KB_GH", "gh")

    def gh(self, *args: str, token: str) -> str:
        return _run([self.command, *args, "--repo", self.repo], env={"GH_TOKEN": token})

    def open_pull_request(self, branch: str) -> str:
        """The URL of the open pull request from this branch, or ''."""
        return self.gh("pr", "list", "--head", branch, "--state", "open", "--json", "url",
                       "--jq", ".[0].url // empty", token=self.pr_token)

    def create_pull_request(self, branch: str, base: str, title: str, body: Path) -> str:
        out = self.gh("pr", "create", "--base", base, "--head", branch, "--title", title,
                      "--body-file", str(body), token=self.pr_token)
        return out.splitlines()[-1].strip() if out else ""

    def comment_pull_request(self, url: str, body: Path) -> None:
        self.gh("pr", "comment", url, "--body-file", str(body), token=self.pr_token)

    def comment_issue(self, number: int, body: Path) -> None:
        self.gh("issue", "comment", str(number), "--body-file", str(body),
                token=self.comment_token)


class Git:
    """git in the checkout, authenticated for an https remote when a token is given."""

    def __init__(self, root: Path, remote: str, token: str):
        self.root, self.remote = root, remote
        self.env: dict[str, str] = {}
        if token:  # in the environment, never on a command line or in .git/config
            basic = base64.b64encode(f"x-access-token:{token}".encode()).decode()
            self.env = {"GIT_CONFIG_COUNT": "1", "GIT_CONFIG_KEY_0": "http.extraheader",
                        "GIT_CONFIG_VALUE_0": f"AUTHORIZATION: basic {basic}"}

    def __call__(self, *args: str, env: dict | None = None) -> str:
        return _run(["git", *args], env={**self.env, **(env or {})}, cwd=self.root)

    def remote_branch(self, branch: str) -> str:
        """Fetch the branch if the remote has it; its local ref name, or ''."""
        if not self("ls-remote", "--heads", self.remote, f"refs/heads/{branch}"):
            return ""
        ref = f"refs/remotes/{self.remote}/{branch}"
        self("fetch", "--quiet", self.remote, f"+refs/heads/{branch}:{ref}")
        return ref

    def others(self, ref: str) -> list[str]:
        """Commits on the branch, not on the checked-out base, that the bot did not make."""
        log = self("log", "--format=%h %ae %ce", f"HEAD..{ref}")
        return [line.split()[0] for line in log.splitlines()
                if line.split()[1:] != [BOT_EMAIL, BOT_EMAIL]]

    def commit(self, paths: list[str], message: str, parent: str) -> str:
        """A commit of the base plus these paths, on top of `parent` too if given; its id.

        '' if the branch already holds exactly these files.
        """
        self("add", "--all", "--", *paths)
        tree = self("write-tree")
        parents = ["-p", "HEAD"]
        if parent:
            if self("rev-parse", f"{parent}^{{tree}}") == tree:
                return ""
            parents = ["-p", parent, "-p", "HEAD"]  # a merge: the PR shows only the proposal
        return self("commit-tree", tree, *parents, "-m", message, env=IDENTITY)

    def push(self, commit: str, branch: str) -> None:
        """Push without force: fails if someone pushed to the branch meanwhile."""
        self("push", "--quiet", self.remote, f"{commit}:refs/heads/{branch}")


def strict_build(root: Path, work: Path) -> list[tuple[str, dict]]:
    """The whole site built with the new files, as CI builds it; what to say about it."""
    result = build_site(root, work / "site")
    if result.ok:
        return [("issue.checks_passed", {})]
    reasons = result.problems or [d.message("en") for d in result.diagnostics
                                  if d.severity == "error"]
    return [("issue.build_failed", {"reason": md_escape(reasons[0][:300])})]


def publish(outcome: Outcome, args, git: Git, github: GitHub, work: Path,
            ci_runs: bool) -> list[tuple[str, dict]]:
    """Commit, push and open or update the pull request; what to say at the comment's top."""
    branch = f"propose/issue-{args.issue}"
    said = strict_build(git.root, work)
    parent = git.remote_branch(branch)
    url = github.open_pull_request(branch)
    if parent and git.others(parent):
        return [("issue.branch_edited", {"branch": f"`{branch}`", "url": url or f"`{branch}`"})]
    title = f"Öneri / Proposal #{args.issue}"
    commit = git.commit(["practices", "records"], f"{title}: {', '.join(outcome.created)}",
                        parent)
    if not commit:
        return said + [("issue.pr_unchanged", {"url": url or f"`{branch}`"})]
    try:
        git.push(commit, branch)
    except StepFailed:
        return [("issue.push_failed", {"branch": f"`{branch}`"})]
    ci = [("issue.ci_runs" if ci_runs else "issue.ci_manual", {})]
    if url:
        note = work / "pr-note.md"
        note.write_text("\n\n".join(say("issue.pr_note", lang) for lang in ("tr", "en")) + "\n",
                        encoding="utf-8")
        github.comment_pull_request(url, note)
        return said + [("issue.pr_updated", {"url": url})] + ci
    body = work / "pr.md"
    body.write_text(f"Closes #{args.issue}\n\n" + report(outcome), encoding="utf-8")
    url = github.create_pull_request(branch, args.base, title, body)
    return said + [("issue.pr_opened", {"url": url})] + ci


def run(args) -> int:
    """Every step; 0 once the proposer has been told, whatever the outcome."""
    root = Path(args.root).resolve()
    work = Path(args.work or tempfile.mkdtemp(prefix="kb-propose-"))
    work.mkdir(parents=True, exist_ok=True)
    pr_token = os.environ.get("PROPOSE_TOKEN", "")
    comment_token = os.environ.get("GITHUB_TOKEN", "")
    github = GitHub(args.repo, comment_token, pr_token or comment_token)
    git = Git(root, args.remote, pr_token or comment_token)
    said: list[tuple[str, dict]] = []
    try:
        with open(args.body, "rb") as f:
            raw = f.read(MAX_BODY + 1)
        outcome = from_body(root, raw, "issue", today())
        if outcome.ok:
            said = publish(outcome, args, git, github, work, ci_runs=bool(pr_token))
    except Exception as exc:  # the proposer still hears back; the run shows the details
        print(f"kb.proposal.workflow: {exc}", file=sys.stderr)
        outcome, said = failed("issue", exc), []
    comment = work / "comment.md"
    comment.write_text(report(outcome, said), encoding="utf-8")
    github.comment_issue(args.issue, comment)
    if os.environ.get("GITHUB_OUTPUT"):
        with open(os.environ["GITHUB_OUTPUT"], "a", encoding="utf-8") as out:
            out.write("commented=true\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kb.proposal.workflow",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--issue", type=int, required=True, help="the proposal's issue number")
    parser.add_argument("--body", required=True, help="file holding the issue body")
    parser.add_argument("--repo", required=True, help="OWNER/NAME of the repository")
    parser.add_argument("--base", default="main", help="branch the pull request merges into")
    parser.add_argument("--remote", default="origin", help="git remote to push to")
    parser.add_argument("--root", default=".", help="the checkout of the base branch")
    parser.add_argument("--work", help="folder for the comment and the build (default: a new "
                                       "temporary folder)")
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
