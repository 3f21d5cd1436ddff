#!/usr/bin/env python3
"""The gateway's Prometheus alert rules, declared once here and written as a plain rule file
(`groups:`) to every place that ships it:

    deploy/prometheus/alerts.yaml            (rule_files of a plain Prometheus)
    helm/tailored-gateway/files/alerts.yaml  (the chart puts the groups in a PrometheusRule's spec)

    python tools/build_alerts.py           # write both files
    python tools/build_alerts.py --check   # exit 1 with a diff when a file is stale

Each alert links its paragraph in deploy/RUNBOOK.md (the anchor is the lower-cased alert name).
The annotations use Prometheus templates (`{{ $labels.x }}`): whoever embeds the file must not
run it through another template engine (Helm: `.Files.Get`, never `tpl`).
Unit tests: deploy/prometheus/tests/alerts_test.yaml (`promtool test rules`)."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from generated_files import write_or_check  # tools/ is the script's own folder

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = (
    ROOT / "deploy" / "prometheus" / "alerts.yaml",
    ROOT / "helm" / "tailored-gateway" / "files" / "alerts.yaml",
)
RUNBOOK = "deploy/RUNBOOK.md"
# The scrape job of the gateway's pods (a ServiceMonitor names it after the Service, which the
# chart names `<release>-tailored-gateway` or `tailored-gateway`). `up` and the go-grpc-prometheus
# names (grpc_server_*) are shared with other services, so they are narrowed to it; the gateway_*
# names are the gateway's own.
JOB = 'job=~".*tailored-gateway.*"'
# gRPC codes that mean the gateway or the upstream failed, not the caller (as in the dashboard).
SERVER_CODES = "UNKNOWN|INTERNAL|UNAVAILABLE|DATA_LOSS|DEADLINE_EXCEEDED|UNIMPLEMENTED"

# Thresholds, in one place.
ERROR_RATIO = 0.05           # share of calls ending with a server-side code
ERROR_MIN_RPS = 0.1          # below this traffic the ratio is noise
P99_SECONDS = 30             # unary calls, upstream included (a sync generation takes seconds)
RATE_LIMITED_PER_MINUTE = 1  # upstream 429s per route
QUOTA_LEFT = 0.1             # fraction of a tenant's budget


def alert(name: str, expr: str, for_: str, severity: str, summary: str, description: str) -> dict:
    return {
        "alert": name,
        "expr": expr,
        "for": for_,
        "labels": {"severity": severity, "service": "tailored-gateway"},
        "annotations": {
            "summary": summary,
            "description": description,
            "runbook_url": f"{RUNBOOK}#{name.lower()}",
        },
    }


def groups() -> list[dict]:
    handled = f"grpc_server_handled_total{{{JOB}}}"
    return [
        {
            "name": "tailored-gateway.availability",
            "rules": [
                alert(
                    "TailoredGatewayTargetDown",
                    f"up{{{JOB}}} == 0",
                    "5m", "critical",
                    "Prometheus cannot scrape gateway pod {{ $labels.namespace }}/{{ $labels.pod }}",
                    "The /metrics endpoint of {{ $labels.namespace }}/{{ $labels.pod }} ({{ $labels.instance }}) "
                    "has not answered a scrape for 5 minutes: the pod is down, restarting, or its metrics port "
                    "is unreachable.",
                ),
                alert(
                    "TailoredGatewayMetricsAbsent",
                    f"absent(up{{{JOB}}})",
                    "10m", "critical",
                    "No tailored-gateway scrape target exists",
                    "Prometheus has had no target of the tailored-gateway job for 10 minutes: the deployment "
                    "is gone, scaled to zero, or its ServiceMonitor no longer selects it. Every other "
                    "gateway alert is blind meanwhile.",
                ),
                alert(
                    "TailoredGatewayUpstreamUnreachable",
                    "min by (namespace, pod) (gateway_upstream_up) == 0",
                    "5m", "critical",
                    "Gateway pod {{ $labels.namespace }}/{{ $labels.pod }} cannot reach the Bria upstream",
                    "The upstream health probe of {{ $labels.pod }} has failed for 5 minutes (the "
                    "`bria.upstream` health service reports NOT_SERVING). Calls through this pod that need the "
                    "upstream fail with UNAVAILABLE.",
                ),
            ],
        },
        {
            "name": "tailored-gateway.traffic",
            "rules": [
                alert(
                    "TailoredGatewayHighErrorRatio",
                    f'(sum by (namespace) (rate(grpc_server_handled_total{{{JOB}, grpc_code=~"{SERVER_CODES}"}}[5m]))'
                    f" / sum by (namespace) (rate({handled}[5m]))) > {ERROR_RATIO}"
                    f" and sum by (namespace) (rate({handled}[5m])) > {ERROR_MIN_RPS}",
                    "10m", "warning",
                    "{{ $value | humanizePercentage }} of gateway calls in {{ $labels.namespace }} fail server-side",
                    f"For 10 minutes more than {ERROR_RATIO:.0%} of finished gRPC calls ended with "
                    f"{SERVER_CODES.replace('|', ', ')}: failures of the gateway or of the upstream, not "
                    "of the callers.",
                ),
                alert(
                    "TailoredGatewayHighLatency",
                    "histogram_quantile(0.99, sum by (namespace, grpc_service, grpc_method, le) "
                    f'(rate(grpc_server_handling_seconds_bucket{{{JOB}, grpc_type="unary"}}[5m]))) > {P99_SECONDS}',
                    "15m", "warning",
                    "p99 latency of {{ $labels.grpc_method }} in {{ $labels.namespace }} is "
                    "{{ $value | humanizeDuration }}",
                    f"For 15 minutes the 99th percentile of {{{{ $labels.grpc_service }}}}/{{{{ $labels.grpc_method }}}} "
                    f"has been above {P99_SECONDS}s (upstream time included).",
                ),
                alert(
                    "TailoredGatewayUpstreamRateLimited",
                    "sum by (namespace, route) (rate(gateway_upstream_rate_limited_total[5m])) * 60 "
                    f"> {RATE_LIMITED_PER_MINUTE}",
                    "15m", "warning",
                    "Bria answers 429 on {{ $labels.route }} ({{ $value | humanize }} per minute)",
                    f"For 15 minutes the upstream has rate-limited {{{{ $labels.route }}}} more than "
                    f"{RATE_LIMITED_PER_MINUTE} per minute: the organisation's plan is exhausted on that "
                    "endpoint and the gateway's upstream budget does not keep below it.",
                ),
            ],
        },
        {
            "name": "tailored-gateway.quota",
            "rules": [
                alert(
                    "TailoredGatewayQuotaNearlyExhausted",
                    "min by (namespace, tenant, budget) (gateway_quota_remaining / (gateway_quota_limit > 0)) "
                    f"< {QUOTA_LEFT}",
                    "15m", "warning",
                    "Tenant {{ $labels.tenant }} has {{ $value | humanizePercentage }} of its "
                    "{{ $labels.budget }} quota left",
                    f"For 15 minutes tenant {{{{ $labels.tenant }}}} has had less than {QUOTA_LEFT:.0%} of its "
                    "{{ $labels.budget }} budget left on some replica: its calls are being refused with "
                    "RESOURCE_EXHAUSTED or soon will be.",
                ),
                alert(
                    "TailoredGatewayQuotaStoreFallback",
                    "max by (namespace, pod) (gateway_quota_store_fallback) == 1",
                    "5m", "warning",
                    "Gateway pod {{ $labels.namespace }}/{{ $labels.pod }} enforces quotas without Redis",
                    "For 5 minutes {{ $labels.pod }} has not reached Redis and decides quotas from its local "
                    "share of every budget. Replicas no longer share state, so daily budgets can be overspent.",
                ),
            ],
        },
        {
            "name": "tailored-gateway.watch",
            "rules": [
                alert(
                    "TailoredGatewayWatchCoordinationFallback",
                    "max by (namespace, pod) (gateway_watch_coordination_fallback) == 1",
                    "5m", "warning",
                    "Gateway pod {{ $labels.namespace }}/{{ $labels.pod }} polls watch streams without Redis",
                    "For 5 minutes {{ $labels.pod }} has not reached Redis for the watch coordination: it polls "
                    "the upstream for its own watchers, so every replica with watchers of a resource polls it "
                    "and webhooks from other replicas no longer reach its streams.",
                ),
            ],
        },
    ]


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(
    str, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s, style="|" if "\n" in s else None)
)

HEADER = (
    "# Generated by tools/build_alerts.py; do not edit by hand (a test fails when this file is stale).\n"
    "# Runbook: deploy/RUNBOOK.md. Unit tests: deploy/prometheus/tests/alerts_test.yaml.\n"
)


def render() -> bytes:
    body = yaml.dump({"groups": groups()}, Dumper=_Dumper, sort_keys=False, width=1000, allow_unicode=True)
    return (HEADER + body).encode()


def main(argv: list[str] | None = None) -> int:
    return write_or_check(__doc__.split("\n\n")[0], render, OUTPUTS, ROOT, "python tools/build_alerts.py", argv)


if __name__ == "__main__":
    sys.exit(main())
