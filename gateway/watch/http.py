"""The webhook endpoint's HTTP listener, in the gateway's own event loop (deliveries must reach
the streams without a thread hop), on aiohttp's server: the same engine the upstream client
runs on, so the gateway needs no second HTTP stack. `POST <path>` only: other paths answer 404,
other methods 405, bodies over `max_body` 413, all by aiohttp itself."""

from __future__ import annotations

import inspect
import socket
from typing import Awaitable, Callable, Mapping

from aiohttp import web

# (lower-cased headers, body) -> HTTP status, or an awaitable of it
Deliver = Callable[[Mapping[str, str], bytes], "int | Awaitable[int]"]


class HttpListener:
    def __init__(self, deliver: Deliver, path: str, host: str, port: int, max_body: int = 1 << 20,
                 reuse_port: bool = False):
        self._sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if reuse_port:  # `serve --workers N`: every worker listens, the kernel spreads connections
            self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        self._sock.bind((host, port))
        self._sock.listen(512)
        self._sock.setblocking(False)
        self.port = self._sock.getsockname()[1]

        async def handle(request: web.Request) -> web.Response:
            headers = {k.lower(): v for k, v in request.headers.items()}
            status = deliver(headers, await request.read())
            if inspect.isawaitable(status):
                status = await status
            return web.Response(status=status)

        app = web.Application(client_max_size=max_body)
        app.router.add_post(path, handle)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)

    async def start(self) -> None:
        # The socket already listens: deliveries queue in the backlog until the server accepts.
        await self._runner.setup()
        await web.SockSite(self._runner, self._sock).start()

    async def stop(self) -> None:
        await self._runner.cleanup()
