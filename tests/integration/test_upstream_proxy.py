"""Proxies from the environment apply to the upstream calls and the health probe alike: a small
forward proxy on 127.0.0.1 (written here; it records every request it forwards) sits between
a real gateway and the emulator when HTTP_PROXY names it, and is left out when NO_PROXY covers
the upstream's host."""

from __future__ import annotations

import asyncio

import grpc
import pytest

from bria.tailored.v1 import projects_pb2 as pp
from bria.tailored.v1 import projects_pb2_grpc as pg
from gateway.app import Gateway
from gateway.observability.logging import build_logger
from tests.conftest import METADATA, gateway_settings

PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


class ForwardProxy:
    """An HTTP/1.1 forward proxy for plain-HTTP targets: takes a request in absolute form
    (`GET http://host:port/path HTTP/1.1`), records its request line, sends it on to the
    target in origin form with `connection: close`, and relays the answer back."""

    def __init__(self):
        self.forwarded: list[str] = []
        self._writers: set[asyncio.StreamWriter] = set()

    async def __aenter__(self) -> "ForwardProxy":
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.url = f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}"
        return self

    async def __aexit__(self, *exc) -> None:
        self._server.close()
        for writer in list(self._writers):
            writer.close()
        await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            request_line, *header_lines = head.decode("latin-1").split("\r\n")
            method, target, version = request_line.split(" ")
            assert target.startswith("http://"), target  # a forward proxy gets absolute targets
            self.forwarded.append(f"{method} {target}")
            authority, _, path = target.removeprefix("http://").partition("/")
            host, _, port = authority.partition(":")
            headers = [line for line in header_lines if line and not line.lower().startswith(("connection:", "proxy-"))]
            length = next((int(line.split(":", 1)[1]) for line in headers if line.lower().startswith("content-length:")), 0)
            body = await reader.readexactly(length) if length else b""
            up_reader, up_writer = await asyncio.open_connection(host, int(port or 80))
            outgoing = "\r\n".join([f"{method} /{path} {version}", *headers, "connection: close", "", ""])
            up_writer.write(outgoing.encode("latin-1") + body)
            await up_writer.drain()
            answer = await up_reader.read()  # the target closes after its answer
            up_writer.close()
            writer.write(answer)
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            self._writers.discard(writer)
            writer.close()


@pytest.fixture
def clean_proxy_env(monkeypatch):
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    return monkeypatch


async def _rpc_and_probe(emulator, log_stream) -> bool:
    gw = Gateway(gateway_settings(emulator.url), logger=build_logger("info", log_stream))
    await gw.start()
    try:
        async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as channel:
            listed = await pg.ProjectServiceStub(channel).ListProjects(pp.ListProjectsRequest(), metadata=METADATA)
            assert list(listed.projects) == []
        return await gw.probe_upstream()
    finally:
        await gw.stop(0)


async def test_http_proxy_carries_the_calls_and_the_probe(emulator, log_stream, clean_proxy_env):
    async with ForwardProxy() as proxy:
        clean_proxy_env.setenv("HTTP_PROXY", proxy.url)
        assert await _rpc_and_probe(emulator, log_stream) is True
    assert f"GET {emulator.url}/v1/tailored-gen/projects" in proxy.forwarded  # the RPC's upstream call
    assert f"GET {emulator.url}/" in proxy.forwarded  # the probe (at start, and the one asked above)
    assert set(proxy.forwarded) == {f"GET {emulator.url}/v1/tailored-gen/projects", f"GET {emulator.url}/"}


async def test_no_proxy_covering_the_host_leaves_the_proxy_out(emulator, log_stream, clean_proxy_env):
    async with ForwardProxy() as proxy:
        clean_proxy_env.setenv("HTTP_PROXY", proxy.url)
        clean_proxy_env.setenv("NO_PROXY", "example.com,127.0.0.1")
        assert await _rpc_and_probe(emulator, log_stream) is True
    assert proxy.forwarded == []


async def test_without_proxy_variables_nothing_is_proxied(emulator, log_stream, clean_proxy_env):
    async with ForwardProxy() as proxy:
        assert await _rpc_and_probe(emulator, log_stream) is True
    assert proxy.forwarded == []
