"""`buf breaking` against main: a change to the contract must not break generated clients."""

from __future__ import annotations

import os
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_contract_has_no_breaking_change_against_main(buf):
    env = {**os.environ, "PATH": f"{pathlib.Path(buf).parent}:{pathlib.Path(sys.executable).parent}:{os.environ['PATH']}"}
    result = subprocess.run(
        ["bash", str(ROOT / "tools" / "buf_breaking.sh"), "main"], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0, result.stdout + result.stderr
