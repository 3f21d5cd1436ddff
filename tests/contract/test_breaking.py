"""`buf breaking` over the contract's history (tools/buf_breaking.sh): a change must not break
generated clients unless protos/CHANGELOG.md records why.

The real repository is checked as CI checks it; the behaviour is shown on throw-away git
repositories made from this contract (never on the real history): a planted break fails, a
recorded reason lets it pass, a compatible change passes, and a break in an earlier commit of a
submission is found although the newest commit is compatible."""

from __future__ import annotations

import importlib.util
import io
import os
import pathlib
import shutil
import subprocess
import sys
import tarfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
MODELS = "protos/proto/bria/tailored/v1/models.proto"
RENAME = ("MODEL_STATUS_STOPPED = 6", "MODEL_STATUS_HALTED = 6")  # ENUM_VALUE_SAME_NAME

_spec = importlib.util.spec_from_file_location("buf_breaking", ROOT / "tools" / "buf_breaking.py")
buf_breaking = sys.modules.setdefault("buf_breaking", importlib.util.module_from_spec(_spec))
_spec.loader.exec_module(buf_breaking)


def _env(buf: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CI", "BUF_BREAKING_DEPTH")}
    path = f"{pathlib.Path(buf).parent}:{pathlib.Path(sys.executable).parent}:{os.environ['PATH']}"
    return {**env, "PATH": path, **extra}


def test_the_repository_has_no_unexplained_breaking_change(buf):
    result = subprocess.run(["bash", str(ROOT / "tools" / "buf_breaking.sh")], capture_output=True, text=True,
                            env=_env(buf), timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "checked" in result.stdout, result.stdout


class History:
    """A scratch git repository holding this contract, with helpers to change and commit it."""

    def __init__(self, root: pathlib.Path, buf: str):
        self.root, self.buf = root, buf
        root.mkdir()
        self.git("init", "-q", "-b", "main")
        archive = subprocess.run(["git", "archive", "--format=tar", "HEAD", "protos"], cwd=ROOT,
                                 capture_output=True, check=True).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(root, filter="data")
        (root / "protos" / "CHANGELOG.md").write_text("# Contract changelog\n\n## Unreleased\n")
        (root / ".gitignore").write_text("/protos/third_party/\n")
        shutil.copytree(ROOT / "protos" / "third_party", root / "protos" / "third_party")
        self.commit("Contract")

    def git(self, *args: str) -> str:
        env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
               "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid"}
        return subprocess.run(["git", *args], cwd=self.root, capture_output=True, text=True, check=True,
                              env=env).stdout

    def edit(self, rel: str, old: str, new: str) -> None:
        path = self.root / rel
        text = path.read_text()
        assert old in text, f"{old!r} not in {rel}"
        path.write_text(text.replace(old, new, 1))

    def reason(self, entry: str) -> None:
        with (self.root / "protos" / "CHANGELOG.md").open("a") as f:
            f.write("\n" + entry.strip() + "\n")

    def commit(self, subject: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", subject)

    def check(self, *args: str, **env: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, str(ROOT / "tools" / "buf_breaking.py"), "--repo", str(self.root),
                               *args], capture_output=True, text=True, env=_env(self.buf, **env), timeout=300)


@pytest.fixture
def history(tmp_path, buf) -> History:
    if not (ROOT / "protos" / "third_party" / "buf" / "validate" / "validate.proto").exists():
        pytest.fail("protos/third_party is not vendored (scripts/setup.sh runs tools/vendor_protos.py)")
    return History(tmp_path / "repo", buf)


def add_message(history: History) -> None:
    with (history.root / MODELS).open("a") as f:
        f.write("\n// A message added compatibly.\nmessage CompatibleAddition {\n  // A note.\n  string note = 1;\n}\n")


def test_a_compatible_change_passes(history):
    add_message(history)
    history.commit("Add a message")
    result = history.check()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "checked 2 commit(s)" in result.stdout


def test_a_planted_break_fails_and_names_the_commit_and_rule(history):
    history.edit(MODELS, *RENAME)
    history.commit("Rename a model state")
    result = history.check()
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Rename a model state" in result.stdout and "ENUM_VALUE_SAME_NAME" in result.stdout


def test_a_reason_naming_the_commit_subject_lets_the_break_pass(history):
    history.edit(MODELS, *RENAME)
    history.commit("Rename a model state")
    history.reason("### Breaking: stopped models are halted\n- Commit: Rename a model state\n"
                   "- Reason: matches the upstream's word; nothing released yet.")
    history.commit("Record the reason")
    result = history.check()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "accepted (CHANGELOG.md" in result.stdout


def test_a_reason_naming_the_elements_lets_a_rename_and_a_retype_pass(history):
    history.edit(MODELS, *RENAME)
    history.edit(MODELS, "  string name = 2;", "  int64 name = 2;")  # FIELD_SAME_TYPE on Model.name
    history.reason("### Breaking: contract clean-up\n- Elements: ModelStatus, Model.name\n"
                   "- Reason: the clean-up before the first release.")
    history.commit("Contract clean-up")
    assert history.check().returncode == 0
    history.edit("protos/CHANGELOG.md", "Elements: ModelStatus, Model.name", "Elements: ModelStatus")
    history.commit("Narrow the reason")
    result = history.check()
    unexplained = result.stdout.split("without a reason", 1)[-1]
    assert result.returncode == 1 and "FIELD_SAME_TYPE" in unexplained and "ENUM_VALUE" not in unexplained


def test_an_entry_without_a_reason_accepts_nothing(history):
    history.edit(MODELS, *RENAME)
    history.reason("### Breaking: renamed\n- Commit: Rename a model state\n- Elements: ModelStatus")
    history.commit("Rename a model state")
    result = history.check()
    assert result.returncode == 1 and "no Reason: line" in result.stdout


def test_a_break_in_an_earlier_commit_of_a_submission_is_found(history):
    history.edit(MODELS, *RENAME)
    history.commit("Rename a model state")
    add_message(history)
    history.commit("Add a message")
    result = history.check()
    assert result.returncode == 1 and "Rename a model state" in result.stdout
    # Comparing the newest commit with its parent alone (the window of one) would have missed it.
    assert history.check("--depth", "1").returncode == 0


def test_uncommitted_changes_are_checked_and_explained_by_elements(history):
    history.edit(MODELS, *RENAME)
    result = history.check()
    assert result.returncode == 1 and "working tree vs HEAD" in result.stdout
    history.reason("### Breaking: renamed\n- Elements: ModelStatus.MODEL_STATUS_STOPPED\n- Reason: clean-up.")
    assert history.check().returncode == 0


def test_after_a_release_only_later_commits_count_and_the_tag_is_compared(history):
    history.edit(MODELS, *RENAME)
    history.commit("Rename a model state")  # no reason, but released below: clients know it
    history.git("tag", "v0.1.0")
    add_message(history)
    history.commit("Add a message")
    result = history.check()
    assert result.returncode == 0, result.stdout
    assert "since release v0.1.0" in result.stdout and "against v0.1.0" in result.stdout
    history.edit(MODELS, "  string name = 2;", "  int64 name = 2;")
    history.commit("Retype the model name")
    result = history.check()
    assert result.returncode == 1 and "commit" in result.stdout and "release v0.1.0" in result.stdout
    history.reason("### Breaking: names are numbers\n- Commit: Retype the model name\n- Reason: test.")
    history.commit("Reason")
    result = history.check()
    assert result.returncode == 0, result.stdout  # the tag comparison reuses the commit's reason


def test_a_shallow_clone_fails_in_ci_instead_of_passing_unchecked(history, tmp_path):
    add_message(history)
    history.commit("Add a message")
    clone = tmp_path / "shallow"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{history.root}", str(clone)], check=True)
    subprocess.run(["git", "remote", "remove", "origin"], cwd=clone, check=True)  # cannot deepen
    shutil.copytree(ROOT / "protos" / "third_party", clone / "protos" / "third_party")
    shallow = History.__new__(History)
    shallow.root, shallow.buf = clone, history.buf
    result = shallow.check(CI="true")
    assert result.returncode == 1 and "shallow" in result.stdout
    assert shallow.check().returncode == 0  # outside CI: a warning


def test_changelog_parsing_ignores_examples_in_code_blocks():
    entries = buf_breaking.parse_changelog((ROOT / "protos" / "CHANGELOG.md").read_text())
    # the format section's example is fenced: only the real entries are read
    assert "model states renamed to the upstream's words" not in [e.title for e in entries]
    assert all(e.reason for e in entries)
    text = "## Unreleased\n### Breaking: x\n- Commit: A b\n* Elements: `Foo`, Bar.baz\nReason: why\n### Other\n- Reason: no"
    (entry,) = buf_breaking.parse_changelog(text)
    assert (entry.title, entry.commits, entry.elements, entry.reason) == ("x", ["A b"], ["Foo", "Bar.baz"], "why")


@pytest.mark.parametrize(
    ("element", "matches"),
    [("ModelStatus", True), ("bria.tailored.v1.ModelStatus", True), ("ModelStatus.MODEL_STATUS_STOPPED", True),
     ("Model", False), ("DatasetStatus", False), ("ModelStatus.MODEL_STATUS_FAILED", False)],
)
def test_elements_match_the_names_buf_quotes(element, matches):
    message = 'Enum value "6" on enum "ModelStatus" changed name from "MODEL_STATUS_STOPPED" to "MODEL_STATUS_HALTED".'
    assert buf_breaking.element_matches(element, message) is matches
