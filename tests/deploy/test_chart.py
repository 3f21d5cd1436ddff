"""The Helm chart (helm/tailored-gateway): lint and render it offline with the Helm SDK
(helm-python-sdk), validate every manifest with kubernetes-validate --strict for the oldest and
newest Kubernetes the chart claims, the CRD-based ones against structural schemas (and the alert
rules with promtool), the values schema's refusals, and what the Deployment must guarantee:
grpc probes on the gateway's own health, hardening, drain timing, rolling on config changes,
the quota replica count and no secret in the ConfigMap. No cluster; nothing leaves the machine.

In CI (CI=true) a missing tool fails these tests instead of skipping them."""

from __future__ import annotations

import base64
import copy
import importlib
import importlib.util
import json
import math
import pathlib
import re
import shutil
import subprocess
import sys

import pytest
import yaml

from gateway import settings as gateway_settings
from gateway.credentials import Credentials
from gateway.quota.policy import TenantQuota, UpstreamBudget, load_policy
from gateway.webhook_keys import KeyWrap
from gateway.__main__ import worker_settings
from tests.support import fail_or_skip, require_binary

ROOT = pathlib.Path(__file__).resolve().parents[2]
CHART = ROOT / "helm" / "tailored-gateway"
RELEASE, NAMESPACE = "gw", "gateway"
FULLNAME = "gw-tailored-gateway"

# Settings the chart sets from first-class values; values.schema.json refuses them under `config`.
MANAGED = {
    "GATEWAY_PORT", "GATEWAY_METRICS_PORT", "GATEWAY_WEBHOOK_PORT", "GATEWAY_SHUTDOWN_GRACE_SECONDS",
    "GATEWAY_TENANTS_FILE", "GATEWAY_QUOTA_FILE", "GATEWAY_QUOTA_REDIS_URL", "GATEWAY_QUOTA_REPLICAS",
    "GATEWAY_PUBLIC_CALLBACK_URL", "GATEWAY_REDIS_URL", "GATEWAY_WORKERS", "GATEWAY_WEBHOOK_KEY_SECRET_FILE",
}

WEBHOOK_KEY_SECRET = "webhook-key-s3cr3t-of-the-test-0123"  # the user's own, like `openssl rand -base64 32`
SECRETS = ("tenant-key-s3cr3t", "bria-token-s3cr3t", "second-bria-token", WEBHOOK_KEY_SECRET)

# Every optional feature on, with values that exercise each template branch.
ALL_ON = {
    "image": {"digest": "sha256:" + "ab" * 32},
    "imagePullSecrets": [{"name": "regcred"}],
    "podAnnotations": {"example.com/team": "imaging"},
    "podLabels": {"example.com/tier": "edge"},
    "priorityClassName": "high",
    "serviceAccount": {"annotations": {"example.com/role": "gateway"}},
    "webhook": {"enabled": True, "publicUrl": "https://gw.example.com/webhooks/bria", "keySecret": WEBHOOK_KEY_SECRET},
    "workers": 2,
    "config": {
        "GATEWAY_LOG_LEVEL": "warning", "GATEWAY_UPSTREAM_TIMEOUT_SECONDS": 90, "GATEWAY_MAX_MESSAGE_BYTES": 104857600,
        "GATEWAY_REFLECTION": False, "GATEWAY_QUOTA_REDIS_TIMEOUT_SECONDS": 0.25, "GATEWAY_WATCH_FILE_HOSTS": ".example.com",
        "GATEWAY_QUOTA_REJECTION_CODE": "UNAVAILABLE", "GATEWAY_QUOTA_RATE": "10/s",
        "GATEWAY_WATCH_LEASE_SECONDS": 5,
    },
    "extraEnv": [{"name": "TZ", "value": "UTC"}],
    "extraArgs": ["--event-loop", "asyncio"],
    "tenants": [
        {"name": "search", "key": "tenant-key-s3cr3t", "api_token": "bria-token-s3cr3t"},
        {"name": "batch", "api_token": "second-bria-token"},
        {"name": "partner", "token_sha256": "0" * 64},
    ],
    "quotaFile": {
        "defaults": {"rate": "10/s", "burst": 20, "daily": 10000},
        "tenants": {"search": {"rate": "120/m"}},
        "costs": {"ProjectService/ListProjects": 0.5},
        "upstream": {"rate": "60/m", "burst": 1, "routes": {"/v1/text-to-image/tailored/{model_id}": "30/m"}},
    },
    "redis": {"enabled": True, "url": "redis://:$(REDIS_PASSWORD)@redis-master:6379/0",
              "passwordSecret": {"name": "redis", "key": "redis-password"}},
    "autoscaling": {"enabled": True, "minReplicas": 2, "maxReplicas": 8},
    "podDisruptionBudget": {"enabled": True},
    "serviceMonitor": {"enabled": True, "labels": {"release": "kube-prometheus-stack"}},
    "prometheusRule": {"enabled": True, "labels": {"release": "kube-prometheus-stack"}},
    "dashboard": {"enabled": True, "annotations": {"grafana_folder": "Gateways"}, "namespace": "monitoring"},
    "networkPolicy": {
        "enabled": True,
        "grpcFrom": [{"namespaceSelector": {"matchLabels": {"team": "imaging"}}}],
        "metricsFrom": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "monitoring"}}}],
        "webhookFrom": [{"namespaceSelector": {"matchLabels": {"kubernetes.io/metadata.name": "ingress-nginx"}}}],
        "egress": {"enabled": True, "extra": [{"to": [{"ipBlock": {"cidr": "10.0.0.0/8"}}]}]},
    },
    "ingress": {
        "grpc": {"enabled": True, "className": "nginx", "tlsSecretName": "grpc-tls",
                 "annotations": {"nginx.ingress.kubernetes.io/backend-protocol": "GRPC"}},
        "webhook": {"enabled": True, "className": "nginx", "host": "gw.example.com", "tlsSecretName": "gw-tls"},
    },
    "gatewayApi": {
        "grpcRoute": {"enabled": True, "parentRefs": [{"name": "public", "namespace": "gateways"}],
                      "hostnames": ["grpc.gateway.example.com"]},
        "httpRoute": {"enabled": True, "parentRefs": [{"name": "public", "namespace": "gateways", "sectionName": "https"}],
                      "hostnames": ["gw.example.com"]},
    },
}
ALL_ON_KINDS = {
    "ConfigMap", "Secret", "ServiceAccount", "Service", "Deployment", "HorizontalPodAutoscaler",
    "PodDisruptionBudget", "ServiceMonitor", "PrometheusRule", "NetworkPolicy", "Ingress", "GRPCRoute", "HTTPRoute",
}
VARIANTS = {"defaults": {}, "all_on": ALL_ON}


