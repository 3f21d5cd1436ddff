"""The Grafana dashboard (tools/build_dashboard.py): the committed JSON is what the builder makes
(both copies), every query selects the namespace/pod variables and parses as PromQL, and every
query returns data from a real Prometheus (Debian package) scraping a real gateway on loopback
that a bounded load drove through every panel's series: errors, an upstream 429 and a 503,
local quota refusals of a named tenant, a Redis that stops after the first scrape (the quota
store and the watch coordination fall back), a Watch stream and its poller, and webhook
deliveries (accepted and forged). The same Prometheus loads the alert rules: they evaluate
without errors, and the three the load provokes become active.
Every wait is a bounded poll of Prometheus's API."""

from __future__ import annotations

import asyncio
import json
import math
import socket
import subprocess
import sys
import time
from pathlib import Path

import grpc
import httpx
import promql_parser
import pytest

from bria.tailored.v1 import generation_pb2 as G
from bria.tailored.v1 import generation_pb2_grpc
from bria.tailored.v1 import projects_pb2 as pp
from bria.tailored.v1 import projects_pb2_grpc as pg
from bria.tailored.v1 import watch_pb2 as W
from bria.tailored.v1 import watch_pb2_grpc
from gateway import webhook_signing
from gateway.app import Gateway
from gateway.credentials import token_sha256
from gateway.observability.logging import build_logger
from gateway.watch import webhooks
from tests.conftest import METADATA, TOKEN, gateway_settings
from tests.watch.conftest import trained_model
from tests.quota.conftest import redis_server  # noqa: F401  (fixture)
from tests.support import require_binary

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "deploy" / "grafana" / "tailored-gateway.json"
CHART_COPY = ROOT / "helm" / "tailored-gateway" / "files" / "dashboard.json"
ALERTS = ROOT / "deploy" / "prometheus" / "alerts.yaml"

# What the variables stand for in this test: the labels the scrape config adds to the target,
# as a Kubernetes ServiceMonitor would. `$__rate_interval` is Grafana's; 1m covers the test.
NAMESPACE, POD = "tailored-ci", "tailored-gateway-0"
SUBSTITUTIONS = {"$__rate_interval": "1m", "$namespace": NAMESPACE, "$pod": POD}
ALPHA_TOKEN = "tok-dashboard-alpha-7"  # bound to the named tenant `alpha` by the tenants file
ALPHA = (("api_token", ALPHA_TOKEN),)
PROJECTS = "/v1/tailored-gen/projects"
# Every metric the gateway exports that an operator watches must be on some panel.
REQUIRED_METRICS = {
    "up", "grpc_server_started_total", "grpc_server_handled_total", "grpc_server_handling_seconds_bucket",
    "gateway_upstream_requests_total", "gateway_upstream_request_duration_seconds_bucket",
    "gateway_upstream_rate_limited_total", "gateway_quota_rejections_total", "gateway_quota_remaining",
    "gateway_quota_limit", "gateway_watch_streams", "gateway_watch_pollers", "gateway_webhook_deliveries_total",
    "gateway_webhook_signature_failures_total", "gateway_quota_store_fallback",
    "gateway_quota_store_fallbacks_total", "gateway_upstream_up", "gateway_upstream_probes_total",
    "gateway_watch_coordination_fallback", "gateway_watch_coordination_fallbacks_total",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def panels(dashboard: dict) -> list[dict]:
    return [p for p in dashboard["panels"] if p["type"] != "row"]


def targets(dashboard: dict) -> list[tuple[str, dict]]:
    """(panel title, target) of every query on the dashboard."""
    return [(p["title"], t) for p in panels(dashboard) for t in p["targets"]]


def substitute(expr: str) -> str:
    for name, value in sorted(SUBSTITUTIONS.items(), key=lambda kv: -len(kv[0])):
        expr = expr.replace(name, value)
    assert "$" not in expr, f"a variable the test does not know: {expr}"
    return expr


def selectors(expr: str) -> list[promql_parser.VectorSelector]:
    found: list[promql_parser.VectorSelector] = []
    promql_parser.walk(promql_parser.parse(expr), lambda node: found.append(node)
                       if isinstance(node, promql_parser.VectorSelector) else None)
    return found


@pytest.fixture(scope="module")
def dashboard() -> dict:
    return json.loads(DASHBOARD.read_text())


# ---- the artifact -------------------------------------------------------------------------------

def test_committed_dashboard_is_what_the_builder_makes():
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "build_dashboard.py"), "--check"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, f"stale dashboard (run python tools/build_dashboard.py):\n{run.stderr}"
    assert CHART_COPY.read_bytes() == DASHBOARD.read_bytes()


def test_variables_and_datasource(dashboard):
    variables = {v["name"]: v for v in dashboard["templating"]["list"]}
    assert variables["datasource"]["type"] == "datasource" and variables["datasource"]["query"] == "prometheus"
    assert variables["namespace"]["type"] == variables["pod"]["type"] == "query"
    assert "$namespace" in variables["pod"]["query"]  # pods of the chosen namespace only
    assert variables["pod"]["includeAll"] and variables["pod"]["allValue"] == ".*"
    assert len({p["id"] for p in dashboard["panels"]}) == len(dashboard["panels"])
    for title, target in targets(dashboard):
        assert target["datasource"] == {"type": "prometheus", "uid": "${datasource}"}, title
        assert target["expr"] and target["refId"], title


def test_every_query_parses_and_selects_namespace_and_pod(dashboard):
    used = set()
    for title, target in targets(dashboard):
        expr = substitute(target["expr"])
        found = selectors(expr)  # raises on a query Prometheus would refuse
        assert found, (title, expr)
        for selector in found:
            used.add(selector.name)
            labels = {(m.name, str(m.op), m.value) for m in selector.matchers.matchers}
            assert ("namespace", str(promql_parser.MatchOp.Equal), NAMESPACE) in labels, (title, selector.name)
            assert ("pod", str(promql_parser.MatchOp.Re), POD) in labels, (title, selector.name)
    assert REQUIRED_METRICS <= used, f"no panel for {sorted(REQUIRED_METRICS - used)}"


# ---- against a real Prometheus ---------------------------------------------------------------------

class NotReady(Exception):
    """Prometheus does not listen yet, or answers 503 while it starts."""


