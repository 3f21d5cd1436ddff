"""Quota configuration: each tenant's rate, burst and daily budget, per-RPC cost overrides and
the upstream plan's rate per organisation and endpoint, read once at startup from the quota file
(format in README.md) on top of the defaults from the settings. Bad files refuse to start."""

from __future__ import annotations

import json
import pathlib
import re
from dataclasses import dataclass, field, fields, replace
from types import MappingProxyType
from typing import Any, Mapping

_UNITS = {"s": 1.0, "sec": 1.0, "second": 1.0, "m": 60.0, "min": 60.0, "minute": 60.0, "h": 3600.0, "hour": 3600.0}
_RATE = re.compile(r"^\s*([0-9]*\.?[0-9]+)\s*(?:/\s*([a-z]+))?\s*$")


class QuotaConfigError(ValueError):
    """The quota configuration cannot be used as written."""


def parse_rate(value: Any) -> float:
    """Units per second from `10`, `"10/s"`, `"600/m"`, `"600/min"` or `"36000/h"`; 0 = no limit."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    match = _RATE.match(str(value).lower()) if value is not None else None
    if not match or (match.group(2) and match.group(2) not in _UNITS):
        raise QuotaConfigError(f"cannot read {value!r} as a rate (e.g. 10/s or 600/m)")
    return float(match.group(1)) / _UNITS[match.group(2) or "s"]


@dataclass(frozen=True)
class TenantQuota:
    rate: float = 0.0  # units per second; 0 = no rate limit
    burst: float = 0.0  # units; 0 = one second's worth (at least one unit)
    daily: float = 0.0  # units per UTC day; 0 = no daily budget

    @property
    def capacity(self) -> float:
        return self.burst or max(self.rate, 1.0)


@dataclass(frozen=True)
class UpstreamBudget:
    rate: float = 0.0  # requests per second per organisation and endpoint; 0 = not enforced
    burst: float = 0.0  # requests; 0 = one second's worth (at least one)
    routes: Mapping[str, float] = field(default_factory=dict)  # route template -> rate

    def for_route(self, template: str) -> tuple[float, float]:
        rate = self.routes.get(template, self.rate)
        return rate, self.burst or max(rate, 1.0)


@dataclass(frozen=True)
class QuotaPolicy:
    default: TenantQuota = TenantQuota()
    tenants: Mapping[str, TenantQuota] = field(default_factory=dict)
    costs: Mapping[str, float] = field(default_factory=dict)  # "Service/Method" -> units
    upstream: UpstreamBudget = UpstreamBudget()

    def for_tenant(self, name: str) -> TenantQuota:
        return self.tenants.get(name, self.default)


def method_key(full_method: str) -> str:
    """`/bria.tailored.v1.ProjectService/ListProjects` -> `ProjectService/ListProjects`."""
    service, _, method = full_method.lstrip("/").partition("/")
    return f"{service.rsplit('.', 1)[-1]}/{method}"


def load_policy(path: str, default: TenantQuota, upstream: UpstreamBudget) -> QuotaPolicy:
    """The policy from the settings' defaults, refined by the JSON file at `path` (if any)."""
    if not path:
        return QuotaPolicy(default=default, upstream=upstream)
    try:
        data = json.loads(pathlib.Path(path).read_text())
    except (OSError, ValueError) as exc:
        raise QuotaConfigError(f"quota file {path}: {exc}") from None
    return policy_from_json(data, default, upstream)


def policy_from_json(data: Any, default: TenantQuota, upstream: UpstreamBudget) -> QuotaPolicy:
    _only(data, {"defaults", "tenants", "costs", "upstream"}, "the quota file")
    default = _tenant(data.get("defaults", {}), default, "defaults")
    tenants = {str(name): _tenant(spec, default, f"tenants.{name}") for name, spec in data.get("tenants", {}).items()}
    costs = {method_key(k): _number(v, f"costs.{k}") for k, v in data.get("costs", {}).items()}
    return QuotaPolicy(default, MappingProxyType(tenants), MappingProxyType(costs), _upstream(data.get("upstream", {}), upstream))


def _tenant(spec: Any, base: TenantQuota, where: str) -> TenantQuota:
    _only(spec, {f.name for f in fields(TenantQuota)}, where)
    changes = {k: parse_rate(v) if k == "rate" else _number(v, f"{where}.{k}") for k, v in spec.items()}
    return replace(base, **changes)


def _upstream(spec: Any, base: UpstreamBudget) -> UpstreamBudget:
    _only(spec, {"rate", "burst", "routes"}, "upstream")
    routes = {str(k): parse_rate(v) for k, v in spec.get("routes", {}).items()}
    return UpstreamBudget(
        rate=parse_rate(spec["rate"]) if "rate" in spec else base.rate,
        burst=_number(spec["burst"], "upstream.burst") if "burst" in spec else base.burst,
        routes=MappingProxyType({**base.routes, **routes}),
    )


def _only(spec: Any, allowed: set[str], where: str) -> None:
    if not isinstance(spec, dict):
        raise QuotaConfigError(f"{where}: expected an object")
    unknown = set(spec) - allowed
    if unknown:
        raise QuotaConfigError(f"{where}: unknown keys {sorted(unknown)}; expected {sorted(allowed)}")


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise QuotaConfigError(f"{where}: expected a number >= 0, got {value!r}")
    return float(value)
