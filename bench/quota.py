"""Quota benchmark: 4 tenants offering 10x their quota through the gateway to the emulator.

  python bench/quota.py [--seconds 20] [--warmup 3]

Emulator, gateway and this load generator run as separate processes over 127.0.0.1. Tenants
t1..t4 have 1, 2, 3 and 4 units/s (sum 10/s); the upstream budget per organisation and endpoint
is 600/min and the emulator's own limit is the same 600/min. Every tenant sends ListProjects
(cost 1) open-loop at 10x its rate with the same organisation token. Measured after a warm-up,
so the first bucket's burst does not count as rate. Targets (issue 6): upstream <= configured
rate +1%, zero upstream 429s, each tenant's share of admitted calls within +-5% (relative) of
its configured share, local rejections under 1 ms at p99 (the gateway's own handling time from
its canonical log line; the client round trip is shown too). Prints a markdown table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import grpc
import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unary import PY, free_port, spawn, wait_port  # noqa: E402

from bria.tailored.v1 import projects_pb2 as pp  # noqa: E402
from bria.tailored.v1 import projects_pb2_grpc as pg  # noqa: E402

RATES = {"t1": 1.0, "t2": 2.0, "t3": 3.0, "t4": 4.0}
UPSTREAM_RPM = 600
TOKEN = "tok-bench-quota"
ROUTE = "/v1/tailored-gen/projects"


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else float("nan")


async def tenant_load(stub, tenant: str, rate: float, until: float, window: tuple[float, float], out: dict):
    """Open loop: one call every 1/rate seconds regardless of answers."""
    metadata = (("x-tenant-key", f"key-{tenant}"),)  # each tenant's own key; all spend one organisation
    interval, next_at, tasks = 1.0 / rate, time.monotonic(), []

    async def one(sent_at: float):
        started = time.perf_counter()
        try:
            await stub.ListProjects(pp.ListProjectsRequest(), metadata=metadata, timeout=10)
            code = "OK"
        except grpc.aio.AioRpcError as err:
            code = err.code().name
        if window[0] <= sent_at < window[1]:
            out.setdefault((tenant, code), []).append(time.perf_counter() - started)

    while next_at < until:
        await asyncio.sleep(max(next_at - time.monotonic(), 0))
        tasks.append(asyncio.create_task(one(time.monotonic())))
        next_at += interval
    await asyncio.gather(*tasks)


async def upstream_count(client: httpx.AsyncClient, emulator: str) -> int:
    reply = await client.get(f"{emulator}/_emulator/requests", params={"method": "GET", "route": ROUTE})
    return reply.json()["total"]


async def metric_total(client: httpx.AsyncClient, metrics_url: str, name: str) -> float:
    text = (await client.get(metrics_url)).text
    return sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines() if line.startswith(name + "{") or line.startswith(name + " "))


async def run(gw_port: int, emulator: str, metrics_url: str, seconds: float, warmup: float) -> dict:
    out: dict = {}
    async with httpx.AsyncClient() as client, grpc.aio.insecure_channel(f"127.0.0.1:{gw_port}") as channel:
        stub = pg.ProjectServiceStub(channel)
        start = time.monotonic()
        window = (start + warmup, start + warmup + seconds)
        load = asyncio.gather(*(tenant_load(stub, t, 10 * r, window[1], window, out) for t, r in RATES.items()))
        await asyncio.sleep(warmup)
        before = await upstream_count(client, emulator)
        t0 = time.monotonic()
        await asyncio.sleep(seconds)
        after = await upstream_count(client, emulator)
        elapsed = time.monotonic() - t0
        await load
        return {
            "calls": out,
            "upstream_rate": (after - before) / elapsed,
            "upstream_429": await metric_total(client, metrics_url, "gateway_upstream_rate_limited_total"),
        }


def server_rejection_ms(log_path: Path) -> list[float]:
    out = []
    for line in log_path.read_text().splitlines():
        try:
            event = json.loads(line)
        except ValueError:
            continue
        if event.get("event") == "rpc" and event.get("code") == "RESOURCE_EXHAUSTED" and event.get("reason") == "QUOTA_EXCEEDED":
            out.append(event["duration_ms"])
    return out


def table(result: dict, server_ms: list[float], seconds: float) -> str:
    calls, configured = result["calls"], UPSTREAM_RPM / 60
    admitted = {t: len(calls.get((t, "OK"), [])) for t in RATES}
    total_ok, total_rate = sum(admitted.values()) or 1, sum(RATES.values())
    client_ms = [s * 1000 for (t, code), v in calls.items() if code == "RESOURCE_EXHAUSTED" for s in v]
    rows = [
        "| measure | result | target | met |",
        "|---|---|---|---|",
        f"| upstream requests/s (steady state, {seconds:.0f} s) | {result['upstream_rate']:.2f} "
        f"({100 * (result['upstream_rate'] / configured - 1):+.1f}% vs {configured:.0f}/s configured) | ≤ +1% | "
        f"{'yes' if result['upstream_rate'] <= configured * 1.01 else 'no'} |",
        f"| upstream 429s (configured {UPSTREAM_RPM}/min = emulator's {UPSTREAM_RPM}/min) | {result['upstream_429']:.0f} | 0 | "
        f"{'yes' if result['upstream_429'] == 0 else 'no'} |",
    ]
    for t, rate in RATES.items():
        share, want = admitted[t] / total_ok, rate / total_rate
        offered = sum(len(v) for (tt, _), v in calls.items() if tt == t)
        rows.append(
            f"| share {t} ({rate:.0f}/s quota, {offered} offered, {admitted[t]} admitted) | {100 * share:.1f}% | "
            f"{100 * want:.1f}% ±5% | {'yes' if abs(share / want - 1) <= 0.05 else 'no'} |"
        )
    rows.append(
        f"| local rejection, gateway handling p50 / p99 ({len(server_ms)} rejections) | "
        f"{statistics.median(server_ms):.3f} / {pct(server_ms, 0.99):.3f} ms | p99 < 1 ms | "
        f"{'yes' if pct(server_ms, 0.99) < 1 else 'no'} |"
    )
    rows.append(
        f"| local rejection, client round trip p50 / p99 | {statistics.median(client_ms):.3f} / "
        f"{pct(client_ms, 0.99):.3f} ms | (info) | |"
    )
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--warmup", type=float, default=3.0)
    args = parser.parse_args()
    emu_port, gw_port, metrics_port = free_port(), free_port(), free_port()
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        quota = Path(tmp) / "quota.json"
        quota.write_text(json.dumps({"tenants": {t: {"rate": r} for t, r in RATES.items()}}))
        tenants = Path(tmp) / "tenants.json"
        tenants.write_text(json.dumps({"tenants": [{"name": t, "key": f"key-{t}", "api_token": TOKEN} for t in RATES]}))
        log_path = Path(tmp) / "gateway.log"
        log_file = stack.enter_context(open(log_path, "w"))
        spawn(stack, [PY, "-m", "gateway", "emulator", "--port", str(emu_port), "--rate-limit-rpm", str(UPSTREAM_RPM)])
        env = {"GATEWAY_QUOTA_FILE": str(quota), "GATEWAY_TENANTS_FILE": str(tenants), "GATEWAY_QUOTA_UPSTREAM_RATE": f"{UPSTREAM_RPM}/m",
               "GATEWAY_HEALTH_PROBE_SECONDS": "3600", **os.environ}
        wait_port(emu_port)
        gateway = subprocess.Popen(
            [PY, "-m", "gateway", "serve", "--host", "127.0.0.1", "--port", str(gw_port), "--metrics-port",
             str(metrics_port), "--upstream", f"http://127.0.0.1:{emu_port}"],
            env=env, stdout=subprocess.DEVNULL, stderr=log_file,
        )
        stack.callback(lambda: (gateway.terminate(), gateway.wait(10)))
        wait_port(gw_port)
        result = asyncio.run(
            run(gw_port, f"http://127.0.0.1:{emu_port}", f"http://127.0.0.1:{metrics_port}/metrics", args.seconds, args.warmup)
        )
        print(f"machine: {os.cpu_count()} cores, {sys.platform}; 4 tenants x 10x quota = {10 * sum(RATES.values()):.0f} calls/s offered\n")
        print(table(result, server_rejection_ms(log_path), args.seconds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