class Prometheus:
    """One Prometheus process on 127.0.0.1 scraping one target every second."""

    def __init__(self, binary: str, workdir: Path, target_port: int):
        config = workdir / "prometheus.yml"
        config.write_text(json.dumps({  # JSON is YAML
            "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
            "rule_files": [str(ALERTS)],
            "scrape_configs": [{
                "job_name": "tailored-gateway",
                "static_configs": [{"targets": [f"127.0.0.1:{target_port}"],
                                    "labels": {"namespace": NAMESPACE, "pod": POD}}],
            }],
        }))
        self.base = f"http://127.0.0.1:{free_port()}"
        self.proc = subprocess.Popen(
            [binary, f"--config.file={config}", f"--storage.tsdb.path={workdir / 'data'}",
             f"--web.listen-address={self.base.removeprefix('http://')}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.client = httpx.AsyncClient(base_url=self.base, timeout=5)

    async def api(self, path: str, **params) -> object:
        try:
            reply = await self.client.get(f"/api/v1/{path}", params=params)
        except httpx.TransportError as exc:
            raise NotReady(str(exc)) from exc
        if reply.status_code == 503:
            raise NotReady(reply.text)
        body = reply.json()
        assert body["status"] == "success", body
        return body["data"]

    async def until(self, what: str, check, timeout: float = 20.0):
        """Poll `check()` (an awaitable that returns a truthy value when satisfied) until it is."""
        deadline = time.monotonic() + timeout
        last = None
        while True:
            try:
                last = await check()
            except NotReady:
                if self.proc.poll() is not None:
                    raise AssertionError(f"prometheus exited with {self.proc.returncode}")
            if last:
                return last
            if time.monotonic() > deadline:
                raise AssertionError(f"{what}: not satisfied in {timeout}s; last {last!r}")
            await asyncio.sleep(0.2)

    async def value(self, expr: str) -> float:
        result = await self.api("query", query=expr)
        return max((float(r["value"][1]) for r in result["result"]), default=math.nan)

    async def close(self) -> None:
        await self.client.aclose()
        self.proc.terminate()
        self.proc.wait(15)


def _positive_points(result: dict) -> list[tuple[dict, float]]:
    """(labels, value) of every finite positive sample of a query result (range or instant)."""
    out = []
    for series in result["result"]:
        points = series.get("values") or [series["value"]]
        out += [(series["metric"], float(v)) for _, v in points if math.isfinite(float(v)) and float(v) > 0]
    return out


@pytest.fixture
async def observed(emulator, tmp_path, redis_server):  # noqa: F811
    """A gateway with a quota file (named tenant `alpha`), a real Redis (the test stops it), a
    webhook endpoint and a 1 s upstream probe, scraped by a real Prometheus that also loads the
    alerts. Yields the gateway, Prometheus and the Redis server."""
    binary = require_binary("prometheus")
    (tmp_path / "tenants.json").write_text(json.dumps(
        {"tenants": [{"name": "alpha", "token_sha256": token_sha256(ALPHA_TOKEN)}]}))
    (tmp_path / "quota.json").write_text(json.dumps({
        "defaults": {"rate": "100/s", "burst": 100},
        "tenants": {"alpha": {"rate": "1/h", "burst": 3, "daily": 1000}},
    }))
    hook_port = free_port()
    settings = gateway_settings(
        emulator.url,
        tenants_file=str(tmp_path / "tenants.json"),
        quota_file=str(tmp_path / "quota.json"),
        redis_url=redis_server.url,  # quotas and watch coordination; stopped after the first scrape
        quota_redis_timeout_seconds=0.2,
        quota_redis_retry_seconds=60.0,
        public_callback_url=f"http://127.0.0.1:{hook_port}{webhooks.PATH}",
        webhook_port=hook_port,
        webhook_tolerance_seconds=0,  # the emulator's manual clock is not the wall clock
        health_probe_seconds=1.0,
        retry_max_attempts=1,
    )
    gw = Gateway(settings, logger=build_logger("error"))
    await gw.start()
    assert gw.cluster is not None and gw.cluster.coordinator.up  # coordinating through Redis
    prometheus = Prometheus(binary, tmp_path, gw.metrics_port)
    try:
        yield gw, prometheus, redis_server
    finally:
        await prometheus.close()
        await gw.stop(0)


async def _forged_delivery(url: str, request_id: str) -> None:
    """A delivery for a real request, signed with the wrong token (a bad signature)."""
    body = json.dumps({"status": "COMPLETED", "request_id": request_id, "result": {}}).encode()
    headers = webhook_signing.headers("not-the-token", request_id, 1_767_225_600, body)
    async with httpx.AsyncClient(timeout=5) as client:
        assert (await client.post(url, content=body, headers=headers)).status_code == 401


async def _drive(gw: Gateway, prometheus: Prometheus, emulator) -> None:
    """A bounded load that makes every panel's series move. Prometheus has scraped the idle
    gateway at least once before, so each counter's increase shows in rate()."""
    async with grpc.aio.insecure_channel(f"127.0.0.1:{gw.port}") as channel:
        projects = pg.ProjectServiceStub(channel)
        sel = f'namespace="{NAMESPACE}", pod="{POD}"'
        # The upstream series are born at their first request (labelled by route and status
        # class), so rate() only sees requests after a scrape that saw them: call on both sides.
        await projects.ListProjects(pp.ListProjectsRequest(), metadata=METADATA)
        expr = f'gateway_upstream_requests_total{{{sel}, route="{PROJECTS}", status_class="2xx"}}'
        await prometheus.until(f"{expr} scraped", lambda: _above_zero(prometheus, expr))
        for _ in range(5):  # OK calls
            await projects.ListProjects(pp.ListProjectsRequest(), metadata=METADATA)
        for code, call in (
            (grpc.StatusCode.NOT_FOUND, lambda: projects.GetProject(pp.GetProjectRequest(project_id=987654),
                                                                    metadata=METADATA)),
            (grpc.StatusCode.UNAUTHENTICATED, lambda: projects.ListProjects(pp.ListProjectsRequest())),
        ):
            with pytest.raises(grpc.aio.AioRpcError) as err:
                await call()
            assert err.value.code() == code
        emulator.add_fault("error", route=f"{PROJECTS}/*", status=503, count=1)  # a server-side failure
        with pytest.raises(grpc.aio.AioRpcError) as err:
            await projects.GetProject(pp.GetProjectRequest(project_id=1), metadata=METADATA)
        assert err.value.code() == grpc.StatusCode.UNAVAILABLE
        emulator.add_fault("rate_limit", route=PROJECTS, retry_after=60, count=1)  # one upstream 429
        for _ in range(3):  # the 429, then the cool-down refuses locally
            with pytest.raises(grpc.aio.AioRpcError) as err:
                await projects.ListProjects(pp.ListProjectsRequest(), metadata=METADATA)
            assert err.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        codes = []
        for _ in range(5):  # alpha's burst is 3 at 1/h: two refusals
            try:
                await projects.ListProjects(pp.ListProjectsRequest(), metadata=ALPHA)
                codes.append(grpc.StatusCode.OK)
            except grpc.aio.AioRpcError as exc:
                codes.append(exc.code())
        assert codes == [grpc.StatusCode.OK] * 3 + [grpc.StatusCode.RESOURCE_EXHAUSTED] * 2

        # A v2 generation whose job calls the gateway back, watched until the webhook ends it.
        async with httpx.AsyncClient(base_url=emulator.url, headers={"api_token": TOKEN}, timeout=10) as upstream:
            model_id = await trained_model(upstream, emulator)
        submitted = await generation_pb2_grpc.GenerationServiceStub(channel).GenerateImage(
            G.GenerateImageRequest(tailored_model_id=model_id, prompt="a cat"), metadata=METADATA)
        call = watch_pb2_grpc.WatchServiceStub(channel).WatchJob(
            W.WatchJobRequest(request_id=submitted.request_id), metadata=METADATA)
        await call.read()  # the stream is open and its poller runs
        await _forged_delivery(gw.settings.public_callback_url, submitted.request_id)
        for expr in (f"gateway_watch_streams{{{sel}}}", f"gateway_watch_pollers{{{sel}}}",
                     f'gateway_webhook_deliveries_total{{{sel}, outcome="bad_signature"}}'):
            await prometheus.until(f"{expr} scraped", lambda e=expr: _above_zero(prometheus, e))
        await _forged_delivery(gw.settings.public_callback_url, submitted.request_id)  # a second one: its rate() is positive
        emulator.advance(2)  # the job completes upstream; the emulator delivers the signed webhook
        rest = [m async for m in _read_rest(call)]
        assert rest and rest[-1].terminal
        await emulator.drain_webhooks()
        # Redis is stopped by now: the stream ended here, and the delivery is answered 503 so the
        # upstream delivers again for the other replicas (gateway/watch/webhooks.py)
        assert emulator.webhook_deliveries()[-1]["status_code"] == 503
        assert gw.metrics.registry.get_sample_value(
            "gateway_webhook_deliveries_total", {"outcome": "unpublished"}) == 1


async def _read_rest(call):
    while (message := await asyncio.wait_for(call.read(), 10)) is not grpc.aio.EOF:
        yield message


async def _above_zero(prometheus: Prometheus, expr: str) -> bool:
    return (await prometheus.value(expr)) > 0


async def test_every_query_returns_data_from_a_real_prometheus(observed, emulator, dashboard):
    gw, prometheus, redis = observed
    started = time.time()
    await prometheus.until("first scrape", lambda: _above_zero(
        prometheus, f'up{{job="tailored-gateway", namespace="{NAMESPACE}", pod="{POD}"}}'))
    # Redis goes away after a scrape saw both fallback counters at zero, so their rate() shows
    # the fallbacks: the watch coordination's at once (its subscriber), the quota store's at the
    # first quota decision of the load.
    sel = f'namespace="{NAMESPACE}", pod="{POD}"'
    fallback = f"gateway_watch_coordination_fallback{{{sel}}}"
    assert await prometheus.value(fallback) == 0
    await asyncio.to_thread(redis.stop)
    await prometheus.until(f"{fallback} scraped as 1", lambda: _above_zero(prometheus, fallback))
    await _drive(gw, prometheus, emulator)

    # The variables' own queries (Grafana's label_values) through the labels API.
    namespaces = await prometheus.api("label/namespace/values", **{"match[]": "gateway_upstream_up"})
    pods = await prometheus.api("label/pod/values", **{"match[]": f'gateway_upstream_up{{namespace="{NAMESPACE}"}}'})
    assert namespaces == [NAMESPACE] and pods == [POD]

    # Every query as the panel runs it (range or instant) must give a finite positive sample.
    pending = {(title, t["refId"]): t for title, t in targets(dashboard)}

    async def all_answered():
        for key, target in list(pending.items()):
            expr = substitute(target["expr"])
            if target.get("instant"):
                result = await prometheus.api("query", query=expr)
            else:
                result = await prometheus.api("query_range", query=expr, start=started, end=time.time(), step=1)
            if _positive_points(result):
                del pending[key]
        return not pending or None

    try:
        await prometheus.until("every dashboard query returns data", all_answered, timeout=20)
    except AssertionError:
        raise AssertionError(f"queries without data: {sorted(pending)}") from None

    # Facts a reader of the panels relies on, checked on the real series.
    async def labels_of(expr: str, label: str) -> set[str]:
        result = await prometheus.api("query_range", query=substitute(expr), start=started, end=time.time(), step=1)
        return {labels.get(label, "") for labels, _ in _positive_points(result)}

    exprs = {(title, t["refId"]): t["expr"] for title, t in targets(dashboard)}
    assert await labels_of(exprs["Upstream 429s by route", "A"], "route") == {PROJECTS}
    assert "alpha" in await labels_of(exprs["Local quota rejections by tenant", "A"], "tenant")
    assert {"NOT_FOUND", "UNAVAILABLE", "RESOURCE_EXHAUSTED", "UNAUTHENTICATED"} <= await labels_of(
        exprs["Non-OK ratio by code", "A"], "grpc_code")
    assert "bad_signature" in await labels_of(exprs["Webhook deliveries by outcome", "A"], "outcome")

    # The alert rules evaluate against the real series; the Redis fallbacks and alpha's spent
    # burst make three of them pending (their `for` is minutes), and nothing else is active.
    PROVOKED = {"TailoredGatewayQuotaStoreFallback", "TailoredGatewayWatchCoordinationFallback",
                "TailoredGatewayQuotaNearlyExhausted"}
    async def rules_evaluated():
        groups = (await prometheus.api("rules"))["groups"]
        rules = [r for g in groups for r in g["rules"]]
        return rules if rules and all(r.get("lastEvaluation", "").startswith("20") and r["health"] != "unknown"
                                      for r in rules) else None

    rules = await prometheus.until("rules evaluated", rules_evaluated)
    assert {r["name"]: r["health"] for r in rules if r["health"] != "ok"} == {}

    async def active():
        alerts = (await prometheus.api("alerts"))["alerts"]
        names = {a["labels"]["alertname"] for a in alerts}
        return names if PROVOKED <= names else None

    names = await prometheus.until("alerts pending", active)
    assert names == PROVOKED
