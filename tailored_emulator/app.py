"""Composition root: the ASGI app serving `/v1`, `/v2`, `/files` and the `/_emulator` admin API."""
from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from . import (admin, routes_checkpoints, routes_datasets, routes_files, routes_helpers,
               routes_images, routes_models, routes_projects, routes_v1gen, routes_v2gen)
from .clock import Clock
from .config import EmulatorConfig
from .control import Emulator
from .http import Route, read_body, send_reply
from .pipeline import RESET, Pipeline

ALL_ROUTES: list[Route] = [
    *routes_projects.ROUTES, *routes_datasets.ROUTES, *routes_images.ROUTES,
    *routes_helpers.ROUTES, *routes_models.ROUTES, *routes_checkpoints.ROUTES,
    *routes_v1gen.ROUTES, *routes_v2gen.ROUTES, *routes_files.ROUTES,
]


class EmulatorApp:
    """A plain ASGI callable; `app.state.emulator` is the control surface."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self.state = SimpleNamespace(emulator=emulator)
        self._pipeline = Pipeline(emulator, ALL_ROUTES)

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        raw = await read_body(receive)
        method, path = scope["method"], scope["path"]
        if path.startswith("/_emulator"):
            await send_reply(send, await admin.handle(self.emulator, method, path, scope, raw))
            return
        reply = await self._pipeline.handle(scope, method, path, raw)
        if reply is not RESET:
            await send_reply(send, reply)  # type: ignore[arg-type]

    async def _lifespan(self, receive: Any, send: Any) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.emulator.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return


def create_app(config: EmulatorConfig | None = None, clock: Clock | None = None) -> EmulatorApp:
    return EmulatorApp(Emulator(config or EmulatorConfig(), clock))
