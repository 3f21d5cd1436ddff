"""Prometheus metrics of one gateway, on its own registry (two gateways can share a process).
Names follow the go-grpc-prometheus conventions so existing Grafana dashboards work; every
label comes from a closed set (method, code, route template, status class), never ids,
tokens or URLs."""

from __future__ import annotations

from typing import Any, Callable, Iterable

import grpc
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.core import GaugeMetricFamily

_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)


UPSTREAM_CLASSES = ("2xx", "4xx", "5xx", "error")  # the status classes a route's series start with
WEBHOOK_OUTCOMES = ("accepted", "bad_signature", "unknown_request", "malformed", "unpublished")


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None):
        self.registry = registry or CollectorRegistry()
        labels = ("grpc_type", "grpc_service", "grpc_method")
        r = self.registry
        self.started = Counter("grpc_server_started_total", "RPCs started on the server.", labels, registry=r)
        self.handled = Counter(
            "grpc_server_handled_total", "RPCs completed on the server.", (*labels, "grpc_code"), registry=r
        )
        self.handling = Histogram(
            "grpc_server_handling_seconds", "Time to handle an RPC.", labels, buckets=_LATENCY_BUCKETS, registry=r
        )
        self.msg_received = Counter(
            "grpc_server_msg_received_total", "Stream messages received.", labels, registry=r
        )
        self.msg_sent = Counter("grpc_server_msg_sent_total", "Stream messages sent.", labels, registry=r)
        up = ("method", "route", "status_class")
        self.upstream_requests = Counter(
            "gateway_upstream_requests_total", "Upstream HTTP requests by route template and status class.", up, registry=r
        )
        self.upstream_duration = Histogram(
            "gateway_upstream_request_duration_seconds",
            "Upstream HTTP request duration by route template and status class.",
            up,
            buckets=_LATENCY_BUCKETS,
            registry=r,
        )
        self.upstream_429 = Counter(
            "gateway_upstream_rate_limited_total", "Upstream answers with HTTP 429, by route template.", ("route",), registry=r
        )
        self.upstream_up = Gauge(
            "gateway_upstream_up",
            "1 while the upstream answers the health probe (the `bria.upstream` health service), else 0.",
            registry=r,
        )
        self.upstream_probes = Counter(
            "gateway_upstream_probes_total", "Upstream health probes by result (ok, failed).", ("result",), registry=r
        )
        for result in ("ok", "failed"):
            self.upstream_probes.labels(result)
        self._upstream_children: dict[tuple[str, str, str], tuple[Any, Any]] = {}
        self.watch_streams = Gauge("gateway_watch_streams", "Open Watch streams.", registry=r)
        self.watch_pollers = Gauge("gateway_watch_pollers", "Running shared upstream pollers.", registry=r)
        self.webhook_deliveries = Counter(
            "gateway_webhook_deliveries_total",
            "Webhook deliveries by outcome (accepted, bad_signature, unknown_request, malformed, unpublished: "
            "verified and pushed here, but Redis was unreachable, so answered 503 for a retry).",
            ("outcome",),
            registry=r,
        )
        self.webhook_signature_failures = Counter(
            "gateway_webhook_signature_failures_total", "Webhook deliveries whose signature did not verify.", registry=r
        )

        self.quota_rejections = Counter(
            "gateway_quota_rejections_total",
            "Calls refused by the gateway's own quota, by tenant (named in the quota file, else `other`) "
            "and budget (rate, daily, cooldown, upstream).",
            ("tenant", "quota"),
            registry=r,
        )
        self.quota_cooldowns = Counter(
            "gateway_quota_cooldowns_total", "Upstream 429s that set a shared cool-down, by route template.", ("route",), registry=r
        )
        self.quota_store_fallback = Gauge(
            "gateway_quota_store_fallback", "1 while quotas come from this replica's local share because Redis is unreachable.", registry=r
        )
        self.quota_store_fallbacks = Counter(
            "gateway_quota_store_fallbacks_total", "Times this replica fell back from Redis to its local share.", registry=r
        )

    def known_methods(self, methods: Iterable[tuple[str, str, str]]) -> None:
        """Start every (grpc_type, grpc_service, grpc_method) series at zero, as go-grpc-prometheus
        does: otherwise a method's first calls never show in rate() or histogram_quantile()."""
        for labels in methods:
            self.started.labels(*labels)
            self.handling.labels(*labels)
            self.msg_received.labels(*labels)
            for code in grpc.StatusCode:
                self.handled.labels(*labels, code.name)

    def known_routes(self, routes: Iterable[tuple[str, str]]) -> None:
        """Start every per-route series at zero ((HTTP method, route template) pairs), so a route's
        first requests, errors and 429s show in rate() and in alerts."""
        for method, template in routes:
            self.upstream_429.labels(template)
            self.quota_cooldowns.labels(template)
            for klass in UPSTREAM_CLASSES:
                self.upstream_requests.labels(method, template, klass)
        for outcome in WEBHOOK_OUTCOMES:
            self.webhook_deliveries.labels(outcome)

    def add_quota_collector(self, read: Callable[[], Iterable[tuple[str, str, float, float]]]) -> None:
        """Publish `gateway_quota_remaining` and `gateway_quota_limit` computed at scrape time from
        `read()`, which yields (tenant, budget, limit, remaining) over a closed set of tenants."""
        self.registry.register(_QuotaCollector(read))

    def observe_upstream(self, method: str, route: str, status: int | None, seconds: float) -> None:
        klass = _STATUS_CLASS.get(status) or (f"{status // 100}xx" if status else "error")
        key = (method, route, klass)
        children = self._upstream_children.get(key)
        if children is None:  # a closed set: methods x route templates x status classes
            children = self._upstream_children[key] = (
                self.upstream_requests.labels(method, route, klass), self.upstream_duration.labels(method, route, klass)
            )
        children[0].inc()
        children[1].observe(seconds)
        if status == 429:
            self.upstream_429.labels(route).inc()

    def rpc_children(self, labels: tuple[str, str, str]) -> "RpcChildren":
        """The per-method series of one RPC method, looked up once (labels() takes a lock and
        builds a key on every call)."""
        return RpcChildren(self, labels)


