"""`tailored-gateway serve` as a process: SIGTERM turns health NOT_SERVING, lets the in-flight
call finish within the grace period, and exits 0."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys

import grpc

from bria.tailored.v1 import projects_pb2 as pp
from bria.tailored.v1 import projects_pb2_grpc as pg
from tests.conftest import METADATA


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_sigterm_drains_in_flight_calls_and_exits_cleanly(emulator):
    port = _free_port()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "gateway", "serve", "--host", "127.0.0.1", "--port", str(port),
        "--metrics-port", "-1", "--upstream", emulator.url,
        env={**os.environ, "GATEWAY_SHUTDOWN_GRACE_SECONDS": "5"},
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
    )
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{port}") as channel:
            await channel.channel_ready()
            emulator.add_fault("latency", latency_ms=500, route="/v1/tailored-gen/projects", count=1)
            emulator.clear_requests()
            call = asyncio.ensure_future(pg.ProjectServiceStub(channel).ListProjects(pp.ListProjectsRequest(), metadata=METADATA))
            for _ in range(1000):  # until the call is held by the upstream
                if emulator.request_count():
                    break
                await asyncio.sleep(0.005)
            proc.send_signal(signal.SIGTERM)
            reply = await call
        assert list(reply.projects) == []
        assert await asyncio.wait_for(proc.wait(), 10) == 0
        log = (await proc.stderr.read()).decode()
        assert '"event": "gateway_stopped"' in log
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
