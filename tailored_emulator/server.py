"""Run the emulator on a real socket inside the current event loop (uvicorn + httptools)."""
from __future__ import annotations

import asyncio
import socket
from typing import Any

import uvicorn

from .app import EmulatorApp, create_app
from .clock import Clock
from .config import EmulatorConfig
from .control import Emulator


class RunningEmulator:
    """A started emulator: `.url`, `.port`, `.emulator` (control surface) and `stop()`."""

    def __init__(self, app: EmulatorApp, server: uvicorn.Server, task: asyncio.Task[None],
                 host: str, port: int) -> None:
        self.app = app
        self.emulator: Emulator = app.emulator
        self._server = server
        self._task = task
        self.host, self.port = host, port
        self.url = f"http://{host}:{port}"

    def __getattr__(self, name: str) -> Any:
        # Control methods (reset, advance, add_fault, request_count, put_file, ...) pass through.
        return getattr(self.emulator, name)

    def file_url(self, path: str) -> str:
        return self.url + path

    def in_flight(self) -> int:
        """HTTP requests being handled right now."""
        return len(self._server.server_state.tasks)

    async def settle(self, timeout: float = 1.0) -> None:
        """Wait up to `timeout` seconds for the requests in flight to finish, then cancel the
        rest (e.g. one held by a latency fault after its client went away), so none of them
        touches the state after a reset. In-flight webhook deliveries are left to `reset()`."""
        running = set(self._server.server_state.tasks)
        if not running:
            return
        _, pending = await asyncio.wait(running, timeout=timeout)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=timeout)

    async def stop(self) -> None:
        self._server.should_exit = True
        await self._task
        await self.emulator.aclose()

    async def __aenter__(self) -> "RunningEmulator":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()


def _abort_hook(server: uvicorn.Server):  # noqa: ANN202
    """Find the connection of a given client address and drop it (emulated TCP reset)."""
    def abort(client: Any) -> bool:
        for protocol in list(server.server_state.connections):
            if getattr(protocol, "client", None) == tuple(client or ()):
                transport = getattr(protocol, "transport", None)
                if transport is not None:
                    transport.abort()
                    return True
        return False
    return abort


async def serve(config: EmulatorConfig | None = None, host: str = "127.0.0.1", port: int = 0,
                clock: Clock | None = None) -> RunningEmulator:
    app = create_app(config or EmulatorConfig(), clock)
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    if sock.family in (socket.AF_INET, socket.AF_INET6):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)  # headers and body are two writes
    sock.bind((host, port))
    sock.listen(2048)
    sock.setblocking(False)
    uv_config = uvicorn.Config(app, http="httptools", access_log=False, log_level="warning",
                               lifespan="off", timeout_graceful_shutdown=2, backlog=2048)
    server = uvicorn.Server(uv_config)
    server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
    app.emulator.abort_connection = _abort_hook(server)
    task = asyncio.get_running_loop().create_task(server.serve(sockets=[sock]))
    bound = sock.getsockname()[1]
    # The socket already listens, so clients can connect before uvicorn finishes starting.
    while not server.started and not task.done():
        await asyncio.sleep(0.005)
    if task.done():
        task.result()
    return RunningEmulator(app, server, task, host, bound)
