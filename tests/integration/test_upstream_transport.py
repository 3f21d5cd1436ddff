"""The upstream lanes' transport (httpx on the asyncio network backend) against real local
servers: plain HTTP keep-alive, TLS with a certificate made for the test, and timeouts."""

from __future__ import annotations

import asyncio
import ssl
import subprocess

import httpx
import pytest

from gateway.netbackend import LaneTransport



async def _http_server(ssl_context: ssl.SSLContext | None = None, delay: float = 0.0):
    connections = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        connections.append(writer)
        while True:
            head = await reader.readuntil(b"\r\n\r\n") if not reader.at_eof() else b""
            if not head:
                break
            await asyncio.sleep(delay)
            writer.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 11\r\n\r\n{\"ok\":true}")
            await writer.drain()

    server = await asyncio.start_server(handle, "127.0.0.1", 0, ssl=ssl_context)
    return server, server.sockets[0].getsockname()[1], connections


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    d = tmp_path_factory.mktemp("tls")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost", "-keyout", str(d / "key.pem"), "-out", str(d / "cert.pem")],
        check=True, capture_output=True,
    )
    return d / "cert.pem", d / "key.pem"


async def test_plain_http_reuses_one_connection():
    server, port, connections = await _http_server()
    lane = LaneTransport(httpx.create_ssl_context())
    try:
        for _ in range(3):
            response = await lane.handle_async_request(httpx.Request("GET", f"http://127.0.0.1:{port}/x"))
            assert response.status_code == 200 and await response.aread() == b'{"ok":true}'
            await response.aclose()
        assert len(connections) == 1
    finally:
        await lane.aclose()
        server.close()


async def test_tls_is_verified_with_the_shared_context(certificate):
    cert, key = certificate
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    server, port, _ = await _http_server(server_ctx)
    try:
        trusted = LaneTransport(ssl.create_default_context(cafile=str(cert)))
        response = await trusted.handle_async_request(httpx.Request("GET", f"https://localhost:{port}/x"))
        assert response.status_code == 200
        await response.aread()
        await trusted.aclose()
        untrusted = LaneTransport(httpx.create_ssl_context())
        with pytest.raises(httpx.ConnectError):
            await untrusted.handle_async_request(httpx.Request("GET", f"https://localhost:{port}/x"))
        await untrusted.aclose()
    finally:
        server.close()


async def test_read_timeout_and_refused_connection_map_to_httpx_errors():
    server, port, _ = await _http_server(delay=1.0)
    lane = LaneTransport(httpx.create_ssl_context())
    try:
        request = httpx.Request("GET", f"http://127.0.0.1:{port}/slow")
        request.extensions = {"timeout": {"connect": 1.0, "read": 0.05, "write": 1.0, "pool": 1.0}}
        with pytest.raises(httpx.ReadTimeout):
            await lane.handle_async_request(request)
    finally:
        await lane.aclose()
        server.close()
    with pytest.raises(httpx.ConnectError):
        await LaneTransport(httpx.create_ssl_context()).handle_async_request(httpx.Request("GET", "http://127.0.0.1:9/"))
