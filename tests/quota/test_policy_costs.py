"""Table tests: rates, the quota file, and what each call costs."""

from __future__ import annotations

import pytest

from bria.tailored.v1 import legacy_generation_pb2 as lg
from bria.tailored.v1 import projects_pb2 as pp
from gateway.hooks import HOOKS
from gateway.native import NATIVE_SERVICES
from gateway.quota.costs import call_cost
from gateway.quota.policy import (
    QuotaConfigError,
    TenantQuota,
    UpstreamBudget,
    load_policy,
    method_key,
    parse_rate,
    policy_from_json,
)
from gateway.routing.rules import build_route_table, contract_services

ROUTES = build_route_table(contract_services(), NATIVE_SERVICES, frozenset(HOOKS))


def route(name: str):
    return ROUTES[f"/bria.tailored.v1.{name}"]


@pytest.mark.parametrize(
    "raw, per_second",
    [(10, 10.0), (0.5, 0.5), ("10/s", 10.0), ("600/m", 10.0), ("600/min", 10.0), ("30 / minute", 0.5),
     ("36000/h", 10.0), ("2.5/sec", 2.5), ("7", 7.0), (0, 0.0)],
)
def test_parse_rate(raw, per_second):
    assert parse_rate(raw) == pytest.approx(per_second)


@pytest.mark.parametrize("raw", ["ten/s", "10/d", "", "/s", "-1/s", None, "10/s/s"])
def test_parse_rate_refuses(raw):
    with pytest.raises(QuotaConfigError):
        parse_rate(raw)


def test_policy_file_layers_on_settings_defaults():
    data = {
        "defaults": {"rate": "60/m", "daily": 1000},
        "tenants": {"search": {"rate": "120/m", "burst": 10}, "batch": {"daily": 50}},
        "costs": {"ProjectService/ListProjects": 0.5, "/bria.tailored.v1.ModelService/GetModel": 0},
        "upstream": {"rate": "60/m", "routes": {"/v1/text-to-image/tailored/{model_id}": "30/m"}},
    }
    policy = policy_from_json(data, TenantQuota(rate=5, burst=7), UpstreamBudget(rate=1, burst=3))
    assert policy.default == TenantQuota(rate=1.0, burst=7, daily=1000)
    assert policy.for_tenant("search") == TenantQuota(rate=2.0, burst=10, daily=1000)
    assert policy.for_tenant("batch") == TenantQuota(rate=1.0, burst=7, daily=50)
    assert policy.for_tenant("unknown") == policy.default
    assert dict(policy.costs) == {"ProjectService/ListProjects": 0.5, "ModelService/GetModel": 0.0}
    assert policy.upstream.for_route("/v1/text-to-image/tailored/{model_id}") == (0.5, 3)
    assert policy.upstream.for_route("/v1/tailored-gen/projects") == (1.0, 3)


@pytest.mark.parametrize(
    "data, words",
    [
        ({"tenant": {}}, "unknown keys"),
        ({"tenants": {"a": {"rate": "1/s", "brust": 3}}}, "tenants.a"),
        ({"tenants": {"a": {"daily": -1}}}, "tenants.a.daily"),
        ({"tenants": {"a": {"burst": "5"}}}, "tenants.a.burst"),
        ({"costs": {"X/Y": True}}, "costs.X/Y"),
        ({"upstream": {"rpm": 60}}, "upstream"),
        ([], "expected an object"),
    ],
)
def test_policy_file_errors_name_the_place(data, words):
    with pytest.raises(QuotaConfigError, match=words.replace(".", r"\.")):
        policy_from_json(data, TenantQuota(), UpstreamBudget())


def test_load_policy_without_file_and_with_bad_file(tmp_path):
    assert load_policy("", TenantQuota(rate=3), UpstreamBudget()).default.rate == 3
    bad = tmp_path / "q.json"
    bad.write_text("{not json")
    with pytest.raises(QuotaConfigError, match="quota file"):
        load_policy(str(bad), TenantQuota(), UpstreamBudget())


@pytest.mark.parametrize(
    "capacity_of, expected",
    [(TenantQuota(rate=10), 10), (TenantQuota(rate=0.5), 1), (TenantQuota(rate=0.5, burst=4), 4)],
)
def test_default_burst_is_one_second(capacity_of, expected):
    assert capacity_of.capacity == expected


@pytest.mark.parametrize(
    "method, message, overrides, cost",
    [
        ("ProjectService/ListProjects", pp.ListProjectsRequest(), {}, 1),
        ("ProjectService/ListProjects", pp.ListProjectsRequest(), {"ProjectService/ListProjects": 0.25}, 0.25),
        ("LegacyGenerationService/TextToImage", lg.TextToImageRequest(), {}, 4),  # upstream default
        ("LegacyGenerationService/TextToImage", lg.TextToImageRequest(num_results=2), {}, 2),
        ("LegacyGenerationService/TextToVector", lg.TextToVectorRequest(num_results=1), {}, 1),
        ("LegacyGenerationService/TextToVectorAtCheckpoint", lg.TextToVectorAtCheckpointRequest(), {}, 4),
        ("LegacyGenerationService/Reimagine", lg.ReimagineRequest(), {}, 1),  # reimagine defaults to 1
        ("LegacyGenerationService/ReimagineTailored", lg.ReimagineTailoredRequest(num_results=3), {}, 3),
        ("LegacyGenerationService/TextToImage", lg.TextToImageRequest(num_results=2),
         {"LegacyGenerationService/TextToImage": 9}, 9),
    ],
)
def test_call_cost(method, message, overrides, cost):
    assert call_cost(route(method), message, overrides) == cost


def test_method_key():
    assert method_key("/bria.tailored.v1.ProjectService/ListProjects") == "ProjectService/ListProjects"
    assert method_key("ProjectService/ListProjects") == "ProjectService/ListProjects"
