"""A small HTTP listener in the gateway's event loop (uvicorn), for the webhook endpoint:
deliveries must reach the streams without a thread hop."""

from __future__ import annotations

import asyncio
import socket

import uvicorn


class HttpListener:
    def __init__(self, app, host: str, port: int):
        self._sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, port))
        self._sock.listen(512)
        self._sock.setblocking(False)
        self.port = self._sock.getsockname()[1]
        config = uvicorn.Config(
            app, http="httptools", interface="asgi3", access_log=False, log_level="warning", lifespan="off"
        )
        self._server = uvicorn.Server(config)
        self._server.install_signal_handlers = lambda: None  # the gateway owns the signals
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        # The socket already listens: deliveries queue in the backlog until uvicorn accepts.
        self._task = asyncio.get_running_loop().create_task(self._server.serve(sockets=[self._sock]))

    async def stop(self) -> None:
        if self._task is None:
            return
        self._server.should_exit = True
        await self._task
        self._task = None
