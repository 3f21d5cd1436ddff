"""The generated code matches the protos, and the protos pass buf's lint and format checks.

Outside CI a missing `buf` skips the buf checks; in CI (CI=true) it fails them."""

from __future__ import annotations

import pathlib
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
PROTOS = ROOT / "protos"


def _run(args: list[str], cwd: pathlib.Path) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=300)


def test_generated_code_is_up_to_date():
    result = _run([sys.executable, "tools/gen_protos.py", "--check"], ROOT)
    assert result.returncode == 0, f"gen_protos.py --check failed:\n{result.stdout}{result.stderr}"


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["lint"], id="buf-lint"),
        pytest.param(["format", "-d", "--exit-code", "proto"], id="buf-format"),
    ],
)
def test_buf(buf, args):
    result = _run([buf, *args], PROTOS)
    assert result.returncode == 0, f"buf {' '.join(args)} failed:\n{result.stdout}{result.stderr}"
