"""The README's settings table, generated from the Settings declaration (a test keeps them equal).

`python tools/settings_table.py` prints the table; `--write` splices it into README.md between the
one pair of markers, leaving every byte outside them as it was."""

from __future__ import annotations

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from gateway.settings import declared  # noqa: E402

BEGIN, END = "<!-- settings:begin -->", "<!-- settings:end -->"


class MarkerError(ValueError):
    """The README does not hold exactly one well-ordered pair of settings markers."""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table() -> str:
    lines = ["| variable | flag | default | accepts | meaning |", "|---|---|---|---|---|"]
    for s in declared():
        default = "—" if s.default_text == "" else f"`{s.default_text}`"
        lines.append(
            f"| `{s.env}` | `{s.flag}` | {default} | {_cell(s.accepts)} | {_cell(s.help)} |"
        )
    return "\n".join(lines)


def _split(readme: str) -> tuple[str, str, str]:
    """(text before and including BEGIN, the block, text from END on)."""
    begins, ends = readme.count(BEGIN), readme.count(END)
    if begins != 1 or ends != 1:
        raise MarkerError(f"README must hold exactly one {BEGIN} and one {END} (found {begins} and {ends})")
    start = readme.index(BEGIN) + len(BEGIN)
    stop = readme.index(END)
    if stop < start:
        raise MarkerError(f"{END} comes before {BEGIN}")
    return readme[:start], readme[start:stop], readme[stop:]


def readme_block(readme: str) -> str:
    """The text between the markers, without the surrounding blank lines."""
    return _split(readme)[1].strip("\n")


def splice(readme: str, block: str) -> str:
    """`readme` with the text between the markers replaced by `block`; nothing else changes."""
    head, _, tail = _split(readme)
    return head + "\n" + block + "\n" + tail


def write(path: pathlib.Path) -> bool:
    """Splice the current table into the file at `path`; True if it changed. MarkerError (and
    nothing written) unless the file holds exactly one pair of markers."""
    text = path.read_bytes().decode("utf-8")  # bytes: no newline translation outside the markers
    new = splice(text, table())
    if new != text:
        path.write_bytes(new.encode("utf-8"))
    return new != text


def main(argv: list[str]) -> int:
    if argv == ["--write"]:
        path = ROOT / "README.md"
        try:
            write(path)
        except MarkerError as err:
            print(f"settings_table: {path}: {err}", file=sys.stderr)
            return 1
        return 0
    if argv:
        print("usage: settings_table.py [--write]", file=sys.stderr)
        return 2
    sys.stdout.write(table() + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
