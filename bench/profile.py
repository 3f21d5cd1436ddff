"""Profile the gateway under load with py-spy and rank where its time goes.

  python bench/profile.py [--seconds 10] [--concurrency 16] [--top 40] [--out .tmp/prof.txt]
  python bench/profile.py --read .tmp/prof.txt [--top 40] [--match upstream]

Starts the emulator and a gateway in front of it, drives GetProject at the given concurrency
with bench/load.py, records the gateway with `py-spy record -f raw` (folded stacks) and prints
the functions ranked by self time and by inclusive time (percent of all samples). `--read`
only ranks an existing folded file; `--match` keeps the inclusive rows whose frame contains it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

import httpx

sys.path.insert(0, os.path.dirname(__file__))
from unary import PY, ROOT, free_port, spawn, wait_port  # noqa: E402


def frame_name(frame: str) -> str:
    """`fn (path/to/module.py:12)` -> `fn (module.py)`: lines of one function are merged."""
    name, _, where = frame.partition(" (")
    where = where.rstrip(")").rsplit(":", 1)[0]
    parts = Path(where).parts
    short = "/".join(parts[-2:]) if len(parts) > 1 else where
    return f"{name} ({short})"


def rank(path: Path, top: int, match: str | None) -> str:
    self_time: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    total = 0
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        frames = [frame_name(f) for f in stack.split(";") if f and not f.startswith("process ") and not f.startswith("thread ")]
        if not frames:
            continue
        total += n
        self_time[frames[-1]] += n
        for name in set(frames):
            inclusive[name] += n
    out = [f"{total} samples", "", "self time:"]
    out += [f"  {n / total:6.1%}  {name}" for name, n in self_time.most_common(top)]
    out += ["", "inclusive time:"]
    rows = [(name, n) for name, n in inclusive.most_common() if match is None or match in name]
    out += [f"  {n / total:6.1%}  {name}" for name, n in rows[:top]]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--out", default=str(ROOT / ".tmp" / "prof.txt"))
    parser.add_argument("--read")
    parser.add_argument("--match")
    parser.add_argument("--native", action="store_true", help="py-spy --native: C frames too (grpc, uvloop)")
    parser.add_argument("--idle", action="store_true", help="py-spy --idle: waiting threads too")
    args = parser.parse_args()
    if args.read:
        print(rank(Path(args.read), args.top, args.match))
        return
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    pyspy = shutil.which("py-spy") or str(Path(PY).parent / "py-spy")
    emu, gw = free_port(), free_port()
    with ExitStack() as stack:
        spawn(stack, [PY, "-m", "gateway", "emulator", "--port", str(emu)])
        wait_port(emu)
        proc = spawn(stack, [PY, "-m", "gateway", "serve", "--host", "127.0.0.1", "--port", str(gw),
                             "--metrics-port", "-1", "--upstream", f"http://127.0.0.1:{emu}"])
        wait_port(gw)
        created = httpx.post(f"http://127.0.0.1:{emu}/v1/tailored-gen/projects", headers={"api_token": "bench-token"},
                             json={"project_name": "b", "ip_medium": "illustration", "ip_type": "icons"})
        created.raise_for_status()
        load = subprocess.Popen([PY, str(ROOT / "bench" / "load.py"), "grpc", f"127.0.0.1:{gw}", str(args.concurrency),
                                 str(args.seconds + 1), str(created.json()["id"])], stdout=subprocess.PIPE, text=True)
        subprocess.run([pyspy, "record", "-p", str(proc.pid), "-d", str(int(args.seconds)), "-r", "200", "-f", "raw",
                        "-o", str(out), *(["--native"] if args.native else ["--nonblocking"]),
                        *(["--idle"] if args.idle else [])], check=True, capture_output=True)
        print(load.communicate()[0].strip())
    print(rank(out, args.top, args.match))


if __name__ == "__main__":
    main()
