"""The README stays true: its settings table is the one gateway.settings describes."""

from __future__ import annotations

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import settings_table  # noqa: E402


def test_readme_settings_table_matches_the_settings():
    readme = (ROOT / "README.md").read_text()
    assert settings_table.readme_block(readme) == settings_table.table(), "run: python tools/settings_table.py --write"


def test_readme_opens_with_the_two_commands_and_ci_runs_the_second():
    first_block = (ROOT / "README.md").read_text().split("```bash", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands == ["bash scripts/demo.sh", "bash scripts/test.sh"]
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text()
