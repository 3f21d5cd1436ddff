"""Unary throughput and latency, side by side in one run on one machine:
  (a) a bare grpc.aio server (the ceiling),
  (b) the gateway in front of the local emulator,
  (c) the same emulator called directly over REST with httpx (as Bria's Python SDK does),
  (d) the same, with raw aiohttp (the gateway's HTTP engine, without httpx or the gateway),
  (e) the same, with httpx on httpx-aiohttp's transport (the gateway's upstream stack).
Every server and the load generator run as separate processes over 127.0.0.1.

  python bench/unary.py [--seconds 5] [--concurrency 1,16]

Targets (issue "One pipeline", part 3), as ratios from this one run: at 16 in flight (b) >= 0.5x
(a) in throughput; at 1 in flight (b)'s p50 minus the direct REST call's p50 on the same
engine (d) <= (a)'s p50 + 0.2 ms. Prints a markdown table and the targets.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"port {port} did not open")


def spawn(stack: ExitStack, args: list[str], env: dict | None = None) -> subprocess.Popen:
    proc = subprocess.Popen(
        args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **(env or {})}
    )
    stack.callback(lambda: (proc.terminate(), proc.wait(10)))
    return proc


def load(mode: str, target: str, concurrency: int, seconds: float, project_id: int) -> dict:
    out = subprocess.run(
        [PY, str(ROOT / "bench" / "load.py"), mode, target, str(concurrency), str(seconds), str(project_id)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", default="1,16")
    args = parser.parse_args()
    levels = [int(x) for x in args.concurrency.split(",")]
    emu, gw, echo = free_port(), free_port(), free_port()
    with ExitStack() as stack:
        spawn(stack, [PY, "-m", "gateway", "emulator", "--port", str(emu)])
        spawn(stack, [PY, str(ROOT / "bench" / "echo_server.py"), str(echo)])
        wait_port(emu)
        spawn(
            stack,
            [PY, "-m", "gateway", "serve", "--host", "127.0.0.1", "--port", str(gw),
             "--metrics-port", "-1", "--upstream", f"http://127.0.0.1:{emu}"],
        )
        wait_port(gw)
        wait_port(echo)
        created = httpx.post(
            f"http://127.0.0.1:{emu}/v1/tailored-gen/projects",
            headers={"api_token": "bench-token"},
            json={"project_name": "bench", "ip_medium": "illustration", "ip_type": "icons"},
        )
        created.raise_for_status()
        project_id = int(created.json()["id"])
        rows = []
        for c in levels:
            a = load("grpc", f"127.0.0.1:{echo}", c, args.seconds, project_id)
            b = load("grpc", f"127.0.0.1:{gw}", c, args.seconds, project_id)
            cc = load("httpx", f"http://127.0.0.1:{emu}", c, args.seconds, project_id)
            d = load("aiohttp", f"http://127.0.0.1:{emu}", c, args.seconds, project_id)
            e = load("httpx-aiohttp", f"http://127.0.0.1:{emu}", c, args.seconds, project_id)
            rows.append((c, a, b, cc, d, e))
    print(report(rows, args.seconds))


def report(rows, seconds: float) -> str:
    lines = [
        f"Machine: {os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}, "
        f"{platform.system()} {platform.release()}; {seconds:g} s per cell after 1 s warm-up; "
        "GetProject (gRPC) vs GET /v1/tailored-gen/projects/{id} (REST).",
        "",
        "| in flight | (a) bare grpc.aio | (b) gateway → emulator | (c) httpx → emulator | (d) aiohttp → emulator "
        "| (e) httpx on aiohttp → emulator |",
        "|---|---|---|---|---|---|",
    ]
    cell = lambda r: f"{r['rps']:,.0f}/s, p50 {r['p50_ms']:.2f} ms, p99 {r['p99_ms']:.2f} ms" + (
        f", {r['errors']} errors" if r["errors"] else ""
    )
    for c, a, b, cc, d, e in rows:
        lines.append(f"| {c} | {cell(a)} | {cell(b)} | {cell(cc)} | {cell(d)} | {cell(e)} |")
    lines.append("")
    for c, a, b, cc, d, e in rows:
        ratio = b["rps"] / a["rps"] if a["rps"] else float("nan")
        added = b["p50_ms"] - d["p50_ms"]
        lines.append(
            f"- {c} in flight: (b)/(a) throughput {ratio:.2f}×{' (target ≥ 0.5×)' if c == 16 else ''}; "
            f"(b)/(c) {b['rps'] / cc['rps']:.2f}×; added p50 (b)−(d) {added:+.2f} ms vs (a) p50 + 0.2 ms = "
            f"{a['p50_ms'] + 0.2:.2f} ms{' (target)' if c == 1 else ''}; (b)−(e) {b['p50_ms'] - e['p50_ms']:+.2f} ms"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
