"""Python lint (ruff: pyflakes and syntax errors) over the project's own code, no exceptions."""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_ruff_is_clean():
    ruff = shutil.which("ruff") or shutil.which("ruff", path=str(pathlib.Path(sys.executable).parent))
    if ruff is None:
        if os.environ.get("CI", "").strip().lower() in ("true", "1", "yes"):
            pytest.fail("ruff is not installed (scripts/setup.sh installs it)")
        pytest.skip("ruff is not installed")
    result = subprocess.run([ruff, "check", "gateway", "tests", "tools", "bench"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
