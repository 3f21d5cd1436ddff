"""Local emulator of Bria's Tailored Generation REST API (v1 training/legacy, v2 generation).

The default upstream for the demo, the tests and developers without Bria credentials; a
package of its own beside `gateway/`, installed with `pip install 'tailored-gateway[emulator]'`.
It may import from `gateway` (shared modules such as `gateway.webhook_signing`); the gateway
imports it only from its command line (tests/unit/test_layering.py).
See README.md in this folder for the admin API and the deterministic triggers.

The names below load on first use, so `tailored_emulator.cli` and `.config` (argparse and
dataclasses only) import without the server's dependencies.
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "EmulatorApp": "app", "create_app": "app", "main": "cli",
    "Clock": "clock", "ManualClock": "clock", "Scheduler": "clock", "SystemClock": "clock",
    "Durations": "config", "EmulatorConfig": "config", "FaultRule": "config",
    "Emulator": "control", "RunningEmulator": "server", "serve": "server",
}
__all__ = ["Clock", "Durations", "Emulator", "EmulatorApp", "EmulatorConfig", "FaultRule",
           "ManualClock", "RunningEmulator", "Scheduler", "SystemClock", "create_app", "main",
           "serve"]
assert sorted(_EXPORTS) == __all__

if TYPE_CHECKING:
    from .app import EmulatorApp, create_app
    from .cli import main
    from .clock import Clock, ManualClock, Scheduler, SystemClock
    from .config import Durations, EmulatorConfig, FaultRule
    from .control import Emulator
    from .server import RunningEmulator, serve


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
