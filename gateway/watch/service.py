"""The Watch component: builds the shared pollers, the hub and the webhook bridge from its
settings sections (watch, webhooks), serves the four WatchService methods (one handler, the target decides the rest),
and ends every stream with UNAVAILABLE before the gateway stops."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, AsyncIterator, Callable, Mapping

import grpc
import httpx
import structlog
from google.protobuf.message import Message
from google.rpc import error_details_pb2

from ..credentials import Credentials
from ..dispatch import ResourceReader
from ..errors import R, GatewayError
from ..observability.logging import exception_fields
from ..observability.metrics import Metrics
from ..observability.rpc import CallState
from ..observability.tracing import Tracing
from ..quota.limiter import Limiter
from ..routing.rules import Route
from ..settings import WatchSection, WebhookSection
from ..webhook_keys import SigningKeys
from . import resources
from .hub import Hub
from .budget import LimiterBudget
from .cluster import Cluster, ClusterPoller
from .poller import Budget, Intervals, NoBudget, Poller
from .source import UpstreamSource
from .timing import RealTimer, Timer
from .webhooks import PATH, WebhookBridge

if TYPE_CHECKING:
    from .http import HttpListener

SERVICE = "bria.tailored.v1.WatchService"
METHODS = ("WatchModelTraining", "WatchCaptions", "WatchBulkUpload", "WatchJob")


def shutting_down() -> GatewayError:
    return GatewayError(
        grpc.StatusCode.UNAVAILABLE,
        "the gateway is shutting down: reconnect with the last resume_token",
        R.ERROR_REASON_GATEWAY_SHUTTING_DOWN,
    )


class Watch:
    def __init__(
        self,
        settings: WatchSection,
        webhooks: WebhookSection,
        *,
        reader: ResourceReader,
        check: Callable[[Message], None],
        routes: Mapping[str, Route],
        keys: SigningKeys,
        credentials: Credentials,
        metrics: Metrics,
        logger: structlog.typing.FilteringBoundLogger,
        timer: Timer | None = None,
        budget: Budget | None = None,
        limiter: Limiter | None = None,
        files_transport: httpx.AsyncBaseTransport | None = None,
        wall: Callable[[], float] = time.time,
        tracing: Tracing | None = None,
        cluster: Cluster | None = None,
    ):
        self._webhooks, self._check, self._credentials, self._log = webhooks, check, credentials, logger
        self.timer = timer or RealTimer()
        self._source = source = UpstreamSource(
            reader, routes, metrics, settings.poll_timeout_seconds, tracing, files_transport=files_transport
        )
        intervals = Intervals(
            initial=settings.poll_initial_seconds, factor=settings.poll_backoff, maximum=settings.poll_max_seconds,
        )
        if budget is None:
            budget = LimiterBudget(limiter, routes, self.timer) if limiter is not None else NoBudget()

        self.cluster = cluster
        coordinator = cluster.coordinator if cluster is not None else None

        def make_poller(target: resources.Target, token: str, tenant: str) -> Poller:
            options = dict(
                source=source, timer=self.timer, intervals=intervals, budget=budget,
                wall=wall, on_error=self._poller_failed, tracing=tracing,
            )
            if coordinator is not None:  # one poller per resource across the replicas
                return ClusterPoller(target, token, tenant, coordinator=coordinator, **options)
            return Poller(target, token, tenant, **options)

        self.hub = Hub(make_poller, gauges=(metrics.watch_streams, metrics.watch_pollers))
        self.bridge = WebhookBridge(
            self.hub,
            keys=keys,
            status_route=routes[resources.GET_STATUS],
            decode=reader.decode,
            metrics=metrics,
            tolerance_seconds=webhooks.tolerance_seconds,
            wall=wall,
            coordinator=coordinator,
            tracing=tracing,
        )
        self._listener: HttpListener | None = None
        self._file_hosts = settings.file_hosts
        self.webhook_port = 0

    def handlers(self) -> dict[str, Callable[..., AsyncIterator[Any]]]:
        return {f"/{SERVICE}/{name}": self._stream for name in METHODS}

    def _stream(self, request, context, state: CallState) -> AsyncIterator[Any]:
        """The stream's responses: the hub's own iterator, returned rather than re-yielded (one
        generator less held per open stream). A refused request raises here, at the call."""
        self._check(request)
        caller = self._credentials.resolve(state.metadata)
        state.tenant = caller.tenant
        target = resources.target(request)
        if target.kind is resources.V1_JOB:
            self._check_file_hosts(target.key)
        state.extra["watch_kind"] = target.kind.name
        return self.hub.watch(target, caller.token, caller.tenant, request.resume_token)

    def _check_file_hosts(self, urls: tuple[str, ...]) -> None:
        """The gateway probes placeholder URLs itself, so only hosts it trusts: the upstream's
        and those configured; anything else is refused before any request is made."""
        bad = [
            error_details_pb2.BadRequest.FieldViolation(
                field=f"placeholders.urls[{i}]", description="host is not an allowed placeholder host",
                reason="watch.file_host",
            )
            for i, url in enumerate(urls)
            if not host_allowed(httpx.URL(url).host, self._file_hosts)
        ]
        if bad:
            raise GatewayError(
                grpc.StatusCode.INVALID_ARGUMENT, "placeholder URLs on hosts the gateway does not probe",
                R.ERROR_REASON_REQUEST_INVALID, [error_details_pb2.BadRequest(field_violations=bad)],
            )

    def _poller_failed(self, exc: BaseException) -> None:
        self._log.error("watch_poller_failed", **exception_fields(exc))

    async def start(self, host: str, reuse_port: bool = False) -> None:
        """The webhook endpoint listens only when a public callback URL is configured (with
        SO_REUSEPORT when several workers share its port)."""
        if self.cluster is not None:
            await self.cluster.coordinator.start()
        if self._webhooks.public_callback_url and self._webhooks.port >= 0:
            from .http import HttpListener  # aiohttp's server side (1.6 MB RSS): only for webhooks

            self._listener = HttpListener(self.bridge.deliver, PATH, host, self._webhooks.port, reuse_port=reuse_port)
            await self._listener.start()
            self.webhook_port = self._listener.port

    async def stop(self) -> None:
        """End every stream with UNAVAILABLE (GATEWAY_SHUTTING_DOWN) and stop every poller."""
        await self.hub.close(shutting_down())
        if self._listener is not None:
            await self._listener.stop()
        if self.cluster is not None:
            await self.cluster.coordinator.aclose()
        await self._source.aclose()


def host_allowed(host: str, allowed: frozenset[str]) -> bool:
    host = host.lower()
    return host in allowed or any(h.startswith(".") and host.endswith(h) for h in allowed)
