"""A hostile fake upstream on 127.0.0.1: a raw asyncio HTTP/1.1 server (no framework between
the script and the socket) that answers each request with whatever the test's script returns —
any status line, any headers, bodies of any bytes, trickled, oversized, truncated or none at
all — and records the exact request target the gateway sent."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Callable


@dataclass
class Seen:
    method: str
    target: str  # the raw request target, exactly as sent
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]


@dataclass
class Answer:
    status: int = 200
    body: bytes = b"{}"
    headers: list[tuple[str, str]] = field(default_factory=lambda: [("content-type", "application/json")])
    reason: str = "X"
    trickle: float = 0.0  # seconds between single bytes of the body
    content_length: int | None = None  # declared length (default: the body's)
    chunked: bool = False
    close: bool = False  # close the connection after answering
    raw: bytes | None = None  # send exactly these bytes instead (then close)
    interim: bytes = b""  # bytes before the answer (1xx responses)


class HostileUpstream:
    def __init__(self, script: Callable[[Seen], Answer] | None = None):
        self.script: Callable[[Seen], Answer] = script or (lambda seen: Answer())
        self.seen: list[Seen] = []
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> "HostileUpstream":
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0, limit=1 << 20)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            for writer in list(self._writers):
                writer.close()
            await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = (lines[0].split(" ", 2) + ["", ""])[:3]
                headers = {}
                for line in lines[1:]:
                    if ":" in line:
                        k, v = line.split(":", 1)
                        headers[k.strip().lower()] = v.strip()
                length = int(headers.get("content-length", "0") or 0)
                body = await reader.readexactly(length) if length else b""
                seen = Seen(method, target, headers, body)
                self.seen.append(seen)
                answer = self.script(seen)
                if not await self._answer(writer, answer):
                    return
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        finally:
            self._writers.discard(writer)
            writer.close()

    async def _answer(self, writer: asyncio.StreamWriter, a: Answer) -> bool:
        """Write one answer; False when the connection is to be closed."""
        if a.raw is not None:
            writer.write(a.raw)
            await writer.drain()
            return False
        lines = [f"HTTP/1.1 {a.status} {a.reason}"]
        lines += [f"{k}: {v}" for k, v in a.headers]
        if a.chunked:
            lines.append("transfer-encoding: chunked")
        else:
            lines.append(f"content-length: {len(a.body) if a.content_length is None else a.content_length}")
        if a.close:
            lines.append("connection: close")
        head = a.interim + ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", "replace")
        writer.write(head)
        if a.chunked:
            for i in range(0, len(a.body), 65536):
                piece = a.body[i : i + 65536]
                writer.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                await writer.drain()
            writer.write(b"0\r\n\r\n")
        elif a.trickle:
            for byte in a.body:
                writer.write(bytes([byte]))
                await writer.drain()
                await asyncio.sleep(a.trickle)
        else:
            writer.write(a.body)
        await writer.drain()
        return not a.close and (a.content_length is None or a.content_length == len(a.body))
