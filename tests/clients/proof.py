"""What every language's proof test shares: the proof program as a subprocess that prints one
JSON object a line and waits for a line on stdin where the test has something to check (a
gauge), and a loopback TCP relay whose connections the test can cut mid-stream (the client
then sees UNAVAILABLE and must resume with its resume_token)."""

from __future__ import annotations

import asyncio
import json

import pytest

LINE_TIMEOUT = 60.0  # seconds for any one line of a program (training takes a few)


class Program:
    """`key` names the field that says which step a line reports. Strict programs must report
    the expected step next; others may report steps the test does not look at in between. A
    line whose step is "error" or "failed" fails the test at once."""

    def __init__(self, proc: asyncio.subprocess.Process, key: str = "step", strict: bool = False):
        self.proc, self.key, self.strict = proc, key, strict
        self.seen: list[dict] = []

    async def next(self) -> dict:
        raw = await asyncio.wait_for(self.proc.stdout.readline(), LINE_TIMEOUT)
        if not raw:
            stderr = (await self.proc.stderr.read()).decode(errors="replace")
            pytest.fail(f"the program ended; seen {self.seen}; stderr:\n{stderr[-4000:]}")
        record = json.loads(raw)
        self.seen.append(record)
        if record.get(self.key) in ("error", "failed"):
            pytest.fail(f"the program failed: {record}")
        return record

    async def expect(self, step: str) -> dict:
        while True:
            record = await self.next()
            if record.get(self.key) == step:
                return record
            assert not self.strict, (step, self.seen)

    async def send(self, line: str = "") -> None:
        self.proc.stdin.write(f"{line}\n".encode())
        await self.proc.stdin.drain()


class Relay:
    """A TCP forwarder on 127.0.0.1 to `upstream` (host:port) whose open connections can be cut."""

    def __init__(self, upstream: str):
        self.host, port = upstream.rsplit(":", 1)
        self.port = int(port)
        self.writers: set[asyncio.StreamWriter] = set()
        self.accepted = 0
        self.server: asyncio.base_events.Server | None = None

    async def start(self) -> str:
        self.server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return f"127.0.0.1:{self.server.sockets[0].getsockname()[1]}"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.accepted += 1
        up_reader, up_writer = await asyncio.open_connection(self.host, self.port)
        self.writers |= {writer, up_writer}

        async def pump(src: asyncio.StreamReader, dst: asyncio.StreamWriter) -> None:
            try:
                while data := await src.read(65536):
                    dst.write(data)
                    await dst.drain()
            except (ConnectionError, OSError):
                pass
            finally:
                dst.close()

        await asyncio.gather(pump(reader, up_writer), pump(up_reader, writer))
        self.writers -= {writer, up_writer}

    def cut(self) -> int:
        """Aborts every open connection; returns how many client connections there were."""
        cut = list(self.writers)
        for writer in cut:
            writer.transport.abort()
        return len(cut) // 2

    async def stop(self) -> None:
        self.cut()
        self.server.close()
        await self.server.wait_closed()
