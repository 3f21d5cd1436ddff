"""CPU time a server process spends per unary RPC (user+system, from /proc), side by side in
one run: the gateway in front of the emulator, and a bare grpc.aio echo server answering the
same GetProject with no upstream and no pipeline (bench/echo_server.py). The load generator
and the emulator run in other processes. Less sensitive than wall-clock figures to other work
on a shared machine; used to compare designs.

  python bench/cpu_per_call.py [--seconds 5] [--concurrency 1] [--rounds 1]

Target (issue "One pipeline", part 3): gateway CPU per call <= 2.5x the echo server's.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from contextlib import ExitStack

import httpx

sys.path.insert(0, os.path.dirname(__file__))
from unary import PY, ROOT, free_port, spawn, wait_port  # noqa: E402


def cpu_seconds(pid: int) -> float:
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(pid: int, target: str, concurrency: int, seconds: float, project_id: int) -> tuple[dict, float]:
    """(the load generator's result, the server's CPU microseconds per call)."""
    before = cpu_seconds(pid)
    out = subprocess.run([PY, str(ROOT / "bench" / "load.py"), "grpc", target, str(concurrency), str(seconds),
                          str(project_id)], capture_output=True, text=True, check=True)
    used = cpu_seconds(pid) - before
    result = json.loads(out.stdout.strip().splitlines()[-1])
    calls = result["calls"] - result["errors"]
    return result, used / max(calls, 1) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=1, help="alternate echo and gateway this many times")
    args = parser.parse_args()
    emu, gw, echo = free_port(), free_port(), free_port()
    with ExitStack() as stack:
        spawn(stack, [PY, "-m", "gateway", "emulator", "--port", str(emu)])
        echo_proc = spawn(stack, [PY, str(ROOT / "bench" / "echo_server.py"), str(echo)])
        wait_port(emu)
        gw_proc = spawn(stack, [PY, "-m", "gateway", "serve", "--host", "127.0.0.1", "--port", str(gw),
                                "--metrics-port", "-1", "--upstream", f"http://127.0.0.1:{emu}"])
        wait_port(gw)
        wait_port(echo)
        created = httpx.post(f"http://127.0.0.1:{emu}/v1/tailored-gen/projects", headers={"api_token": "bench-token"},
                             json={"project_name": "b", "ip_medium": "illustration", "ip_type": "icons"})
        created.raise_for_status()
        pid = int(created.json()["id"])
        rows = []
        for _ in range(args.rounds):
            e, e_cpu = measure(echo_proc.pid, f"127.0.0.1:{echo}", args.concurrency, args.seconds, pid)
            g, g_cpu = measure(gw_proc.pid, f"127.0.0.1:{gw}", args.concurrency, args.seconds, pid)
            rows.append((e, e_cpu, g, g_cpu))
    print(f"Machine: {os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}, "
          f"{platform.system()} {platform.release()}; {args.concurrency} in flight, {args.seconds:g} s per cell "
          "after 1 s warm-up (CPU counted over both)")
    print()
    print("| round | bare grpc.aio echo: CPU per call | gateway → emulator: CPU per call | ratio (target ≤ 2.5×) |")
    print("|---|---|---|---|")
    for i, (e, e_cpu, g, g_cpu) in enumerate(rows, 1):
        print(f"| {i} | {e_cpu:.0f} µs ({e['rps']:,.0f}/s{', %d errors' % e['errors'] if e['errors'] else ''}) "
              f"| {g_cpu:.0f} µs ({g['rps']:,.0f}/s{', %d errors' % g['errors'] if g['errors'] else ''}) "
              f"| {g_cpu / e_cpu:.2f}× |")


if __name__ == "__main__":
    main()
