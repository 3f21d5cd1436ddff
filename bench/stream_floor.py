"""The memory floor of grpc.aio itself for many open server streams: a bare grpc.aio server
(no gateway code) holding N streams that each received one message, with the clients in other
processes. The watch benchmark's RSS target is read against this floor.

  python bench/stream_floor.py [--streams 10000] [--clients 2]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from watch import free_port, rss_mb  # noqa: E402

SERVICE, METHOD = "bench.Floor", "Watch"


async def _serve(port: int, ready, opened) -> None:
    import grpc

    from bria.tailored.v1 import watch_pb2 as W

    release = asyncio.Event()

    async def handler(request, context):
        await context.write(W.WatchModelTrainingResponse())
        opened.value += 1
        await release.wait()

    server = grpc.aio.server(options=[("grpc.server.max_pending_requests", 100000),
                                      ("grpc.server.max_pending_requests_hard_limit", 200000)])
    rpc = grpc.unary_stream_rpc_method_handler(handler, W.WatchModelTrainingRequest.FromString,
                                               W.WatchModelTrainingResponse.SerializeToString)
    server.add_generic_rpc_handlers([grpc.method_handlers_generic_handler(SERVICE, {METHOD: rpc})])
    server.add_insecure_port(f"127.0.0.1:{port}")
    await server.start()
    ready.set()
    await server.wait_for_termination()


def serve(port: int, ready, opened) -> None:
    asyncio.run(_serve(port, ready, opened))


async def _clients(port: int, n: int, done) -> None:
    import grpc

    from bria.tailored.v1 import watch_pb2 as W

    channels = [grpc.aio.insecure_channel(f"127.0.0.1:{port}", options=[("grpc.use_local_subchannel_pool", 1)])
                for _ in range(8)]
    stubs = [c.unary_stream(f"/{SERVICE}/{METHOD}", W.WatchModelTrainingRequest.SerializeToString,
                            W.WatchModelTrainingResponse.FromString) for c in channels]
    calls = [stubs[i % 8](W.WatchModelTrainingRequest()) for i in range(n)]
    await asyncio.gather(*(call.read() for call in calls))
    await asyncio.get_running_loop().run_in_executor(None, done.wait)


def clients(port: int, n: int, done) -> None:
    asyncio.run(_clients(port, n, done))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--streams", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=2)
    args = parser.parse_args()
    port = free_port()
    ctx = mp.get_context("spawn")
    ready, done, opened = ctx.Event(), ctx.Event(), ctx.Value("i", 0)
    server = ctx.Process(target=serve, args=(port, ready, opened), daemon=True)
    server.start()
    ready.wait(30)
    base = rss_mb(server.pid)
    per = args.streams // args.clients
    procs = [ctx.Process(target=clients, args=(port, per, done), daemon=True) for _ in range(args.clients)]
    for p in procs:
        p.start()
    import time

    deadline = time.monotonic() + 120
    while opened.value < per * args.clients and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(1.0)  # let allocations settle after the last stream opened
    full = rss_mb(server.pid)
    done.set()
    for p in procs:
        p.join(10)
    server.terminate()
    n = opened.value
    print(f"bare grpc.aio server: {base:.0f} MB idle, {full:.0f} MB with {n:,} open streams "
          f"({(full - base) * 1024 / max(n, 1):.1f} KB per stream)")
    sys.exit(0 if n == per * args.clients else 1)


if __name__ == "__main__":
    main()
