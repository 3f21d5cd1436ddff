"""The alert rules (tools/build_alerts.py): both committed copies are what the builder makes,
promtool accepts them, promtool's unit tests pass (deploy/prometheus/tests/alerts_test.yaml),
every alert has unit cases where it fires and where it must not, and every alert carries a
summary, a description and a runbook link to a section of deploy/RUNBOOK.md. (The rules are also
evaluated against a real gateway's series in tests/deploy/test_dashboard.py.)"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import promql_parser
import yaml
from tests.support import require_binary

ROOT = Path(__file__).resolve().parents[2]
RULES = ROOT / "deploy" / "prometheus" / "alerts.yaml"
CHART_COPY = ROOT / "helm" / "tailored-gateway" / "files" / "alerts.yaml"
UNIT_TESTS = ROOT / "deploy" / "prometheus" / "tests" / "alerts_test.yaml"
RUNBOOK = ROOT / "deploy" / "RUNBOOK.md"
# What the brief asks to be alerted on, by the metric each alert must read.
REQUIRED = {
    "TailoredGatewayUpstreamRateLimited": "gateway_upstream_rate_limited_total",
    "TailoredGatewayHighErrorRatio": "grpc_server_handled_total",
    "TailoredGatewayHighLatency": "grpc_server_handling_seconds_bucket",
    "TailoredGatewayQuotaNearlyExhausted": "gateway_quota_remaining",
    "TailoredGatewayQuotaStoreFallback": "gateway_quota_store_fallback",
    "TailoredGatewayWatchCoordinationFallback": "gateway_watch_coordination_fallback",
    "TailoredGatewayUpstreamUnreachable": "gateway_upstream_up",
    "TailoredGatewayTargetDown": "up",
    "TailoredGatewayMetricsAbsent": "up",
}


def alerts() -> list[dict]:
    return [rule for group in yaml.safe_load(RULES.read_text())["groups"] for rule in group["rules"]]


def promtool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([require_binary("promtool"), *args], capture_output=True, text=True, timeout=60, cwd=ROOT)


def github_anchor(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_committed_rules_are_what_the_builder_makes():
    run = subprocess.run([sys.executable, str(ROOT / "tools" / "build_alerts.py"), "--check"],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, f"stale rules (run python tools/build_alerts.py):\n{run.stderr}"
    assert CHART_COPY.read_bytes() == RULES.read_bytes()


def test_promtool_checks_the_rules():
    run = promtool("check", "rules", str(RULES), str(CHART_COPY))
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.count(f"SUCCESS: {len(alerts())} rules found") == 2, run.stdout


def test_promtool_unit_tests_pass():
    run = promtool("test", "rules", str(UNIT_TESTS))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "SUCCESS" in run.stdout


def test_every_alert_is_unit_tested_firing_and_not_firing():
    spec = yaml.safe_load(UNIT_TESTS.read_text())
    assert spec["rule_files"] == ["../alerts.yaml"]
    fires, quiet = set(), set()
    for case in spec["tests"]:
        for check in case.get("alert_rule_test", []):
            (fires if check.get("exp_alerts") else quiet).add(check["alertname"])
    names = {a["alert"] for a in alerts()}
    assert names - fires == set(), "alerts never shown firing"
    assert names - quiet == set(), "alerts never shown staying quiet"


def test_the_required_alerts_exist_and_read_their_metric():
    by_name = {a["alert"]: a for a in alerts()}
    assert set(REQUIRED) <= set(by_name), sorted(set(REQUIRED) - set(by_name))
    for name, metric in REQUIRED.items():
        found: list[str] = []
        promql_parser.walk(promql_parser.parse(by_name[name]["expr"]), lambda node: found.append(node.name)
                           if isinstance(node, promql_parser.VectorSelector) else None)
        assert metric in found, (name, found)
    assert by_name["TailoredGatewayUpstreamUnreachable"]["expr"].endswith("== 0")
    assert by_name["TailoredGatewayMetricsAbsent"]["expr"].startswith("absent(")


def test_every_alert_has_a_summary_a_description_and_a_runbook_section():
    headings = {github_anchor(line.lstrip("#")) for line in RUNBOOK.read_text().splitlines()
                if line.startswith("## ")}
    names = set()
    for rule in alerts():
        name, notes = rule["alert"], rule.get("annotations", {})
        names.add(name)
        assert notes.get("summary") and notes.get("description"), name
        assert rule["labels"]["severity"] in ("warning", "critical"), name
        assert rule.get("for"), f"{name} fires on a single evaluation"
        page, _, anchor = notes["runbook_url"].partition("#")
        assert page == "deploy/RUNBOOK.md" and anchor in headings, (name, notes["runbook_url"])
    assert headings == {n.lower() for n in names}, "a runbook section without its alert, or the reverse"
