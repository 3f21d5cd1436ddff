"""One emulator instance: its state plus the control surface tests and the admin API use.

Everything lives on this object (no module globals), so several emulators can share a process.
"""
from __future__ import annotations

import random
from typing import Any, Callable

from .clock import Clock, Scheduler, SystemClock
from .config import EmulatorConfig, FaultRule
from .faults import FaultTable
from .ratelimit import RateLimiter
from .requestlog import RequestLog
from .store import Store
from .webhooks import WebhookSender


class Emulator:
    def __init__(self, config: EmulatorConfig, clock: Clock | None = None) -> None:
        self.initial_config = config
        self.config = config
        self.clock: Clock = clock or SystemClock()
        self.scheduler = Scheduler(self.clock)
        self.store = Store()
        self.limiter = RateLimiter()
        self.faults = FaultTable()
        self.log = RequestLog(config.request_log_size)
        self.webhooks = WebhookSender(self)
        self.rng = random.Random(1234)
        self.quota_used: dict[str, int] = {}
        # Set by serve(): closes a client's TCP connection without a response.
        self.abort_connection: Callable[[Any], bool] | None = None
        self._load_config_faults()

    def _load_config_faults(self) -> None:
        for rule in self.config.faults:
            self.faults.add(rule)

    # --- control surface -------------------------------------------------------------
    def reset(self) -> None:
        """Forget every resource, job, file, log entry, fault, limiter bucket, used quota and
        webhook delivery (in-flight deliveries are cancelled). Config and clock are kept."""
        self.scheduler.clear()
        self.store = Store()
        self.limiter.reset()
        self.faults = FaultTable()  # fault ids start at 1 again
        self.log = RequestLog(self.config.request_log_size)
        self.quota_used.clear()
        self.webhooks.reset()
        self.rng = random.Random(1234)
        self._load_config_faults()

    def reset_to_start(self, config: EmulatorConfig | None = None) -> None:
        """As if just started: `reset()`, plus the configuration it was created with (or
        `config`, which then becomes the one a later call restores) and its clock rewound to
        where it started (a ManualClock's start; the real clock without any advance)."""
        if config is not None:
            self.initial_config = config
        self.config = self.initial_config
        rewind = getattr(self.clock, "rewind", None)
        if rewind is not None:
            rewind()
        self.reset()

    def advance(self, seconds: float) -> float:
        advance = getattr(self.clock, "advance", None)
        if advance is None:
            raise TypeError("this clock cannot be advanced")
        advance(seconds)
        self.scheduler.run_due()
        return self.clock.now()

    def update_config(self, **updates: Any) -> EmulatorConfig:
        self.config = self.config.with_updates(updates)
        if "faults" in updates:
            self.faults.clear()
            self._load_config_faults()
        return self.config

    def add_fault(self, kind: str, **fields: Any) -> int:
        return self.faults.add(FaultRule(kind=kind, **fields)).id

    def clear_faults(self) -> None:
        self.faults.clear()

    def request_count(self, method: str | None = None, route: str | None = None) -> int:
        return self.log.count(method, route)

    def requests(self, method: str | None = None, route: str | None = None) -> dict[str, Any]:
        return self.log.to_json(method, route)

    def clear_requests(self) -> None:
        self.log.clear()

    def put_file(self, data: bytes, name: str = "upload.bin",
                 content_type: str = "application/octet-stream") -> str:
        """Hold bytes (e.g. a ZIP for bulk upload) and return their path under the base URL."""
        stored = self.store.add_file(name, content_type, self.clock.now(), data=data)
        return f"/files/{stored.id}/{name}"

    def webhook_deliveries(self) -> list[dict[str, Any]]:
        return list(self.webhooks.deliveries)

    async def drain_webhooks(self) -> None:
        await self.webhooks.drain()

    async def aclose(self) -> None:
        self.scheduler.clear()
        await self.webhooks.aclose()
