"""CPU time the gateway process spends per unary RPC (user+system, from /proc), measured with
the load generator and the emulator in other processes. Less sensitive than wall-clock figures
to other work on a shared machine; used to compare upstream-layer designs.

  python bench/cpu_per_call.py [--requests 3000] [--concurrency 1]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from contextlib import ExitStack

import httpx

sys.path.insert(0, os.path.dirname(__file__))
from unary import PY, ROOT, free_port, spawn, wait_port  # noqa: E402


def cpu_seconds(pid: int) -> float:
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=1)
    args = parser.parse_args()
    emu, gw = free_port(), free_port()
    with ExitStack() as stack:
        spawn(stack, [PY, "-m", "gateway", "emulator", "--port", str(emu)])
        wait_port(emu)
        proc = spawn(stack, [PY, "-m", "gateway", "serve", "--host", "127.0.0.1", "--port", str(gw),
                             "--metrics-port", "-1", "--upstream", f"http://127.0.0.1:{emu}"])
        wait_port(gw)
        created = httpx.post(f"http://127.0.0.1:{emu}/v1/tailored-gen/projects", headers={"api_token": "bench-token"},
                             json={"project_name": "b", "ip_medium": "illustration", "ip_type": "icons"})
        pid = created.json()["id"]
        before = cpu_seconds(proc.pid)
        out = subprocess.run([PY, str(ROOT / "bench" / "load.py"), "grpc", f"127.0.0.1:{gw}", str(args.concurrency),
                              str(args.seconds), str(pid)], capture_output=True, text=True, check=True)
        used = cpu_seconds(proc.pid) - before
        import json

        result = json.loads(out.stdout.strip().splitlines()[-1])
        total = result["requests"] * (1 + 1.0 / args.seconds)  # the warm-up second ran calls too
        print(f"{result} gateway CPU per call: {used / total * 1e6:.0f} us")


if __name__ == "__main__":
    main()