_STATUS_CLASS = {status: f"{status // 100}xx" for status in range(100, 600)}


class RpcChildren:
    """One method's started and received counters and handling histogram, and its handled
    counter per status code (filled on first use)."""

    __slots__ = ("started", "msg_received", "handling", "_handled", "_labels", "_counter")

    def __init__(self, metrics: Metrics, labels: tuple[str, str, str]):
        self.started = metrics.started.labels(*labels)
        self.msg_received = metrics.msg_received.labels(*labels)
        self.handling = metrics.handling.labels(*labels)
        self._handled: dict[str, Any] = {}
        self._labels = labels
        self._counter = metrics.handled

    def handled(self, code: str):
        child = self._handled.get(code)
        if child is None:
            child = self._handled[code] = self._counter.labels(*self._labels, code)
        return child


class _QuotaCollector:
    def __init__(self, read: Callable[[], Iterable[tuple[str, str, float, float]]]):
        self._read = read

    def describe(self):
        return list(self._families())

    def collect(self):
        remaining, limit = self._families()
        for tenant, budget, most, left in self._read():
            limit.add_metric((tenant, budget), most)
            remaining.add_metric((tenant, budget), left)
        return [remaining, limit]

    @staticmethod
    def _families() -> tuple[GaugeMetricFamily, GaugeMetricFamily]:
        labels = ("tenant", "budget")
        return (
            GaugeMetricFamily("gateway_quota_remaining", "Quota units a tenant has left now, by budget.", labels=labels),
            GaugeMetricFamily("gateway_quota_limit", "Configured quota units of a tenant, by budget.", labels=labels),
        )


class MetricsServer:
    """`/metrics` over HTTP on its own port, from a daemon thread (scrapes never touch the
    event loop). Polls for shutdown every 50 ms so stopping a gateway is quick."""

    def __init__(self, registry: CollectorRegistry, host: str, port: int):
        import threading
        from http.server import ThreadingHTTPServer

        from prometheus_client.exposition import MetricsHandler

        self._httpd = ThreadingHTTPServer((host, port), MetricsHandler.factory(registry))
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_port
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="metrics", daemon=True
        )
        self._thread.start()

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