# ---- tools: missing ones fail in CI, skip elsewhere ---------------------------------------------

_missing = fail_or_skip


def require_module(name: str, package: str):
    try:
        return importlib.import_module(name)
    except ImportError:
        _missing(f"{name} is not installed (pip install {package})")


@pytest.fixture(scope="module")
def helm():
    return require_module("helm_python", "helm-python-sdk")


@pytest.fixture(scope="module")
def chart(helm):
    loaded = helm.Chart.load(CHART)
    yield loaded
    loaded.close()


def render(chart, values: dict | None = None) -> dict[str, str]:
    """Template path -> rendered text (like `helm template`), empty documents left out."""
    out = chart.render(values or {}, name=RELEASE, namespace=NAMESPACE)
    return {path: text for path, text in out.items() if path.endswith(".yaml") and text.strip()}


def documents(chart, values: dict | None = None) -> list[dict]:
    return [doc for text in render(chart, values).values() for doc in yaml.safe_load_all(text) if doc]


def one(docs: list[dict], kind: str, name: str | None = None) -> dict:
    found = [d for d in docs if d["kind"] == kind and (name is None or d["metadata"]["name"] == name)]
    assert len(found) == 1, f"expected one {kind} {name or ''}, got {len(found)}"
    return found[0]


def container(docs: list[dict]) -> dict:
    (gateway,) = one(docs, "Deployment")["spec"]["template"]["spec"]["containers"]
    return gateway


def merged(*layers: dict) -> dict:
    out: dict = {}
    for layer in layers:
        out = _merge(out, layer)
    return out


def _merge(base: dict, extra: dict) -> dict:
    out = copy.deepcopy(base)
    for key, value in extra.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


# ---- Kubernetes versions the chart claims --------------------------------------------------------

def chart_min_version() -> str:
    constraint = yaml.safe_load((CHART / "Chart.yaml").read_text())["kubeVersion"]
    match = re.fullmatch(r"\s*>=\s*v?(\d+)\.(\d+)\.(\d+)(?:-0)?\s*", constraint)
    assert match, f"kubeVersion {constraint!r}: expected only a lower bound like >=1.30.0-0"
    return f"{match[1]}.{match[2]}.{match[3]}"


def kube_versions() -> list[str]:
    """The oldest version the chart supports and the newest kubernetes-validate has schemas for."""
    kv = require_module("kubernetes_validate.utils", "kubernetes-validate")
    known = kv.all_versions()
    oldest = chart_min_version()
    assert oldest in known, f"kubernetes-validate {known[0]}..{known[-1]} has no schemas for the chart's minimum {oldest}"
    return [oldest, known[-1]]


def test_kube_version_claim_covers_what_the_chart_uses():
    """The default preStop is the native `sleep` action: beta and on by default from 1.30 (grpc
    probes are GA from 1.27, GRPCRoute is gateway.networking.k8s.io/v1, a CRD)."""
    values = yaml.safe_load((CHART / "values.yaml").read_text())
    minimum = tuple(int(x) for x in chart_min_version().split(".")[:2])
    assert values["shutdown"]["preStopAction"] != "sleep" or minimum >= (1, 30)
    assert minimum >= (1, 27)


# ---- lint, render, validate ----------------------------------------------------------------------

