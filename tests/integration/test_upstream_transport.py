"""The upstream layer on its engine (httpx's API on aiohttp) against real servers on 127.0.0.1:
keep-alive, the connection bound, TLS verified with a certificate made for the test, the probe,
and what each kind of failure means — refused (`connect`: even a POST goes again), dropped
after the request went out (`reset`: only idempotent calls go again), never answered
(`timeout`: the whole-call deadline) — told apart whatever exception type the engine maps
them to."""

from __future__ import annotations

import asyncio
import socket
import ssl
import subprocess
import time

import aiohttp
import httpx
import pytest
from grpc import StatusCode

from gateway import errors
from gateway.routing.transcode import UpstreamCall
from gateway.upstream import RetryPolicy, Upstream, failure_kind

GET = UpstreamCall("GET", "/v1/things", (), None)
POST = UpstreamCall("POST", "/v1/things", (), {"name": "x"})
OK = b'HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 11\r\n\r\n{"ok":true}'


class Server:
    """A raw HTTP/1.1 server: `mode` is "answer" (200 after `delay`), "close" (read the request,
    then close without a byte), "silent" (read the request, never answer) or "garbage" (bytes
    that are not HTTP). Counts connections, requests and concurrent requests."""

    def __init__(self, mode: str = "answer", delay: float = 0.0, ssl_context: ssl.SSLContext | None = None):
        self.mode, self.delay, self.ssl_context = mode, delay, ssl_context
        self.connections = 0
        self.requests: list[bytes] = []
        self.busy = self.most_busy = 0
        self.closed = asyncio.Event()  # a client closed its connection
        self._writers: set[asyncio.StreamWriter] = set()

    async def __aenter__(self) -> "Server":
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0, ssl=self.ssl_context)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc) -> None:
        self._server.close()
        for writer in list(self._writers):
            writer.close()
        await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self._writers.add(writer)
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    self.closed.set()
                    return
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                if length:
                    await reader.readexactly(length)
                self.requests.append(head.split(b"\r\n", 1)[0])
                if self.mode == "close":
                    return
                if self.mode == "silent":
                    await reader.read()  # until the client gives up
                    self.closed.set()
                    return
                if self.mode == "garbage":
                    writer.write(b"NOT HTTP AT ALL\r\n\r\n")
                    await writer.drain()
                    return
                self.busy += 1
                self.most_busy = max(self.most_busy, self.busy)
                await asyncio.sleep(self.delay)
                self.busy -= 1
                writer.write(OK)
                await writer.drain()
        finally:
            self._writers.discard(writer)
            writer.close()


