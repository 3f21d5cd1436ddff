"""Where the tests find Bria's OpenAPI files (tests/upstream_spec.py): TAILORED_SPEC_DIR, else
../shared/spec beside the repository; missing files skip outside CI and fail under CI=true."""

from __future__ import annotations

import pathlib

import pytest

from tests import upstream_spec


def test_default_is_shared_spec_beside_the_repository():
    assert upstream_spec.spec_dir({}) == upstream_spec.ROOT.parent / "shared" / "spec"
    assert upstream_spec.spec_dir({"TAILORED_SPEC_DIR": "  "}) == upstream_spec.DEFAULT_DIR


def test_the_variable_wins_and_relative_paths_start_at_the_repository_root(tmp_path):
    assert upstream_spec.spec_dir({"TAILORED_SPEC_DIR": str(tmp_path)}) == tmp_path
    assert upstream_spec.spec_dir({"TAILORED_SPEC_DIR": "specs"}) == upstream_spec.ROOT / "specs"


def test_missing_files_skip_outside_ci_with_a_reason_naming_the_variable(tmp_path):
    with pytest.raises(pytest.skip.Exception, match="TAILORED_SPEC_DIR") as skipped:
        upstream_spec.require(environ={"TAILORED_SPEC_DIR": str(tmp_path)})
    assert upstream_spec.TAILORED in str(skipped.value) and upstream_spec.STATUS in str(skipped.value)


@pytest.mark.parametrize("ci", ["true", "1", "TRUE"])
def test_missing_files_fail_in_ci(tmp_path, ci):
    with pytest.raises(pytest.fail.Exception, match="TAILORED_SPEC_DIR"):
        upstream_spec.require(environ={"TAILORED_SPEC_DIR": str(tmp_path), "CI": ci})


def test_present_files_are_found_and_read(tmp_path, monkeypatch):
    (tmp_path / upstream_spec.TAILORED).write_text("openapi: 3.0.0\npaths: {}\n")
    (tmp_path / upstream_spec.STATUS).write_text("openapi: 3.0.0\n")
    assert upstream_spec.require(environ={"TAILORED_SPEC_DIR": str(tmp_path), "CI": "true"}) == tmp_path
    monkeypatch.setenv("TAILORED_SPEC_DIR", str(tmp_path))
    assert upstream_spec.load(upstream_spec.TAILORED) == {"openapi": "3.0.0", "paths": {}}


def test_one_missing_file_is_enough_to_skip(tmp_path):
    (tmp_path / upstream_spec.TAILORED).write_text("openapi: 3.0.0\n")
    with pytest.raises(pytest.skip.Exception, match=upstream_spec.STATUS):
        upstream_spec.require(environ={"TAILORED_SPEC_DIR": str(pathlib.Path(tmp_path))})
