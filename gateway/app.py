"""Composition root: builds and wires every object of one gateway from its Settings and owns
start and stop. Nothing here is global, so tests run several gateways in one process."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from typing import Callable

import httpx
import structlog
from grpc_health.v1 import health_pb2

from .credentials import Credentials
from .dispatch import Dispatcher
from .hooks import HOOKS, V2Generation
from .native import NATIVE_SERVICES, add_native_services
from .quota import build_limiter
from .quota.service import quota_handlers
from .observability.logging import build_logger
from .observability.metrics import Metrics, MetricsServer
from .observability.rpc import Observer
from .observability.tracing import Tracing
from .routing.codec import Codec
from .routing.rules import build_route_table, contract_services
from .server import add_health, add_reflection, add_routes, build_server
from .settings import Settings
from .upstream import Upstream
from .validation import RequestValidator
from .watch import Watch
from .watch.cluster import build_cluster
from .watch.timing import RealTimer, Timer
from .webhook_keys import SigningKeys

SERVING, NOT_SERVING = health_pb2.HealthCheckResponse.SERVING, health_pb2.HealthCheckResponse.NOT_SERVING
# The upstream's reachability, a health service of its own: the gateway's own status ("" and its
# services, which the Kubernetes probes ask) never depends on it, so a Bria outage does not take
# every replica out of the Service at once; callers get the gateway's UNAVAILABLE instead.
UPSTREAM_HEALTH = "bria.upstream"


class Gateway:
    def __init__(
        self,
        settings: Settings,
        *,
        transport_factory: Callable[[], httpx.AsyncBaseTransport] | None = None,
        logger: structlog.typing.FilteringBoundLogger | None = None,
        watch_timer: Timer | None = None,
        quota_clock: Callable[[], float] = time.time,
        tracing: Tracing | None = None,
        webhook_listener: bool = True,
    ):
        self.settings = settings
        self.log = logger or build_logger(settings.log_level)
        # Traces: on when OTEL_EXPORTER_OTLP_[TRACES_]ENDPOINT is set (observability/tracing.py).
        self.tracing = tracing or Tracing.from_env()
        # Each component receives its own section of the settings, nothing more.
        server, upstream, identity, webhooks = settings.server, settings.upstream, settings.identity, settings.webhooks
        if not webhook_listener:  # a worker other than the first: submits with the callback URL, never listens
            webhooks = dataclasses.replace(webhooks, port=-1)
        self._server_settings = server
        # `serve --workers N`: the workers share the gRPC port, and the webhook port when they listen
        self._reuse_port = settings.workers > 1
        services = contract_services()
        self.routes = build_route_table(services, NATIVE_SERVICES, frozenset(HOOKS))
        self.metrics = Metrics()
        # With Redis: one poller per watched resource across the replicas, webhook keys shared.
        self.cluster = build_cluster(
            settings.watch, webhooks, timer=watch_timer or RealTimer(), registry=self.metrics.registry, log=self.log
        )
        shared_keys = self.cluster.keys if self.cluster is not None else None
        # v2 jobs that will call back here, and the signing keys to verify them with.
        self.signing_keys = SigningKeys(webhooks.max_pending, shared_keys)
        hooks = {V2Generation.name: V2Generation(webhooks.public_callback_url, self.signing_keys)}
        self.service_names = [s.full_name for s in services]
        self.upstream = Upstream.from_settings(upstream, transport_factory, self.tracing)
        credentials = Credentials.from_settings(identity)
        self.metrics.known_routes({(route.http_method, route.template.template) for route in self.routes.values()})
        self.metrics.known_methods(("unary", route.service, route.method) for route in self.routes.values())
        self.limiter = build_limiter(settings.quota, self.metrics, self.log, quota_clock)
        if not identity.tenant_id_trusted:
            for name in sorted(set(self.limiter.policy.tenants) - credentials.names):
                # Only a credential selects a named tenant: this quota can never be spent.
                self.log.warning("quota_tenant_without_credential", tenant=name)
        validator = RequestValidator()
        self.dispatcher = Dispatcher(
            codec=Codec(),
            upstream=self.upstream,
            validator=validator,
            credentials=credentials,
            routes=self.routes,
            hooks=hooks,
            metrics=self.metrics,
            limiter=self.limiter,
            tracing=self.tracing,
        )
        self.watch = Watch(
            settings.watch,
            webhooks,
            reader=self.dispatcher,
            check=validator.check,
            routes=self.routes,
            keys=self.signing_keys,
            credentials=credentials,
            metrics=self.metrics,
            logger=self.log,
            timer=watch_timer,
            limiter=self.limiter,
            tracing=self.tracing,
            cluster=self.cluster,
        )
        self.native_handlers = {**self.watch.handlers(), **quota_handlers(self.limiter, credentials)}
        self.server = build_server(server.max_message_bytes, server.max_pending_calls, reuse_port=self._reuse_port)
        observer = Observer(self.metrics, self.log, self.tracing)
        add_routes(self.server, self.routes, self.dispatcher.handler, observer)
        add_native_services(self.server, observer, self.native_handlers)
        self.health = add_health(self.server)
        self._own_health = ("", *self.service_names)
        if server.reflection:
            add_reflection(self.server, self.service_names)
        self.port = 0
        self.metrics_port = 0
        self._metrics_server = None
        self._prober: asyncio.Task | None = None
        self._upstream_reachable: bool | None = None  # unknown until the first probe

    async def start(self) -> None:
        # Nothing says SERVING before it has been checked: the gateway's own services once the
        # server is up, the upstream once a probe has succeeded.
        for name in (*self._own_health, UPSTREAM_HEALTH):
            await self.health.set(name, NOT_SERVING)
        self.metrics.upstream_up.set(0)
        self.port = self.server.add_insecure_port(f"{self._server_settings.host}:{self._server_settings.port}")
        if self._server_settings.metrics_port >= 0:
            host = "127.0.0.1" if self._server_settings.host in ("127.0.0.1", "localhost") else self._server_settings.host
            self._metrics_server = MetricsServer(self.metrics.registry, host, self._server_settings.metrics_port)
            self.metrics_port = self._metrics_server.port
        await self.server.start()
        await self.watch.start(self._server_settings.host, reuse_port=self._reuse_port)
        for name in self._own_health:
            await self.health.set(name, SERVING)
        await self.probe_upstream()  # bounded by the probe's timeout; its result never blocks serving
        self._prober = asyncio.create_task(self._probe_forever())
        self.log.info("gateway_started", port=self.port, metrics_port=self.metrics_port,
                      webhook_port=self.watch.webhook_port or None, routes=len(self.routes))

    async def probe_upstream(self) -> bool:
        """`bria.upstream` tells the truth: SERVING only while the upstream answers HTTP at all
        (any status: a 404 at the root still proves the service is there), asked over the
        calls' own transport and proxy."""
        reachable = await self.upstream.reachable()
        if reachable != self._upstream_reachable:
            self.log.info("upstream_reachability", reachable=reachable)
        self._upstream_reachable = reachable
        self.metrics.upstream_up.set(1 if reachable else 0)
        self.metrics.upstream_probes.labels("ok" if reachable else "failed").inc()
        await self.health.set(UPSTREAM_HEALTH, SERVING if reachable else NOT_SERVING)
        return reachable

    async def _probe_forever(self) -> None:
        while True:
            await asyncio.sleep(self._server_settings.health_probe_seconds)
            await self.probe_upstream()

    async def stop(self, grace: float | None = None) -> None:
        """NOT_SERVING first, then drain in-flight calls for the grace period."""
        if self._prober is not None:
            self._prober.cancel()
            await asyncio.gather(self._prober, return_exceptions=True)
        await self.health.enter_graceful_shutdown()
        await self.watch.stop()  # streams end with UNAVAILABLE before the server stops
        await self.server.stop(self._server_settings.shutdown_grace_seconds if grace is None else grace)
        await self.upstream.aclose()
        await self.limiter.aclose()
        if self._metrics_server is not None:
            self._metrics_server.close()
        await asyncio.to_thread(self.tracing.shutdown)  # the last spans exported (bounded), off the loop
        self.log.info("gateway_stopped")