@pytest.mark.parametrize("variant", VARIANTS)
def test_lint_strict(helm, variant):
    for version in kube_versions():
        report = helm.lint(CHART, VARIANTS[variant], strict=True, kube_version=f"v{version}")
        problems = [m for m in report["messages"] if m["severity"] >= 2] + report["errors"]
        assert not problems, (version, problems)
        assert report["total_charts_linted"] == 1


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_manifest_validates_strictly_for_oldest_and_newest_kubernetes(chart, variant, tmp_path):
    """kubernetes-validate --strict (unknown fields are errors) for each claimed version. It has
    no schemas for CRD kinds and only warns about them: those must be exactly the CRD kinds the
    structural check below covers."""
    rendered = render(chart, VARIANTS[variant])
    files = []
    for path, text in rendered.items():
        files.append(tmp_path / pathlib.Path(path).name)
        files[-1].write_text(text)
    expected = {(d["kind"].lower(), d["metadata"]["name"]) for t in rendered.values() for d in yaml.safe_load_all(t) if d}
    for version in kube_versions():
        proc = subprocess.run(
            [sys.executable, "-m", "kubernetes_validate", "--strict", "-k", version, *map(str, files)],
            capture_output=True, text=True, timeout=120,
        )
        out = proc.stdout + proc.stderr
        assert proc.returncode == 0, out
        assert "ERROR" not in out and "FATAL" not in out, out
        passed = set(re.findall(r"passed for resource ([a-z]+)/(\S+) against version", out))
        skipped = set(re.findall(r"Couldn't find schema for kind (\w+) with api version", out))
        assert skipped <= set(CRD_SCHEMAS), f"kinds nobody validated: {skipped - set(CRD_SCHEMAS)}"
        crd_docs = {(k, n) for k, n in expected if k in {c.lower() for c in CRD_SCHEMAS}}
        assert passed == expected - crd_docs, out


def test_all_on_renders_every_optional_kind(chart):
    assert {d["kind"] for d in documents(chart, ALL_ON)} == ALL_ON_KINDS


def test_defaults_render_only_the_core(chart):
    assert sorted(d["kind"] for d in documents(chart)) == ["ConfigMap", "Deployment", "Service", "ServiceAccount"]


# ---- structural schemas of the CRD kinds (kubernetes-validate has none) ------------------------

def _obj(properties: dict, required: tuple = ()) -> dict:
    return {"type": "object", "additionalProperties": False, "properties": properties, "required": list(required)}


