"""The Dockerfile passes hadolint with no findings (its default rules, every severity)."""

from __future__ import annotations

import pathlib
import subprocess

from image_build import require_binary

ROOT = pathlib.Path(__file__).resolve().parents[2]


def test_hadolint_finds_nothing():
    hadolint = require_binary("hadolint")
    result = subprocess.run([hadolint, "--no-color", "--failure-threshold", "style", "Dockerfile"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr
