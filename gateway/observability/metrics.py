"""Prometheus metrics of one gateway, on its own registry (two gateways can share a process).
Names follow the go-grpc-prometheus conventions so existing Grafana dashboards work; every
label comes from a closed set (method, code, route template, status class), never ids,
tokens or URLs."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram

_LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)


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

    def observe_upstream(self, method: str, route: str, status: int | None, seconds: float) -> None:
        klass = f"{status // 100}xx" if status else "error"
        self.upstream_requests.labels(method, route, klass).inc()
        self.upstream_duration.labels(method, route, klass).observe(seconds)
        if status == 429:
            self.upstream_429.labels(route).inc()


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
