"""The write-or-check step shared by the generators whose output is committed (the dashboard,
the alert rules): write every copy, or with `--check` fail with a short diff where a committed
copy differs from what the generator makes now."""

from __future__ import annotations

import argparse
import difflib
import pathlib
import sys
from typing import Callable, Sequence


def write_or_check(
    description: str, render: Callable[[], bytes], outputs: Sequence[pathlib.Path], root: pathlib.Path,
    command: str, argv: list[str] | None = None,
) -> int:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="fail (with a diff) if a written file is stale")
    args = parser.parse_args(argv)
    wanted = render()
    stale = []
    for path in outputs:
        current = path.read_bytes() if path.exists() else b""
        if current == wanted:
            continue
        if args.check:
            stale.append(path)
            diff = difflib.unified_diff(current.decode().splitlines(), wanted.decode().splitlines(),
                                        str(path.relative_to(root)), "generated", lineterm="", n=2)
            print("\n".join(list(diff)[:60]), file=sys.stderr)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(wanted)
            print(f"wrote {path.relative_to(root)}")
    if stale:
        print(f"stale: {', '.join(str(p.relative_to(root)) for p in stale)}; run {command}", file=sys.stderr)
        return 1
    return 0
