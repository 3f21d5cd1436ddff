"""Shared bits of the contract tests: a terminal summary line that shows with or without `-s`."""

from __future__ import annotations

import os
import pathlib
import shutil
import sys

import pytest

_SUMMARY = pytest.StashKey[list]()


@pytest.fixture
def contract_summary(request):
    """Call with a line to print it in pytest's terminal summary (independent of `-s`)."""
    lines = request.config.stash.setdefault(_SUMMARY, [])
    return lines.append


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    lines = config.stash.get(_SUMMARY, [])
    if lines:
        terminalreporter.section("contract")
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def buf() -> str:
    """Path of the buf binary: skipped when missing, but a failure in CI (CI=true)."""
    found = shutil.which("buf") or shutil.which("buf", path=str(pathlib.Path(sys.executable).parent))
    if found:
        return found
    if os.environ.get("CI", "").strip().lower() in ("true", "1", "yes"):
        pytest.fail("buf is not installed: CI must run buf lint, format and breaking (pip install buf-bin)")
    pytest.skip("buf is not on PATH (the buf checks are mandatory in CI)")
