"""`buf breaking` against main: a change to the contract must not break generated clients."""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_contract_has_no_breaking_change_against_main():
    if shutil.which("buf") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("buf is not installed (scripts/setup.sh installs it)")
        pytest.skip("buf is not installed")
    result = subprocess.run(["bash", str(ROOT / "tools" / "buf_breaking.sh"), "main"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