def refused_port() -> int:
    """A loopback port with nothing listening (bound, never listened on, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def upstream(url: str, sleeps: list[float] | None = None, **kw) -> Upstream:
    async def sleep(seconds: float) -> None:
        if sleeps is not None:
            sleeps.append(seconds)

    return Upstream(url, retry=RetryPolicy(max_attempts=3), sleep=sleep, rand=lambda: 0.0, **kw)


async def call(up: Upstream, what: UpstreamCall = GET, timeout: float = 5.0, route: str = "/v1/things"):
    return await up.call(what, {"api_token": "t"}, deadline=time.monotonic() + timeout,
                         idempotent=what.method == "GET", route=route)


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    d = tmp_path_factory.mktemp("tls")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost", "-keyout", str(d / "key.pem"), "-out", str(d / "cert.pem")],
        check=True, capture_output=True,
    )
    return d / "cert.pem", d / "key.pem"


async def test_calls_share_keep_alive_connections():
    async with Server() as server:
        up = upstream(f"http://127.0.0.1:{server.port}")
        try:
            for _ in range(3):
                reply = await call(up)
                assert reply.status == 200 and reply.json() == {"ok": True} and reply.attempts == 1
            assert server.connections == 1
        finally:
            await up.aclose()


async def test_max_connections_bounds_the_requests_in_flight():
    async with Server(delay=0.05) as server:
        up = upstream(f"http://127.0.0.1:{server.port}", max_connections=2)
        try:
            replies = await asyncio.gather(*(call(up) for _ in range(6)))
            assert [r.status for r in replies] == [200] * 6
            assert server.most_busy == 2 and server.connections == 2
        finally:
            await up.aclose()


async def test_tls_is_verified(certificate, monkeypatch):
    cert, key = certificate
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    async with Server(ssl_context=server_ctx) as server:
        url = f"https://localhost:{server.port}"
        untrusted = upstream(url, sleeps := [])  # the default CA bundle does not know the test's CA
        try:
            with pytest.raises(errors.GatewayError) as caught:
                await call(untrusted, POST)
            assert caught.value.code == StatusCode.UNAVAILABLE
            assert len(sleeps) == 2 and server.requests == []  # `connect`: a POST goes again, nothing was sent
        finally:
            await untrusted.aclose()
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))  # as httpx clients trust it
        trusted = upstream(url)
        try:
            assert (await call(trusted)).status == 200
        finally:
            await trusted.aclose()


async def test_refused_connection_is_connect_and_even_a_post_goes_again():
    up = upstream(f"http://127.0.0.1:{refused_port()}", sleeps := [])
    try:
        with pytest.raises(errors.GatewayError) as caught:
            await call(up, POST)
        assert caught.value.code == StatusCode.UNAVAILABLE
        assert sleeps == [0.0, 0.0]  # three attempts
    finally:
        await up.aclose()


async def test_a_connection_dropped_after_the_request_is_reset_and_a_post_does_not_go_again():
    async with Server("close") as server:
        up = upstream(f"http://127.0.0.1:{server.port}", sleeps := [])
        try:
            with pytest.raises(errors.GatewayError) as caught:
                await call(up, POST)
            # UNAVAILABLE, not DEADLINE_EXCEEDED: httpx-aiohttp raises httpx.ConnectTimeout here.
            assert caught.value.code == StatusCode.UNAVAILABLE
            assert sleeps == [] and server.requests == [b"POST /v1/things HTTP/1.1"]
            assert "ServerDisconnectedError" in caught.value.message
        finally:
            await up.aclose()


async def test_a_dropped_idempotent_call_goes_again():
    async with Server("close") as server:
        up = upstream(f"http://127.0.0.1:{server.port}", sleeps := [])
        try:
            with pytest.raises(errors.GatewayError) as caught:
                await call(up, GET)
            assert caught.value.code == StatusCode.UNAVAILABLE
            assert sleeps == [0.0, 0.0]
            # Each attempt may be sent twice: aiohttp re-sends an idempotent request once when
            # the connection drops before any answer (RFC 9112, 9.3.1).
            assert 3 <= len(server.requests) <= 6
        finally:
            await up.aclose()


async def test_an_answer_that_is_not_http_is_reset():
    async with Server("garbage") as server:
        up = upstream(f"http://127.0.0.1:{server.port}", sleeps := [])
        try:
            with pytest.raises(errors.GatewayError) as caught:
                await call(up, POST)
            assert caught.value.code == StatusCode.UNAVAILABLE and sleeps == []
        finally:
            await up.aclose()


async def test_an_upstream_that_never_answers_ends_at_the_deadline_and_the_connection_closes():
    async with Server("silent") as server:
        up = upstream(f"http://127.0.0.1:{server.port}", sleeps := [])
        try:
            started = time.monotonic()
            with pytest.raises(errors.GatewayError) as caught:
                await call(up, POST, timeout=0.3)
            assert caught.value.code == StatusCode.DEADLINE_EXCEEDED
            assert 0.25 < time.monotonic() - started < 2.0 and sleeps == []
            assert up.in_flight == 0
            await asyncio.wait_for(server.closed.wait(), 5)  # the engine let go of the connection
        finally:
            await up.aclose()


async def test_failure_kind_reads_the_engine_exception_behind_the_mapped_one():
    async with aiohttp.ClientSession() as session:
        with pytest.raises(aiohttp.ClientConnectorError) as caught:
            await session.get(f"http://127.0.0.1:{refused_port()}/")
    refused = caught.value
    cases = [
        (aiohttp.ServerDisconnectedError(), "reset"),
        (aiohttp.ClientOSError(104, "reset by peer"), "reset"),
        (aiohttp.ClientPayloadError("cut short"), "reset"),
        (refused, "connect"),
        (aiohttp.SocketTimeoutError(), "timeout"),
        (aiohttp.ConnectionTimeoutError(), "timeout"),
    ]
    for engine_error, kind in cases:
        mapped = httpx.ConnectTimeout("mapped")  # what httpx-aiohttp raises for most of them
        mapped.__cause__ = engine_error
        assert failure_kind(mapped) == kind, engine_error
        assert failure_kind(engine_error) == kind, engine_error
    # Other transports (tests, mocks) raise httpx's errors, which keep their own meaning.
    assert failure_kind(httpx.ConnectError("x")) == "connect"
    assert failure_kind(httpx.ConnectTimeout("x")) == "timeout"
    assert failure_kind(httpx.ReadError("x")) == "reset"
    assert failure_kind(httpx.RemoteProtocolError("x")) == "reset"


async def test_the_probe_takes_any_http_answer_and_nothing_else():
    async with Server() as server:
        up = upstream(f"http://127.0.0.1:{server.port}")
        try:
            assert await up.reachable() is True
            assert server.requests == [b"GET / HTTP/1.1"]
        finally:
            await up.aclose()
    down = upstream(f"http://127.0.0.1:{refused_port()}")
    try:
        assert await down.reachable() is False
    finally:
        await down.aclose()
    async with Server("silent") as server:
        silent = upstream(f"http://127.0.0.1:{server.port}")
        try:
            assert await silent.reachable(timeout=0.2) is False
        finally:
            await silent.aclose()
