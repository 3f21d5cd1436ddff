"""Python lint (ruff: pyflakes and syntax errors) over the project's own code, no exceptions."""

from __future__ import annotations

import pathlib
import subprocess

from tests.support import require_binary

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_ruff_is_clean():
    ruff = require_binary("ruff", "scripts/setup.sh installs it")
    result = subprocess.run([ruff, "check", "gateway", "tests", "tools", "bench"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
