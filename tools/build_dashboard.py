#!/usr/bin/env python3
"""Builds the gateway's Grafana dashboard with grafana-foundation-sdk's typed builders and writes
the same bytes to every place that ships it:

    deploy/grafana/tailored-gateway.json          (import by hand, or provision from a file)
    helm/tailored-gateway/files/dashboard.json    (the chart puts it in a dashboard ConfigMap)

    python tools/build_dashboard.py           # write both files
    python tools/build_dashboard.py --check   # exit 1 with a diff when a file is stale

Every query selects `namespace="$namespace", pod=~"$pod"` (the labels a Kubernetes scrape adds),
and counters go through `rate(...[$__rate_interval])`. tests/deploy/test_dashboard.py runs every
query against a real Prometheus scraping a real gateway."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from grafana_foundation_sdk.builders import common as cb
from grafana_foundation_sdk.builders import dashboard as db
from grafana_foundation_sdk.builders import prometheus as pb
from grafana_foundation_sdk.builders import stat as statb
from grafana_foundation_sdk.builders import statetimeline as stateb
from grafana_foundation_sdk.builders import timeseries as tsb
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models import common as cm
from grafana_foundation_sdk.models import dashboard as dm

from generated_files import write_or_check  # tools/ is the script's own folder

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = (
    ROOT / "deploy" / "grafana" / "tailored-gateway.json",
    ROOT / "helm" / "tailored-gateway" / "files" / "dashboard.json",
)
UID = "tailored-gateway"
DATASOURCE = dm.DataSourceRef(type_val="prometheus", uid="${datasource}")
# Every series of one gateway deployment: the scrape (ServiceMonitor/PodMonitor) adds both labels.
SEL = 'namespace="$namespace", pod=~"$pod"'
RATE = "$__rate_interval"
# gRPC codes that mean the gateway or the upstream failed, not the caller (for the "server
# errors" panel; the alert rules use the same set, see tools/build_alerts.py).
SERVER_CODES = "UNKNOWN|INTERNAL|UNAVAILABLE|DATA_LOSS|DEADLINE_EXCEEDED|UNIMPLEMENTED"


def q(expr: str, legend: str, ref: str) -> pb.Dataquery:
    return pb.Dataquery().expr(expr).legend_format(legend).ref_id(ref).range().datasource(DATASOURCE)


def timeseries(title: str, description: str, unit: str, *queries: pb.Dataquery, w: int = 12, h: int = 8,
               stack: bool = False, min_zero: bool = True) -> tsb.Panel:
    panel = (
        tsb.Panel()
        .title(title)
        .description(description)
        .datasource(DATASOURCE)
        .unit(unit)
        .span(w)
        .height(h)
        .fill_opacity(10)
        .line_width(1)
        .show_points(cm.VisibilityMode.NEVER)
        .legend(cb.VizLegendOptions().display_mode(cm.LegendDisplayMode.TABLE).placement(cm.LegendPlacement.BOTTOM)
                .show_legend(True).calcs(["mean", "max", "lastNotNull"]))
        .tooltip(cb.VizTooltipOptions().mode(cm.TooltipDisplayMode.MULTI).sort(cm.SortOrder.DESCENDING))
    )
    if min_zero:
        panel = panel.min(0)
    if stack:
        panel = panel.stacking(cb.StackingConfig().mode(cm.StackingMode.NORMAL))
    for query in queries:
        panel = panel.with_target(query)
    return panel


def thresholds(*steps: tuple[float | None, str]) -> db.ThresholdsConfig:
    return db.ThresholdsConfig().mode(dm.ThresholdsMode.ABSOLUTE).steps(
        [dm.Threshold(value=v, color=c) for v, c in steps])


def state_mapping(**texts: tuple[str, str]) -> list[dm.ValueMapping]:
    return [dm.ValueMap(options={
        value: dm.ValueMappingResult(text=text, color=color, index=i)
        for i, (value, (text, color)) in enumerate(sorted(texts.items()))
    })]


def state_timeline(title: str, description: str, query: pb.Dataquery, mapping: list[dm.ValueMapping],
                   steps: db.ThresholdsConfig, w: int = 12, h: int = 8) -> stateb.Panel:
    return (
        stateb.Panel()
        .title(title)
        .description(description)
        .datasource(DATASOURCE)
        .span(w)
        .height(h)
        .mappings(mapping)
        .thresholds(steps)
        .color_scheme(db.FieldColor().mode(dm.FieldColorModeId.THRESHOLDS))
        .show_value(cm.VisibilityMode.NEVER)
        .merge_values(True)
        .with_target(query)
    )


def stat(title: str, description: str, query: pb.Dataquery, unit: str, steps: db.ThresholdsConfig,
         w: int = 6, h: int = 4) -> statb.Panel:
    return (
        statb.Panel()
        .title(title)
        .description(description)
        .datasource(DATASOURCE)
        .unit(unit)
        .span(w)
        .height(h)
        .thresholds(steps)
        .color_mode(cm.BigValueColorMode.BACKGROUND)
        .graph_mode(cm.BigValueGraphMode.AREA)
        .reduce_options(cb.ReduceDataOptions().calcs(["lastNotNull"]).values(False))
        .with_target(query)
    )


# ---- the panels, row by row ----------------------------------------------------------------------

def overview_row() -> list:
    up_steps = thresholds((None, "red"), (1, "green"))
    return [
        stat("Replicas scraped", "Gateway pods whose /metrics Prometheus scraped at the last attempt (`up`).",
             q(f"sum(up{{{SEL}}})", "scraped", "A").instant(), "short", up_steps),
        stat("Upstream reachable", "Replicas whose probe of the Bria upstream succeeded last time "
             "(`gateway_upstream_up`), out of the replicas shown.",
             q(f"sum(gateway_upstream_up{{{SEL}}})", "reachable", "A").instant(), "short", up_steps),
        stat("RPC rate", "gRPC calls started per second, all methods.",
             q(f"sum(rate(grpc_server_started_total{{{SEL}}}[{RATE}]))", "rpc/s", "A"), "reqps",
             thresholds((None, "blue"))),
        stat("Server error ratio", f"Share of finished calls that ended {SERVER_CODES.replace('|', ', ')} "
             "(failures of the gateway or upstream, not of the caller).",
             q(f'sum(rate(grpc_server_handled_total{{{SEL}, grpc_code=~"{SERVER_CODES}"}}[{RATE}])) '
               f"/ sum(rate(grpc_server_handled_total{{{SEL}}}[{RATE}]))", "errors", "A"), "percentunit",
             thresholds((None, "green"), (0.01, "orange"), (0.05, "red"))),
    ]


def rpc_row() -> list:
    return [
        timeseries(
            "RPC rate by method", "gRPC calls started per second by service method.", "reqps",
            q(f"sum by (grpc_method) (rate(grpc_server_started_total{{{SEL}}}[{RATE}]))", "{{grpc_method}}", "A"),
        ),
        timeseries(
            "Non-OK ratio by code",
            "Share of all finished calls that ended with each non-OK gRPC code (RESOURCE_EXHAUSTED includes "
            "quota refusals and upstream 429s; INVALID_ARGUMENT and NOT_FOUND are callers' mistakes).",
            "percentunit",
            q(f'sum by (grpc_code) (rate(grpc_server_handled_total{{{SEL}, grpc_code!="OK"}}[{RATE}])) '
              f"/ on() group_left() sum(rate(grpc_server_handled_total{{{SEL}}}[{RATE}]))", "{{grpc_code}}", "A"),
            stack=True,
        ),
        timeseries(
            "Non-OK ratio by method",
            "Share of each method's finished calls that did not end OK.",
            "percentunit",
            q(f'sum by (grpc_method) (rate(grpc_server_handled_total{{{SEL}, grpc_code!="OK"}}[{RATE}])) '
              f"/ sum by (grpc_method) (rate(grpc_server_handled_total{{{SEL}}}[{RATE}]))", "{{grpc_method}}", "A"),
        ),
        timeseries(
            "Latency p50 / p99 by method",
            "Time to handle a unary call, upstream included (Watch streams are left out: their duration is "
            "how long the caller watched).",
            "s",
            q(f"histogram_quantile(0.5, sum by (le, grpc_method) "
              f"(rate(grpc_server_handling_seconds_bucket{{{SEL}, grpc_type=\"unary\"}}[{RATE}])))", "p50 {{grpc_method}}", "A"),
            q(f"histogram_quantile(0.99, sum by (le, grpc_method) "
              f"(rate(grpc_server_handling_seconds_bucket{{{SEL}, grpc_type=\"unary\"}}[{RATE}])))", "p99 {{grpc_method}}", "B"),
        ),
    ]


def upstream_row() -> list:
    return [
        timeseries(
            "Upstream requests by route and status class",
            "HTTP requests to Bria per second by path template and status class (`error`: no answer).",
            "reqps",
            q(f"sum by (route, status_class) (rate(gateway_upstream_requests_total{{{SEL}}}[{RATE}]))",
              "{{status_class}} {{route}}", "A"),
            stack=True,
        ),
        timeseries(
            "Upstream latency p50 / p99 by route",
            "Duration of one upstream HTTP request (each retry counts on its own).",
            "s",
            q(f"histogram_quantile(0.5, sum by (le, route) "
              f"(rate(gateway_upstream_request_duration_seconds_bucket{{{SEL}}}[{RATE}])))", "p50 {{route}}", "A"),
            q(f"histogram_quantile(0.99, sum by (le, route) "
              f"(rate(gateway_upstream_request_duration_seconds_bucket{{{SEL}}}[{RATE}])))", "p99 {{route}}", "B"),
        ),
    ]


def rate_limit_row() -> list:
    return [
        timeseries(
            "Upstream 429s by route",
            "Answers of HTTP 429 from Bria per second: the organisation's plan is exhausted on that endpoint.",
            "reqps",
            q(f"sum by (route) (rate(gateway_upstream_rate_limited_total{{{SEL}}}[{RATE}]))", "{{route}}", "A"),
            w=8,
        ),
        timeseries(
            "Local quota rejections by tenant",
            "Calls the gateway refused itself per second, by tenant and the budget that ran out "
            "(rate, daily, cooldown after a 429, upstream plan).",
            "reqps",
            q(f"sum by (tenant, quota) (rate(gateway_quota_rejections_total{{{SEL}}}[{RATE}]))",
              "{{tenant}} ({{quota}})", "A"),
            w=8, stack=True,
        ),
        timeseries(
            "Quota remaining per tenant",
            "Fraction of each named tenant's budget left (lowest replica), from `gateway_quota_remaining` "
            "over `gateway_quota_limit`.",
            "percentunit",
            q(f"min by (tenant, budget) (gateway_quota_remaining{{{SEL}}} "
              f"/ (gateway_quota_limit{{{SEL}}} > 0))", "{{tenant}} {{budget}}", "A"),
            w=8,
        ),
    ]


def streams_row() -> list:
    return [
        timeseries(
            "Watch streams and pollers",
            "Open Watch streams (callers) and the shared upstream pollers serving them, per replica.",
            "short",
            q(f"sum by (pod) (gateway_watch_streams{{{SEL}}})", "streams {{pod}}", "A"),
            q(f"sum by (pod) (gateway_watch_pollers{{{SEL}}})", "pollers {{pod}}", "B"),
            w=8,
        ),
        timeseries(
            "Webhook deliveries by outcome",
            "Bria's webhook callbacks per second: accepted, bad_signature, unknown_request, malformed.",
            "reqps",
            q(f"sum by (outcome) (rate(gateway_webhook_deliveries_total{{{SEL}}}[{RATE}]))", "{{outcome}}", "A"),
            w=8, stack=True,
        ),
        timeseries(
            "Webhook signature failures",
            "Deliveries whose signature did not verify, per second: forged callbacks or a rotated token.",
            "reqps",
            q(f"sum by (pod) (rate(gateway_webhook_signature_failures_total{{{SEL}}}[{RATE}]))", "{{pod}}", "A"),
            w=8,
        ),
    ]


def dependencies_row() -> list:
    return [
        state_timeline(
            "Quota store: Redis or local fallback",
            "Per replica: Redis answers quota decisions, or the replica runs on its local share "
            "(`gateway_quota_store_fallback` = 1) because Redis is unreachable.",
            q(f"max by (pod) (gateway_quota_store_fallback{{{SEL}}})", "{{pod}}", "A"),
            state_mapping(**{"0": ("Redis", "green"), "1": ("local fallback", "orange")}),
            thresholds((None, "green"), (1, "orange")),
            w=8,
        ),
        timeseries(
            "Quota store fallbacks",
            "Times a replica fell back from Redis to its local share, per second.",
            "reqps",
            q(f"sum by (pod) (rate(gateway_quota_store_fallbacks_total{{{SEL}}}[{RATE}]))", "{{pod}}", "A"),
            w=4,
        ),
        state_timeline(
            "Watch coordination: Redis or local fallback",
            "Per replica: one poller per watched resource across the replicas through Redis, or the replica "
            "polls for its own watchers (`gateway_watch_coordination_fallback` = 1) because Redis is unreachable.",
            q(f"max by (pod) (gateway_watch_coordination_fallback{{{SEL}}})", "{{pod}}", "A"),
            state_mapping(**{"0": ("Redis", "green"), "1": ("local fallback", "orange")}),
            thresholds((None, "green"), (1, "orange")),
            w=8,
        ),
        timeseries(
            "Watch coordination fallbacks",
            "Times a replica's watch coordination fell back from Redis to polling alone, per second.",
            "reqps",
            q(f"sum by (pod) (rate(gateway_watch_coordination_fallbacks_total{{{SEL}}}[{RATE}]))", "{{pod}}", "A"),
            w=4,
        ),
        state_timeline(
            "Upstream reachability",
            "Per replica: the periodic probe of the Bria upstream got an HTTP answer (`gateway_upstream_up`).",
            q(f"min by (pod) (gateway_upstream_up{{{SEL}}})", "{{pod}}", "A"),
            state_mapping(**{"0": ("unreachable", "red"), "1": ("reachable", "green")}),
            thresholds((None, "red"), (1, "green")),
            w=8,
        ),
        timeseries(
            "Upstream probes by result",
            "Upstream health probes per second, ok or failed.",
            "reqps",
            q(f"sum by (result) (rate(gateway_upstream_probes_total{{{SEL}}}[{RATE}]))", "{{result}}", "A"),
            w=4,
        ),
    ]


ROWS = (
    ("Overview", overview_row),
    ("gRPC", rpc_row),
    ("Upstream", upstream_row),
    ("Rate limits and quotas", rate_limit_row),
    ("Streams and webhooks", streams_row),
    ("Dependencies", dependencies_row),
)


def variables() -> list:
    return [
        db.DatasourceVariable("datasource").label("Data source").type("prometheus"),
        db.QueryVariable("namespace")
        .label("Namespace")
        .datasource(DATASOURCE)
        .query("label_values(gateway_upstream_up, namespace)")
        .refresh(dm.VariableRefresh.ON_TIME_RANGE_CHANGED)
        .sort(dm.VariableSort.ALPHABETICAL_ASC),
        db.QueryVariable("pod")
        .label("Pod")
        .datasource(DATASOURCE)
        .query('label_values(gateway_upstream_up{namespace="$namespace"}, pod)')
        .refresh(dm.VariableRefresh.ON_TIME_RANGE_CHANGED)
        .sort(dm.VariableSort.ALPHABETICAL_ASC)
        .multi(True)
        .include_all(True)
        .all_value(".*"),
    ]


def build() -> dict:
    dash = (
        db.Dashboard("Tailored Gateway")
        .uid(UID)
        .description("gRPC gateway in front of Bria's Tailored Generation API: calls, upstream, quotas, "
                     "streams, webhooks and dependencies. Alerts: deploy/prometheus/alerts.yaml, runbook: deploy/RUNBOOK.md. "
                     "Generated by tools/build_dashboard.py; do not edit by hand.")
        .tags(["tailored-gateway", "grpc", "bria"])
        .editable()
        .time("now-1h", "now")
        .refresh("30s")
        .timezone("browser")
        .tooltip(dm.DashboardCursorSync.CROSSHAIR)
    )
    for variable in variables():
        dash = dash.with_variable(variable)
    panel_id = 1
    for title, make in ROWS:
        dash = dash.with_row(db.Row(title).id(panel_id))
        panel_id += 1
        for panel in make():
            dash = dash.with_panel(panel.id(panel_id))
            panel_id += 1
    return json.loads(json.dumps(dash.build(), cls=JSONEncoder))


def render() -> bytes:
    return (json.dumps(build(), indent=2, sort_keys=True) + "\n").encode()


def main(argv: list[str] | None = None) -> int:
    return write_or_check(__doc__.split("\n\n")[0], render, OUTPUTS, ROOT, "python tools/build_dashboard.py", argv)


if __name__ == "__main__":
    sys.exit(main())
