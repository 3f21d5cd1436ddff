"""Prints the settings table of the README from gateway.settings (a test keeps them equal)."""

from __future__ import annotations

import dataclasses
import sys

from gateway.settings import Settings, env_name


def table() -> str:
    lines = ["| variable (flag) | default | meaning |", "|---|---|---|"]
    for f in dataclasses.fields(Settings):
        flag = f" (`{f.metadata['flag']}`)" if f.metadata.get("flag") else ""
        default = "—" if f.default in ("", None) else f"`{f.default}`"
        lines.append(f"| `{env_name(f.name)}`{flag} | {default} | {f.metadata['help']} |")
    return "\n".join(lines)


BEGIN, END = "<!-- settings:begin -->", "<!-- settings:end -->"


def readme_block(readme: str) -> str:
    return readme.split(BEGIN, 1)[1].split(END, 1)[0].strip()


if __name__ == "__main__":
    if sys.argv[1:] == ["--write"]:
        import pathlib

        path = pathlib.Path(__file__).resolve().parent.parent / "README.md"
        text = path.read_text()
        path.write_text(text.replace(readme_block(text), table()))
    else:
        sys.stdout.write(table() + "\n")
