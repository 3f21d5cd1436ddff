"""Closed-loop load generator: N coroutines each calling back to back for a fixed time, in its
own process. Prints one JSON line: requests/s, p50, p99 (ms), errors.

  python bench/load.py grpc  TARGET CONCURRENCY SECONDS PROJECT_ID   # GetProject over gRPC
  python bench/load.py httpx BASE_URL CONCURRENCY SECONDS PROJECT_ID # the same GET over REST,
      with one shared httpx.AsyncClient, the way Bria's Python SDK calls the API
  python bench/load.py aiohttp ...        # the same GET with one aiohttp.ClientSession
  python bench/load.py httpx-aiohttp ...  # one httpx.AsyncClient on httpx-aiohttp's transport
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

TOKEN = "bench-token"
WARMUP = 1.0


def percentile(sorted_values: list[float], q: float) -> float:
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, int(q * len(sorted_values)))]


async def run(call, concurrency: int, seconds: float, measure_cpu: bool = False) -> dict:
    """`measure_cpu` adds `cpu_us`: this process's CPU time per call, warm-up included."""
    latencies: list[float] = []
    errors = 0
    calls = 0
    cpu_start = time.process_time()
    end_warmup = time.perf_counter() + WARMUP
    end = end_warmup + seconds

    async def worker() -> None:
        nonlocal errors, calls
        while True:
            t0 = time.perf_counter()
            if t0 >= end:
                return
            calls += 1
            try:
                await call()
            except Exception:
                errors += 1
                continue
            t1 = time.perf_counter()
            if t0 >= end_warmup:
                latencies.append(t1 - t0)

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    cpu = time.process_time() - cpu_start
    latencies.sort()
    extra = {"cpu_us": round(cpu / max(calls, 1) * 1e6, 1)} if measure_cpu else {}
    return {
        **extra,
        "rps": round(len(latencies) / seconds, 1),
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 3),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 3),
        "errors": errors,
        "requests": len(latencies),
        "calls": calls,  # warm-up included
    }


async def grpc_load(target: str, concurrency: int, seconds: float, project_id: int) -> dict:
    import grpc

    from bria.tailored.v1 import projects_pb2, projects_pb2_grpc

    async with grpc.aio.insecure_channel(target) as channel:
        stub = projects_pb2_grpc.ProjectServiceStub(channel)
        request = projects_pb2.GetProjectRequest(project_id=project_id)
        metadata = (("api_token", TOKEN),)

        async def call():
            await stub.GetProject(request, metadata=metadata, timeout=10)

        return await run(call, concurrency, seconds)


async def httpx_load(base: str, concurrency: int, seconds: float, project_id: int) -> dict:
    import httpx

    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, headers={"api_token": TOKEN}, timeout=10, limits=limits) as client:
        path = f"/v1/tailored-gen/projects/{project_id}"

        async def call():
            response = await client.get(path)
            response.raise_for_status()
            response.json()

        return await run(call, concurrency, seconds)


async def aiohttp_load(base: str, concurrency: int, seconds: float, project_id: int) -> dict:
    import aiohttp

    connector = aiohttp.TCPConnector(limit=concurrency)
    async with aiohttp.ClientSession(base_url=base, headers={"api_token": TOKEN}, connector=connector) as session:
        path = f"/v1/tailored-gen/projects/{project_id}"

        async def call():
            async with session.get(path) as response:
                response.raise_for_status()
                json.loads(await response.read())

        return await run(call, concurrency, seconds)


async def httpx_aiohttp_load(base: str, concurrency: int, seconds: float, project_id: int) -> dict:
    import aiohttp
    import httpx
    from httpx_aiohttp import AiohttpTransport

    session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency))
    transport = AiohttpTransport(client=session)
    async with httpx.AsyncClient(base_url=base, headers={"api_token": TOKEN}, timeout=10, transport=transport) as client:
        path = f"/v1/tailored-gen/projects/{project_id}"

        async def call():
            response = await client.get(path)
            response.raise_for_status()
            response.json()

        return await run(call, concurrency, seconds)


MODES = {"grpc": grpc_load, "httpx": httpx_load, "aiohttp": aiohttp_load, "httpx-aiohttp": httpx_aiohttp_load}


def main() -> None:
    mode, target, concurrency, seconds, project_id = sys.argv[1:6]
    fn = MODES[mode]
    result = asyncio.run(fn(target, int(concurrency), float(seconds), int(project_id)))
    print(json.dumps(result))


if __name__ == "__main__":
    main()
