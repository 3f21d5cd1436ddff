"""The README stays true: its settings table is the one gateway.settings describes, it appears
once, and the generator that writes it touches nothing outside its markers."""

from __future__ import annotations

import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import settings_table  # noqa: E402
from settings_table import BEGIN, END, MarkerError  # noqa: E402

from gateway.settings import declared  # noqa: E402

README = ROOT / "README.md"


def test_readme_settings_table_matches_the_settings():
    readme = README.read_text()
    assert settings_table.readme_block(readme) == settings_table.table(), "run: python tools/settings_table.py --write"


def test_readme_holds_the_table_exactly_once_and_only_between_its_markers():
    readme = README.read_text()
    table = settings_table.table()
    header = table.splitlines()[0]
    assert readme.count(BEGIN) == 1 and readme.count(END) == 1
    assert readme.count(table) == 1
    assert readme.count(header) == 1
    for s in declared():  # no stray row either
        assert readme.count(f"| `{s.env}` |") == 1, s.env
    inside = readme.index(BEGIN) < readme.index(table) < readme.index(END)
    assert inside


def test_readme_table_documents_every_flag():
    block = settings_table.readme_block(README.read_text())
    for s in declared():
        assert f"| `{s.env}` | `{s.flag}` |" in block, s.name


def test_readme_has_no_words_cut_by_a_splice():
    readme = README.read_text()
    header = settings_table.table().splitlines()[0]
    for line in readme.splitlines():  # a spliced table starts mid-line, or a paragraph goes on after it
        assert header not in line or line == header, line
        assert "| `GATEWAY_" not in line or (line.startswith("| `GATEWAY_") and line.endswith(" |")), line
    assert "RESOURCE_E|" not in readme and "DEADLINE_E|" not in readme
    assert readme.count("RESOURCE_E") == readme.count("RESOURCE_EXHAUSTED")
    assert readme.count("DEADLINE_E") == readme.count("DEADLINE_EXCEEDED")


FIXTURE = (
    "# X\n\nRESOURCE_EXHAUSTED and DEADLINE_EXCEEDED; EXHAUSTED; X marks X.\r\n"
    f"{BEGIN}{END}\n"
    "After: X, EXHAUSTED, | a | table | row |, trailing spaces   \n"
)


def _outside(text: str) -> tuple[str, str]:
    return text.split(BEGIN, 1)[0], text.split(END, 1)[1]


def test_write_into_an_empty_block_keeps_every_other_byte(tmp_path):
    path = tmp_path / "README.md"
    path.write_bytes(FIXTURE.encode())
    assert settings_table.write(path) is True
    written = path.read_bytes().decode()
    assert written.count(settings_table.table()) == 1
    assert written.count(settings_table.table().splitlines()[0]) == 1
    assert _outside(written) == _outside(FIXTURE)
    assert settings_table.readme_block(written) == settings_table.table()
    assert settings_table.write(path) is False  # a second write changes nothing
    assert path.read_bytes().decode() == written


@pytest.mark.parametrize(
    "block", ["", "\n", "X", "\nX\n", "\n| old | table |\n|---|---|\n", "\n" + settings_table.table() + "\n"]
)
def test_splice_replaces_exactly_the_block(block):
    readme = f"X before X\n\n{BEGIN}{block}{END}\n\nX after {block or 'X'}\n"
    spliced = settings_table.splice(readme, "NEW")
    assert spliced == f"X before X\n\n{BEGIN}\nNEW\n{END}\n\nX after {block or 'X'}\n"


def test_write_on_the_real_readme_leaves_text_outside_the_markers_byte_identical(tmp_path):
    path = tmp_path / "README.md"
    original = README.read_bytes()
    path.write_bytes(original)
    settings_table.write(path)
    assert _outside(path.read_bytes().decode()) == _outside(original.decode())


@pytest.mark.parametrize(
    "text",
    [
        "no markers at all",
        f"{BEGIN} only the start",
        f"only the end {END}",
        f"{END} reversed {BEGIN}",
        f"{BEGIN}a{END}\n{BEGIN}b{END}",
        f"{BEGIN}{BEGIN}a{END}",
    ],
    ids=["none", "begin-only", "end-only", "reversed", "two-pairs", "two-begins"],
)
def test_anything_but_one_pair_of_markers_is_refused_and_nothing_is_written(tmp_path, text):
    path = tmp_path / "README.md"
    path.write_text(text)
    with pytest.raises(MarkerError):
        settings_table.write(path)
    with pytest.raises(MarkerError):
        settings_table.readme_block(text)
    assert path.read_text() == text


def test_readme_opens_with_the_two_commands_and_ci_runs_the_second():
    first_block = README.read_text().split("```bash", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in first_block.strip().splitlines()]
    assert commands == ["bash scripts/demo.sh", "bash scripts/test.sh"]
    assert "bash scripts/test.sh" in (ROOT / ".ci" / "run").read_text()
