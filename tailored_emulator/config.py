"""Typed configuration of one emulator instance (durations, limits, auth, profile)."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Mapping

PLAN_RPM = {"free": 10, "payg": 60, "pay-as-you-go": 60, "enterprise": 1000}


@dataclass(frozen=True)
class Durations:
    """How long each asynchronous phase takes, in (emulated) seconds."""

    training: float = 5.0
    stopping: float = 1.0
    captions: float = 1.5
    bulk_upload: float = 3.0
    v2_job: float = 1.0
    video_job: float = 2.0
    v1_placeholder: float = 1.0
    model_sync: float = 2.0

    def scaled(self, factor: float) -> "Durations":
        return Durations(**{k: v * factor for k, v in dataclasses.asdict(self).items()})


@dataclass(frozen=True)
class FaultRule:
    """One injected fault: which requests it matches, what it does and how many times.

    kind: "latency" | "error" | "reset" | "truncated" | "html" | "quota" | "access_denied"
          | "rate_limit".
    route: fnmatch pattern on the route template (e.g. "/v1/tailored-gen/projects*"), or "*".
    count: how many matching requests it affects; None = unlimited.
    """

    kind: str
    method: str = "*"
    route: str = "*"
    token: str | None = None
    count: int | None = 1
    status: int | None = None
    latency_ms: float = 0.0
    retry_after: int | None = None


@dataclass(frozen=True)
class EmulatorConfig:
    durations: Durations = field(default_factory=Durations)
    # Requests per minute per (organisation, route); None disables the limiter.
    rate_limit_rpm: int | None = None
    org_rate_limits: Mapping[str, int] = field(default_factory=dict)
    # Lifetime request quota per organisation (free plan: 1000) -> 403 string body.
    quota_requests: int | None = None
    # token -> organisation; tokens not listed are their own organisation.
    token_orgs: Mapping[str, str] = field(default_factory=dict)
    invalid_tokens: frozenset[str] = frozenset()
    # Profile of datasets created in an unlocked project without training_version.
    default_training_version: str = "fibo"
    latency_ms: float = 0.0
    faults: tuple[FaultRule, ...] = ()
    job_retention_seconds: float = 24 * 3600.0
    request_log_size: int = 1000
    # Override for absolute URLs in responses (else taken from the request's Host).
    public_url: str | None = None
    webhook_timeout: float = 10.0
    webhook_retry_delays: tuple[float, ...] = (1.0, 2.0, 4.0, 8.0)

    def with_updates(self, updates: Mapping[str, Any]) -> "EmulatorConfig":
        """Return a copy with JSON-ish updates applied (used by PUT /_emulator/config)."""
        changes: dict[str, Any] = {}
        for key, value in updates.items():
            if key == "plan":
                changes["rate_limit_rpm"] = None if value is None else PLAN_RPM[str(value).lower()]
            elif key == "durations":
                changes["durations"] = dataclasses.replace(self.durations, **value)
            elif key == "time_scale":
                changes["durations"] = self.durations.scaled(float(value))
            elif key == "invalid_tokens":
                changes["invalid_tokens"] = frozenset(value)
            elif key == "faults":
                changes["faults"] = tuple(FaultRule(**f) for f in value)
            elif key == "webhook_retry_delays":
                changes["webhook_retry_delays"] = tuple(value)
            elif key in {f.name for f in dataclasses.fields(self)}:
                changes[key] = value
            else:
                raise KeyError(key)
        return dataclasses.replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["invalid_tokens"] = sorted(self.invalid_tokens)
        data["token_orgs"] = dict(self.token_orgs)
        data["org_rate_limits"] = dict(self.org_rate_limits)
        return data
