"""`buf breaking` over the contract's history: every change that could break a generated client
is found, and passes only with a reason recorded in protos/CHANGELOG.md.

What is compared (each side exported from git, given the working tree's protos/third_party/,
which is vendored at set-up time and not committed):
  1. every commit that touched protos/proto or protos/buf.yaml, against its first parent:
     since the newest release tag `v*` reachable from HEAD, or, before the first release, the
     newest DEPTH (default 20) such commits. Checking commit by commit is what catches a break
     made in an earlier commit of a submission (several commits land at once; comparing with
     the previous commit alone only sees the newest), and it names the commit to explain;
  2. the working tree against HEAD, when protos/ has uncommitted changes;
  3. the working tree against the newest release tag, when there is one (what a client
     generated from the release would see).
Merge commits are skipped (their parents' commits are checked one by one).

A violation passes when a `### Breaking: ...` entry of protos/CHANGELOG.md (read from the
working tree, so a reason can be added after the fact) has a `Reason:` and either
  * a `Commit:` line equal to the subject of the commit that makes the change, or
  * an `Elements:` list naming the changed element: a message, enum or service (`ModelStatus`),
    a member (`Model.name`, `ModelStatus.MODEL_STATUS_STOPPED`) or a file path, matched
    against the names buf quotes in the violation.
A violation of check 3 also passes when the same violation was accepted in check 1.

A shallow clone whose history ends inside the window cannot be checked completely: outside CI
that is a warning, under CI=true a failure (after one attempt to deepen the clone).

Usage: tools/buf_breaking.py [--repo DIR] [--depth N] [--changelog FILE]
Exit status: 0 no unexplained break, 1 unexplained breaks (or an incomplete check in CI),
2 usage or set-up errors (no buf, no vendored third_party).
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile

CONTRACT_PATHS = ("protos/proto", "protos/buf.yaml")
PACKAGE_PREFIX = "bria.tailored.v1."
_QUOTED = re.compile(r'"([^"]*)"')
_ENTRY_LINE = re.compile(r"^\s*[-*]?\s*(commit|elements|reason)\s*:\s*(.*?)\s*$", re.IGNORECASE)


@dataclasses.dataclass
class Entry:
    """One `### Breaking: ...` section of the changelog."""

    title: str
    line: int
    commits: list[str] = dataclasses.field(default_factory=list)
    elements: list[str] = dataclasses.field(default_factory=list)
    reason: str = ""


@dataclasses.dataclass(frozen=True)
class Violation:
    where: str  # "commit abc1234 (subject)", "working tree vs HEAD", ...
    path: str
    line: int
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.path}:{self.line}: {self.rule}: {self.message}"


def parse_changelog(text: str) -> list[Entry]:
    entries: list[Entry] = []
    current: Entry | None = None
    fenced = False
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("```"):  # examples in code blocks are not entries
            fenced = not fenced
            continue
        if fenced:
            continue
        if line.startswith("#"):
            heading = line.lstrip("#").strip()
            current = None
            if line.startswith("### ") and heading.lower().startswith("breaking"):
                current = Entry(title=heading.split(":", 1)[-1].strip(), line=number)
                entries.append(current)
            continue
        match = _ENTRY_LINE.match(line) if current else None
        if not match:
            continue
        key, value = match.group(1).lower(), match.group(2)
        if key == "commit" and value:
            current.commits.append(value)
        elif key == "elements":
            current.elements += [e.strip().strip("`") for e in value.split(",") if e.strip().strip("`")]
        elif key == "reason":
            current.reason = value
    return entries


def _names(message: str) -> set[str]:
    """Every name buf quotes in a violation message, whole and split at dots."""
    names: set[str] = set()
    for quoted in _QUOTED.findall(message):
        names.add(quoted)
        names.update(part for part in quoted.split(".") if part)
    return names


def element_matches(element: str, message: str) -> bool:
    names = _names(message)
    if element in names:
        return True
    element = element.removeprefix(".").removeprefix(PACKAGE_PREFIX)
    parts = [p for p in element.split(".") if p]
    return bool(parts) and all(p in names for p in parts)


def covering_entry(violation: Violation, subject: str | None, entries: list[Entry]) -> Entry | None:
    for entry in entries:
        if not entry.reason:
            continue
        if subject is not None and subject.strip() in entry.commits:
            return entry
        if any(element_matches(e, violation.message) for e in entry.elements):
            return entry
    return None


class Repo:
    def __init__(self, root: pathlib.Path):
        self.root = root

    def git(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(["git", *args], cwd=self.root, capture_output=True, text=True, timeout=120,
                                env={**os.environ, "GIT_TERMINAL_PROMPT": "0"})
        if check and result.returncode != 0:
            raise SystemExit(f"buf_breaking: git {' '.join(args)} failed: {result.stderr.strip()}")
        return result

    def rev(self, ref: str) -> str | None:
        result = self.git("rev-parse", "--verify", "-q", f"{ref}^{{commit}}", check=False)
        return result.stdout.strip() or None

    def has_contract(self, commit: str) -> bool:
        return self.git("cat-file", "-e", f"{commit}:protos/buf.yaml", check=False).returncode == 0

    def subject(self, commit: str) -> str:
        return self.git("log", "-1", "--format=%s", commit).stdout.strip()

    def newest_tag(self) -> str | None:
        result = self.git("describe", "--tags", "--abbrev=0", "--match", "v*", "HEAD", check=False)
        return result.stdout.strip() or None

    def shallow(self) -> bool:
        return self.git("rev-parse", "--is-shallow-repository").stdout.strip() == "true"

    def contract_commits(self, tag: str | None, depth: int) -> list[str]:
        """Non-merge commits that touched the contract, oldest first."""
        window = [f"{tag}..HEAD"] if tag else [f"--max-count={depth}", "HEAD"]
        out = self.git("rev-list", "--no-merges", *window, "--", *CONTRACT_PATHS).stdout.split()
        return list(reversed(out))

    def dirty(self) -> bool:
        status = self.git("status", "--porcelain", "--untracked-files=all", "--", *CONTRACT_PATHS).stdout
        return bool(status.strip())

    def export(self, commit: str, dest: pathlib.Path) -> pathlib.Path:
        """protos/ of a commit, extracted under dest."""
        archive = subprocess.run(["git", "archive", "--format=tar", commit, "protos"], cwd=self.root,
                                 capture_output=True, timeout=120, check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(dest, filter="data")
        return dest / "protos"


class Checker:
    def __init__(self, repo: Repo, buf: str, third_party: pathlib.Path, scratch: pathlib.Path):
        self.repo, self.buf, self.third_party, self.scratch = repo, buf, third_party, scratch
        self._exports: dict[str, pathlib.Path] = {}

    def protos(self, ref: str) -> pathlib.Path:
        """protos/ of a commit ("WORKTREE" = the working tree), with the vendored third_party."""
        if ref not in self._exports:
            dest = self.scratch / f"x{len(self._exports)}"
            if ref == "WORKTREE":
                dest.mkdir()
                src = self.repo.root / "protos"
                shutil.copytree(src, dest / "protos", ignore=shutil.ignore_patterns("third_party"))
                protos = dest / "protos"
            else:
                protos = self.repo.export(ref, dest)
            shutil.rmtree(protos / "third_party", ignore_errors=True)
            shutil.copytree(self.third_party, protos / "third_party")
            self._exports[ref] = protos
        return self._exports[ref]

    def breaking(self, new: str, old: str, where: str) -> list[Violation]:
        result = subprocess.run([self.buf, "breaking", "--against", str(self.protos(old)), "--error-format=json"],
                                cwd=self.protos(new), capture_output=True, text=True, timeout=300)
        found = []
        for line in result.stdout.splitlines():
            if line.strip():
                v = json.loads(line)
                found.append(Violation(where, v.get("path", ""), v.get("start_line", 0), v.get("type", ""),
                                       v.get("message", "")))
        if result.returncode != 0 and not found:
            raise SystemExit(f"buf_breaking: buf breaking ({where}) failed:\n{result.stdout}{result.stderr}")
        return found


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def find_buf() -> str | None:
    return shutil.which("buf") or shutil.which("buf", path=str(pathlib.Path(sys.executable).parent))


def run(root: pathlib.Path, depth: int, changelog: pathlib.Path, out=sys.stdout) -> int:
    def say(text: str) -> None:
        print(f"buf_breaking: {text}", file=out)

    repo = Repo(root)
    buf = find_buf()
    third_party = root / "protos" / "third_party"
    if buf is None:
        say("buf is not installed (pip install buf-bin)")
        return 2
    if not (third_party / "buf" / "validate" / "validate.proto").exists():
        say(f"{third_party} is not vendored yet (run tools/vendor_protos.py)")
        return 2
    if repo.rev("HEAD") is None:
        say("no commits yet")
        return 0
    entries = parse_changelog(changelog.read_text()) if changelog.exists() else []
    for entry in entries:
        if not entry.reason:
            say(f"warning: {changelog.name}:{entry.line} '{entry.title}' has no Reason: line and accepts nothing")
    tag = repo.newest_tag()
    if tag is None and repo.shallow() and in_ci():
        repo.git("fetch", "--quiet", f"--deepen={depth * 5}", check=False)
    commits = repo.contract_commits(tag, depth)
    unexplained: list[Violation] = []
    accepted_messages: set[str] = set()
    unchecked: list[str] = []

    def judge(violations: list[Violation], subject: str | None, earlier: set[str] | None = None) -> None:
        for v in violations:
            entry = covering_entry(v, subject, entries)
            if entry is not None:
                accepted_messages.add(v.message)
                say(f"accepted ({changelog.name}:{entry.line} '{entry.title}'): {v}")
            elif earlier is not None and v.message in earlier:
                say(f"accepted (explained in its commit): {v}")
            else:
                unexplained.append(v)

    with tempfile.TemporaryDirectory(prefix="buf-breaking-") as tmp:
        checker = Checker(repo, buf, third_party, pathlib.Path(tmp))
        for commit in commits:
            short, subject = commit[:7], repo.subject(commit)
            parent = repo.rev(f"{commit}^")
            if parent is None:
                if repo.shallow():
                    unchecked.append(f"{short} {subject}")
                continue  # the first commit of the history: nothing to break
            if not repo.has_contract(parent):
                continue  # the commit that created the contract
            judge(checker.breaking(commit, parent, f"commit {short} ({subject})"), subject)
        if repo.dirty():
            judge(checker.breaking("WORKTREE", "HEAD", "working tree vs HEAD"), None)
        if tag is not None and repo.has_contract(tag):
            judge(checker.breaking("WORKTREE", tag, f"working tree vs release {tag}"), None, set(accepted_messages))
    scope = f"since release {tag}" if tag else f"the newest {depth} contract commits"
    say(f"checked {len(commits)} commit(s) that changed the contract ({scope})"
        + (", the uncommitted changes" if repo.dirty() else "") + (f" and the working tree against {tag}" if tag else ""))
    if unchecked:
        say("history is shallow; these commits could not be compared with their parents: " + "; ".join(unchecked)
            + " (fetch more history, e.g. git fetch --unshallow)")
        if in_ci():
            return 1
    if unexplained:
        say(f"{len(unexplained)} breaking change(s) without a reason in {changelog}:\n  "
            + "\n  ".join(str(v) for v in unexplained)
            + "\nRecord a reason (see the top of protos/CHANGELOG.md) or make the change compatible.")
        return 1
    say("no unexplained breaking change")
    return 0


def main(argv: list[str] | None = None) -> int:
    here = pathlib.Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repo", type=pathlib.Path, default=here)
    parser.add_argument("--depth", type=int, default=int(os.environ.get("BUF_BREAKING_DEPTH", "20")))
    parser.add_argument("--changelog", type=pathlib.Path)
    args = parser.parse_args(argv)
    root = args.repo.resolve()
    return run(root, args.depth, args.changelog or root / "protos" / "CHANGELOG.md")


if __name__ == "__main__":
    sys.exit(main())
