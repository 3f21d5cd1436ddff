"""Upstream HTTP engines side by side, against the local emulator, in one run on one machine:
GET /v1/tailored-gen/projects/{id} from N coroutines back to back, each engine in a process
of its own, reporting requests/s, p50 and the client process's CPU per call.

  python bench/engines.py [--seconds 5] [--concurrency 1,16] [--loop uvloop|asyncio]

Engines:
  httpx-pool        one shared httpx.AsyncClient on httpx's own pool (how Bria's SDK calls)
  httpx-aiohttp     one shared httpx.AsyncClient on httpx_aiohttp.AiohttpTransport
  aiohttp-transport AiohttpTransport.handle_async_request with an httpx.Request, no AsyncClient
  aiohttp           one shared aiohttp.ClientSession (the engine alone, no httpx objects)
  upstream          the gateway's own layer, gateway.upstream.Upstream.call, as RPCs use it
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import subprocess
import sys
import time
from contextlib import ExitStack

import httpx

sys.path.insert(0, os.path.dirname(__file__))
from load import TOKEN, run  # noqa: E402
from unary import PY, ROOT, free_port, spawn, wait_port  # noqa: E402

ENGINES = ("httpx-pool", "httpx-aiohttp", "aiohttp-transport", "aiohttp", "upstream")


async def engine_load(engine: str, base: str, concurrency: int, seconds: float, project_id: int) -> dict:
    import aiohttp
    from httpx_aiohttp import AiohttpTransport

    path = f"/v1/tailored-gen/projects/{project_id}"
    headers = {"api_token": TOKEN, "user-agent": "bench"}
    closers = []
    if engine == "httpx-pool":
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        client = httpx.AsyncClient(base_url=base, headers=headers, limits=limits, timeout=10)
        closers.append(client.aclose)

        async def call():
            (await client.get(path)).json()
    elif engine == "httpx-aiohttp":
        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency))
        client = httpx.AsyncClient(base_url=base, headers=headers, transport=AiohttpTransport(client=session), timeout=10)
        closers.append(client.aclose)

        async def call():
            (await client.get(path)).json()
    elif engine == "aiohttp-transport":
        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency))
        transport = AiohttpTransport(client=session)
        closers.append(transport.aclose)
        url = httpx.URL(base + path)

        async def call():
            response = await transport.handle_async_request(httpx.Request("GET", url, headers=headers))
            try:
                json.loads(await response.aread())
            finally:
                await response.aclose()
    elif engine == "aiohttp":
        session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency))
        closers.append(session.close)
        url = base + path

        async def call():
            async with session.get(url, headers=headers) as response:
                json.loads(await response.read())
    else:
        sys.path.insert(0, str(ROOT))
        from gateway.routing.transcode import UpstreamCall
        from gateway.upstream import Upstream

        upstream = Upstream(base, max_connections=concurrency)
        closers.append(upstream.aclose)
        request = UpstreamCall("GET", path, (), None)

        async def call():
            reply = await upstream.call(request, headers, deadline=None, idempotent=True, route="bench")
            reply.json()

    try:
        return await run(call, concurrency, seconds, measure_cpu=True)
    finally:
        for close in closers:
            await close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--concurrency", default="1,16")
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--loop", default="uvloop", choices=("uvloop", "asyncio"))
    parser.add_argument("--one", nargs=4, metavar=("ENGINE", "BASE", "CONCURRENCY", "PROJECT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        engine, base, concurrency, project = args.one
        coro = engine_load(engine, base, int(concurrency), args.seconds, int(project))
        if args.loop == "uvloop":
            import uvloop

            result = uvloop.run(coro)
        else:
            result = asyncio.run(coro)
        print(json.dumps(result))
        return
    levels = [int(x) for x in args.concurrency.split(",")]
    emu = free_port()
    rows = []
    with ExitStack() as stack:
        spawn(stack, [PY, "-m", "gateway", "emulator", "--port", str(emu)])
        wait_port(emu)
        base = f"http://127.0.0.1:{emu}"
        created = httpx.post(f"{base}/v1/tailored-gen/projects", headers={"api_token": TOKEN},
                             json={"project_name": "bench", "ip_medium": "illustration", "ip_type": "icons"})
        created.raise_for_status()
        project = str(created.json()["id"])
        for c in levels:
            for engine in args.engines.split(","):
                out = subprocess.run(
                    [PY, __file__, "--seconds", str(args.seconds), "--loop", args.loop, "--one", engine, base, str(c), project],
                    cwd=ROOT, capture_output=True, text=True, check=True,
                )
                rows.append((engine, c, json.loads(out.stdout.strip().splitlines()[-1])))
                time.sleep(0.2)
    print(
        f"Machine: {os.cpu_count()} cores, {platform.python_implementation()} {platform.python_version()}, "
        f"{platform.system()} {platform.release()}; loop {args.loop}; {args.seconds:g} s per cell after 1 s warm-up; "
        "emulator in its own process"
    )
    print()
    print("| engine | in flight | requests/s | p50 | p99 | client CPU per call |")
    print("|---|---|---|---|---|---|")
    for engine, c, r in rows:
        print(f"| {engine} | {c} | {r['rps']:,.0f} | {r['p50_ms']:.2f} ms | {r['p99_ms']:.2f} ms | {r['cpu_us']:.0f} µs |")


if __name__ == "__main__":
    main()