_STR = {"type": "string"}
_MAP = {"type": "object", "additionalProperties": {"type": "string"}}
_NAME = {"type": "string", "pattern": r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$", "maxLength": 253}
_DURATION = {"type": "string", "pattern": r"^(0|([0-9]+(ms|s|m|h|d|w|y))+)$"}
_METADATA = _obj({"name": _NAME, "namespace": _NAME, "labels": _MAP, "annotations": _MAP}, ("name",))
_SELECTOR = _obj({"matchLabels": _MAP, "matchExpressions": {"type": "array"}})
_PARENT = _obj({"group": _STR, "kind": _STR, "namespace": _NAME, "name": _NAME, "sectionName": _STR,
                "port": {"type": "integer"}}, ("name",))
_BACKEND = _obj({"group": _STR, "kind": _STR, "name": _NAME, "namespace": _NAME,
                 "port": {"type": "integer", "minimum": 1, "maximum": 65535}, "weight": {"type": "integer"}}, ("name",))


def _crd(api_version: str, kind: str, spec: dict) -> dict:
    return _obj({"apiVersion": {"const": api_version}, "kind": {"const": kind}, "metadata": _METADATA, "spec": spec},
                ("apiVersion", "kind", "metadata", "spec"))


def _route(kind: str, match: dict) -> dict:
    rule = _obj({"matches": {"type": "array", "items": match}, "backendRefs": {"type": "array", "items": _BACKEND},
                 "filters": {"type": "array"}, "name": _STR})
    spec = _obj({"parentRefs": {"type": "array", "minItems": 1, "items": _PARENT},
                 "hostnames": {"type": "array", "items": _NAME}, "rules": {"type": "array", "items": rule}},
                ("parentRefs",))
    return _crd("gateway.networking.k8s.io/v1", kind, spec)


CRD_SCHEMAS = {
    "ServiceMonitor": _crd("monitoring.coreos.com/v1", "ServiceMonitor", _obj({
        "selector": _SELECTOR, "jobLabel": _STR,
        "namespaceSelector": _obj({"any": {"type": "boolean"}, "matchNames": {"type": "array", "items": _NAME}}),
        "endpoints": {"type": "array", "minItems": 1, "items": _obj({
            "port": _STR, "path": {"type": "string", "pattern": "^/"}, "scheme": {"enum": ["http", "https"]},
            "interval": _DURATION, "scrapeTimeout": _DURATION, "honorLabels": {"type": "boolean"}})},
    }, ("selector", "endpoints"))),
    "PrometheusRule": _crd("monitoring.coreos.com/v1", "PrometheusRule", _obj({
        "groups": {"type": "array", "minItems": 1, "items": _obj({
            "name": {"type": "string", "minLength": 1}, "interval": _DURATION, "limit": {"type": "integer"},
            "rules": {"type": "array", "minItems": 1, "items": {
                **_obj({"alert": _STR, "record": _STR, "expr": {"type": ["string", "integer"]}, "for": _DURATION,
                        "keep_firing_for": _DURATION, "labels": _MAP, "annotations": _MAP}, ("expr",)),
                "oneOf": [{"required": ["alert"]}, {"required": ["record"]}]}},
        }, ("name", "rules"))},
    }, ("groups",))),
    "GRPCRoute": _route("GRPCRoute", _obj({"method": {"type": "object"}, "headers": {"type": "array"}})),
    "HTTPRoute": _route("HTTPRoute", _obj({
        "path": _obj({"type": {"enum": ["Exact", "PathPrefix", "RegularExpression"]}, "value": _STR}),
        "method": {"enum": ["GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH"]},
        "headers": {"type": "array"}, "queryParams": {"type": "array"}})),
}


def crd_problems(doc: dict) -> list[str]:
    jsonschema = require_module("jsonschema", "jsonschema")
    validator = jsonschema.Draft202012Validator(CRD_SCHEMAS[doc["kind"]])
    return [f"{'.'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]


def test_crd_manifests_are_structurally_valid(chart):
    docs = [d for d in documents(chart, ALL_ON) if d["kind"] in CRD_SCHEMAS]
    assert {d["kind"] for d in docs} == set(CRD_SCHEMAS)
    for doc in docs:
        assert crd_problems(doc) == [], doc["kind"]


def test_crd_schemas_catch_mistakes(chart):
    """The structural schemas are real checks: a misspelt field and a wrong type are caught."""
    monitor = one(documents(chart, ALL_ON), "ServiceMonitor")
    monitor["spec"]["endpoints"][0]["intervall"] = "30s"
    assert any("intervall" in p for p in crd_problems(monitor))
    route = one(documents(chart, ALL_ON), "GRPCRoute")
    route["spec"]["rules"][0]["backendRefs"][0]["port"] = "grpc"
    assert crd_problems(route)


def test_alert_rules_pass_promtool(chart, tmp_path):
    promtool = require_binary("promtool", "apt-get install prometheus")
    rule = one(documents(chart, ALL_ON), "PrometheusRule")
    assert rule["spec"]["groups"] == yaml.safe_load((CHART / "files" / "alerts.yaml").read_text())["groups"]
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump({"groups": rule["spec"]["groups"]}))
    proc = subprocess.run([promtool, "check", "rules", str(path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_dashboard_configmap_carries_the_dashboard_and_sidecar_label(chart):
    cm = one(documents(chart, ALL_ON), "ConfigMap", f"{FULLNAME}-dashboard")
    assert cm["metadata"]["labels"]["grafana_dashboard"] == "1"
    assert cm["metadata"]["namespace"] == "monitoring"
    (content,) = cm["data"].values()
    assert json.loads(content) == json.loads((CHART / "files" / "dashboard.json").read_text())
    relabelled = merged(ALL_ON, {"dashboard": {"labels": {"grafana_dashboard": None, "dashboards": "gateway"}}})
    labels = one(documents(chart, relabelled), "ConfigMap", f"{FULLNAME}-dashboard")["metadata"]["labels"]
    assert labels.get("dashboards") == "gateway" and "grafana_dashboard" not in labels


# ---- the values schema -----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "values, named",
    [
        ({"replicaCount": "three"}, "replicaCount"),
        ({"replicas": 3}, "replicas"),
        ({"image": {"tagg": "1.0"}}, "tagg"),
        ({"shutdown": {"graceSeconds": "15s"}}, "graceSeconds"),
        ({"config": {"GATEWAY_NOT_A_SETTING": "x"}}, "GATEWAY_NOT_A_SETTING"),
        ({"config": {"GATEWAY_PORT": 50052}}, "GATEWAY_PORT"),
        ({"config": {"GATEWAY_MAX_PENDING_CALLS": "many"}}, "GATEWAY_MAX_PENDING_CALLS"),
        ({"config": {"GATEWAY_LOG_LEVEL": "loud"}}, "GATEWAY_LOG_LEVEL"),
        ({"tenants": [{"name": "a", "api_token": "t", "team": "x"}]}, "team"),
        ({"quotaFile": {"defaults": {"rate": "10 per second"}}}, "rate"),
        ({"autoscaling": {"enabled": "yes"}}, "enabled"),
        ({"workers": 0}, "workers"),
        ({"workers": "2"}, "workers"),
        ({"webhook": {"keySecret": "short"}}, "keySecret"),
        ({"quota": {"redis": {"enabled": True}}}, "redis"),  # the former key: `redis` now
    ],
    ids=lambda v: json.dumps(v) if isinstance(v, dict) else v,
)
def test_schema_refuses_wrong_types_and_unknown_keys(helm, chart, values, named):
    with pytest.raises(helm.HelmValuesError) as refused:
        chart.render(values, name=RELEASE, namespace=NAMESPACE)
    assert named in str(refused.value)


def _schema_objects(node, where="$"):
    if isinstance(node, dict):
        if node.get("type") == "object" and "properties" in node:
            yield where, node
        for key, value in node.items():
            yield from _schema_objects(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _schema_objects(value, f"{where}[{i}]")


def test_schema_closes_every_object_and_matches_values_yaml():
    schema = json.loads((CHART / "values.schema.json").read_text())
    open_objects = [w for w, node in _schema_objects(schema) if node.get("additionalProperties") is not False]
    assert open_objects == []
    values = yaml.safe_load((CHART / "values.yaml").read_text())

    def keys(schema_node, values_node, where):  # every schema property has a default in values.yaml
        for key, sub in schema_node.get("properties", {}).items():
            if where == "" and key == "global":
                continue
            assert key in values_node, f"values.yaml lacks {where}{key}"
            if sub.get("type") == "object" and "properties" in sub and where + key != "config":
                keys(sub, values_node[key], f"{where}{key}.")

    keys(schema, values, "")


def _config_property(s) -> dict:
    """What values.schema.json must say about one gateway setting under `config`."""
    prop: dict = {"description": s.help}
    if s.kind == "bool":
        return {**prop, "enum": [True, False, *gateway_settings.TRUE_WORDS, *gateway_settings.FALSE_WORDS]}
    prop["type"] = {"int": "integer", "float": "number", "str": "string"}[s.kind]
    if m := re.fullmatch(r"(-?[\d.]+)\.\.(-?[\d.]+)", s.accepts):
        prop["minimum"], prop["maximum"] = json.loads(m[1]), json.loads(m[2])
    elif m := re.fullmatch(r">= (-?[\d.]+)", s.accepts):
        prop["minimum"] = json.loads(m[1])
    elif m := re.fullmatch(r"> (-?[\d.]+)", s.accepts):
        prop["exclusiveMinimum"] = json.loads(m[1])
    if s.check.choices:
        prop["enum"] = list(s.check.choices)
    if s.accepts == "non-empty":
        prop["minLength"] = 1
    return prop


def test_schema_config_is_every_gateway_setting_the_chart_does_not_set_itself():
    """`config` accepts exactly gateway/settings.py's settings minus the chart-managed ones, with
    their types, bounds and choices: a new or renamed setting fails here until the schema follows."""
    declared = {s.env: s for s in gateway_settings.declared()}
    assert MANAGED <= set(declared), f"chart manages settings that no longer exist: {MANAGED - set(declared)}"
    config = json.loads((CHART / "values.schema.json").read_text())["properties"]["config"]["properties"]
    expected = {env: _config_property(s) for env, s in declared.items() if env not in MANAGED}
    assert config == expected


# ---- the Deployment ------------------------------------------------------------------------------

@pytest.mark.parametrize("variant", VARIANTS)
def test_probes_are_grpc_on_the_gateway_port_and_its_own_health(chart, variant):
    gateway = container(documents(chart, VARIANTS[variant]))
    (grpc_port,) = [p["containerPort"] for p in gateway["ports"] if p["name"] == "grpc"]
    for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
        spec = gateway[probe]
        assert set(spec) - {"periodSeconds", "failureThreshold", "timeoutSeconds", "initialDelaySeconds"} == {"grpc"}
        assert spec["grpc"] == {"port": grpc_port, "service": ""}, f"{probe} must ask the gateway's own status"


def test_probes_follow_the_grpc_port(chart):
    docs = documents(chart, {"ports": {"grpc": 6000}})
    gateway = container(docs)
    assert {gateway[p]["grpc"]["port"] for p in ("startupProbe", "livenessProbe", "readinessProbe")} == {6000}
    assert one(docs, "ConfigMap", FULLNAME)["data"]["GATEWAY_PORT"] == "6000"


@pytest.mark.parametrize("variant", VARIANTS)
def test_security_context_is_hardened(chart, variant):
    pod = one(documents(chart, VARIANTS[variant]), "Deployment")["spec"]["template"]["spec"]
    sc = container([{"kind": "Deployment", "metadata": {}, "spec": {"template": {"spec": pod}}}])["securityContext"]
    assert pod["securityContext"]["runAsNonRoot"] is True and pod["securityContext"]["runAsUser"] == 10001
    assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    assert pod["automountServiceAccountToken"] is False
    assert sc["runAsNonRoot"] is True and sc["runAsUser"] == 10001
    assert sc["readOnlyRootFilesystem"] is True
    assert sc["allowPrivilegeEscalation"] is False
    assert sc["capabilities"] == {"drop": ["ALL"]}
    assert sc["seccompProfile"] == {"type": "RuntimeDefault"}
    gateway = pod["containers"][0]
    (tmp,) = [m for m in gateway["volumeMounts"] if m["mountPath"] == "/tmp"]
    assert "emptyDir" in next(v for v in pod["volumes"] if v["name"] == tmp["name"])
    assert all(m.get("readOnly") for m in gateway["volumeMounts"] if m["mountPath"] != "/tmp")
    assert pod["topologySpreadConstraints"] and gateway["resources"]["requests"]


@pytest.mark.parametrize("grace, pre_stop", [(15, 5), (30.5, 10), (0, 1)])
def test_termination_grace_outlasts_prestop_and_drain(chart, grace, pre_stop):
    docs = documents(chart, {"shutdown": {"graceSeconds": grace, "preStopSeconds": pre_stop}})
    pod = one(docs, "Deployment")["spec"]["template"]["spec"]
    assert pod["containers"][0]["lifecycle"]["preStop"] == {"sleep": {"seconds": pre_stop}}
    assert float(one(docs, "ConfigMap", FULLNAME)["data"]["GATEWAY_SHUTDOWN_GRACE_SECONDS"]) == grace
    assert pod["terminationGracePeriodSeconds"] > pre_stop + grace
    assert pod["terminationGracePeriodSeconds"] == pre_stop + math.ceil(grace) + 5


def test_prestop_exec_uses_the_images_python(chart):
    gateway = container(documents(chart, {"shutdown": {"preStopAction": "exec", "preStopSeconds": 7}}))
    command = gateway["lifecycle"]["preStop"]["exec"]["command"]
    assert command[:2] == ["python3", "-c"] and "sleep(7)" in command[2]


def _checksums(chart, values: dict) -> dict:
    annotations = one(documents(chart, values), "Deployment")["spec"]["template"]["metadata"]["annotations"]
    return {k: v for k, v in annotations.items() if k.startswith("checksum/")}


def test_checksums_roll_the_pods_on_config_and_secret_changes(chart):
    base = _checksums(chart, ALL_ON)
    assert set(base) == {"checksum/config", "checksum/secret"}
    assert _checksums(chart, ALL_ON) == base  # deterministic: no roll without a change
    config = _checksums(chart, merged(ALL_ON, {"config": {"GATEWAY_LOG_LEVEL": "debug"}}))
    assert config["checksum/config"] != base["checksum/config"] and config["checksum/secret"] == base["checksum/secret"]
    quota = _checksums(chart, merged(ALL_ON, {"quotaFile": {"defaults": {"rate": "11/s"}}}))
    assert quota["checksum/secret"] != base["checksum/secret"]
    tenants = copy.deepcopy(ALL_ON)
    tenants["tenants"][0]["api_token"] = "rotated-token"
    assert _checksums(chart, tenants)["checksum/secret"] != base["checksum/secret"]


def _quota_replicas(chart, values: dict) -> str:
    return one(documents(chart, values), "ConfigMap", FULLNAME)["data"]["GATEWAY_QUOTA_REPLICAS"]


REDIS = {"redis": {"enabled": True, "url": "redis://redis:6379/0"}}


def test_quota_replicas_follow_replica_count_or_hpa_maximum(chart):
    assert _quota_replicas(chart, {}) == "1"
    for count in (2, 4, 7):
        values = merged(REDIS, {"replicaCount": count})
        assert _quota_replicas(chart, values) == str(count)
        assert one(documents(chart, values), "Deployment")["spec"]["replicas"] == count
    hpa = merged(REDIS, {"replicaCount": 3, "autoscaling": {"enabled": True, "minReplicas": 2, "maxReplicas": 9}})
    assert _quota_replicas(chart, hpa) == "9"
    assert "replicas" not in one(documents(chart, hpa), "Deployment")["spec"]
    assert _quota_replicas(chart, merged(hpa, {"quota": {"replicas": 5}})) == "5"


def test_several_replicas_or_workers_without_redis_are_refused(helm, chart):
    for values in ({"replicaCount": 2}, {"autoscaling": {"enabled": True}}, {"workers": 2}):
        with pytest.raises(helm.HelmRenderError, match="without redis"):
            render(chart, values)
    assert _quota_replicas(chart, {"replicaCount": 2, "quota": {"allowUnsharedReplicas": True}}) == "2"


def test_workers_set_the_setting_and_each_metrics_port_is_declared_and_scraped(chart):
    assert one(documents(chart), "ConfigMap", FULLNAME)["data"]["GATEWAY_WORKERS"] == "1"
    values = merged(ALL_ON, {"workers": 3, "ports": {"metrics": 9500}, "service": {"metricsPort": 9600}})
    docs = documents(chart, values)
    assert one(docs, "ConfigMap", FULLNAME)["data"]["GATEWAY_WORKERS"] == "3"
    ports = {p["name"]: p["containerPort"] for p in container(docs)["ports"]}
    assert {k: v for k, v in ports.items() if k.startswith("metrics")} == {
        "metrics": 9500, "metrics-1": 9501, "metrics-2": 9502}  # worker i: metrics port + i (gateway/workers.py)
    service = {p["name"]: p for p in one(docs, "Service")["spec"]["ports"]}
    assert [(service[n]["port"], service[n]["targetPort"]) for n in ("metrics", "metrics-1", "metrics-2")] == [
        (9600, "metrics"), (9601, "metrics-1"), (9602, "metrics-2")]
    assert [e["port"] for e in one(docs, "ServiceMonitor")["spec"]["endpoints"]] == ["metrics", "metrics-1", "metrics-2"]
    policy_ports = [p["port"] for rule in one(docs, "NetworkPolicy")["spec"]["ingress"] for p in rule["ports"]]
    assert {"metrics", "metrics-1", "metrics-2"} <= set(policy_ports)
    assert "webhook" in ports and ports["webhook"] == 8081  # worker 0's alone
    one_worker = documents(chart, merged(ALL_ON, {"workers": 1}))
    assert [e["port"] for e in one(one_worker, "ServiceMonitor")["spec"]["endpoints"]] == ["metrics"]
    assert not [p for p in container(one_worker)["ports"] if p["name"].startswith("metrics-")]


def test_webhook_key_secret_is_the_users_and_mounted_as_a_file(helm, chart):
    values = yaml.safe_load((CHART / "values.yaml").read_text())
    assert values["webhook"]["keySecret"] == ""  # never a default secret
    no_key = merged(ALL_ON, {"webhook": {"keySecret": ""}})
    with pytest.raises(helm.HelmRenderError, match="openssl rand -base64 32"):
        render(chart, no_key)  # webhooks, Redis and 16 processes: a delivery must verify anywhere
    single = documents(chart, merged(REDIS, {"webhook": {"enabled": True, "publicUrl": "https://x/webhooks/bria"}}))
    assert "GATEWAY_WEBHOOK_KEY_SECRET_FILE" not in one(single, "ConfigMap", FULLNAME)["data"]  # one process: none needed
    existing = merged(no_key, {"tenants": [], "quotaFile": {},
                               "existingSecret": {"name": "mine", "tenantsKey": "", "webhookKeySecretKey": "hook"}})
    docs = documents(chart, existing)
    assert not [d for d in docs if d["kind"] == "Secret"]
    assert one(docs, "ConfigMap", FULLNAME)["data"]["GATEWAY_WEBHOOK_KEY_SECRET_FILE"] == "/etc/tailored-gateway/hook"
    (files,) = [v for v in one(docs, "Deployment")["spec"]["template"]["spec"]["volumes"] if "secret" in v]
    assert files["secret"]["secretName"] == "mine" and [i["key"] for i in files["secret"]["items"]] == ["hook"]
    rotated = _checksums(chart, merged(ALL_ON, {"webhook": {"keySecret": WEBHOOK_KEY_SECRET + "-rotated"}}))
    assert rotated["checksum/secret"] != _checksums(chart, ALL_ON)["checksum/secret"]  # a new secret rolls the pods


def test_redis_password_stays_out_of_values_and_configmap(helm, chart):
    with pytest.raises(helm.HelmRenderError, match="REDIS_PASSWORD"):
        render(chart, {"redis": {"enabled": True, "url": "redis://:hunter2@redis:6379/0"}})
    env = {e["name"]: e for e in container(documents(chart, ALL_ON))["env"]}
    assert env["REDIS_PASSWORD"]["valueFrom"]["secretKeyRef"] == {"name": "redis", "key": "redis-password"}
    names = list(env)
    assert names.index("REDIS_PASSWORD") < names.index("GATEWAY_REDIS_URL")  # $(VAR) needs it defined first
    assert "GATEWAY_QUOTA_REDIS_URL" not in names  # the one URL, under its current name
    from_secret = merged(ALL_ON, {"redis": {"urlSecret": {"name": "redis-url"}}})
    env = {e["name"]: e for e in container(documents(chart, from_secret))["env"]}
    assert env["GATEWAY_REDIS_URL"]["valueFrom"]["secretKeyRef"] == {"name": "redis-url", "key": "redis-url"}


def test_no_secret_value_in_the_configmap_or_pod_spec(chart):
    docs = documents(chart, ALL_ON)
    secret = one(docs, "Secret")
    stored = "".join(base64.b64decode(v).decode() for v in secret["data"].values())
    assert all(s in stored for s in SECRETS)  # the secrets are in the Secret ...
    for doc in docs:
        if doc["kind"] != "Secret":  # ... and nowhere else
            text = yaml.safe_dump(doc)
            assert not [s for s in SECRETS if s in text], doc["kind"]


def test_rendered_settings_and_files_are_what_the_gateway_accepts(chart, tmp_path):
    """The ConfigMap and the Redis env load as gateway Settings; the Secret's files load as the
    gateway loads them. A setting or file the gateway would refuse fails here, not at deploy."""
    docs = documents(chart, ALL_ON)
    env = dict(one(docs, "ConfigMap", FULLNAME)["data"])
    for item in container(docs)["env"]:
        if "value" in item:
            env[item["name"]] = item["value"].replace("$(REDIS_PASSWORD)", "pw")
    loaded = gateway_settings.Settings.load(env)
    assert loaded.quota_replicas == 8 and loaded.reflection is False and loaded.max_message_bytes == 104857600
    assert loaded.public_callback_url == ALL_ON["webhook"]["publicUrl"] and loaded.redis_url.endswith("/0")
    assert loaded.shared_redis_url == loaded.redis_url and loaded.watch_lease_seconds == 5
    # Two workers per pod, eight pods at most: each worker's share while Redis is unreachable is 1/16.
    assert loaded.workers == 2 and worker_settings(loaded, 1, 50051).quota_replicas == 16
    mount = one(docs, "Deployment")["spec"]["template"]["spec"]["volumes"]
    items = {i["key"] for v in mount if "secret" in v for i in v["secret"]["items"]}
    files = ("GATEWAY_TENANTS_FILE", "GATEWAY_QUOTA_FILE", "GATEWAY_WEBHOOK_KEY_SECRET_FILE")
    assert {pathlib.Path(env[f]).name for f in files} == items
    assert all(env[f].startswith(ALL_ON.get("secretMountPath", "/etc/tailored-gateway") + "/") for f in files)
    for key, data in one(docs, "Secret")["data"].items():
        (tmp_path / key).write_bytes(base64.b64decode(data))
    assert (tmp_path / "webhook-key-secret").read_text() == WEBHOOK_KEY_SECRET
    KeyWrap.from_file(str(tmp_path / "webhook-key-secret"))  # the gateway accepts it
    Credentials.from_file(str(tmp_path / "tenants.json"))
    policy = load_policy(str(tmp_path / "quota.json"), TenantQuota(), UpstreamBudget())
    assert policy.for_tenant("search").rate == 2.0


def test_existing_secret_is_mounted_without_a_chart_secret(chart):
    docs = documents(chart, {"existingSecret": {"name": "mine", "tenantsKey": "t.json", "quotaKey": "q.json"}})
    assert not [d for d in docs if d["kind"] == "Secret"]
    pod = one(docs, "Deployment")["spec"]["template"]
    assert "checksum/secret" not in pod["metadata"]["annotations"]
    (files,) = [v for v in pod["spec"]["volumes"] if "secret" in v]
    assert files["secret"]["secretName"] == "mine"
    assert [i["key"] for i in files["secret"]["items"]] == ["t.json", "q.json"]
    data = one(docs, "ConfigMap", FULLNAME)["data"]
    assert data["GATEWAY_TENANTS_FILE"] == "/etc/tailored-gateway/t.json"


# ---- the Service and the optional routes ---------------------------------------------------------

def test_service_ports(chart):
    ports = {p["name"]: p for p in one(documents(chart), "Service")["spec"]["ports"]}
    assert set(ports) == {"grpc", "metrics"} and ports["grpc"]["appProtocol"] == "grpc"
    ports = {p["name"]: p for p in one(documents(chart, ALL_ON), "Service")["spec"]["ports"]}
    assert set(ports) == {"grpc", "metrics", "metrics-1", "webhook"}  # two workers: one /metrics each
    assert "GATEWAY_PUBLIC_CALLBACK_URL" not in one(documents(chart), "ConfigMap")["data"]
    no_metrics = documents(chart, {"metrics": {"enabled": False}})
    assert one(no_metrics, "ConfigMap")["data"]["GATEWAY_METRICS_PORT"] == "-1"
    assert [p["name"] for p in one(no_metrics, "Service")["spec"]["ports"]] == ["grpc"]


def test_webhook_routes_expose_only_the_webhook_path(chart):
    docs = documents(chart, ALL_ON)
    route = one(docs, "HTTPRoute")["spec"]["rules"]
    assert route[0]["matches"] == [{"path": {"type": "Exact", "value": "/webhooks/bria"}, "method": "POST"}]
    ingress = one(docs, "Ingress", f"{FULLNAME}-webhook")["spec"]["rules"][0]["http"]["paths"]
    assert [(p["path"], p["pathType"], p["backend"]["service"]["port"]["name"]) for p in ingress] == [
        ("/webhooks/bria", "Exact", "webhook")]
    grpc = one(docs, "GRPCRoute")["spec"]["rules"][0]["backendRefs"][0]
    assert grpc == {"name": FULLNAME, "port": 50051}


@pytest.mark.parametrize(
    "values, problem",
    [
        ({"webhook": {"enabled": True}}, "publicUrl"),
        ({"ingress": {"webhook": {"enabled": True}}}, "webhook.enabled"),
        ({"serviceMonitor": {"enabled": True}, "metrics": {"enabled": False}}, "metrics.enabled"),
        ({"gatewayApi": {"grpcRoute": {"enabled": True}}}, "parentRefs"),
    ],
)
def test_inconsistent_features_are_refused(helm, chart, values, problem):
    with pytest.raises(helm.HelmRenderError, match=problem):
        render(chart, values)


# ---- the README's values table -----------------------------------------------------------------

def _table_tool():
    spec = importlib.util.spec_from_file_location("chart_values_table", ROOT / "tools" / "chart_values_table.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up while it loads
    spec.loader.exec_module(sys.modules[spec.name])
    return sys.modules[spec.name]


def test_readme_values_table_is_current():
    tool = _table_tool()
    readme = (CHART / "README.md").read_text()
    assert tool.with_table(readme) == readme, "run: python tools/chart_values_table.py --write"


def test_values_table_refuses_an_undocumented_key(tmp_path):
    tool = _table_tool()
    copy_dir = tmp_path / "chart"
    shutil.copytree(CHART, copy_dir)
    values = copy_dir / "values.yaml"
    values.write_text(values.read_text() + "\nundocumented: 1\n")
    with pytest.raises(tool.TableError, match="undocumented"):
        tool.rows(copy_dir)
